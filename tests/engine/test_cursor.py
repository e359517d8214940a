"""The state at a cursor equals replaying only the rows up to it."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from referral_studio.domain.offer import GoalType, Offer
from referral_studio.engine.cursor import counts_at, state_at
from referral_studio.engine.event_log import EventLog
from referral_studio.engine.replay import replay
from tests.engine.compare import as_expected
from tests.engine.test_fraud_model import frauds, timing_frauds
from tests.engine.test_fraud_model import rows as fraud_rows
from tests.engine.test_replay_model import BASE_NS, HOUR, offers, rows


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), log_rows=rows, goal_type=st.sampled_from(list(GoalType)), hours=st.integers(-1, 49))
def test_state_at_a_time_equals_the_replay_of_the_rows_until_then(
    data: st.DataObject, log_rows: list, goal_type: GoalType, hours: int
) -> None:
    offer = data.draw(offers(goal_type))
    cursor = BASE_NS + hours * HOUR
    log = EventLog.from_records(log_rows)
    state = state_at(replay(offer, log), log, cursor)
    until = replay(offer, EventLog.from_records([row for row in log_rows if row[0] <= cursor]))
    assert as_expected(state) == as_expected(until)
    assert state.funnel == until.funnel
    assert state.names(state.credit_referrer).to_pylist() == until.names(until.credit_referrer).to_pylist()
    assert state.credit_time.tolist() == until.credit_time.tolist()
    totals = until.totals
    assert counts_at(replay(offer, log), cursor) == (
        totals.credits,
        totals.credited_referrers,
        totals.fulfilled_referrers,
    )


def test_a_cursor_after_the_last_row_is_the_whole_result() -> None:
    log = EventLog.from_records([(BASE_NS, "visit", "ann", "bob", "")])
    result = replay(Offer(name="x"), log)
    assert state_at(result, log, BASE_NS) is result


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), log_rows=fraud_rows, goal_type=st.sampled_from(list(GoalType)), hours=st.integers(-1, 41))
def test_with_fraud_rules_and_holds_the_state_at_a_time_is_the_replay_as_of_then(
    data: st.DataObject, log_rows: list, goal_type: GoalType, hours: int
) -> None:
    """Cut from the finished result, pending and reversed credits as they stood then (fraud-rules.md § Holds)."""
    offer = data.draw(offers(goal_type)).replace(fraud=data.draw(st.one_of(frauds, timing_frauds)))
    log = EventLog.from_records(log_rows)
    cursor = min(BASE_NS + hours * HOUR, int(log.time[-1]) if len(log) else BASE_NS)
    state = state_at(replay(offer, log), log, cursor)
    assert as_expected(state) == as_expected(replay(offer, log, as_of=cursor))
    assert state.fates.summary() == replay(offer, log, as_of=cursor).fates.summary()
