"""App Settings › Advanced Options and Rewards & Attribution: settings that need no logic beyond their widgets."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from referral_studio.domain.offer import AttributionModel, Offer, SettingPath, ShareUrlKind
from referral_studio.ui.editor.editor_forms import add_row, form_layout, named
from referral_studio.ui.editor.field_binder import FieldBinder
from referral_studio.ui.i18n import translate
from referral_studio.ui.widgets.qt_times import MINUTES, show_moment, this_minute, to_qdatetime
from referral_studio.ui.widgets.trimmed_spin_box import TrimmedSpinBox

UNSET_END_AFTER = timedelta(days=30)  # an offer without an end shows one this long after its start, greyed out


def advanced_options_page(binder: FieldBinder) -> QWidget:
    """App Settings › Advanced Options: the rules link, the privacy policy and where shared links go."""
    page = QWidget()
    layout = QVBoxLayout(page)
    rules = QGroupBox(translate("OfferEditor", "Offer Rules"))
    form = form_layout(rules)
    rules_url = named(QLineEdit(), "rulesUrl", translate("OfferEditor", "Rules URL"))
    rules_url.setPlaceholderText("https://example.com/referral-rules")
    binder.text(rules_url, "rules_url", translate("OfferEditor", "Rules URL"))
    form.addRow(translate("OfferEditor", "&Rules URL:"), rules_url)
    layout.addWidget(rules)

    privacy = QGroupBox(translate("OfferEditor", "Privacy Policy"))
    form = form_layout(privacy)
    privacy_shown = named(
        QCheckBox(translate("OfferEditor", "Show a privacy policy link on the offer's forms")),
        "privacyShown",
        translate("OfferEditor", "Show privacy policy"),
    )
    binder.check(privacy_shown, "privacy_policy.shown", translate("OfferEditor", "Show Privacy Policy"))
    form.addRow("", privacy_shown)
    privacy_title = named(QLineEdit(), "privacyTitle", translate("OfferEditor", "Privacy policy title"))
    privacy_title.setPlaceholderText(translate("OfferEditor", "Privacy Policy"))
    binder.text(privacy_title, "privacy_policy.title", translate("OfferEditor", "Privacy Policy Title"))
    form.addRow(translate("OfferEditor", "&Title:"), privacy_title)
    privacy_url = named(QLineEdit(), "privacyUrl", translate("OfferEditor", "Privacy policy URL"))
    privacy_url.setPlaceholderText("https://example.com/privacy")
    binder.text(privacy_url, "privacy_policy.url", translate("OfferEditor", "Privacy Policy URL"))
    form.addRow(translate("OfferEditor", "&URL:"), privacy_url)
    for field in (privacy_title, privacy_url):  # a title or link of a policy not shown would do nothing
        field.setEnabled(privacy_shown.isChecked())
        privacy_shown.toggled.connect(field.setEnabled)
    layout.addWidget(privacy)

    share = QGroupBox(translate("OfferEditor", "Share URL"))
    form = form_layout(share)
    share_kind = named(QComboBox(), "shareUrlKind", translate("OfferEditor", "Share URL"))
    share_kind.addItems(
        [
            translate("OfferEditor", "The referring page"),
            translate("OfferEditor", "Another landing page"),
            translate("OfferEditor", "An external URL"),
        ]
    )
    binder.choice(share_kind, "share_url.kind", translate("OfferEditor", "Share URL"), list(ShareUrlKind))
    form.addRow(translate("OfferEditor", "Shared links &open:"), share_kind)
    share_url = named(QLineEdit(), "shareUrl", translate("OfferEditor", "Share URL address"))
    share_url.setPlaceholderText("https://example.com/landing")
    binder.text(share_url, "share_url.url", translate("OfferEditor", "Share URL Address"))
    form.addRow(translate("OfferEditor", "&Address:"), share_url)
    layout.addWidget(share)
    layout.addStretch(1)
    return page


class RewardsPage(QWidget):
    """The offer window, attribution and rewards; the fulfillment cap applies only to repeat rewards."""

    def __init__(self, binder: FieldBinder, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.binder = binder
        layout = QVBoxLayout(self)
        window = QGroupBox(translate("OfferEditor", "Offer Window (UTC)"))
        form = form_layout(window)
        now = to_qdatetime(this_minute())  # a ticked Starts stores what it shows: no hidden seconds
        self.window_edits: dict[str, QDateTimeEdit] = {}
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
            switch = named(QCheckBox(), f"window{key.title()}Set", on_date)
            edit = named(QDateTimeEdit(now), f"window{key.title()}", accessible)
            self.window_edits[key] = edit
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(MINUTES)
            path: SettingPath = "window.start" if key == "start" else "window.end"
            self.binder.when(edit, switch, path, label.replace("&", "").rstrip(":"))
            row = QHBoxLayout()
            row.addWidget(switch)
            row.addWidget(edit)
            row.addStretch(1)  # a date at its own width, not drawn out across a wide window
            add_row(form, label, row, switch)
        layout.addWidget(window)

        attribution = QGroupBox(translate("OfferEditor", "Attribution"))
        form = form_layout(attribution)
        self.attribution_model = named(QComboBox(), "attributionModel", translate("OfferEditor", "Attribution model"))
        self.attribution_model.addItems(
            [
                translate("OfferEditor", "First touch: the earliest referred visit"),
                translate("OfferEditor", "Last touch: the latest referred visit"),
            ]
        )
        self.binder.choice(
            self.attribution_model,
            "attribution.model",
            translate("OfferEditor", "Attribution Model"),
            list(AttributionModel),
        )
        form.addRow(translate("OfferEditor", "&Model:"), self.attribution_model)
        switch = named(
            QCheckBox(translate("OfferEditor", "Only visits within")),
            "attributionWindowSet",
            translate("OfferEditor", "Limit the attribution window"),
        )
        self.attribution_days = named(
            TrimmedSpinBox(), "attributionWindowDays", translate("OfferEditor", "Attribution window in days")
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
        add_row(form, translate("OfferEditor", "&Window:"), row, switch)
        layout.addWidget(attribution)

        rewards = QGroupBox(translate("OfferEditor", "Rewards"))
        form = form_layout(rewards)
        self.repeat_rewards = named(
            QCheckBox(translate("OfferEditor", "Reward again each time the goal count is reached again")),
            "repeatRewards",
            translate("OfferEditor", "Repeat rewards"),
        )
        self.binder.check(self.repeat_rewards, "rewards.repeat", translate("OfferEditor", "Repeat Rewards"))
        form.addRow("", self.repeat_rewards)
        switch = named(
            QCheckBox(translate("OfferEditor", "At most")),
            "maxFulfillmentsSet",
            translate("OfferEditor", "Limit fulfillments"),
        )
        self.max_fulfillments = named(
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
        add_row(form, translate("OfferEditor", "&Limit:"), row, switch)
        self.cap_row = row
        layout.addWidget(rewards)
        layout.addStretch(1)

    def show_offer(self, offer: Offer) -> None:
        if offer.window.end is None:  # an unset end shows, and once ticked starts at, a month after the start
            end = self.window_edits["end"]
            end.blockSignals(True)
            show_moment(end, (offer.window.start or this_minute()) + UNSET_END_AFTER)
            end.blockSignals(False)
        repeat = offer.rewards.repeat
        for index in range(self.cap_row.count()):
            item = self.cap_row.itemAt(index)
            widget = item.widget() if item is not None else None
            if widget is not None and widget is not self.max_fulfillments:
                widget.setEnabled(repeat)
        self.max_fulfillments.setEnabled(repeat and offer.rewards.max_fulfillments is not None)
