"""Two versions of an offer compared in words."""

from __future__ import annotations

from datetime import UTC, datetime

from referral_studio.domain.offer import Delivery, Emails, Goal, GoalType, Offer, Window
from referral_studio.domain.offer_diff import compare_settings, offer_changes
from referral_studio.domain.offer_file import offer_to_dict

BASE = Offer(name="Spring", goal=Goal(type=GoalType.REFERRED_VISITS, count=5), promo_codes=("A", "B"))


def test_each_changed_setting_is_one_phrase_in_words() -> None:
    changed = BASE.replace(
        goal=Goal(type=GoalType.SMART_LIST_TRIGGER, count=3),
        promo_codes=("A", "B", "C"),
        uses_give_credit_to_referrer=True,
        window=Window(start=datetime(2027, 3, 1, tzinfo=UTC)),
    )
    assert offer_changes(BASE, changed) == [
        "fulfillment goal Referred Visits → Smart List Trigger",
        "goal count 5 → 3",
        "offer starts none → 2027-03-01 00:00 UTC",
        "promo codes 2 codes → 3 codes",
        "used by Give Credit to Referrer off → on",
    ]
    assert offer_changes(BASE, BASE) == []
    assert offer_changes(BASE, BASE.replace(name="Renamed")) == []  # names live beside the revisions


def test_a_change_the_words_would_hide_is_still_shown() -> None:
    swapped = BASE.replace(promo_codes=("A", "Z"))
    assert offer_changes(BASE, swapped) == ["promo codes 2 codes → 2 codes (edited)"]


def test_side_by_side_lists_every_setting_the_offer_uses() -> None:
    rows = compare_settings(BASE, BASE.replace(rules_url="https://example.com"))
    flat_keys = sum(len(v) if isinstance(v, dict) else 1 for k, v in offer_to_dict(BASE).items()) - 4
    unused = 4  # trigger activities, qualification, event name (other goals'), the cap (no repeat rewards)
    assert len(rows) == flat_keys - unused and len({row.key for row in rows}) == len(rows)
    assert [row.key for row in rows if row.changed] == ["rules_url"]
    assert all(row.label and " " not in row.key for row in rows)


def test_choices_are_named_as_the_editor_names_them() -> None:
    manual = BASE.replace(emails=Emails(delivery=Delivery.MANUAL))
    assert offer_changes(BASE, manual) == ["email delivery automatically when the goal is reached → manually"]


def test_settings_left_from_another_goal_are_kept_out_of_comparisons() -> None:
    signups = Offer(name="S", goal=Goal(type=GoalType.REFERRED_SIGNUPS, count=2))
    leftover = signups.with_value("goal.trigger_activities", ("Opportunity Created",)).with_value(
        "rewards.max_fulfillments", 3
    )
    assert leftover.goal.trigger_activities == ("Opportunity Created",)  # kept in the offer, as the rules say
    assert offer_changes(signups, leftover) == []
    keys = {row.key for row in compare_settings(signups, leftover)}
    assert not keys & {"goal.trigger_activities", "goal.qualification", "rewards.max_fulfillments"}
    repeat = leftover.with_value("rewards.repeat", True)
    assert offer_changes(signups, repeat) == ["repeat rewards off → on", "most fulfillments not used → 3"]
