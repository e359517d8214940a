"""Synthetic traffic: reproducible by seed, shaped like a referral campaign."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from referral_studio.engine.generator import generate
from referral_studio.engine.kinds import Kind
from referral_studio.engine.log_files import read_event_log, write_event_log
from referral_studio.engine.presets import preset_options
from referral_studio.engine.traffic_options import TrafficOptions, TrafficTooLarge
from referral_studio.engine.traffic_steps import JS_EVENT_NAME, MILESTONES


def test_same_seed_same_bytes_other_seed_other_bytes(tmp_path: Path) -> None:
    options = TrafficOptions(participants=300, seed=7)
    for name in ("a.csv", "b.csv"):
        write_event_log(generate(options).log, tmp_path / name)
    write_event_log(generate(replace(options, seed=8)).log, tmp_path / "c.csv")
    assert (tmp_path / "a.csv").read_bytes() == (tmp_path / "b.csv").read_bytes()
    assert (tmp_path / "a.csv").read_bytes() != (tmp_path / "c.csv").read_bytes()


def test_classroom_traffic_has_every_kind_in_plausible_proportions() -> None:
    traffic = generate(preset_options("classroom", participants=2_000))
    log = traffic.log
    counts = np.bincount(log.kind, minlength=5)
    assert all(counts > 0)
    assert counts[Kind.VISIT] > counts[Kind.SIGNUP] > counts[Kind.ACTIVITY]
    assert set(log.names.to_pylist()) == {JS_EVENT_NAME, *MILESTONES}
    assert traffic.generations > 1
    assert 0.2 < traffic.viral_coefficient < 0.8
    assert np.all(np.diff(log.time) >= 0)
    visits = log.kind == Kind.VISIT
    assert np.any(visits & (log.referrer == log.person)), "self-referrals"
    assert np.any(visits & (log.referrer < 0)), "organic visits"


def test_nothing_happens_outside_the_campaign() -> None:
    options = TrafficOptions(participants=500, days=3)
    log = generate(options).log
    start = int(options.start.timestamp()) * 10**9
    assert log.time.min() >= start and log.time.max() < start + 3 * 86_400 * 10**9


def test_zero_participants_give_an_empty_log(tmp_path: Path) -> None:
    traffic = generate(TrafficOptions(participants=0))
    assert len(traffic.log) == 0 and traffic.viral_coefficient == 0
    write_event_log(traffic.log, tmp_path / "e.csv")
    assert len(read_event_log(tmp_path / "e.csv")) == 0


@pytest.mark.parametrize(
    ("change", "word"),
    [
        ({"participants": -1}, "participants"),
        ({"days": 0}, "days"),
        ({"share_rate": 1.5}, "share-rate"),
        ({"visits_per_share": -2}, "visits-per-share"),
    ],
)
def test_out_of_range_options_are_named(change: dict, word: str) -> None:
    assert any(problem.startswith(word) for problem in replace(TrafficOptions(), **change).problems())


def _share_counts(options: TrafficOptions) -> np.ndarray:
    log = generate(options).log
    counts = np.bincount(log.person[log.kind == Kind.SHARE])
    return np.sort(counts[counts > 0])


def test_a_spread_of_propensities_lets_a_few_sharers_send_most_shares() -> None:
    even, spread = (
        _share_counts(TrafficOptions(participants=5_000, shares_per_sharer=5, share_spread=s)) for s in (0, 2)
    )

    def top(counts: np.ndarray) -> float:
        return counts[-len(counts) // 10 :].sum() / counts.sum()

    assert top(spread) > 0.5 and top(even) < 0.3
    assert spread.max() > 5 * even.max() / 2


def test_in_recommendation_mode_one_share_reaches_one_person_at_most() -> None:
    options = TrafficOptions(
        participants=3_000, share_mode="recommendation", visits_per_share=0.4, return_rate=0, overlap_rate=0
    )
    log = generate(options).log
    referred = (log.kind == Kind.VISIT) & (log.referrer >= 0) & (log.referrer != log.person)
    shares_by = np.bincount(log.person[log.kind == Kind.SHARE], minlength=len(log.people))
    visits_through = np.bincount(log.referrer[referred], minlength=len(log.people))
    assert np.all(visits_through <= shares_by)
    assert 0.3 < referred.sum() / shares_by.sum() < 0.45
    assert any("recommendation" in p for p in replace(options, visits_per_share=2).problems())


def test_saturation_keeps_only_each_friends_first_referrers_by_time() -> None:
    from referral_studio.engine.traffic_steps import _first_referrers

    friend = np.array([7, 7, 7, 7, 7, 8, 8])
    referrer = np.array([1, 2, 1, 3, 4, 1, 1])
    visited = np.array([50, 10, 5, 40, 30, 1, 2])
    # friend 7: referrer 1 first at 5, 2 at 10, 4 at 30, 3 at 40; friend 8: one referrer, earliest visit at 1.
    assert _first_referrers(friend, referrer, visited, 2).tolist() == [False, True, True, False, False, True, False]
    assert _first_referrers(friend, referrer, visited, 9).sum() == 5


def test_a_friends_chance_rises_with_referrers_then_levels_off() -> None:
    def chance(limit: int) -> float:
        options = TrafficOptions(
            participants=5_000, share_rate=0.3, overlap_rate=0.9, signup_rate=0.2, saturation=limit
        )
        log = generate(options).log
        return int(np.count_nonzero((log.kind == Kind.SIGNUP) & (log.referrer >= 0)))

    assert chance(1) < chance(2) < chance(0)


def test_the_day_night_rhythm_keeps_order_and_peaks_in_the_evening() -> None:
    from referral_studio.engine.generator import _day_night
    from referral_studio.engine.traffic_options import DAY

    start = int(TrafficOptions().start.timestamp()) * 10**9
    even = start + np.sort(np.random.default_rng(1).integers(0, 10 * DAY, 50_000))
    warped = _day_night(even, 0.8)
    assert np.all(np.diff(warped) >= 0) and np.all(warped // DAY == even // DAY)
    hours = np.bincount((warped % DAY) * 24 // DAY, minlength=24)
    assert hours[20] > 4 * hours[8]
    assert np.array_equal(_day_night(even, 0.0) // 10**6, even // 10**6)  # no rhythm: (almost) nothing moves


def test_organic_visitors_sign_up_at_the_base_rate() -> None:
    from referral_studio.engine.traffic_measures import measure

    measures = measure(generate(TrafficOptions(participants=5_000, organic_signup_rate=0.1)).log)
    assert measures.organic_conversion == pytest.approx(0.1, rel=0.15)
    assert measure(generate(TrafficOptions(participants=500, organic_signup_rate=0)).log).organic_conversion == 0


def test_purchases_follow_referred_sign_ups() -> None:
    from referral_studio.engine.traffic_measures import measure

    options = TrafficOptions(participants=5_000, milestone_rate=0, share_rate=0.3)
    none, most = (measure(generate(replace(options, purchase_rate=p)).log) for p in (0, 0.8))
    assert none.conversion_rate == 0
    assert most.conversion_rate == pytest.approx(0.8 * most.signup_rate, rel=0.15)


def test_traffic_that_would_grow_without_bound_is_refused_before_memory_runs_out() -> None:
    # 1000 visits per share with every friend signing up and sharing: ~1000x more people each generation.
    runaway = replace(
        preset_options("classroom", participants=2000, seed=3),
        visits_per_share=1000,
        signup_rate=1.0,
        share_rate=1.0,
        days=365,
    )
    assert not runaway.problems()  # every option alone is in range; only their product runs away
    with pytest.raises(TrafficTooLarge, match="500,000,000 events.*visits-per-share"):
        generate(runaway)
