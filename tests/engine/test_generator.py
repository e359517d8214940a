"""Synthetic traffic: reproducible by seed, shaped like a referral campaign."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from referral_studio.engine.generator import JS_EVENT_NAME, MILESTONES, TrafficOptions, generate
from referral_studio.engine.kinds import Kind
from referral_studio.engine.log_files import read_event_log, write_event_log


def test_same_seed_same_bytes_other_seed_other_bytes(tmp_path: Path) -> None:
    options = TrafficOptions(participants=300, seed=7)
    for name in ("a.csv", "b.csv"):
        write_event_log(generate(options).log, tmp_path / name)
    write_event_log(generate(replace(options, seed=8)).log, tmp_path / "c.csv")
    assert (tmp_path / "a.csv").read_bytes() == (tmp_path / "b.csv").read_bytes()
    assert (tmp_path / "a.csv").read_bytes() != (tmp_path / "c.csv").read_bytes()


def test_traffic_has_every_kind_in_plausible_proportions() -> None:
    traffic = generate(TrafficOptions(participants=2_000))
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
