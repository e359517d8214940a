"""Runs: seeded by their number alone, reproducible with `generate` + `simulate`, bands exact across runs."""

from __future__ import annotations

import csv
import json
import math
from pathlib import Path

import numpy as np

from referral_studio.cli import main
from referral_studio.domain.offer import Goal, GoalType
from referral_studio.domain.times import to_ns
from referral_studio.engine.generator import generate
from referral_studio.engine.kinds import Kind
from referral_studio.engine.replay import replay
from referral_studio.engine.traffic_options import DAY
from referral_studio.forecast.execution import run_in_process
from referral_studio.forecast.outputs import write_forecast
from referral_studio.forecast.runs import plan_run, run_batch
from referral_studio.forecast.study_file import loads_study, read_study

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "spring.forecast.toml"
EFFECTS_OFF = ROOT / "tests" / "data" / "forecast_golden" / "spring" / "spring.forecast.toml"  # the example without [response]
SHORT = """
runs = 12
seed = 99
[offer]
name = "Short"
goal = { type = "referred_visits", count = 2 }
window = { start = 2027-03-02T00:00:00Z }
[traffic]
participants = [40, 80]
days = [2.5, 6]
[[variant]]
name = "visits"
[[variant]]
name = "sign-ups, last touch"
goal = { type = "referred_signups", count = 1 }
attribution = { model = "last_touch", window_days = 1.5 }
[costs]
reward_per_fulfillment = 2.5
value_per_referred_signup = 7
"""


def test_a_run_depends_on_its_number_alone() -> None:
    study = read_study(EXAMPLE)
    whole = run_batch(study, 1, 9)
    pieces = [run_batch(study, first, first + 2) for first in (7, 5, 3, 1)]
    assert np.array_equal(whole.counts, np.concatenate([p.counts for p in reversed(pieces)]))
    assert np.array_equal(whole.traffic_seed, [plan_run(study, run).traffic_seed for run in range(1, 9)])
    assert len(set(whole.traffic_seed.tolist())) == 8
    other_seed = loads_study(EXAMPLE.read_text().replace("seed = 7", "seed = 8"), "x", EXAMPLE.parent)
    assert plan_run(other_seed, 1) != plan_run(study, 1)


def test_one_run_is_reproduced_with_generate_and_simulate(tmp_path: Path) -> None:
    study = read_study(EFFECTS_OFF)
    write_forecast(run_in_process(study), tmp_path / "forecast")
    with open(tmp_path / "forecast" / "runs.csv", encoding="utf-8") as stream:
        rows = list(csv.DictReader(stream))
    row = next(r for r in rows if r["variant"] == "count 3, last touch, cap 2" and r["run"] == "7")
    events, out = tmp_path / "run7.csv", tmp_path / "simulated"
    fixed = ["--preset", "classroom", "--participants", "400", "--days", "30"]
    drawn = ["--share-rate", row["share_rate"], "--signup-rate", row["signup_rate"]]
    assert main(["generate", *fixed, *drawn, "--seed", row["traffic_seed"], "--out", str(events), "--quiet"]) == 0
    offer = tmp_path / "forecast" / "variants" / "count 3, last touch, cap 2.offer.json"
    assert main(["simulate", "--offer", str(offer), "--events", str(events), "--out", str(out), "--quiet"]) == 0
    summary = json.loads((out / "summary.json").read_text())
    for key in ("credits", "credited_referrers", "fulfilled_referrers", "fulfillments", "promo_codes_used"):
        assert int(row[key]) == summary[key], key
    with open(out / "fulfillments.csv", encoding="utf-8") as stream:
        first = next(csv.DictReader(stream))["time"]
    assert row["first_fulfilled_at"] == first
    assert int(row["fulfillments"]) > 0


def test_metrics_and_bands_follow_the_spec_run_by_run() -> None:
    study = loads_study(SHORT, "short.forecast.toml")
    forecast = run_in_process(study)
    lengths, per_run = [], []
    for run in range(1, study.runs + 1):
        plan = plan_run(study, run)
        options = study.options(plan.traffic_seed, plan.drawn)
        log = generate(options).log
        lengths.append(math.ceil(options.days))
        days = []
        for index, variant in enumerate(study.variants):
            result = replay(variant.offer, log)
            referred = replay(variant.offer.replace(goal=Goal(type=GoalType.REFERRED_SIGNUPS)), log).totals.credits
            lo, hi = result.window_rows
            signups = len(set(log.person[lo:hi][log.kind[lo:hi] == Kind.SIGNUP].tolist()))
            metrics = forecast.metrics
            assert metrics["credits"][run - 1, index] == result.totals.credits
            assert metrics["referred_signups"][run - 1, index] == referred
            assert metrics["signups"][run - 1, index] == signups
            assert metrics["k_factor"][run - 1, index] == (referred / signups if signups else 0.0)
            cost = 2.5 * result.totals.fulfillments
            assert metrics["cost"][run - 1, index] == cost and metrics["net"][run - 1, index] == 7.0 * referred - cost
            ends = [to_ns(options.start) + day * DAY for day in range(1, 7)]
            days.append(
                [
                    [_count_before(result.timeline_time, series, end) for end in ends]
                    for series in (result.timeline_credited, result.timeline_fulfilled)
                ]
            )
        per_run.append(days)
    assert forecast.days == max(lengths) and len(set(lengths)) > 1
    counts = np.array(per_run)[..., : forecast.days]  # (runs, variants, metrics, days)
    expected = np.moveaxis(np.quantile(counts, [0.05, 0.5, 0.95], axis=0), 0, -1)
    assert forecast.bands.tobytes() == expected.tobytes()
    assert counts[:, 0, 0, -1].max() > 0 and (np.diff(counts, axis=-1) >= 0).all()


def _count_before(times: np.ndarray, series: np.ndarray, end: int) -> int:
    """The count as it stood at the end of the day: the last change before `end`, its final value after."""
    at = int(np.searchsorted(times, end, "left")) - 1
    return int(series[at]) if at >= 0 else 0
