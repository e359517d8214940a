"""Offer files: the round trip, defaults, and every kind of refusal."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from referral_studio.domain.offer import (
    Attribution,
    AttributionModel,
    Delivery,
    Emails,
    Fraud,
    Goal,
    GoalType,
    Offer,
    PrivacyPolicy,
    Qualification,
    Rewards,
    ShareUrl,
    ShareUrlKind,
    Window,
)
from referral_studio.domain.offer_file import (
    OfferFileError,
    dumps_offer,
    loads_offer,
    read_offer_file,
    write_offer_file,
)

SPEC_EXAMPLE = {
    "format": "referral-studio.offer",
    "version": 1,
    "name": "Spring referral offer",
    "program": "Spring 2027",
    "goal": {
        "type": "smart_list_trigger",
        "count": 1,
        "count_repeat_visits": False,
        "trigger_activities": ["Opportunity Created"],
        "qualification": "once",
        "event_name": None,
    },
    "window": {"start": "2027-03-01T00:00:00Z", "end": None},
    "attribution": {"model": "first_touch", "window_days": None},
    "rewards": {"repeat": False, "max_fulfillments": None},
    "promo_codes": ["SPRING-001", "SPRING-002"],
    "uses_give_credit_to_referrer": True,
    "emails": {"sign_up": "Welcome", "fulfillment": "You earned it", "delivery": "auto_on_goal"},
    "rules_url": "https://example.com/rules",
}


def test_the_interfaces_example_reads_as_written() -> None:
    offer = loads_offer(json.dumps(SPEC_EXAMPLE))
    assert offer.goal.type is GoalType.SMART_LIST_TRIGGER
    assert offer.goal.trigger_activities == ("Opportunity Created",)
    assert offer.window.start == datetime(2027, 3, 1, tzinfo=timezone.utc)
    assert offer.promo_codes == ("SPRING-001", "SPRING-002")
    assert offer.uses_give_credit_to_referrer and offer.emails.fulfillment == "You earned it"


def test_written_file_holds_the_example_keys_with_the_same_values() -> None:
    written = json.loads(dumps_offer(loads_offer(json.dumps(SPEC_EXAMPLE))))
    assert written["version"] == 2  # export writes version 2 (fraud-rules.md); version 1 still reads
    for key, value in SPEC_EXAMPLE.items():
        if key != "version":
            assert written[key] == value


def test_only_format_version_and_name_are_required() -> None:
    offer = loads_offer('{"format": "referral-studio.offer", "version": 1, "name": "Bare"}')
    assert offer == Offer(name="Bare")
    assert offer.goal == Goal(type=GoalType.REFERRED_VISITS, count=1)


texts = st.text(max_size=12)
optional_texts = st.none() | texts
aware_times = st.datetimes(
    min_value=datetime(1990, 1, 1),
    max_value=datetime(2200, 1, 1),
    timezones=st.sampled_from([timezone.utc, timezone(timedelta(hours=2)), timezone(timedelta(hours=-5, minutes=-30))]),
)
offers = st.builds(
    Offer,
    name=texts,
    program=texts,
    goal=st.builds(
        Goal,
        type=st.sampled_from(list(GoalType)),
        count=st.integers(1, 1_000_000),
        count_repeat_visits=st.booleans(),
        trigger_activities=st.lists(texts, max_size=3).map(tuple),
        qualification=st.sampled_from(list(Qualification)),
        event_name=optional_texts,
    ),
    window=st.builds(Window, start=st.none() | aware_times, end=st.none() | aware_times),
    attribution=st.builds(
        Attribution,
        model=st.sampled_from(list(AttributionModel)),
        window_days=st.none() | st.integers(1, 400) | st.floats(0.001, 400, allow_nan=False),
    ),
    rewards=st.builds(Rewards, repeat=st.booleans(), max_fulfillments=st.none() | st.integers(1, 10**9)),
    promo_codes=st.lists(texts, max_size=5, unique=True).map(tuple),  # a file never lists a code twice
    uses_give_credit_to_referrer=st.booleans(),
    emails=st.builds(
        Emails, sign_up=optional_texts, fulfillment=optional_texts, delivery=st.sampled_from(list(Delivery))
    ),
    rules_url=optional_texts,
    privacy_policy=st.builds(PrivacyPolicy, shown=st.booleans(), title=optional_texts, url=optional_texts),
    share_url=st.builds(ShareUrl, kind=st.sampled_from(list(ShareUrlKind)), url=optional_texts),
    fraud=st.builds(
        Fraud,
        same_ip=st.booleans(),
        same_device=st.booleans(),
        same_email=st.booleans(),
        blocked_email_domains=st.lists(texts, max_size=3).map(tuple),
        max_credits_per_day=st.none() | st.integers(1, 10**6),
        hold_days=st.integers(0, 400) | st.floats(0, 400, allow_nan=False),
    ),
)


@settings(max_examples=300, deadline=None)
@given(offer=offers)
def test_round_trip_is_identical(offer: Offer) -> None:
    text = dumps_offer(offer)
    again = loads_offer(text)
    assert again == offer
    assert dumps_offer(again) == text


def test_file_round_trip_and_bom(tmp_path: Path) -> None:
    offer = loads_offer(json.dumps(SPEC_EXAMPLE))
    path = tmp_path / "spring.offer.json"
    write_offer_file(offer, path)
    assert read_offer_file(path) == offer
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes().replace(b"\n", b"\r\n"))
    assert read_offer_file(path) == offer


def refusal(change: dict, drop: str | None = None) -> str:
    data = json.loads(json.dumps(SPEC_EXAMPLE))
    for path, value in change.items():
        target = data
        *parents, last = path.split(".")
        for parent in parents:
            target = target[parent]
        target[last] = value
    if drop:
        del data[drop]
    with pytest.raises(OfferFileError) as caught:
        loads_offer(json.dumps(data), "spring.offer.json")
    return str(caught.value)


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ({"goal.count": 0}, ["'goal.count'", "1 to 1,000,000"]),
        ({"goal.count": 1_000_001}, ["'goal.count'", "1,000,000"]),
        ({"goal.count": "5"}, ["'goal.count'", "whole number"]),
        ({"goal.count": True}, ["'goal.count'", "whole number"]),
        ({"goal.count": 2.5}, ["'goal.count'", "whole number"]),
        ({"goal.type": "referred_purchases"}, ["'goal.type'", '"referred_visits"', '"custom_js_event"']),
        ({"goal.qualification": "twice"}, ["'goal.qualification'", '"every_time"']),
        ({"goal.trigger_activities": "Opportunity Created"}, ["'goal.trigger_activities'", "list of strings"]),
        ({"goal.trigger_activities": [1]}, ["'goal.trigger_activities'", "list of strings"]),
        ({"goal.colour": "red"}, ["unknown key 'goal.colour'", "trigger_activities"]),
        ({"colour": "red"}, ["unknown key 'colour'"]),
        ({"window.start": "next tuesday"}, ["'window.start'", "ISO 8601"]),
        ({"window.start": "2027-03-01"}, ["'window.start'", "time of day"]),
        ({"attribution.window_days": 0}, ["'attribution.window_days'", "positive number"]),
        ({"attribution.window_days": -1.5}, ["'attribution.window_days'", "positive"]),
        ({"attribution.model": "linear"}, ["'attribution.model'", '"last_touch"']),
        ({"rewards.max_fulfillments": 0}, ["'rewards.max_fulfillments'", "at least 1"]),
        ({"rewards.repeat": "yes"}, ["'rewards.repeat'", "true or false"]),
        ({"emails.delivery": "later"}, ["'emails.delivery'", '"manual"']),
        ({"promo_codes": [None]}, ["'promo_codes'", "list of strings"]),
        ({"version": 2, "fraud": {"same_ip": "yes"}}, ["'fraud.same_ip'", "true or false"]),
        ({"version": 2, "fraud": {"hold_days": -1}}, ["'fraud.hold_days'", "at least 0"]),
        ({"version": 2, "fraud": {"hold_days": None}}, ["'fraud.hold_days'", "at least 0"]),
        ({"version": 2, "fraud": {"max_credits_per_day": 0}}, ["'fraud.max_credits_per_day'", "at least 1"]),
        ({"version": 2, "fraud": {"blocked_email_domains": "x.com"}}, ["'fraud.blocked_email_domains'", "list"]),
        ({"version": 2, "fraud": {"same_ipv6": True}}, ["unknown key 'fraud.same_ipv6'", "hold_days"]),
        ({"fraud": {"same_ip": True}}, ["'fraud'", "version 2"]),
        ({"name": None}, ["'name'", "string"]),
        ({"goal": []}, ["'goal'", "JSON object"]),
        ({"format": "marketo.offer"}, ["'format'", "referral-studio.offer"]),
        ({"version": 0}, ["'version'"]),
        ({"version": "1"}, ["'version'"]),
    ],
)
def test_refusals_name_the_key_and_what_is_allowed(change: dict, words: list[str]) -> None:
    message = refusal(change)
    assert message.startswith("spring.offer.json: ")
    for word in words:
        assert word in message


def test_newer_version_is_refused_with_a_clear_reason() -> None:
    message = refusal({"version": 3})
    assert "version 3" in message and "newer" in message


@pytest.mark.parametrize("key", ["format", "version", "name"])
def test_required_keys(key: str) -> None:
    assert f"'{key}'" in refusal({}, drop=key)


def test_settings_of_another_goal_are_kept() -> None:
    offer = loads_offer(json.dumps({**SPEC_EXAMPLE, "goal": {"type": "referred_signups", "count_repeat_visits": True}}))
    assert offer.goal.count_repeat_visits is True


def test_syntax_errors_name_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "broken.offer.json"
    path.write_text('{\n  "format": "referral-studio.offer",\n  "version": 1,\n  name: "x"\n}\n')
    with pytest.raises(OfferFileError, match=r"broken.offer.json: line 4, column 3"):
        read_offer_file(path)


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"", "empty"),
        (b"   \n", "empty"),
        (b'{"name": "\xff"}', "line 1: not UTF-8"),
        (b"[1, 2]", "JSON object"),
        (b'{"format": "referral-studio.offer", "version": 1, "name": "x", "attribution": {"window_days": NaN}}', "NaN"),
    ],
)
def test_bad_bytes(tmp_path: Path, content: bytes, words: str) -> None:
    path = tmp_path / "bad.offer.json"
    path.write_bytes(content)
    with pytest.raises(OfferFileError, match=words):
        read_offer_file(path)


def test_missing_file_names_it(tmp_path: Path) -> None:
    with pytest.raises(OfferFileError, match="nowhere.offer.json: cannot read"):
        read_offer_file(tmp_path / "nowhere.offer.json")


def test_write_is_atomic_when_interrupted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "keep.offer.json"
    path.write_text("previous content")

    def explode(offer: Offer) -> str:
        raise KeyboardInterrupt

    monkeypatch.setattr("referral_studio.domain.offer_file.dumps_offer", explode)
    with pytest.raises(KeyboardInterrupt):
        write_offer_file(Offer(name="x"), path)
    assert path.read_text() == "previous content"
    assert [p.name for p in tmp_path.iterdir()] == ["keep.offer.json"]


def test_version_2_reads_the_fraud_settings_and_version_1_has_none() -> None:
    fraud = {"same_ip": True, "blocked_email_domains": ["@Mailinator.com", " "], "max_credits_per_day": 3}
    offer = loads_offer(json.dumps({**SPEC_EXAMPLE, "version": 2, "fraud": {**fraud, "hold_days": 1.5}}))
    assert offer.fraud == Fraud(
        same_ip=True, blocked_email_domains=("@Mailinator.com", " "), max_credits_per_day=3, hold_days=1.5
    )
    assert loads_offer(json.dumps(SPEC_EXAMPLE)).fraud == Fraud()
    assert json.loads(dumps_offer(offer))["fraud"] == {
        "same_ip": True,
        "same_device": False,
        "same_email": False,
        "blocked_email_domains": ["@Mailinator.com", " "],
        "max_credits_per_day": 3,
        "hold_days": 1.5,
    }


def test_a_file_listing_a_promo_code_twice_is_refused_but_a_stored_draft_still_opens() -> None:
    text = json.dumps({**SPEC_EXAMPLE, "promo_codes": ["SPRING-001", "SPRING-002", "SPRING-001"]})
    with pytest.raises(OfferFileError) as refused:
        loads_offer(text, "spring.offer.json")
    assert str(refused.value) == (
        "spring.offer.json: key 'promo_codes': The promo code 'SPRING-001' is listed more than once; "
        "each code can be given out only once."
    )
    assert loads_offer(text, stored=True).promo_codes == ("SPRING-001", "SPRING-002", "SPRING-001")
