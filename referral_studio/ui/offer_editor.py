"""The offer editor (Marketo's Edit Draft window): App Settings › Offer Details, Advanced
Options, Rewards & Attribution; every edit undoable, the draft autosaved a second after
the last edit and on close."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDateTime, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from referral_studio.domain.goal_text import goal_hint
from referral_studio.domain.offer import (
    MAX_GOAL_COUNT,
    AttributionModel,
    Delivery,
    GoalType,
    Offer,
    Qualification,
    ShareUrlKind,
)
from referral_studio.domain.promo_codes import PromoCodeFileError, read_promo_codes
from referral_studio.domain.validation import GIVE_CREDIT_TIP, Problem, blocking, validate
from referral_studio.store import repository as repo
from referral_studio.store.database import Store
from referral_studio.ui.commands import SetValueCommand
from referral_studio.ui.field_binder import FieldBinder
from referral_studio.ui.i18n import counted, goal_label, translate
from referral_studio.ui.offer_document import OfferDocument

AUTOSAVE_MS = 1000
RETRY_MS = 5000  # after the store refused a save (busy, full, read-only)
SECTIONS = (
    QT_TRANSLATE_NOOP("OfferEditor", "Offer Details"),
    QT_TRANSLATE_NOOP("OfferEditor", "Advanced Options"),
    QT_TRANSLATE_NOOP("OfferEditor", "Rewards & Attribution"),
)
# Which section holds each setting, for jumping to a problem's field.
SECTION_OF_KEY = {"privacy_policy": 1, "share_url": 1, "rules_url": 1, "window": 2, "attribution": 2, "rewards": 2}


def _form(parent: QWidget | None = None) -> QFormLayout:
    form = QFormLayout(parent)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return form


def _add_row(form: QFormLayout, text: str, row: QHBoxLayout, buddy: QWidget) -> None:
    """A labelled row of several widgets; the label's shortcut focuses `buddy`."""
    label = QLabel(text)
    label.setBuddy(buddy)
    form.addRow(label, row)


def _named(widget: QWidget, name: str, accessible: str) -> QWidget:
    if name:
        widget.setObjectName(name)
    widget.setAccessibleName(accessible)
    return widget


class OfferEditor(QMainWindow):
    """Edits one offer's draft; the store is written by autosave, never half-way."""

    sig_saved = Signal(str)
    """The draft of the named offer was written to the store."""
    sig_approved = Signal(str)
    """The named offer's draft became its approved version."""
    sig_closed = Signal(str)
    """The editor of the named offer closed (its draft saved)."""

    def __init__(self, store: Store, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.name = name
        with store.transaction() as session:
            offer = repo.edit_draft(session, name)
            self.revision = repo.offer_summary(session, name).draft_revision
        self.setObjectName("OfferEditor")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.document = OfferDocument(offer, self)
        self.stack = QUndoStack(self)
        self.binder = FieldBinder(self.document, self.stack, self)
        self._save_failing = False
        self._save_timer = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self._save_timer.timeout.connect(self.save)
        self._build()
        self.binder.refresh_all()
        self._on_document_changed("")
        self.document.sig_changed.connect(self._on_document_changed)
        self.stack.indexChanged.connect(self._on_stack_changed)
        self.stack.cleanChanged.connect(lambda clean: self.setWindowModified(not clean))
        self.resize(1060, 820)

    # Building the window

    def _build(self) -> None:
        self.setWindowTitle(translate("OfferEditor", "{name} — Edit Draft[*] — Referral Studio").format(name=self.name))
        self.sections = QTreeWidget(objectName="editorSections")
        self.sections.setHeaderHidden(True)
        self.sections.setAccessibleName(translate("OfferEditor", "Editor sections"))
        root = QTreeWidgetItem(self.sections, [translate("OfferEditor", "App Settings")])
        root.setFlags(root.flags() & ~Qt.ItemFlag.ItemIsSelectable)
        for index, title in enumerate(SECTIONS):
            item = QTreeWidgetItem(root, [translate("OfferEditor", title)])
            item.setData(0, Qt.ItemDataRole.UserRole, index)
        self.sections.expandAll()
        self.sections.setMinimumWidth(230)
        self.sections.currentItemChanged.connect(self._on_sections_current_changed)

        self.pages = QStackedWidget()
        for build in (self._build_offer_details, self._build_advanced, self._build_rewards):
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            scroll.setWidget(build())
            self.pages.addWidget(scroll)

        self.problems = QListWidget(objectName="validationMessages")
        self.problems.setAccessibleName(translate("OfferEditor", "Problems that block approval"))
        self.problems.setMaximumHeight(100)
        self.problems.setIconSize(QSize(16, 16))
        self.problems.itemActivated.connect(self._on_problems_activated)
        self.problems.itemClicked.connect(self._on_problems_activated)

        self.back = QPushButton(translate("OfferEditor", "◀ &Back"))
        self.next = QPushButton(translate("OfferEditor", "&Next ▶"))
        self.close_button = _named(
            QPushButton(translate("OfferEditor", "&Close")),
            "closeEditor",
            translate("OfferEditor", "Close, keeping the draft"),
        )
        self.approve_button = _named(
            QPushButton(translate("OfferEditor", "&Approve and Close")),
            "approveAndClose",
            translate("OfferEditor", "Approve and close"),
        )
        self.approve_button.setDefault(True)
        self.back.clicked.connect(lambda: self._go(self.pages.currentIndex() - 1))
        self.next.clicked.connect(lambda: self._go(self.pages.currentIndex() + 1))
        self.close_button.clicked.connect(self.close)
        self.approve_button.clicked.connect(self.approve_and_close)
        self.saved_label = QLabel()
        self.saved_label.setObjectName("savedState")

        buttons = QHBoxLayout()
        buttons.addWidget(self.back)
        buttons.addWidget(self.next)
        buttons.addStretch(1)
        buttons.addWidget(self.saved_label)
        buttons.addSpacing(12)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.approve_button)

        right = QWidget()
        column = QVBoxLayout(right)
        self.page_title = QLabel()
        self.page_title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        column.addWidget(self.page_title)
        column.addWidget(self.pages, 1)
        column.addWidget(QLabel(translate("OfferEditor", "<b>Problems</b> (click one to go to its field)")))
        column.addWidget(self.problems)
        column.addLayout(buttons)

        splitter = QSplitter()
        splitter.addWidget(self.sections)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([210, 830])
        self.setCentralWidget(splitter)

        edit = self.menuBar().addMenu(translate("OfferEditor", "&Edit"))
        undo = self.stack.createUndoAction(self, translate("OfferEditor", "&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.stack.createRedoAction(self, translate("OfferEditor", "&Redo"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence.StandardKey.Redo])
        edit.addAction(undo)
        edit.addAction(redo)
        self.undo_action, self.redo_action = undo, redo
        offer_menu = self.menuBar().addMenu(translate("OfferEditor", "&Offer"))
        save = offer_menu.addAction(translate("OfferEditor", "&Save Now"))
        save.setShortcut(QKeySequence.StandardKey.Save)
        save.triggered.connect(self.save)
        offer_menu.addAction(translate("OfferEditor", "Approve and Close"), self.approve_and_close)
        offer_menu.addAction(translate("OfferEditor", "Close"), self.close)
        self.sections.setCurrentItem(root.child(0))

    def _build_offer_details(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)

        settings = QGroupBox(translate("OfferEditor", "Settings"))
        form = self.goal_form = _form(settings)
        self.goal_type = _named(QComboBox(), "fulfillmentGoal", translate("OfferEditor", "Fulfillment goal"))
        self.goal_type.addItems([goal_label(goal) for goal in GoalType])
        self.binder.choice(self.goal_type, "goal.type", "Fulfillment Goal", list(GoalType))
        self.goal_hint = QLabel()
        self.goal_hint.setWordWrap(True)
        self.goal_hint.setObjectName("goalHint")
        self.goal_hint.setStyleSheet("color: palette(placeholder-text);")
        self.goal_hint.setMinimumWidth(360)
        row = QHBoxLayout()
        row.addWidget(self.goal_type)
        row.addSpacing(8)
        row.addWidget(self.goal_hint, 1)
        _add_row(form, translate("OfferEditor", "Fulfillment &Goal:"), row, self.goal_type)
        self.goal_count = _named(QSpinBox(), "goalCount", translate("OfferEditor", "Goal count"))
        self.goal_count.setRange(1, MAX_GOAL_COUNT)
        self.goal_count.setGroupSeparatorShown(True)
        self.goal_count.setMaximumWidth(160)
        self.binder.number(self.goal_count, "goal.count", translate("OfferEditor", "Goal Count"))
        form.addRow(translate("OfferEditor", "Goal &Count:"), self.goal_count)
        self.repeat_visits = _named(
            QCheckBox(translate("OfferEditor", "Count repeat visits by the same friend")),
            "countRepeatVisits",
            translate("OfferEditor", "Count repeat visits"),
        )
        self.binder.check(
            self.repeat_visits, "goal.count_repeat_visits", translate("OfferEditor", "Count Repeat Visits")
        )
        form.addRow("", self.repeat_visits)
        self.triggers = _named(
            QPlainTextEdit(), "triggerActivities", translate("OfferEditor", "Trigger activities, one per line")
        )
        self.triggers.setPlaceholderText(translate("OfferEditor", "One activity per line, e.g. Opportunity Created"))
        self.triggers.setTabChangesFocus(True)
        self.triggers.setMaximumHeight(90)
        self.binder.lines(self.triggers, "goal.trigger_activities", translate("OfferEditor", "Trigger Activities"))
        form.addRow(translate("OfferEditor", "&Trigger Activities:"), self.triggers)
        self.qualification = _named(QComboBox(), "qualification", translate("OfferEditor", "Qualification"))
        self.qualification.addItems([translate("OfferEditor", "once"), translate("OfferEditor", "every time")])
        self.binder.choice(self.qualification, "goal.qualification", "Qualification", list(Qualification))
        form.addRow(translate("OfferEditor", "&Qualification:"), self.qualification)
        self.event_name = _named(QLineEdit(), "customEventName", translate("OfferEditor", "Custom event name"))
        self.event_name.setPlaceholderText(
            translate("OfferEditor", "The event name your page's JavaScript sends, exactly")
        )
        self.binder.text(self.event_name, "goal.event_name", translate("OfferEditor", "Event Name"))
        form.addRow(translate("OfferEditor", "&Event Name:"), self.event_name)
        self.give_credit = _named(
            QCheckBox(translate("OfferEditor", "Used by a Give Credit to Referrer flow step")),
            "usesGiveCreditToReferrer",
            translate("OfferEditor", "Used by Give Credit to Referrer"),
        )
        self.binder.check(
            self.give_credit, "uses_give_credit_to_referrer", translate("OfferEditor", "Give Credit to Referrer")
        )
        form.addRow("", self.give_credit)
        self.give_credit_tip = QLabel(GIVE_CREDIT_TIP)
        self.give_credit_tip.setObjectName("giveCreditTip")
        self.give_credit_tip.setWordWrap(True)
        self.give_credit_tip.setStyleSheet("color: #b3261e;")
        self.give_credit_tip.setMinimumWidth(420)
        form.addRow("", self.give_credit_tip)
        layout.addWidget(settings)

        emails = QGroupBox(translate("OfferEditor", "Emails"))
        form = _form(emails)
        self.sign_up_email = _named(QLineEdit(), "signUpEmail", translate("OfferEditor", "Sign-up email"))
        self.sign_up_email.setPlaceholderText(
            translate("OfferEditor", "Email sent when someone signs up for the offer")
        )
        self.binder.text(self.sign_up_email, "emails.sign_up", translate("OfferEditor", "Sign-Up Email"))
        form.addRow(translate("OfferEditor", "&Sign-Up Email:"), self.sign_up_email)
        self.fulfillment_email = _named(QLineEdit(), "fulfillmentEmail", translate("OfferEditor", "Fulfillment email"))
        self.fulfillment_email.setPlaceholderText(
            translate("OfferEditor", "Email sent when a referrer reaches the goal")
        )
        self.binder.text(self.fulfillment_email, "emails.fulfillment", translate("OfferEditor", "Fulfillment Email"))
        form.addRow(translate("OfferEditor", "&Fulfillment Email:"), self.fulfillment_email)
        self.delivery = _named(QComboBox(), "fulfillmentDelivery", translate("OfferEditor", "Fulfillment delivery"))
        self.delivery.addItems(
            [translate("OfferEditor", "Automatically when the goal is reached"), translate("OfferEditor", "Manually")]
        )
        self.binder.choice(self.delivery, "emails.delivery", "Fulfillment Delivery", list(Delivery))
        form.addRow(translate("OfferEditor", "Fulfillment &Delivery:"), self.delivery)
        layout.addWidget(emails)

        codes = QGroupBox(translate("OfferEditor", "Promo Codes"))
        row = QVBoxLayout(codes)
        line = QHBoxLayout()
        self.code_count = QLabel()
        self.code_count.setObjectName("promoCodeCount")
        upload = _named(
            QPushButton(translate("OfferEditor", "&Upload .txt…")),
            "uploadPromoCodes",
            translate("OfferEditor", "Upload promo codes"),
        )
        upload.clicked.connect(self._on_upload_clicked)
        clear = _named(
            QPushButton(translate("OfferEditor", "Clear")),
            "clearPromoCodes",
            translate("OfferEditor", "Clear promo codes"),
        )
        clear.clicked.connect(lambda: self.binder.push("promo_codes", (), translate("OfferEditor", "Promo Codes")))
        line.addWidget(self.code_count, 1)
        line.addWidget(upload)
        line.addWidget(clear)
        row.addLayout(line)
        self.code_list = _named(QListWidget(), "promoCodeList", translate("OfferEditor", "Promo codes"))
        self.code_list.setMaximumHeight(110)
        self.code_list.setUniformItemSizes(True)
        row.addWidget(self.code_list)
        layout.addWidget(codes)
        layout.addStretch(1)
        return page

    def _build_advanced(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        rules = QGroupBox(translate("OfferEditor", "Offer Rules"))
        form = _form(rules)
        self.rules_url = _named(QLineEdit(), "rulesUrl", translate("OfferEditor", "Rules URL"))
        self.rules_url.setPlaceholderText("https://example.com/referral-rules")
        self.binder.text(self.rules_url, "rules_url", translate("OfferEditor", "Rules URL"))
        form.addRow(translate("OfferEditor", "&Rules URL:"), self.rules_url)
        layout.addWidget(rules)

        privacy = QGroupBox(translate("OfferEditor", "Privacy Policy"))
        form = _form(privacy)
        self.privacy_shown = _named(
            QCheckBox(translate("OfferEditor", "Show a privacy policy link on the offer's forms")),
            "privacyShown",
            translate("OfferEditor", "Show privacy policy"),
        )
        self.binder.check(self.privacy_shown, "privacy_policy.shown", translate("OfferEditor", "Show Privacy Policy"))
        form.addRow("", self.privacy_shown)
        self.privacy_title = _named(QLineEdit(), "privacyTitle", translate("OfferEditor", "Privacy policy title"))
        self.privacy_title.setPlaceholderText(translate("OfferEditor", "Privacy Policy"))
        self.binder.text(self.privacy_title, "privacy_policy.title", translate("OfferEditor", "Privacy Policy Title"))
        form.addRow(translate("OfferEditor", "&Title:"), self.privacy_title)
        self.privacy_url = _named(QLineEdit(), "privacyUrl", translate("OfferEditor", "Privacy policy URL"))
        self.privacy_url.setPlaceholderText("https://example.com/privacy")
        self.binder.text(self.privacy_url, "privacy_policy.url", translate("OfferEditor", "Privacy Policy URL"))
        form.addRow(translate("OfferEditor", "&URL:"), self.privacy_url)
        layout.addWidget(privacy)

        share = QGroupBox(translate("OfferEditor", "Share URL"))
        form = _form(share)
        self.share_kind = _named(QComboBox(), "shareUrlKind", translate("OfferEditor", "Share URL"))
        self.share_kind.addItems(
            [
                translate("OfferEditor", "The referring page"),
                translate("OfferEditor", "Another landing page"),
                translate("OfferEditor", "An external URL"),
            ]
        )
        self.binder.choice(self.share_kind, "share_url.kind", "Share URL", list(ShareUrlKind))
        form.addRow(translate("OfferEditor", "Shared links &open:"), self.share_kind)
        self.share_url = _named(QLineEdit(), "shareUrl", translate("OfferEditor", "Share URL address"))
        self.share_url.setPlaceholderText("https://example.com/landing")
        self.binder.text(self.share_url, "share_url.url", translate("OfferEditor", "Share URL Address"))
        form.addRow(translate("OfferEditor", "&Address:"), self.share_url)
        layout.addWidget(share)
        layout.addStretch(1)
        return page

    def _build_rewards(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        window = QGroupBox(translate("OfferEditor", "Offer Window (UTC)"))
        form = _form(window)
        now = QDateTime.currentDateTimeUtc()
        for key, label, accessible, on_date in (
            (
                "start",
                translate("OfferEditor", "&Starts:"),
                translate("OfferEditor", "Offer starts"),
                translate("OfferEditor", "Offer starts on a date"),
            ),
            (
                "end",
                translate("OfferEditor", "&Ends:"),
                translate("OfferEditor", "Offer ends"),
                translate("OfferEditor", "Offer ends on a date"),
            ),
        ):
            switch = _named(QCheckBox(), f"window{key.title()}Set", on_date)
            edit = _named(QDateTimeEdit(now), f"window{key.title()}", accessible)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd HH:mm")
            self.binder.when(edit, switch, f"window.{key}", label.replace("&", "").rstrip(":"))
            row = QHBoxLayout()
            row.addWidget(switch)
            row.addWidget(edit, 1)
            _add_row(form, label, row, switch)
        layout.addWidget(window)

        attribution = QGroupBox(translate("OfferEditor", "Attribution"))
        form = _form(attribution)
        self.attribution_model = _named(QComboBox(), "attributionModel", translate("OfferEditor", "Attribution model"))
        self.attribution_model.addItems(
            [
                translate("OfferEditor", "First touch: the earliest referred visit"),
                translate("OfferEditor", "Last touch: the latest referred visit"),
            ]
        )
        self.binder.choice(self.attribution_model, "attribution.model", "Attribution Model", list(AttributionModel))
        form.addRow(translate("OfferEditor", "&Model:"), self.attribution_model)
        switch = _named(
            QCheckBox(translate("OfferEditor", "Only visits within")),
            "attributionWindowSet",
            translate("OfferEditor", "Limit the attribution window"),
        )
        self.attribution_days = _named(
            QDoubleSpinBox(), "attributionWindowDays", translate("OfferEditor", "Attribution window in days")
        )
        self.attribution_days.setRange(0.01, 1_000_000)  # any window an offer file may hold, shown to 0.01 day
        self.attribution_days.setValue(30)
        self.attribution_days.setSuffix(translate("OfferEditor", " days"))
        self.binder.optional_number(
            switch, self.attribution_days, "attribution.window_days", translate("OfferEditor", "Attribution Window")
        )
        row = QHBoxLayout()
        row.addWidget(switch)
        row.addWidget(self.attribution_days)
        row.addWidget(QLabel(translate("OfferEditor", "before the sign-up or event")), 1)
        _add_row(form, translate("OfferEditor", "&Window:"), row, switch)
        layout.addWidget(attribution)

        rewards = QGroupBox(translate("OfferEditor", "Rewards"))
        form = _form(rewards)
        self.repeat_rewards = _named(
            QCheckBox(translate("OfferEditor", "Reward again each time the goal count is reached again")),
            "repeatRewards",
            translate("OfferEditor", "Repeat rewards"),
        )
        self.binder.check(self.repeat_rewards, "rewards.repeat", translate("OfferEditor", "Repeat Rewards"))
        form.addRow("", self.repeat_rewards)
        switch = _named(
            QCheckBox(translate("OfferEditor", "At most")),
            "maxFulfillmentsSet",
            translate("OfferEditor", "Limit fulfillments"),
        )
        self.max_fulfillments = _named(
            QSpinBox(), "maxFulfillments", translate("OfferEditor", "Maximum fulfillments per referrer")
        )
        self.max_fulfillments.setRange(1, 2**31 - 1)  # the widest a spin box holds; a larger cap shows as this
        self.max_fulfillments.setValue(3)
        self.binder.optional_number(
            switch, self.max_fulfillments, "rewards.max_fulfillments", translate("OfferEditor", "Max Fulfillments")
        )
        row = QHBoxLayout()
        row.addWidget(switch)
        row.addWidget(self.max_fulfillments)
        row.addWidget(QLabel(translate("OfferEditor", "fulfillments per referrer")), 1)
        _add_row(form, translate("OfferEditor", "&Limit:"), row, switch)
        self.cap_row = row
        layout.addWidget(rewards)
        layout.addStretch(1)
        return page

    # Reacting to edits

    def _on_document_changed(self, path: str) -> None:
        offer = self.document.offer
        goal = offer.goal.type
        self.goal_hint.setText(goal_hint(goal))
        for widget, shown in (
            (self.repeat_visits, goal is GoalType.REFERRED_VISITS),
            (self.triggers, goal is GoalType.SMART_LIST_TRIGGER),
            (self.qualification, goal is GoalType.SMART_LIST_TRIGGER),
            (self.event_name, goal is GoalType.CUSTOM_JS_EVENT),
        ):
            self.goal_form.setRowVisible(widget, shown)
        problems = validate(offer)
        self.goal_form.setRowVisible(
            self.give_credit_tip, any(p.field == "uses_give_credit_to_referrer" for p in problems)
        )
        self._show_problems(problems)
        codes = offer.promo_codes
        self.code_count.setText(
            counted(
                len(codes),
                translate("OfferEditor", "{count} promo code loaded"),
                translate("OfferEditor", "{count} promo codes loaded"),
            )
            if codes
            else translate("OfferEditor", "No promo codes")
        )
        if path in ("", "promo_codes"):
            self.code_list.clear()
            self.code_list.addItems([repr(code)[1:-1] if code != code.strip() else code for code in codes[:10_000]])
        self._set_cap_enabled(offer.rewards.repeat)

    def _set_cap_enabled(self, repeat: bool) -> None:
        for index in range(self.cap_row.count()):
            widget = self.cap_row.itemAt(index).widget()
            if widget is not None and widget is not self.max_fulfillments:
                widget.setEnabled(repeat)
        self.max_fulfillments.setEnabled(repeat and self.document.offer.rewards.max_fulfillments is not None)

    def _show_problems(self, problems: list[Problem]) -> None:
        self.problems.clear()
        style = self.style()
        for problem in problems:
            icon = (
                QStyle.StandardPixmap.SP_MessageBoxCritical
                if problem.blocking
                else QStyle.StandardPixmap.SP_MessageBoxWarning
            )
            item = QListWidgetItem(style.standardIcon(icon), problem.message)
            item.setData(Qt.ItemDataRole.UserRole, problem.field)
            item.setToolTip(
                translate("OfferEditor", "Blocks approval")
                if problem.blocking
                else translate("OfferEditor", "A warning; approval is still possible")
            )
            self.problems.addItem(item)
        if not problems:
            item = QListWidgetItem(
                style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton),
                translate("OfferEditor", "Ready to approve."),
            )
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.problems.addItem(item)
        self.approve_button.setEnabled(not blocking(problems))
        self.approve_button.setToolTip(
            "" if not blocking(problems) else translate("OfferEditor", "Fix the problems listed above to approve")
        )

    def _on_problems_activated(self, item: QListWidgetItem) -> None:
        field = item.data(Qt.ItemDataRole.UserRole)
        if field:
            self.focus_field(field)

    def focus_field(self, field: str) -> None:
        """Show the section holding a setting and put the cursor in it."""
        widget = self.binder.widget_for(field) or self.binder.widget_for(field.split(".")[0])
        if field == "name" or widget is None:
            return
        self._go(SECTION_OF_KEY.get(field.split(".")[0], 0))
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_stack_changed(self, _index: int) -> None:
        self.saved_label.setText(translate("OfferEditor", "Unsaved changes…"))
        self._save_timer.start(AUTOSAVE_MS)

    def _on_upload_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("OfferEditor", "Upload Promo Codes"),
            "",
            translate("OfferEditor", "Text files (*.txt);;All files (*)"),
        )
        if path:
            self.load_promo_codes(path)

    def load_promo_codes(self, path: str) -> bool:
        """Replace the promo codes with a .txt file's lines (one undo step); a bad file changes nothing."""
        try:
            codes = read_promo_codes(path)
        except PromoCodeFileError as error:
            QMessageBox.warning(self, translate("OfferEditor", "Promo codes not loaded"), str(error))
            return False
        self.stack.push(SetValueCommand(self.document, "promo_codes", codes, translate("OfferEditor", "Promo Codes")))
        return True

    # Navigation

    def _go(self, index: int) -> None:
        index = max(0, min(index, len(SECTIONS) - 1))
        root = self.sections.topLevelItem(0)
        self.sections.setCurrentItem(root.child(index))

    def _on_sections_current_changed(self, item: QTreeWidgetItem | None, _previous: object) -> None:
        if item is None:
            return
        index = item.data(0, Qt.ItemDataRole.UserRole)
        if index is None:
            self._go(0)
            return
        self.pages.setCurrentIndex(index)
        self.page_title.setText(
            translate("OfferEditor", "App Settings › {section}").format(
                section=translate("OfferEditor", SECTIONS[index])
            )
        )
        self.back.setEnabled(index > 0)
        self.next.setEnabled(index < len(SECTIONS) - 1)

    # Saving, approving, closing

    def save(self) -> bool:
        """Write the draft now if it changed; keeps the edit in memory and says why when the store refuses."""
        self._save_timer.stop()
        if self.stack.isClean():
            return True
        try:
            with self.store.transaction() as session:
                self.revision = repo.save_draft(
                    session, self.name, self.document.offer, expected_revision=self.revision
                )
        except repo.DraftConflict as conflict:
            return self._resolve_conflict(conflict)
        except Exception as error:  # noqa: BLE001 - any store failure: keep the edit, tell the user, retry
            self.saved_label.setText(
                translate("OfferEditor", "Not saved — retrying every {seconds} s").format(seconds=RETRY_MS // 1000)
            )
            self._save_timer.start(RETRY_MS)
            if not self._save_failing:  # once per failing streak, not at every retry
                self._save_failing = True
                QMessageBox.warning(
                    self,
                    translate("OfferEditor", "Draft not saved"),
                    translate(
                        "OfferEditor",
                        "The draft could not be saved; your edits are kept here and saving is retried "
                        "every {seconds} s.\n\n{error}",
                    ).format(seconds=RETRY_MS // 1000, error=error),
                )
            return False
        self._save_failing = False
        self.stack.setClean()
        self.saved_label.setText(translate("OfferEditor", "Saved · revision {number}").format(number=self.revision))
        self.sig_saved.emit(self.name)
        return True

    def _resolve_conflict(self, conflict: repo.DraftConflict) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            translate("OfferEditor", "The draft changed elsewhere"),
            translate("OfferEditor", "Another window saved this draft (revision {number}) after you opened it.").format(
                number=conflict.actual
            ),
            parent=self,
        )
        keep = box.addButton(translate("OfferEditor", "Keep Mine"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(translate("OfferEditor", "Use Theirs"), QMessageBox.ButtonRole.DestructiveRole)
        box.exec()
        if box.clickedButton() is keep:
            self.revision = conflict.actual
            return self.save()
        with self.store.transaction() as session:
            theirs = repo.load_draft(session, self.name)
        self.revision = conflict.actual
        if theirs is not None:
            self.document.replace(theirs)
        self.stack.clear()
        return True

    def approve_and_close(self) -> bool:
        """Approve the draft (only without blocking problems) and close the editor."""
        if blocking(validate(self.document.offer)) or not self.save():
            return False
        try:
            with self.store.transaction() as session:
                repo.approve(session, self.name)
        except repo.RepositoryError as error:
            QMessageBox.warning(self, translate("OfferEditor", "Not approved"), str(error))
            return False
        self.sig_approved.emit(self.name)
        self.stack.setClean()
        self.close()
        return True

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if self.save():
            event.accept()
        else:
            answer = QMessageBox.question(
                self,
                translate("OfferEditor", "Close without saving?"),
                translate("OfferEditor", "The draft could not be saved. Close anyway and lose the latest edits?"),
            )
            event.setAccepted(answer == QMessageBox.StandardButton.Yes)
        if event.isAccepted():
            self.sig_closed.emit(self.name)

    @property
    def offer(self) -> Offer:
        return self.document.offer
