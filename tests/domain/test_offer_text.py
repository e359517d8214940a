"""The offer window in words: each of its shapes reads as a sentence, never as 'to open'."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from referral_studio.domain.offer import Offer, Window
from referral_studio.domain.offer_text import describe_window

MARCH = datetime(2027, 3, 1, 9, 30, tzinfo=UTC)
APRIL = datetime(2027, 4, 1, tzinfo=UTC)


@pytest.mark.parametrize(
    ("window", "words"),
    [
        (Window(MARCH, APRIL), "Runs from 2027-03-01 09:30 UTC to 2027-04-01 00:00 UTC"),
        (Window(MARCH, None), "Runs from 2027-03-01 09:30 UTC, with no end"),
        (Window(None, APRIL), "Runs until 2027-04-01 00:00 UTC"),
        (Window(None, None), None),
    ],
)
def test_every_shape_of_window_reads_as_a_sentence(window: Window, words: str | None) -> None:
    assert describe_window(Offer(name="x", window=window)) == words
