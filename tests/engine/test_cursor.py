"""The state at a cursor equals replaying only the rows up to it."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from referral_studio.domain.offer import GoalType, Offer
from referral_studio.engine.cursor import counts_at, state_at
from referral_studio.engine.event_log import EventLog
from referral_studio.engine.replay import replay
from tests.engine.compare import as_expected
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
