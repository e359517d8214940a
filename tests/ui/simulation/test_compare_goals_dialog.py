"""Goals to Compare: the user picks what each compared goal counts; the boxes show the series' labels."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QSpinBox

from referral_studio.domain.offer import Goal, GoalType, Offer, Qualification
from referral_studio.engine.compared_goals import ComparedGoals
from referral_studio.ui.simulation.compare_goals_dialog import CompareGoalsDialog


def test_picking_settings_changes_the_compared_goals_and_their_labels(qtbot: object) -> None:
    offer = Offer(name="O", goal=Goal(type=GoalType.REFERRED_VISITS, count=10))
    dialog = CompareGoalsDialog(ComparedGoals.for_offer(offer))
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    assert dialog.boxes[GoalType.SMART_LIST_TRIGGER].title() == "Smart List Trigger: Opportunity Created × 10"
    dialog.findChild(QSpinBox, "compareCount_smart_list_trigger").setValue(2)
    dialog.findChild(QComboBox, "compareTrigger").setCurrentText("Purchase")
    dialog.findChild(QComboBox, "compareQualification").setCurrentIndex(1)
    assert dialog.boxes[GoalType.SMART_LIST_TRIGGER].title() == "Smart List Trigger: Purchase × 2 (every time)"
    smart = dialog.compared.goal(GoalType.SMART_LIST_TRIGGER)
    assert smart.trigger_activities == ("Purchase",) and smart.qualification is Qualification.EVERY_TIME
    assert dialog.compared.goal(GoalType.REFERRED_VISITS).count == 10  # the others keep the offer's count
    dialog.findChild(QComboBox, "compareEvent").setCurrentText("")
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()  # a JS goal needs its event
