"""The fraud rules in the engine against the reference model, on logs hypothesis makes up; and the invariant."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from referral_studio.domain.offer import Fraud, GoalType
from referral_studio.engine.event_log import EventLog
from referral_studio.engine.fraud_report import fulfillments_leaving_out
from referral_studio.engine.replay import _credit, _Steps, replay
from tests.engine.compare import as_expected
from tests.engine.reference import reference_replay
from tests.engine.test_replay_model import BASE_NS, HOUR, NAMES, PEOPLE, offers

IPS = ["", "", "10.0.0.1", " 10.0.0.1", "::ffff:10.0.0.1", "10.0.0.2", "office"]
DEVICES = ["", "", "D1", "d1", " D1 ", "D2"]
EMAILS = ["", "", "ann@gmail.com", "a.n.n+x@GoogleMail.com", "+z@gmail.com", "bob@mailinator.com", "x@sub.Tmp.io.",
          "nope", "eve@xn--bcher-kva.example"]  # fmt: skip

row = st.tuples(
    st.integers(0, 40).map(lambda h: BASE_NS + h * HOUR),
    st.sampled_from(["share", "visit", "visit", "visit", "signup", "activity", "js_event", "refund"]),
    st.sampled_from(PEOPLE),
    st.sampled_from(["", "", *PEOPLE[:4]]),
    st.sampled_from(NAMES),
    st.sampled_from(IPS) | st.just(""),  # identities sparse enough that the later rules get their turn
    st.sampled_from(DEVICES) | st.just(""),
    st.sampled_from(EMAILS) | st.just(""),
)
rows = st.integers(0, 60).flatmap(lambda n: st.lists(row, min_size=n, max_size=n))
frauds = st.builds(
    Fraud,
    same_ip=st.booleans(),
    same_device=st.booleans(),
    same_email=st.booleans(),
    blocked_email_domains=st.lists(
        st.sampled_from(["mailinator.com", "@tmp.io", " ", "bücher.example"]), max_size=2
    ).map(tuple),
    max_credits_per_day=st.integers(1, 3) | st.none(),
    hold_days=st.sampled_from([0, 0.25, 0.5, 1, 1.5]),
)
# Velocity and holds alone: with identity rules on, most credits are blocked before these get a turn.
timing_frauds = st.builds(
    Fraud, max_credits_per_day=st.integers(1, 3), hold_days=st.sampled_from([0, 0.25, 0.5, 1, 1.5])
)
as_ofs = st.none() | st.integers(0, 44).map(lambda h: BASE_NS + h * HOUR)


@pytest.mark.parametrize("settings_drawn", [frauds, timing_frauds], ids=["every rule", "velocity and holds"])
@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), log_rows=rows, goal_type=st.sampled_from(list(GoalType)), as_of=as_ofs)
def test_fraud_rules_agree_with_the_reference_model(
    settings_drawn: st.SearchStrategy[Fraud],
    data: st.DataObject,
    log_rows: list,
    goal_type: GoalType,
    as_of: int | None,
) -> None:
    offer = data.draw(offers(goal_type)).replace(fraud=data.draw(settings_drawn))
    expected = reference_replay(offer, log_rows, as_of=as_of)
    assert as_expected(replay(offer, EventLog.from_records(log_rows), as_of=as_of)) == expected


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), log_rows=rows, goal_type=st.sampled_from(list(GoalType)), fraud=frauds)
def test_base_credits_are_counted_plus_blocked_review_reversed_and_pending(
    data: st.DataObject, log_rows: list, goal_type: GoalType, fraud: Fraud
) -> None:
    offer = data.draw(offers(goal_type))
    log = EventLog.from_records(log_rows)
    base = replay(offer, log)
    ruled = replay(offer.replace(fraud=fraud), log)
    summary = ruled.fates.summary()
    decided = sum(summary["credits_blocked"].values()) + sum(  # type: ignore[union-attr]
        summary[key]  # type: ignore[misc]
        for key in ("credits_for_review", "credits_reversed", "credits_pending")
    )
    assert base.totals.credits == ruled.totals.credits + decided
    assert ruled.totals.events_in_window == base.totals.events_in_window
    # Each referrer's share (what a scenario's [[expect.referrer]] checks) adds up to the totals.
    shares = [ruled.fates.summary(int(code)) for code in np.unique(ruled.fates.referrer)]
    for key in ("credits_for_review", "credits_reversed", "credits_pending"):
        assert sum(share[key] for share in shares) == summary[key]
    for rule, count in summary["credits_blocked"].items():
        assert sum(share["credits_blocked"][rule] for share in shares) == count


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), log_rows=rows, goal_type=st.sampled_from(list(GoalType)))
def test_the_reports_fulfillment_count_is_a_replay_without_the_credits_left_out(
    data: st.DataObject, log_rows: list, goal_type: GoalType
) -> None:
    """f(S) of the fraud report, counted per referrer, equals the replay's own counting step over the credits kept."""
    offer = data.draw(offers(goal_type))
    log = EventLog.from_records(log_rows)
    fates = replay(offer, log).fates
    left_out = np.array(data.draw(st.lists(st.booleans(), min_size=fates.row.size, max_size=fates.row.size)), bool)
    counted = offer.replace(fraud=Fraud())
    assert (
        fulfillments_leaving_out(counted, log, fates, np.zeros(fates.row.size, bool))
        == replay(counted, log).totals.fulfillments
    )
    kept = ~left_out
    ledger = _credit(
        counted, 0, log.time, fates.row[kept], fates.referrer[kept], len(log.people), _Steps(None, None, 1)
    )
    assert fulfillments_leaving_out(counted, log, fates, left_out) == ledger["totals"]["fulfillments"]
