"""The editor's Fraud & Holds page: the six fraud settings, each with what it does and what it costs.

Every rule also catches honest people, so each setting says its trade-off beside it;
the Fraud view of the simulation workspace shows how many, on real or synthetic traffic.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from referral_studio.domain.offer import SettingPath
from referral_studio.ui.editor.field_binder import FieldBinder
from referral_studio.ui.i18n import translate
from referral_studio.ui.widgets.trimmed_spin_box import TrimmedSpinBox


def _explained(widget: QWidget, what: str, trade_off: str) -> QWidget:
    """The setting with one line on what it does and one on what it costs, in smaller grey text."""
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 6)
    column.setSpacing(2)
    column.addWidget(widget)
    note = QLabel(f"{what}<br><i>{trade_off}</i>")
    note.setWordWrap(True)
    note.setTextFormat(Qt.TextFormat.RichText)
    note.setStyleSheet("color: palette(placeholder-text);")
    column.addWidget(note)
    return box


def build_fraud_page(binder: FieldBinder) -> QWidget:
    """The page's widgets, bound to the offer's `fraud.*` keys through undoable edits."""
    page = QWidget()
    layout = QVBoxLayout(page)
    intro = QLabel(
        translate(
            "FraudSection",
            "Fraud rules decide the fate of each credit: counted, blocked, sent to review, or held until "
            "refunds can no longer take it back. Try them on last quarter's traffic in the simulation's "
            "Fraud view before switching them on.",
        )
    )
    intro.setWordWrap(True)
    layout.addWidget(intro)

    identity = QGroupBox(translate("FraudSection", "Self-referral"))
    form = QFormLayout(identity)
    checks: list[tuple[SettingPath, str, str, str]] = [
        (
            "fraud.same_ip",
            translate("FraudSection", "Block when friend and referrer share an &IP address"),
            translate("FraudSection", "Catches a referrer signing up fake friends from their own connection."),
            translate("FraudSection", "Trade-off: an office, a campus or a household shares one IP."),
        ),
        (
            "fraud.same_device",
            translate("FraudSection", "Block when they share a &device"),
            translate("FraudSection", "Catches fake friends made on the referrer's own phone or browser."),
            translate("FraudSection", "Trade-off: a family on one shared computer looks the same."),
        ),
        (
            "fraud.same_email",
            translate("FraudSection", "Block when they share an &email address"),
            translate("FraudSection", "Sees through Gmail dots, plus-addresses and capitals (bob.smith+1@gmail.com)."),
            translate("FraudSection", "Trade-off: rarely wrong, but easy to dodge with a second address."),
        ),
    ]
    for path, text, what, trade_off in checks:
        check = QCheckBox(text, objectName=path.replace(".", "_"))
        check.setAccessibleName(text.replace("&", ""))
        binder.check(check, path, text.replace("&", ""))
        form.addRow(_explained(check, what, trade_off))
    layout.addWidget(identity)

    rules = QGroupBox(translate("FraudSection", "Email domains and velocity"))
    form = QFormLayout(rules)
    domains = QPlainTextEdit(objectName="fraudBlockedDomains")
    domains.setPlaceholderText("mailinator.com\nguerrillamail.com")
    domains.setMaximumHeight(80)
    domains.setAccessibleName(translate("FraudSection", "Blocked email domains, one per line"))
    binder.lines(domains, "fraud.blocked_email_domains", translate("FraudSection", "Blocked Email Domains"))
    form.addRow(
        translate("FraudSection", "Blocked email &domains:"),
        _explained(
            domains,
            translate("FraudSection", "One per line; a domain also blocks its subdomains. Blocks disposable mail."),
            translate("FraudSection", "Trade-off: a real customer on a listed domain is blocked too."),
        ),
    )
    switch = QCheckBox(translate("FraudSection", "At most"), objectName="fraudVelocitySet")
    switch.setAccessibleName(translate("FraudSection", "Limit credits per day"))
    per_day = QSpinBox(objectName="fraudMaxCreditsPerDay")
    per_day.setRange(1, 1_000_000)
    per_day.setValue(3)
    per_day.setAccessibleName(translate("FraudSection", "Credits per referrer within 24 hours"))
    binder.optional_number(switch, per_day, "fraud.max_credits_per_day", translate("FraudSection", "Velocity Limit"))
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(switch)
    row.addWidget(per_day)
    row.addWidget(QLabel(translate("FraudSection", "credits per referrer within 24 hours")), 1)
    holder = QWidget()
    holder.setLayout(row)
    form.addRow(
        translate("FraudSection", "Velocity:"),
        _explained(
            holder,
            translate("FraudSection", "Further credits go to a review queue: a burst of sign-ups minutes apart."),
            translate("FraudSection", "Trade-off: a popular referrer's good day waits for a person to look."),
        ),
    )
    layout.addWidget(rules)

    holds = QGroupBox(translate("FraudSection", "Holds"))
    form = QFormLayout(holds)
    hold = TrimmedSpinBox(objectName="fraudHoldDays")
    hold.setRange(0, 3650)
    hold.setDecimals(2)
    hold.setSuffix(translate("FraudSection", " days"))
    hold.setAccessibleName(translate("FraudSection", "Hold rewards for this many days"))
    binder.number(hold, "fraud.hold_days", translate("FraudSection", "Hold"))
    form.addRow(
        translate("FraudSection", "&Hold rewards for:"),
        _explained(
            hold,
            translate("FraudSection", "A credit counts only after the hold; a refund before then takes it back."),
            translate("FraudSection", "Trade-off: honest referrers wait that long for their reward."),
        ),
    )
    layout.addWidget(holds)
    layout.addStretch(1)
    return page
