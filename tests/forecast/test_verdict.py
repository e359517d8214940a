"""The verdict, paired differences and headline of real forecasts run on a local Dask cluster.

Each case is a small study run for real; the expected figures are recomputed here from
runs.csv, run by run, without the product's verdict code.
"""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from referral_studio.forecast.execution import _local_cluster, run_study
from referral_studio.forecast.headline import amount, headline, listed, percent
from referral_studio.forecast.outputs import write_forecast
from referral_studio.forecast.study_file import loads_study
from referral_studio.forecast.verdict import verdict
from tests.forecast.test_sensitivity import NET, hand_made

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"

STUDY = """
offer = "spring.offer.json"
runs = {runs}
seed = 11
{objective}
[traffic]
preset = "classroom"
participants = 150
days = 20
share_rate = [0.25, 0.45]
{variants}
[costs]
reward_per_fulfillment = {reward}
reward_per_referred_signup = {friend}
value_per_referred_signup = {value}
"""
COUNTS = """
[[variant]]
name = "count 3"
goal = {{ count = 3 }}

[[variant]]
name = "count 5"
goal = {{ count = 5 }}
"""


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    """One local Dask cluster (a scheduler and one worker process on 127.0.0.1) for every study here."""
    with _local_cluster(1) as address:
        yield address


def run(
    scheduler: str,
    folder: Path,
    *,
    runs: int = 12,
    objective: str = "",
    variants: str = COUNTS,
    costs: tuple[float, float, float] = (25, 10, 40),
) -> tuple[dict, list[dict[str, str]], dict[str, dict[str, float]], str]:
    text = STUDY.format(
        runs=runs, objective=objective, variants=variants.format(), reward=costs[0], friend=costs[1], value=costs[2]
    )
    study = loads_study(text, "case.forecast.toml", EXAMPLES)
    forecast = run_study(study, scheduler=scheduler)
    write_forecast(forecast, folder)
    summary = json.loads((folder / "summary.json").read_text())
    ranking = list(csv.DictReader(io.StringIO((folder / "ranking.csv").read_text())))
    per_run: dict[str, dict[str, float]] = {}
    with (folder / "runs.csv").open() as stream:
        for row in csv.DictReader(stream):
            per_run.setdefault(row["variant"], {})[row["run"]] = float(row[summary["objective"]])
    return summary, ranking, per_run, headline(forecast)


def differences(per_run: dict[str, dict[str, float]], variant: str, best: str) -> list[float]:
    """(variant − best) in each run, paired by run number."""
    return [per_run[variant][run] - per_run[best][run] for run in sorted(per_run[best], key=int)]


def test_a_clear_winner_has_every_other_variant_behind_in_90_percent_of_runs(scheduler: str, tmp_path: Path) -> None:
    summary, ranking, per_run, words = run(scheduler, tmp_path / "out")
    best, other = ranking[0]["variant"], ranking[1]["variant"]
    assert (summary["verdict"], summary["tied"], summary["best"]) == ("clear", [], best)
    assert list(ranking[0])[-4:] == ["diff_p5", "diff_p50", "diff_p95", "p_beats_next"]
    assert [float(ranking[0][key]) for key in ("diff_p5", "diff_p50", "diff_p95")] == [0, 0, 0]
    diffs = differences(per_run, other, best)
    expected = np.quantile(diffs, [0.05, 0.5, 0.95])
    assert [float(ranking[1][key]) for key in ("diff_p5", "diff_p50", "diff_p95")] == list(expected)
    assert expected[2] < 0  # what makes it clear
    wins = sum(1 if d < 0 else 0.5 if d == 0 else 0 for d in diffs) / len(diffs)
    assert float(ranking[0]["p_beats_next"]) == wins
    assert ranking[1]["p_beats_next"] == ""
    assert words.startswith(f"Best by net: {best} — ahead of {other} in {wins:.0%} of runs, by ")
    assert "(90% of runs: " in words


def test_no_clear_winner_names_the_variants_whose_difference_may_be_zero(scheduler: str, tmp_path: Path) -> None:
    twins = COUNTS + '\n[[variant]]\nname = "count 5 again"\ngoal = {{ count = 5 }}\n'
    summary, ranking, per_run, words = run(scheduler, tmp_path / "out", variants=twins)
    assert per_run["count 5"] == per_run["count 5 again"]
    assert summary["verdict"] == "no clear winner"
    assert summary["tied"] == ["count 5", "count 5 again"]  # the same offer: equal in every run; ranked by name
    by_name = {row["variant"]: row for row in ranking}
    assert by_name["count 5"]["p_beats_next"] == "0.5"  # every run a tie with the runner-up: each counts half
    assert [float(by_name["count 5 again"][key]) for key in ("diff_p5", "diff_p50", "diff_p95")] == [0, 0, 0]
    assert words == "No clear winner by net: count 5 and count 5 again differ by 0 to 0 in 90% of runs"


def test_fewer_than_10_runs_is_never_clear(scheduler: str, tmp_path: Path) -> None:
    summary, ranking, per_run, words = run(scheduler, tmp_path / "out", runs=6)
    best, other = ranking[0]["variant"], ranking[1]["variant"]
    assert max(differences(per_run, other, best)) < 0  # behind in every run, and still no verdict of "clear"
    assert (summary["verdict"], summary["tied"]) == ("no clear winner", [best])
    assert words.endswith("6 runs are too few to tell (at least 10)")
    assert "Best" not in words


def test_all_equal_when_every_cost_is_zero(scheduler: str, tmp_path: Path) -> None:
    summary, ranking, per_run, words = run(scheduler, tmp_path / "out", costs=(0, 0, 0))
    assert {value for runs in per_run.values() for value in runs.values()} == {0.0}
    assert (summary["verdict"], summary["tied"]) == ("all equal", [])
    assert [row["p_beats_next"] for row in ranking] == ["0.5", ""]
    assert words == "All variants are equal on net in every run — give costs or rank by another metric"


def test_one_variant(scheduler: str, tmp_path: Path) -> None:
    summary, ranking, _, words = run(scheduler, tmp_path / "out", variants="")
    assert (summary["verdict"], summary["tied"], len(ranking)) == ("one variant", [], 1)
    assert ranking[0]["p_beats_next"] == ""
    assert words.startswith("One variant, Spring referral offer: net ")
    assert "best" not in words.lower()


def test_minimizing_the_cost_needs_every_other_variant_above_the_best(scheduler: str, tmp_path: Path) -> None:
    summary, ranking, per_run, words = run(scheduler, tmp_path / "out", objective='objective = "cost"\nminimize = true')
    best, other = ranking[0]["variant"], ranking[1]["variant"]
    assert best == "count 5"  # fewer fulfillments to pay for
    diffs = differences(per_run, other, best)
    assert float(ranking[1]["diff_p5"]) == np.quantile(diffs, 0.05) > 0
    assert summary["verdict"] == "clear"
    assert float(ranking[0]["p_beats_next"]) == sum(1 if d > 0 else 0.5 if d == 0 else 0 for d in diffs) / len(diffs)
    assert words.startswith(f"Best by cost: count 5 — ahead of {other} in ")


def test_the_command_line_prints_the_verdict_headline(tmp_path: Path) -> None:
    study = tmp_path / "free.forecast.toml"
    text = STUDY.format(runs=10, objective="", variants=COUNTS.format(), reward=0, friend=0, value=0)
    study.write_text(text.replace('"spring.offer.json"', json.dumps(str(EXAMPLES / "spring.offer.json"))))
    command = [sys.executable, "-m", "referral_studio", "forecast", str(study), "--out", str(tmp_path / "out")]
    done = subprocess.run([*command, "--workers", "1"], check=False, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    lines = done.stderr.strip().splitlines()
    assert lines[-1] == "All variants are equal on net in every run — give costs or rank by another metric."
    assert "best" not in done.stderr.lower()


def test_three_way_no_clear_winner_says_how_far_the_others_are_from_the_leader() -> None:
    forecast = hand_made()  # leader B; A and C each beat it in some runs
    answer = verdict(forecast)
    assert (answer.kind, answer.tied) == ("no clear winner", ("B", "C", "A"))
    others = [np.array(NET[name]) - np.array(NET["B"]) for name in ("C", "A")]
    low = min(np.quantile(diff, 0.05) for diff in others)
    high = max(np.quantile(diff, 0.95) for diff in others)
    assert headline(forecast) == (
        f"No clear winner by net: B, C and A — the others differ from B by {amount(low)} to {amount(high)} "
        "in 90% of runs — 6 runs are too few to tell (at least 10)"
    )
    assert amount(low).startswith("−")  # a proper minus sign


def test_a_share_shows_100_or_0_percent_only_when_it_is_exactly_that() -> None:
    assert [percent(share) for share in (1.0, 0.996, 0.834, 0.004, 0.0)] == ["100%", "99%", "83%", "1%", "0%"]


def test_a_name_with_its_own_comma_or_and_is_quoted_in_a_list() -> None:
    assert [listed(name) for name in ("count 3", "count 3, last touch", "bread and butter")] == [
        "count 3",
        "“count 3, last touch”",
        "“bread and butter”",
    ]
