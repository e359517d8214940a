"""The eight worked examples of fraud-rules.md, each checked by the engine and the reference model."""

from __future__ import annotations

from datetime import datetime, timezone

from referral_studio.domain.offer import (
    Attribution,
    AttributionModel,
    Fraud,
    Goal,
    GoalType,
    Offer,
    Qualification,
    Rewards,
    Window,
)
from referral_studio.domain.times import format_ns, to_ns
from referral_studio.engine.event_log import EventLog
from referral_studio.engine.fraud_rules import OUTCOME_NAMES, RULE_NAMES, Outcome, decided_values
from referral_studio.engine.replay import replay
from referral_studio.engine.result import ReplayResult
from tests.engine.compare import as_expected
from tests.engine.reference import reference_replay


def t(day: int, clock: str) -> int:
    """`d2 10:00` of the spec: day 0 is 2027-02-28, day 1 is 2027-03-01."""
    hours, minutes = map(int, clock.split(":"))
    return to_ns(datetime(2027, 2, 28, tzinfo=timezone.utc)) + ((day * 24 + hours) * 60 + minutes) * 60 * 10**9


def day(n: int) -> datetime:
    """Midnight starting day n ≥ 1 (2027-03-n)."""
    return datetime(2027, 3, n, tzinfo=timezone.utc)


def ev(when: int, kind: str, person: str, referrer: str = "", name: str = "", ip: str = "", device: str = "",
       email: str = "") -> tuple:  # fmt: skip
    return (when, kind, person, referrer, name, ip, device, email)


def run(offer: Offer, rows: list[tuple], as_of: int | None = None) -> ReplayResult:
    """The engine's result; the reference model must agree on everything it computes."""
    result = replay(offer, EventLog.from_records(rows), as_of=as_of)
    expected = reference_replay(offer, rows, as_of=as_of)
    assert as_expected(result) == expected
    return result


def fates(result: ReplayResult) -> list[tuple[str, str, str, str, str]]:
    """(friend, referrer, outcome, rule, value) of every credit of the base rules, in processing order."""
    f = result.fates
    return list(
        zip(
            result.names(f.friend).to_pylist(),
            result.names(f.referrer).to_pylist(),
            [OUTCOME_NAMES[o] for o in f.outcome.tolist()],
            [RULE_NAMES[r] for r in f.rule.tolist()],
            decided_values(f).to_pylist(),
            strict=True,
        )
    )


def ledger(result: ReplayResult) -> list[tuple[str, str, str | None]]:
    names = result.names(result.ledger_referrer).to_pylist()
    return [(n, format_ns(int(w)), c) for n, w, c in zip(names, result.ledger_time, result.ledger_code, strict=True)]


def offer(goal: Goal, fraud: Fraud, **settings: object) -> Offer:
    return Offer(name="x", goal=goal, fraud=fraud, **settings)  # type: ignore[arg-type]


SIGNUPS = Goal(type=GoalType.REFERRED_SIGNUPS)


def test_example_1_identities_reach_back_before_the_window_but_not_forward() -> None:
    rows = [
        ev(t(0, "09:00"), "share", "bob", ip="A"),
        ev(t(1, "09:00"), "visit", "ann", "bob", ip="A"),
        ev(t(1, "10:00"), "signup", "ann", ip="B"),
        ev(t(1, "11:00"), "visit", "cid", "bob", ip="C"),
        ev(t(1, "12:00"), "signup", "cid", ip="C"),
        ev(t(1, "13:00"), "share", "bob", ip="C"),
    ]
    result = run(offer(SIGNUPS, Fraud(same_ip=True), window=Window(start=day(1))), rows)
    assert fates(result) == [
        ("ann", "bob", "blocked", "same_ip", "A"),
        ("cid", "bob", "counted", "", ""),
    ]
    assert ledger(result) == [("bob", "2027-03-01T12:00:00Z", None)]
    assert result.totals.events_in_window == 5 and result.totals.credits == 1


def test_example_2_velocity_sends_credits_to_review_and_uses_up_the_pair() -> None:
    rows = [
        ev(t(1, "09:00"), "visit", "ann", "bob"),
        ev(t(1, "10:00"), "visit", "cid", "bob"),
        ev(t(1, "11:00"), "visit", "dan", "bob"),
        ev(t(2, "08:00"), "visit", "cid", "bob"),
        ev(t(2, "09:00"), "visit", "eve", "bob"),
    ]
    goal = Goal(type=GoalType.REFERRED_VISITS)
    result = run(offer(goal, Fraud(max_credits_per_day=1), rewards=Rewards(repeat=True)), rows)
    assert fates(result) == [
        ("ann", "bob", "counted", "", ""),
        ("cid", "bob", "review", "velocity", "2"),
        ("dan", "bob", "review", "velocity", "2"),
        ("eve", "bob", "counted", "", ""),
    ]
    assert ledger(result) == [("bob", "2027-03-01T09:00:00Z", None), ("bob", "2027-03-02T09:00:00Z", None)]
    assert result.fates.summary()["credits_for_review"] == 2


EXAMPLE_3 = [
    ev(t(1, "10:00"), "signup", "ann", "bob"),
    ev(t(1, "11:00"), "refund", "fay"),
    ev(t(1, "11:00"), "signup", "fay", "gus"),
    ev(t(1, "12:00"), "signup", "cid", "dan"),
    ev(t(1, "12:00"), "signup", "eve", "bob"),
    ev(t(2, "10:00"), "refund", "ann"),
    ev(t(2, "12:00"), "share", "bob"),
]
OFFER_3 = offer(SIGNUPS, Fraud(hold_days=1), rewards=Rewards(repeat=True), promo_codes=("P1", "P2"))


def test_example_3_holds_refunds_and_maturity_time_codes() -> None:
    result = run(OFFER_3, EXAMPLE_3)
    assert [f[:4] for f in fates(result)] == [
        ("ann", "bob", "reversed", "refund"),
        ("fay", "gus", "counted", ""),
        ("cid", "dan", "counted", ""),
        ("eve", "bob", "counted", ""),
    ]
    assert fates(result)[0][4] == "7"  # the refund's line: header 1, rows from 2
    assert ledger(result) == [
        ("gus", "2027-03-02T11:00:00Z", "P1"),
        ("dan", "2027-03-02T12:00:00Z", "P2"),
        ("bob", "2027-03-02T12:00:00Z", None),
    ]
    assert result.totals.promo_codes_exhausted_at == t(2, "12:00")


def test_example_3_as_of_a_moment_leaves_later_maturities_pending() -> None:
    result = run(OFFER_3, EXAMPLE_3, as_of=t(2, "11:59"))
    assert [f[:3] for f in fates(result)] == [
        ("ann", "bob", "reversed"),
        ("fay", "gus", "counted"),
        ("cid", "dan", "pending"),
        ("eve", "bob", "pending"),
    ]
    assert ledger(result) == [("gus", "2027-03-02T11:00:00Z", "P1")]
    assert result.totals.promo_codes_exhausted_at is None
    pending = result.fates.until[result.fates.outcome == Outcome.PENDING].tolist()
    assert pending == [t(2, "12:00"), t(2, "12:00")]


def test_example_4_every_time_credits_reversed_by_one_refund_whatever_the_referrer() -> None:
    rows = [
        ev(t(1, "09:00"), "visit", "ann", "bob"),
        ev(t(1, "10:00"), "visit", "ann", "cid"),
        ev(t(2, "09:00"), "activity", "ann", name="Purchase"),
        ev(t(3, "09:00"), "activity", "ann", "cid", name="Purchase"),
        ev(t(10, "09:00"), "refund", "ann"),
        ev(t(20, "09:00"), "activity", "ann", name="Purchase"),
    ]
    goal = Goal(
        type=GoalType.SMART_LIST_TRIGGER, trigger_activities=("Purchase",), qualification=Qualification.EVERY_TIME
    )
    result = run(offer(goal, Fraud(hold_days=14)), rows)
    assert [f[:3] for f in fates(result)] == [
        ("ann", "bob", "reversed"),
        ("ann", "cid", "reversed"),
        ("ann", "bob", "pending"),
    ]
    assert ledger(result) == []


def test_example_5_email_normalisation_and_blocked_domains() -> None:
    rows = [
        ev(t(1, "09:00"), "share", "bob", ip="A", email="Bob.Smith+ref@GoogleMail.com"),
        ev(t(1, "10:00"), "signup", "ann", "bob", ip="A", email=" b.o.b.smith@gmail.com "),
        ev(t(1, "11:00"), "signup", "cid", "bob", email="c@x@Sub.MAILINATOR.com"),
        ev(t(1, "12:00"), "signup", "dan", "bob", email="+dan@gmail.com"),
        ev(t(1, "13:00"), "signup", "eve", "bob", email="eve@xn--bcher-kva.example"),
        ev(t(1, "14:00"), "signup", "fay", "bob", email="bobsmith@gmail.com."),
    ]
    fraud = Fraud(same_ip=True, same_email=True, blocked_email_domains=("Mailinator.com", "@bücher.example"))
    result = run(offer(SIGNUPS, fraud), rows)
    assert fates(result) == [
        ("ann", "bob", "blocked", "same_ip", "A"),
        ("cid", "bob", "blocked", "blocked_email_domain", "sub.mailinator.com"),
        ("dan", "bob", "counted", "", ""),
        ("eve", "bob", "blocked", "blocked_email_domain", "bücher.example"),
        ("fay", "bob", "blocked", "same_email", "bobsmith@gmail.com"),
    ]
    assert result.totals.credits == 1
    assert result.fates.summary()["credits_blocked"] == {
        "same_ip": 1,
        "same_device": 0,
        "same_email": 1,
        "blocked_email_domain": 2,
    }


EXAMPLE_6 = [
    ev(t(1, "09:00"), "share", "bob", ip="A"),
    ev(t(1, "10:00"), "visit", "ann", "bob", ip="A"),
    ev(t(1, "11:00"), "visit", "ann", "cid", ip="B"),
    ev(t(1, "12:00"), "signup", "ann", ip="B"),
]


def test_example_6_a_blocked_credit_is_never_passed_to_another_touch() -> None:
    result = run(offer(SIGNUPS, Fraud(same_ip=True)), EXAMPLE_6)
    assert fates(result) == [("ann", "bob", "blocked", "same_ip", "A")]
    assert ledger(result) == []
    last = run(offer(SIGNUPS, Fraud(same_ip=True), attribution=Attribution(AttributionModel.LAST_TOUCH)), EXAMPLE_6)
    assert fates(last) == [("ann", "cid", "counted", "", "")]
    assert ledger(last) == [("cid", "2027-03-01T12:00:00Z", None)]


def test_example_7_a_self_referral_still_gives_its_identities() -> None:
    rows = [
        ev(t(1, "09:00"), "signup", "bob", "bob", device="D"),
        ev(t(1, "10:00"), "signup", "ann", "bob", device="D"),
        ev(t(1, "11:00"), "signup", "ann", "cid", device="E"),
    ]
    result = run(offer(SIGNUPS, Fraud(same_device=True)), rows)
    assert fates(result) == [("ann", "bob", "blocked", "same_device", "D")]
    assert result.totals.credits == 0


def test_example_8_velocity_with_holds_refunds_after_the_window_and_maturity_after_it() -> None:
    rows = [
        ev(t(1, "08:00"), "signup", "ann", "bob"),
        ev(t(1, "09:00"), "refund", "ann"),
        ev(t(1, "10:00"), "signup", "cid", "bob"),
        ev(t(1, "11:00"), "signup", "dan", "bob"),
        ev(t(2, "12:00"), "signup", "eve", "gus"),
        ev(t(3, "09:00"), "refund", "cid"),
        ev(t(4, "12:00"), "share", "gus"),
    ]
    settings = Fraud(hold_days=2, max_credits_per_day=1)
    result = run(offer(SIGNUPS, settings, window=Window(day(1), day(3)), promo_codes=("P1",)), rows)
    assert [f[:4] for f in fates(result)] == [
        ("ann", "bob", "reversed", "refund"),
        ("cid", "bob", "reversed", "refund"),
        ("dan", "bob", "review", "velocity"),
        ("eve", "gus", "counted", ""),
    ]
    assert ledger(result) == [("gus", "2027-03-04T12:00:00Z", "P1")]
    assert result.totals.events_in_window == 5
