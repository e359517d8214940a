"""One hand-made case for each rule and edge of credit-rules.md; each also checked by the reference model."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from referral_studio.domain.offer import (
    Attribution,
    AttributionModel,
    Goal,
    GoalType,
    Offer,
    Qualification,
    Rewards,
    Window,
)
from referral_studio.engine.event_log import EventLog
from referral_studio.engine.replay import ReplayCancelled, replay
from tests.engine.compare import as_expected
from tests.engine.reference import Expected, reference_replay

T0 = datetime(2027, 3, 1, tzinfo=timezone.utc)
NS = 1_000_000_000
T0_NS = int(T0.timestamp()) * NS


def at(seconds: float) -> int:
    return T0_NS + int(seconds * NS)


def run(offer: Offer, rows: list[tuple]) -> Expected:
    """Replay (seconds, kind, person, referrer, name) rows; the engine and the model must agree."""
    records = [(at(r[0]), r[1], r[2], r[3] if len(r) > 3 else "", r[4] if len(r) > 4 else "") for r in rows]
    actual = as_expected(replay(offer, EventLog.from_records(records)))
    assert actual == reference_replay(offer, records)
    return actual


def offer(goal_type: GoalType = GoalType.REFERRED_VISITS, count: int = 1, **goal: object) -> Offer:
    return Offer(name="x", goal=Goal(type=goal_type, count=count, **goal))  # type: ignore[arg-type]


def credits(result: Expected) -> dict[str, int]:
    return {name: stats[0] for name, stats in result.referrers.items()}


WORKED_LOG = [
    (1, "visit", "ann", "bob"),
    (2, "visit", "ann", "bob"),
    (3, "visit", "cid", "bob"),
    (4, "visit", "bob", "bob"),
    (5, "signup", "cid", ""),
]


def test_worked_example_referred_visits() -> None:
    result = run(offer(count=2), WORKED_LOG)
    assert result.referrers == {"bob": (2, 1, at(3))}


def test_worked_example_referred_signups() -> None:
    result = run(offer(GoalType.REFERRED_SIGNUPS), WORKED_LOG)
    assert result.referrers == {"bob": (1, 1, at(5))}


def test_worked_example_earlier_organic_signup_is_not_new() -> None:
    result = run(offer(GoalType.REFERRED_SIGNUPS), [(0, "signup", "cid", ""), *WORKED_LOG])
    assert result.referrers == {}


def test_rows_are_processed_by_instant_whatever_the_log_order() -> None:
    rows = [(5, "visit", "ann", "bob"), (1, "visit", "cid", "bob")]
    assert run(offer(), rows).ledger == [("bob", 1, at(1), None)]


def test_equal_times_keep_log_order() -> None:
    # Both visits at one instant: the one written first is bob's first credit.
    rows = [(1, "visit", "ann", "bob"), (1, "visit", "cid", "eve")]
    result = run(offer(), rows)
    assert [entry[0] for entry in result.ledger] == ["bob", "eve"]


def test_tied_touch_written_before_a_signup_counts_as_before_it() -> None:
    rows = [(1, "visit", "cid", "bob"), (1, "signup", "cid", "")]
    assert credits(run(offer(GoalType.REFERRED_SIGNUPS), rows)) == {"bob": 1}


def test_tied_touch_written_after_a_signup_is_not_before_it() -> None:
    rows = [(1, "signup", "cid", ""), (1, "visit", "cid", "bob")]
    assert credits(run(offer(GoalType.REFERRED_SIGNUPS), rows)) == {}


def test_window_start_is_inclusive_and_end_exclusive() -> None:
    rows = [(9, "visit", "a", "r"), (10, "visit", "b", "r"), (19, "visit", "c", "r"), (20, "visit", "d", "r")]
    windowed = offer().replace(window=Window(start=T0 + timedelta(seconds=10), end=T0 + timedelta(seconds=20)))
    result = run(windowed, rows)
    assert credits(result) == {"r": 2}
    assert result.totals["events_in_window"] == 2
    assert result.totals["events_read"] == 4


def test_a_touch_outside_the_window_does_not_attribute() -> None:
    rows = [(5, "visit", "cid", "bob"), (15, "signup", "cid", "")]
    windowed = offer(GoalType.REFERRED_SIGNUPS).replace(window=Window(start=T0 + timedelta(seconds=10)))
    assert credits(run(windowed, rows)) == {}


def test_only_visits_are_touches() -> None:
    # A share or an activity naming a referrer does not touch the person.
    rows = [(1, "share", "cid", "bob"), (2, "activity", "cid", "bob", "Purchase"), (3, "signup", "cid", "")]
    assert credits(run(offer(GoalType.REFERRED_SIGNUPS), rows)) == {}


def test_repeat_visits_count_only_when_asked() -> None:
    rows = [(1, "visit", "ann", "bob"), (2, "visit", "ann", "bob"), (3, "visit", "ann", "bob")]
    assert credits(run(offer(), rows)) == {"bob": 1}
    assert credits(run(offer(count_repeat_visits=True), rows)) == {"bob": 3}


def test_repeat_limit_is_per_pair() -> None:
    rows = [(1, "visit", "ann", "bob"), (2, "visit", "ann", "eve"), (3, "visit", "ann", "bob")]
    assert credits(run(offer(), rows)) == {"bob": 1, "eve": 1}


def test_self_visit_is_neither_touch_nor_credit() -> None:
    rows = [(1, "visit", "bob", "bob"), (2, "signup", "bob", "")]
    assert credits(run(offer(), rows)) == {}
    assert credits(run(offer(GoalType.REFERRED_SIGNUPS), rows)) == {}


def test_explicit_self_referrer_is_not_replaced_by_attribution() -> None:
    rows = [(1, "visit", "cid", "bob"), (2, "signup", "cid", "cid")]
    assert credits(run(offer(GoalType.REFERRED_SIGNUPS), rows)) == {}


def test_explicit_referrer_wins_over_touches() -> None:
    rows = [(1, "visit", "cid", "bob"), (2, "signup", "cid", "eve")]
    assert credits(run(offer(GoalType.REFERRED_SIGNUPS), rows)) == {"eve": 1}


def test_organic_visit_gives_nothing() -> None:
    assert run(offer(), [(1, "visit", "cid", "")]).referrers == {}


def test_first_and_last_touch() -> None:
    rows = [(1, "visit", "cid", "bob"), (2, "visit", "cid", "eve"), (3, "signup", "cid", "")]
    first = offer(GoalType.REFERRED_SIGNUPS)
    last = first.replace(attribution=Attribution(model=AttributionModel.LAST_TOUCH))
    assert credits(run(first, rows)) == {"bob": 1}
    assert credits(run(last, rows)) == {"eve": 1}


@pytest.mark.parametrize("model", list(AttributionModel))
def test_attribution_window_edge_is_inclusive(model: AttributionModel) -> None:
    day = 86_400
    rows = [(0, "visit", "cid", "bob"), (day, "signup", "cid", "")]
    inside = offer(GoalType.REFERRED_SIGNUPS).replace(attribution=Attribution(model=model, window_days=1))
    assert credits(run(inside, rows)) == {"bob": 1}
    late = [(0, "visit", "cid", "bob"), (day + 0.000000001, "signup", "cid", "")]
    assert credits(run(inside, late)) == {}


def test_attribution_window_filters_before_first_touch_is_taken() -> None:
    # bob's touch is too old; eve's is the earliest one left.
    rows = [
        (0, "visit", "cid", "bob"),
        (40_000, "visit", "cid", "eve"),
        (50_000, "visit", "cid", "ann"),
        (90_000, "signup", "cid", ""),
    ]
    windowed = offer(GoalType.REFERRED_SIGNUPS).replace(attribution=Attribution(window_days=0.75))
    assert credits(run(windowed, rows)) == {"eve": 1}


def test_fractional_attribution_window() -> None:
    rows = [(0, "visit", "cid", "bob"), (3600, "signup", "cid", "")]
    short = offer(GoalType.REFERRED_SIGNUPS).replace(attribution=Attribution(window_days=0.04))  # 57.6 minutes
    assert credits(run(short, rows)) == {}


def test_only_a_persons_first_signup_decides() -> None:
    rows = [(1, "visit", "cid", "bob"), (2, "signup", "cid", ""), (3, "signup", "cid", "eve")]
    assert credits(run(offer(GoalType.REFERRED_SIGNUPS), rows)) == {"bob": 1}


def test_signup_through_own_link_makes_the_person_not_new() -> None:
    rows = [(1, "signup", "cid", "cid"), (2, "visit", "cid", "bob"), (3, "signup", "cid", "")]
    assert credits(run(offer(GoalType.REFERRED_SIGNUPS), rows)) == {}


def test_smart_list_names_are_trimmed_and_case_folded() -> None:
    rows = [
        (1, "activity", "a", "r", "  opportunity CREATED "),
        (2, "activity", "b", "r", "STRASSE"),
        (3, "activity", "c", "r", "Opportunity Updated"),
    ]
    goal = offer(GoalType.SMART_LIST_TRIGGER, trigger_activities=("Opportunity Created ", "straße"))
    assert credits(run(goal, rows)) == {"r": 2}


def test_smart_list_once_versus_every_time() -> None:
    rows = [
        (1, "activity", "a", "r", "Purchase"),
        (2, "activity", "a", "r", "Purchase"),
        (3, "activity", "a", "s", "Purchase"),
    ]
    once = offer(GoalType.SMART_LIST_TRIGGER, trigger_activities=("Purchase",))
    every = offer(GoalType.SMART_LIST_TRIGGER, trigger_activities=("Purchase",), qualification=Qualification.EVERY_TIME)
    assert credits(run(once, rows)) == {"r": 1}
    assert credits(run(every, rows)) == {"r": 2, "s": 1}


def test_smart_list_once_unreferred_first_trigger_blocks_later_ones() -> None:
    rows = [(1, "activity", "a", "", "Purchase"), (2, "activity", "a", "r", "Purchase")]
    assert credits(run(offer(GoalType.SMART_LIST_TRIGGER, trigger_activities=("Purchase",)), rows)) == {}


def test_js_event_names_are_exact() -> None:
    rows = [(1, "js_event", "a", "r", "CTA"), (2, "js_event", "b", "r", " cta"), (3, "js_event", "c", "r", "cta")]
    assert credits(run(offer(GoalType.CUSTOM_JS_EVENT, event_name="cta"), rows)) == {"r": 1}


def test_js_event_without_event_name_matches_nothing() -> None:
    assert run(offer(GoalType.CUSTOM_JS_EVENT), [(1, "js_event", "a", "r", "")]).referrers == {}


def test_shares_never_give_credit() -> None:
    rows = [(1, "share", "bob", "bob"), (2, "share", "bob", "eve")]
    for goal_type in GoalType:
        assert run(offer(goal_type, trigger_activities=("x",), event_name="x"), rows).referrers == {}


def test_single_fulfillment_without_repeat_rewards() -> None:
    rows = [(i, "visit", f"f{i}", "r") for i in range(1, 7)]
    result = run(offer(count=2), rows)
    assert result.referrers == {"r": (6, 1, at(2))}


def test_repeat_rewards_with_a_cap_and_credits_counting_on() -> None:
    rows = [(i, "visit", f"f{i}", "r") for i in range(1, 8)]
    capped = offer(count=2).replace(rewards=Rewards(repeat=True, max_fulfillments=2))
    result = run(capped, rows)
    assert result.referrers == {"r": (7, 2, at(2))}
    assert [(n, t) for _, n, t, _ in result.ledger] == [(1, at(2)), (2, at(4))]
    unlimited = run(capped.replace(rewards=Rewards(repeat=True)), rows)
    assert unlimited.referrers["r"][1] == 3


def test_max_fulfillments_is_ignored_without_repeat_rewards() -> None:
    rows = [(i, "visit", f"f{i}", "r") for i in range(1, 5)]
    result = run(offer().replace(rewards=Rewards(repeat=False, max_fulfillments=3)), rows)
    assert result.referrers["r"] == (4, 1, at(1))


def test_promo_codes_in_order_with_spaces_and_semicolons_then_exhaustion() -> None:
    rows = [(1, "visit", "a", "r1"), (2, "visit", "b", "r2"), (3, "visit", "c", "r3"), (4, "visit", "d", "r4")]
    codes = (" SPRING 1 ", "A;B")
    result = run(offer().replace(promo_codes=codes), rows)
    assert [entry[3] for entry in result.ledger] == [" SPRING 1 ", "A;B", None, None]
    assert result.totals["promo_codes_used"] == 2
    assert result.totals["promo_codes_exhausted_at"] == at(3)


def test_no_promo_codes_never_run_out() -> None:
    result = run(offer(), [(1, "visit", "a", "r")])
    assert result.totals["promo_codes_exhausted_at"] is None
    assert result.totals["promo_codes_used"] == 0


def test_exactly_enough_codes_never_run_out() -> None:
    result = run(offer().replace(promo_codes=("A",)), [(1, "visit", "a", "r")])
    assert result.totals["promo_codes_exhausted_at"] is None


def test_timeline_holds_counts_after_the_last_row_of_each_instant() -> None:
    rows = [(1, "visit", "a", "r"), (1, "visit", "b", "s"), (2, "visit", "c", "r"), (3, "visit", "d", "t")]
    result = run(offer(count=2), rows)
    assert result.timeline == [(at(1), 2, 0), (at(2), 2, 1), (at(3), 3, 1)]


def test_empty_log() -> None:
    result = run(offer(), [])
    assert result.referrers == {} and result.timeline == [] and result.totals["events_read"] == 0


def test_progress_is_reported_and_cancel_is_honoured() -> None:
    log = EventLog.from_records([(at(1), "visit", "a", "r", "")])
    seen: list[float] = []
    replay(offer(), log, progress=seen.append)
    assert seen and seen[-1] == 1.0 and seen == sorted(seen)
    with pytest.raises(ReplayCancelled):
        replay(offer(), log, cancelled=lambda: True)


def test_blank_trigger_activities_and_event_names_match_no_unnamed_rows() -> None:
    rows = [(1, "activity", "a", "r", ""), (2, "js_event", "b", "r", ""), (3, "activity", "c", "r", "  ")]
    assert run(offer(GoalType.SMART_LIST_TRIGGER, trigger_activities=("  ",)), rows).referrers == {}
    assert run(offer(GoalType.CUSTOM_JS_EVENT, event_name=""), rows).referrers == {}
