"""The offer editor opens any offer a file may hold: numbers beyond its boxes neither crash it nor change."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDoubleSpinBox, QSpinBox

from referral_studio.app.offers import Offers
from referral_studio.domain.offer import Attribution, Offer, Rewards
from referral_studio.store import repository as repo
from referral_studio.store.database import Store
from referral_studio.ui.editor.offer_editor import OfferEditor


@pytest.mark.parametrize(
    ("days", "cap", "shown_days", "shown_cap"),
    [(5000.0, 2**64, 5000.0, 2**31 - 1), (0.5, 2**31, 0.5, 2**31 - 1), (1e300, 7, 1_000_000.0, 7)],
)
def test_an_offer_with_numbers_beyond_the_boxes_opens_and_keeps_them(
    qtbot: object, tmp_path: Path, days: float, cap: int, shown_days: float, shown_cap: int
) -> None:
    store = Store(tmp_path / "store.sqlite3")
    offer = Offer(
        name="Edge", attribution=Attribution(window_days=days), rewards=Rewards(repeat=True, max_fulfillments=cap)
    )
    with store.transaction() as session:
        repo.create_offer(session, offer)
    editor = OfferEditor(Offers(store), "Edge")
    qtbot.addWidget(editor)  # type: ignore[attr-defined]
    assert editor.findChild(QDoubleSpinBox, "attributionWindowDays").value() == shown_days
    assert editor.findChild(QSpinBox, "maxFulfillments").value() == shown_cap
    assert editor.document.offer.attribution.window_days == days  # shown at the box's end, never changed
    assert editor.document.offer.rewards.max_fulfillments == cap
    store.close()
