"""One date format everywhere, with UTC; problem marks that render without emoji fonts."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QLocale

from referral_studio.domain.lifecycle import OfferState, OfferSummary
from referral_studio.domain.offer import Goal, GoalType, Offer, Window
from referral_studio.ui.activities.offer_details import OfferDetails
from referral_studio.ui.i18n import date_time

MOMENT = datetime(2027, 3, 1, 9, 30, 15, tzinfo=UTC)


def test_dates_read_the_same_in_every_language(qtbot: object) -> None:
    before = QLocale()
    try:
        for name in ("en_US", "sv_SE", "de_DE"):
            QLocale.setDefault(QLocale(name))
            assert date_time(MOMENT) == "2027-03-01 09:30"
            assert date_time(int(MOMENT.timestamp()) * 1_000_000_000, seconds=True) == "2027-03-01 09:30:15"
    finally:
        QLocale.setDefault(before)


def test_the_details_pane_says_utc_and_marks_problems_with_icons(qtbot: object) -> None:
    details = OfferDetails()
    qtbot.addWidget(details)  # type: ignore[attr-defined]
    offer = Offer(name="O", goal=Goal(type=GoalType.REFERRED_VISITS, count=0), window=Window(start=MOMENT))
    summary = OfferSummary(1, "O", "P", OfferState.DRAFT, GoalType.REFERRED_VISITS, 0, MOMENT, 1)
    details.show_offer(summary, offer, [])
    assert "Runs from 2027-03-01 09:30 UTC, with no end" in details.summary.text()
    items = [details.problems.item(row) for row in range(details.problems.count())]
    assert items and all(not item.icon().isNull() for item in items)
    assert not any(mark in item.text() for item in items for mark in "⛔⚠✔")
