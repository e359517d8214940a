"""Goals to Compare…: how many credits each compared goal needs and what it counts."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from referral_studio.domain.offer import GoalType, Qualification
from referral_studio.engine.compared_goals import EVENT_CHOICES, TRIGGER_CHOICES, ComparedGoals, compared_label
from referral_studio.ui.help.help_dialogs import qualification_help
from referral_studio.ui.i18n import translate

MAX_COUNT = 1_000_000


class CompareGoalsDialog(QDialog):
    """One box per goal type; each box's title is the label its series will carry."""

    def __init__(self, compared: ComparedGoals, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compareGoalsDialog")
        self.setWindowTitle(translate("CompareGoalsDialog", "Goals to Compare"))
        self.setMinimumWidth(460)
        self.compared = compared
        intro = QLabel(
            translate(
                "CompareGoalsDialog",
                "Compare Goal Types replays the same traffic under each goal. Choose how many credits each needs and "
                "what it counts; each series is labelled with it.",
            )
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        self.boxes: dict[GoalType, QGroupBox] = {}
        self.forms: dict[GoalType, QFormLayout] = {}
        self.counts: dict[GoalType, QSpinBox] = {}
        for goal_type in GoalType:
            goal = compared.goal(goal_type)
            box = QGroupBox()
            form = QFormLayout(box)
            count = QSpinBox(objectName=f"compareCount_{goal_type.value}")
            count.setRange(1, MAX_COUNT)
            count.setGroupSeparatorShown(True)
            count.setValue(goal.count)
            count.setToolTip(
                translate("CompareGoalsDialog", "Credits a referrer needs to be fulfilled under this goal")
            )
            count.valueChanged.connect(self._on_changed)
            form.addRow(translate("CompareGoalsDialog", "Goal count:"), count)
            self.counts[goal_type] = count
            self.boxes[goal_type] = box
            self.forms[goal_type] = form
            layout.addWidget(box)
        visits = self.compared.goal(GoalType.REFERRED_VISITS)
        self.repeat_visits = QCheckBox(translate("CompareGoalsDialog", "Count repeat visits"))
        self.repeat_visits.setChecked(visits.count_repeat_visits)
        self.repeat_visits.setToolTip(
            translate("CompareGoalsDialog", "Each visit of a friend counts, not only their first through a referrer")
        )
        self.repeat_visits.toggled.connect(self._on_changed)
        self.forms[GoalType.REFERRED_VISITS].addRow(self.repeat_visits)
        trigger = self.compared.goal(GoalType.SMART_LIST_TRIGGER)
        self.trigger = QComboBox(objectName="compareTrigger")
        self.trigger.setEditable(True)
        self.trigger.addItems(list(TRIGGER_CHOICES))
        self.trigger.setCurrentText(", ".join(a.strip() for a in trigger.trigger_activities if a.strip()))
        self.trigger.setToolTip(
            translate("CompareGoalsDialog", "The activity that earns a credit; synthetic traffic holds those listed")
        )
        self.trigger.currentTextChanged.connect(self._on_changed)
        self.qualification = QComboBox(objectName="compareQualification")
        self.qualification.addItem(translate("CompareGoalsDialog", "once"), Qualification.ONCE)
        self.qualification.addItem(translate("CompareGoalsDialog", "every time"), Qualification.EVERY_TIME)
        self.qualification.setCurrentIndex(self.qualification.findData(trigger.qualification))
        self.qualification.setToolTip(qualification_help())
        self.qualification.currentIndexChanged.connect(self._on_changed)
        smart = self.forms[GoalType.SMART_LIST_TRIGGER]
        smart.addRow(translate("CompareGoalsDialog", "Trigger activity:"), self.trigger)
        smart.addRow(translate("CompareGoalsDialog", "Qualification:"), self.qualification)
        self.event_name = QComboBox(objectName="compareEvent")
        self.event_name.setEditable(True)
        self.event_name.addItems(list(EVENT_CHOICES))
        self.event_name.setCurrentText(self.compared.goal(GoalType.CUSTOM_JS_EVENT).event_name or "")
        self.event_name.setToolTip(translate("CompareGoalsDialog", "The JavaScript event's exact name (case matters)"))
        self.event_name.currentTextChanged.connect(self._on_changed)
        self.forms[GoalType.CUSTOM_JS_EVENT].addRow(translate("CompareGoalsDialog", "Event name:"), self.event_name)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._on_changed()

    def _on_changed(self, *_args: object) -> None:
        compared = self.compared
        for goal_type, count in self.counts.items():
            compared = compared.with_goal(replace(compared.goal(goal_type), count=count.value()))
        visits = compared.goal(GoalType.REFERRED_VISITS)
        compared = compared.with_goal(replace(visits, count_repeat_visits=self.repeat_visits.isChecked()))
        activities = tuple(a.strip() for a in self.trigger.currentText().split(",") if a.strip())
        smart = compared.goal(GoalType.SMART_LIST_TRIGGER)
        compared = compared.with_goal(
            replace(smart, trigger_activities=activities, qualification=Qualification(self.qualification.currentData()))
        )
        js = compared.goal(GoalType.CUSTOM_JS_EVENT)
        compared = compared.with_goal(replace(js, event_name=self.event_name.currentText() or None))
        self.compared = compared
        for goal_type, box in self.boxes.items():
            box.setTitle(compared_label(compared.goal(goal_type)))
        complete = bool(activities) and bool(self.event_name.currentText())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(complete)
