"""The event inspector: every reason on a hand-made log, and explanations that always add up to the replay."""

from __future__ import annotations

from datetime import datetime, timezone

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from referral_studio.domain.offer import Attribution, Fraud, Goal, GoalType, Offer, Window
from referral_studio.domain.times import format_ns
from referral_studio.engine.event_log import EventLog
from referral_studio.engine.explain import Reason, explain
from referral_studio.engine.replay import replay
from tests.engine.test_fraud_model import frauds
from tests.engine.test_fraud_model import rows as fraud_rows
from tests.engine.test_replay_model import BASE_NS, HOUR, offers, rows


def at(hour: int) -> int:
    return BASE_NS + hour * HOUR


def reasons(offer: Offer, log_rows: list, who: str) -> list[tuple[str, Reason, str]]:
    return [(v.person, v.reason, v.text) for v in explain(offer, EventLog.from_records(log_rows), who)]


def test_every_reason_on_a_hand_made_log() -> None:
    log = [
        (at(0), "share", "bob", "", ""),  # share
        (at(1), "visit", "ann", "bob", ""),  # touch → credit 1 (visits)
        (at(2), "visit", "ann", "bob", ""),  # repeat visit
        (at(3), "visit", "bob", "bob", ""),  # self-referral
        (at(4), "signup", "ann", "", ""),  # not the goal (visits) / credit by attribution (sign-ups)
        (at(5), "signup", "ann", "bob", ""),  # already counted (sign-ups)
        (at(6), "visit", "cid", "dee", ""),  # dee touches cid first…
        (at(7), "visit", "cid", "bob", ""),  # …then bob
        (at(8), "signup", "cid", "", ""),  # first touch: dee, not bob
        (at(9), "activity", "ann", "bob", "Webinar"),  # name mismatch (smart list)
        (at(30), "signup", "eve", "", ""),  # no touch of eve
        (at(40), "visit", "fay", "bob", ""),  # outside the window
    ]
    window = Window(end=datetime.fromtimestamp(at(40) / 1e9, timezone.utc))
    visits = reasons(Offer(name="v", goal=Goal(count=1), window=window), log, "bob")
    assert [r for _, r, _ in visits][:4] == [Reason.SHARE, Reason.CREDIT, Reason.REPEAT_VISIT, Reason.SELF_REFERRAL]
    assert visits[1][2] == "credit 1 to bob; fulfillment 1"
    assert ("fay", Reason.OUTSIDE_WINDOW) in [(p, r) for p, r, _ in visits]
    signups = reasons(Offer(name="s", goal=Goal(type=GoalType.REFERRED_SIGNUPS), window=window), log, "bob")
    by_reason = {r: text for _, r, text in signups}
    assert any(t.startswith("touch: ann came through bob's link") for _, r, t in signups if r is Reason.TOUCH)
    assert "credit 1 to bob (attributed by first touch)" in by_reason[Reason.CREDIT]
    assert "ann already gave their credit" in by_reason[Reason.ALREADY_COUNTED]
    assert by_reason[Reason.ATTRIBUTED_ELSEWHERE] == "no credit to bob: attributed to dee (first touch)"
    assert by_reason[Reason.NOT_THE_GOAL] == "no credit: activity events do not count toward Referred Sign-Ups"
    smart = reasons(
        Offer(name="t", goal=Goal(type=GoalType.SMART_LIST_TRIGGER, trigger_activities=("Purchase",))), log, "bob"
    )
    assert any(r is Reason.NAME_MISMATCH and "'Webinar' does not match" in t for _, r, t in smart)
    eve = reasons(
        Offer(name="s", goal=Goal(type=GoalType.REFERRED_SIGNUPS), attribution=Attribution(window_days=1)), log, "eve"
    )
    assert eve == [("eve", Reason.NO_TOUCH, "no credit: no referrer, and no touch of eve within 1 days before it")]
    organic = reasons(Offer(name="v"), [(at(1), "visit", "bob", "", "")], "bob")
    assert organic[0][1] is Reason.ORGANIC_VISIT


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), log_rows=rows, goal_type=st.sampled_from(list(GoalType)))
def test_explanations_add_up_to_the_replay(data: st.DataObject, log_rows: list, goal_type: GoalType) -> None:
    offer = data.draw(offers(goal_type))
    log = EventLog.from_records(log_rows)
    result = replay(offer, log)
    credits = dict(zip(result.names(result.referrer).to_pylist(), result.credits.tolist(), strict=True))
    fulfillments = dict(zip(result.names(result.referrer).to_pylist(), result.fulfillments.tolist(), strict=True))
    for who in {row[2] for row in log_rows} | {row[3] for row in log_rows if row[3]}:
        verdicts = explain(offer, log, who, result)
        mine = [v for v in verdicts if v.reason is Reason.CREDIT and v.credited == who]
        assert len(mine) == credits.get(who, 0)
        assert [v.credit_number for v in mine] == list(range(1, len(mine) + 1))
        assert sum(v.fulfillment is not None for v in mine) == fulfillments.get(who, 0)
        assert [v.time for v in verdicts] == sorted(v.time for v in verdicts)


def test_why_this_credit_names_the_outcome_rule_and_value() -> None:
    log = [
        (at(0), "share", "bob", "", "", "10.0.0.7"),
        (at(1), "signup", "ann", "bob", "", "10.0.0.7"),  # blocked: same IP
        (at(2), "signup", "cid", "bob", "", "", "", "cid@mailinator.com"),  # blocked: domain
        (at(3), "signup", "dan", "bob", ""),  # counted (credit 1)
        (at(4), "signup", "eve", "bob", ""),  # review: bob's 2nd credit within 24 hours
        (at(30), "signup", "fay", "bob", ""),  # counted, then reversed
        (at(31), "refund", "fay", "", ""),
        (at(40), "signup", "gus", "bob", ""),  # pending at the log's end
    ]
    fraud = Fraud(same_ip=True, blocked_email_domains=("mailinator.com",), max_credits_per_day=1, hold_days=1)
    offer = Offer(name="f", goal=Goal(type=GoalType.REFERRED_SIGNUPS), fraud=fraud)
    texts = {
        v.person: (v.reason, v.text) for v in explain(offer, EventLog.from_records(log), "bob") if v.person != "bob"
    }
    assert texts["ann"] == (Reason.BLOCKED, "blocked: shares IP 10.0.0.7 with bob")
    assert texts["cid"] == (Reason.BLOCKED, "blocked: email domain mailinator.com is on the blocked list")
    assert texts["dan"][0] is Reason.CREDIT and texts["dan"][1].startswith("credit 1 to bob")
    assert texts["eve"] == (Reason.REVIEW, "in review: bob's 2nd credit within 24 hours")
    assert texts["fay"] == (Reason.REVERSED, "reversed: refund on line 8")
    assert texts["gus"] == (Reason.PENDING, f"pending until {format_ns(at(64))}")


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), log_rows=fraud_rows, goal_type=st.sampled_from(list(GoalType)))
def test_explanations_with_fraud_rules_add_up_to_the_fates(
    data: st.DataObject, log_rows: list, goal_type: GoalType
) -> None:
    offer = data.draw(offers(goal_type)).replace(fraud=data.draw(frauds))
    log = EventLog.from_records(log_rows)
    result = replay(offer, log)
    fates = result.fates
    for who in {row[2] for row in log_rows} | {row[3] for row in log_rows if row[3]}:
        verdicts = explain(offer, log, who, result)
        code = result.people.to_pylist().index(who)
        counted = [v for v in verdicts if v.reason is Reason.CREDIT and v.credited == who]
        held = [v for v in verdicts if v.reason >= Reason.BLOCKED and v.credited == who]
        assert len(counted) == int(((fates.referrer == code) & (fates.outcome == 0)).sum())
        assert len(held) == int(((fates.referrer == code) & (fates.outcome != 0)).sum())
