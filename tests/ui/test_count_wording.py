"""Counts that read right in both languages: a one-day attribution window, and the fraud summary's adjectives."""

from __future__ import annotations

import pytest

from referral_studio.domain.offer import Attribution, Offer
from referral_studio.domain.offer_text import describe_terms
from referral_studio.engine.fraud_rules import Outcome
from referral_studio.ui.simulation.fraud_view import outcome_summary


def window(days: float) -> str:
    """The attribution part of the offer's terms, for a window of `days`."""
    return describe_terms(Offer(name="x", attribution=Attribution(window_days=days))).split(" · ")[0]


def test_the_attribution_window_says_day_for_exactly_one_in_english(qapp: object) -> None:
    assert window(1).endswith("within 1 day")
    assert [window(days).rsplit(" ", 2)[-2:] for days in (2, 0.5, 1.5, 30)] == [
        ["2", "days"],
        ["0.5", "days"],
        ["1.5", "days"],
        ["30", "days"],
    ]


def test_the_attribution_window_says_dag_for_exactly_one_in_swedish(swedish: None) -> None:
    assert window(1).endswith("inom 1 dag")
    assert window(1.001).endswith("inom 1 dag")  # written "1", read "1"
    assert [window(days).rsplit(" ", 2)[-2:] for days in (2, 0.5, 1.5)] == [
        ["2", "dagar"],
        ["0,5", "dagar"],
        ["1,5", "dagar"],
    ]


def counts(each: int) -> dict[Outcome, int]:
    return dict.fromkeys(Outcome, each)


@pytest.mark.parametrize(
    ("each", "expected"),
    [
        (
            1,
            (
                "<b>1</b> kredit enligt grundreglerna: <b>1</b> räknad, 1 spärrad, 1 till granskning, "
                "1 återförd av en återbetalning, 1 väntande."
            ),
        ),
        (
            2,
            (
                "<b>2</b> krediter enligt grundreglerna: <b>2</b> räknade, 2 spärrade, 2 till granskning, "
                "2 återförda av återbetalningar, 2 väntande."
            ),
        ),
    ],
)
def test_the_fraud_summary_agrees_with_each_count_in_swedish(swedish: None, each: int, expected: str) -> None:
    assert outcome_summary(each, counts(each)) == expected


def test_the_fraud_summary_in_english_and_with_the_locales_numbers(qapp: object) -> None:
    assert outcome_summary(1, counts(1)) == (
        "<b>1</b> credit by the base rules: <b>1</b> counted, 1 blocked, 1 in review, 1 reversed by a refund, "
        "1 pending."
    )
    assert outcome_summary(12_000, counts(3_000)).startswith("<b>12,000</b> credits by the base rules: <b>3,000</b>")
