"""Every validation rule: what blocks approval, what only warns."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from referral_studio.domain.offer import (
    Attribution,
    Delivery,
    Emails,
    Fraud,
    Goal,
    GoalType,
    Offer,
    PrivacyPolicy,
    Rewards,
    ShareUrl,
    ShareUrlKind,
    Window,
)
from referral_studio.domain.validation import GIVE_CREDIT_TIP, Problem, blocking, validate

READY = Offer(
    name="Ready",
    goal=Goal(type=GoalType.REFERRED_VISITS, count=10),
    emails=Emails(fulfillment="You earned it"),
    rules_url="https://example.com/rules",
)


def fields_of(problems: list[Problem]) -> set[str]:
    return {problem.field for problem in problems}


def test_a_complete_offer_has_no_problems() -> None:
    assert validate(READY) == []


@pytest.mark.parametrize(
    ("offer", "field"),
    [
        (READY.replace(name="  "), "name"),
        (READY.with_value("goal.count", 0), "goal.count"),
        (READY.with_value("goal.count", 1_000_001), "goal.count"),
        (READY.replace(goal=Goal(type=GoalType.SMART_LIST_TRIGGER)), "goal.trigger_activities"),
        (
            READY.replace(goal=Goal(type=GoalType.SMART_LIST_TRIGGER, trigger_activities=("  ",))),
            "goal.trigger_activities",
        ),
        (READY.replace(goal=Goal(type=GoalType.CUSTOM_JS_EVENT)), "goal.event_name"),
        (READY.replace(goal=Goal(type=GoalType.CUSTOM_JS_EVENT, event_name="")), "goal.event_name"),
        (
            READY.replace(
                window=Window(datetime(2027, 3, 2, tzinfo=timezone.utc), datetime(2027, 3, 1, tzinfo=timezone.utc))
            ),
            "window.end",
        ),
        (
            READY.replace(
                window=Window(datetime(2027, 3, 1, tzinfo=timezone.utc), datetime(2027, 3, 1, tzinfo=timezone.utc))
            ),
            "window.end",
        ),
        (READY.replace(rules_url=None), "rules_url"),
        (READY.replace(rules_url="example.com/rules"), "rules_url"),
        (READY.replace(uses_give_credit_to_referrer=True), "uses_give_credit_to_referrer"),
        (READY.replace(emails=Emails(delivery=Delivery.AUTO_ON_GOAL)), "emails.fulfillment"),
        (READY.replace(attribution=Attribution(window_days=0)), "attribution.window_days"),
        (READY.replace(rewards=Rewards(repeat=True, max_fulfillments=0)), "rewards.max_fulfillments"),
        (READY.replace(privacy_policy=PrivacyPolicy(shown=True)), "privacy_policy.url"),
        (READY.replace(share_url=ShareUrl(kind=ShareUrlKind.EXTERNAL_URL)), "share_url.url"),
    ],
)
def test_blocking_rules(offer: Offer, field: str) -> None:
    assert field in fields_of(blocking(validate(offer)))


def test_give_credit_rule_uses_marketos_tip_and_passes_with_smart_list_trigger() -> None:
    used = READY.replace(uses_give_credit_to_referrer=True)
    assert [p.message for p in validate(used)] == [GIVE_CREDIT_TIP]
    fixed = used.replace(goal=Goal(type=GoalType.SMART_LIST_TRIGGER, trigger_activities=("Opportunity Created",)))
    assert validate(fixed) == []


def test_manual_delivery_needs_no_fulfillment_email() -> None:
    assert validate(READY.replace(emails=Emails(delivery=Delivery.MANUAL))) == []


def test_rules_url_message_says_what_marketo_says() -> None:
    assert "link to your offer's rules" in validate(READY.replace(rules_url=None))[0].message


def test_a_promo_code_listed_twice_blocks_approval_said_in_the_singular_or_plural() -> None:
    one = validate(READY.replace(promo_codes=("A", "B", "A", " A")))
    assert fields_of(one) == {"promo_codes"}
    [repeat] = blocking(one)  # the padded " A" only warns
    assert repeat.message == "The promo code 'A' is listed more than once; each code can be given out only once."
    two = blocking(validate(READY.replace(promo_codes=("A", "B", "A", "B", "C"))))
    assert [p.message for p in two] == [
        "2 promo codes are listed more than once: 'A', 'B'; each code can be given out only once."
    ]
    padded = [p.message for p in validate(READY.replace(promo_codes=(" A",)))]
    assert padded == ["The promo code ' A' begins or ends with spaces, which are part of the code a referrer gets."]


def test_settings_of_another_goal_are_ignored() -> None:
    # A Smart List setting left behind under Referred Visits is kept and never refused.
    assert validate(READY.with_value("goal.trigger_activities", ("",)).with_value("goal.event_name", "")) == []


def test_fraud_settings_problems_name_their_keys() -> None:
    fine = validate(Offer(name="x", fraud=Fraud(blocked_email_domains=("mailinator.com",))))
    assert not [p for p in fine if p.field.startswith("fraud.")]
    blank = validate(Offer(name="x", fraud=Fraud(blocked_email_domains=("mailinator.com", " @ "))))
    [problem] = [p for p in blank if p.field == "fraud.blocked_email_domains"]
    assert not problem.blocking and "blank" in problem.message
    bad = validate(Offer(name="x", fraud=Fraud(max_credits_per_day=0, hold_days=-1)))
    assert {p.field for p in bad if p.blocking} >= {"fraud.max_credits_per_day", "fraud.hold_days"}


def test_the_setting_paths_name_every_setting_of_an_offer_and_nothing_else() -> None:
    """SettingPath is what the type checker holds edits to; it must match the Offer's settings exactly."""
    import dataclasses

    from referral_studio.domain.offer import SETTING_PATHS, Offer

    def leaves(kind: type, prefix: str = "") -> set[str]:
        found = set()
        for field in dataclasses.fields(kind):
            default = field.default_factory() if field.default_factory is not dataclasses.MISSING else None
            if dataclasses.is_dataclass(default):
                found |= leaves(type(default), f"{prefix}{field.name}.")
            else:
                found.add(prefix + field.name)
        return found

    assert set(SETTING_PATHS) == leaves(Offer) and len(SETTING_PATHS) == len(set(SETTING_PATHS))
    offer = Offer(name="x")
    for path in SETTING_PATHS:
        assert offer.with_value(path, offer.value(path)) == offer


def test_promo_codes_with_spaces_around_them_get_a_warning() -> None:
    problems = validate(Offer(name="Codes", promo_codes=("A", " B", "C ")))
    padded = [p for p in problems if "spaces" in p.message]
    assert len(padded) == 1 and not padded[0].blocking and "' B', 'C '" in padded[0].message
    assert not any("spaces" in p.message for p in validate(Offer(name="Codes", promo_codes=("A",))))
