"""App Settings › Offer Details: the fulfillment goal and its fields, the emails, and the promo codes."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from referral_studio.domain.offer import MAX_GOAL_COUNT, Delivery, GoalType, Offer, Qualification
from referral_studio.domain.offer_text import goal_hint
from referral_studio.domain.validation import GIVE_CREDIT_TIP, Problem
from referral_studio.ui.editor.editor_forms import add_row, form_layout, named, wide_text
from referral_studio.ui.editor.field_binder import FieldBinder
from referral_studio.ui.editor.goal_count_box import GoalCountBox
from referral_studio.ui.editor.promo_codes_editor import PromoCodesEditor
from referral_studio.ui.help.help_dialogs import qualification_help
from referral_studio.ui.i18n import goal_label, translate


class OfferDetailsPage(QWidget):
    """The first page of the editor; shows only the fields of the chosen goal type."""

    def __init__(self, binder: FieldBinder, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.binder = binder
        layout = QVBoxLayout(self)

        settings = QGroupBox(translate("OfferEditor", "Settings"))
        form = self.goal_form = form_layout(settings)
        self.goal_type = named(QComboBox(), "fulfillmentGoal", translate("OfferEditor", "Fulfillment goal"))
        self.goal_type.addItems([goal_label(goal) for goal in GoalType])
        self.binder.choice(self.goal_type, "goal.type", translate("OfferEditor", "Fulfillment Goal"), list(GoalType))
        self.goal_hint = QLabel()
        self.goal_hint.setWordWrap(True)
        self.goal_hint.setObjectName("goalHint")
        self.goal_hint.setStyleSheet("color: palette(placeholder-text);")
        self.goal_hint.setMinimumWidth(360)
        row = QHBoxLayout()
        row.addWidget(self.goal_type)
        row.addSpacing(8)
        row.addWidget(self.goal_hint, 1)
        add_row(form, translate("OfferEditor", "Fulfillment &Goal:"), row, self.goal_type)
        self.goal_count = named(GoalCountBox(), "goalCount", translate("OfferEditor", "Goal count"))
        self.goal_count.setRange(1, MAX_GOAL_COUNT)
        self.goal_count.setToolTip(translate("OfferEditor", "How many credits a referrer needs to be fulfilled"))
        self.goal_count_problem = QLabel(
            translate("OfferEditor", "The goal count must be at least 1: with 0, nobody could ever be fulfilled.")
        )
        self.goal_count_problem.setObjectName("goalCountProblem")
        self.goal_count_problem.setStyleSheet("color: #b3261e;")
        self.goal_count_problem.setWordWrap(True)
        self.goal_count_problem.setVisible(False)
        self.goal_count.sig_below_minimum.connect(self.goal_count_problem.setVisible)
        self.goal_count.setGroupSeparatorShown(True)
        self.goal_count.setMaximumWidth(160)
        self.binder.number(self.goal_count, "goal.count", translate("OfferEditor", "Goal Count"))
        form.addRow(translate("OfferEditor", "Goal &Count:"), self.goal_count)
        form.addRow("", self.goal_count_problem)
        self.repeat_visits = named(
            QCheckBox(translate("OfferEditor", "Count repeat visits by the same friend")),
            "countRepeatVisits",
            translate("OfferEditor", "Count repeat visits"),
        )
        self.binder.check(
            self.repeat_visits, "goal.count_repeat_visits", translate("OfferEditor", "Count Repeat Visits")
        )
        form.addRow("", self.repeat_visits)
        self.triggers = named(
            QPlainTextEdit(), "triggerActivities", translate("OfferEditor", "Trigger activities, one per line")
        )
        self.triggers.setPlaceholderText(translate("OfferEditor", "One activity per line, e.g. Opportunity Created"))
        self.triggers.setTabChangesFocus(True)
        self.triggers.setMaximumHeight(90)
        self.binder.lines(self.triggers, "goal.trigger_activities", translate("OfferEditor", "Trigger Activities"))
        form.addRow(translate("OfferEditor", "&Trigger Activities:"), self.triggers)
        self.qualification = named(QComboBox(), "qualification", translate("OfferEditor", "Qualification"))
        self.qualification.addItems([translate("OfferEditor", "once"), translate("OfferEditor", "every time")])
        self.qualification.setToolTip(qualification_help())
        self.qualification_help = QLabel(qualification_help())
        self.qualification_help.setObjectName("qualificationHelp")
        self.qualification_help.setWordWrap(True)
        self.qualification_help.setStyleSheet("color: palette(placeholder-text);")
        wide_text(self.qualification_help)
        self.binder.choice(
            self.qualification, "goal.qualification", translate("OfferEditor", "Qualification"), list(Qualification)
        )
        form.addRow(translate("OfferEditor", "&Qualification:"), self.qualification)
        form.addRow("", self.qualification_help)
        self.event_name = named(QLineEdit(), "customEventName", translate("OfferEditor", "Custom event name"))
        self.event_name.setPlaceholderText(
            translate("OfferEditor", "The event name your page's JavaScript sends, exactly")
        )
        self.binder.text(self.event_name, "goal.event_name", translate("OfferEditor", "Event Name"))
        form.addRow(translate("OfferEditor", "&Event Name:"), self.event_name)
        self.give_credit = named(
            QCheckBox(translate("OfferEditor", "Used by a Give Credit to Referrer flow step")),
            "usesGiveCreditToReferrer",
            translate("OfferEditor", "Used by Give Credit to Referrer"),
        )
        self.binder.check(
            self.give_credit, "uses_give_credit_to_referrer", translate("OfferEditor", "Give Credit to Referrer")
        )
        form.addRow("", self.give_credit)
        self.give_credit_tip = QLabel(translate("Validation", GIVE_CREDIT_TIP))
        self.give_credit_tip.setObjectName("giveCreditTip")
        self.give_credit_tip.setWordWrap(True)
        self.give_credit_tip.setStyleSheet("color: #b3261e;")
        self.give_credit_tip.setMinimumWidth(420)
        wide_text(self.give_credit_tip)
        form.addRow("", self.give_credit_tip)
        layout.addWidget(settings)

        emails = QGroupBox(translate("OfferEditor", "Emails"))
        form = form_layout(emails)
        self.sign_up_email = named(QLineEdit(), "signUpEmail", translate("OfferEditor", "Sign-up email"))
        self.sign_up_email.setPlaceholderText(
            translate("OfferEditor", "Email sent when someone signs up for the offer")
        )
        self.binder.text(self.sign_up_email, "emails.sign_up", translate("OfferEditor", "Sign-Up Email"))
        form.addRow(translate("OfferEditor", "&Sign-Up Email:"), self.sign_up_email)
        self.fulfillment_email = named(QLineEdit(), "fulfillmentEmail", translate("OfferEditor", "Fulfillment email"))
        self.fulfillment_email.setPlaceholderText(
            translate("OfferEditor", "Email sent when a referrer reaches the goal")
        )
        self.binder.text(self.fulfillment_email, "emails.fulfillment", translate("OfferEditor", "Fulfillment Email"))
        form.addRow(translate("OfferEditor", "&Fulfillment Email:"), self.fulfillment_email)
        self.delivery = named(QComboBox(), "fulfillmentDelivery", translate("OfferEditor", "Fulfillment delivery"))
        self.delivery.addItems(
            [translate("OfferEditor", "Automatically when the goal is reached"), translate("OfferEditor", "Manually")]
        )
        self.binder.choice(
            self.delivery, "emails.delivery", translate("OfferEditor", "Fulfillment Delivery"), list(Delivery)
        )
        form.addRow(translate("OfferEditor", "Fulfillment &Delivery:"), self.delivery)
        layout.addWidget(emails)

        codes = QGroupBox(translate("OfferEditor", "Promo Codes"))
        column = QVBoxLayout(codes)
        self.codes = PromoCodesEditor()
        self.codes.sig_edited.connect(lambda new, what: self.binder.push("promo_codes", new, what))
        column.addWidget(self.codes)
        layout.addWidget(codes, 1)  # the code list grows with the window

    def show_offer(self, offer: Offer, path: str, problems: list[Problem]) -> None:
        """Show the fields the goal type uses, the Give Credit tip when it applies, and the promo codes."""
        goal = offer.goal.type
        self.goal_hint.setText(goal_hint(goal))
        for widget, shown in (
            (self.repeat_visits, goal is GoalType.REFERRED_VISITS),
            (self.triggers, goal is GoalType.SMART_LIST_TRIGGER),
            (self.qualification, goal is GoalType.SMART_LIST_TRIGGER),
            (self.qualification_help, goal is GoalType.SMART_LIST_TRIGGER),
            (self.event_name, goal is GoalType.CUSTOM_JS_EVENT),
        ):
            self.goal_form.setRowVisible(widget, shown)
        self.goal_form.setRowVisible(
            self.give_credit_tip, any(p.field == "uses_give_credit_to_referrer" for p in problems)
        )
        if path in ("", "promo_codes"):
            self.codes.show_codes(offer.promo_codes)

    def load_promo_codes(self, path: str) -> bool:
        """Load a .txt file's codes (one undo step; with codes there, the user says replace or append)."""
        return self.codes.load_file(path)
