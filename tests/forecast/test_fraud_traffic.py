"""Fraud in forecasts: synthetic fraud in a study's [traffic], so identity rules fire; pending is not saved;
and a variant's metrics depend on that variant alone."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import numpy as np
import pytest

from referral_studio.cli import main
from referral_studio.domain.offer import Fraud, Goal, GoalType
from referral_studio.engine.fraud_traffic import FraudTrafficOptions, add_fraud
from referral_studio.engine.generator import generate
from referral_studio.engine.replay import replay
from referral_studio.forecast.execution import run_in_process
from referral_studio.forecast.outputs import write_forecast
from referral_studio.forecast.runs import plan_run
from referral_studio.forecast.study_file import StudyError, loads_study, read_study

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "fraud-rules.forecast.toml"
VELOCITY = """
runs = 5
seed = 3
[offer]
name = "Visits"
goal = { type = "referred_visits", count = 1 }
[traffic]
preset = "classroom"
participants = 300
[[variant]]
name = "A"
fraud = { max_credits_per_day = 1 }
[[variant]]
name = "B"
"""
HOLD = """
runs = 4
seed = 9
[offer]
name = "Held"
goal = { type = "referred_signups", count = 1 }
[traffic]
preset = "classroom"
participants = 300
[[variant]]
name = "hold"
fraud = { hold_days = 7 }
[costs]
reward_per_fulfillment = 10
"""


def _variants_swapped(text: str) -> str:
    first, second = text.index("[[variant]]"), text.rindex("[[variant]]")
    return text[:first] + text[second:] + "\n" + text[first:second]


def test_referred_signups_of_a_variant_depend_on_that_variant_alone() -> None:
    forward = loads_study(VELOCITY, "v.forecast.toml")
    backward = loads_study(_variants_swapped(VELOCITY), "v.forecast.toml")
    assert [v.name for v in backward.variants] == ["B", "A"]
    ahead, behind = run_in_process(forward), run_in_process(backward)
    referred = {
        "A": (ahead.metrics["referred_signups"][:, 0], behind.metrics["referred_signups"][:, 1]),
        "B": (ahead.metrics["referred_signups"][:, 1], behind.metrics["referred_signups"][:, 0]),
    }
    for name, (in_front, after) in referred.items():
        assert np.array_equal(in_front, after), name
    variants = {variant.name: variant.offer for variant in forward.variants}
    for run in range(1, forward.runs + 1):
        plan = plan_run(forward, run)
        log = generate(forward.options(plan.traffic_seed, plan.drawn)).log
        for index, name in enumerate("AB"):
            alone = variants[name].replace(goal=Goal(type=GoalType.REFERRED_SIGNUPS, count=1))
            assert ahead.metrics["referred_signups"][run - 1, index] == replay(alone, log).totals.credits
    a, b = referred["A"][0], referred["B"][0]
    assert (a < b).any()  # the velocity limit sends some of A's sign-ups to review


def test_fraud_in_traffic_makes_identity_rules_fire_as_generate_and_simulate_show(tmp_path: Path) -> None:
    study = read_study(EXAMPLE)
    small = loads_study(EXAMPLE.read_text().replace("runs = 40", "runs = 3"), str(EXAMPLE), EXAMPLE.parent)
    assert small.drawn == ("share_rate", "fraud_rate")
    out = tmp_path / "forecast"
    write_forecast(run_in_process(small), out)
    with open(out / "runs.csv", encoding="utf-8") as stream:
        rows = list(csv.DictReader(stream))
    blocked = 0
    for row in rows:
        if row["variant"] != "identity rules":
            continue
        events, results = tmp_path / f"run{row['run']}.csv", tmp_path / f"sim{row['run']}"
        generated = [
            "generate", "--preset", "classroom", "--participants", "400", "--share-rate", row["share_rate"],
            "--fraud-rate", row["fraud_rate"], "--fraud-mix", "same_ip=2,same_email=1,disposable_email=1,refund=1",
            "--seed", row["traffic_seed"], "--out", str(events), "--quiet",
        ]  # fmt: skip
        assert main(generated) == 0
        offer = out / "variants" / "identity rules.offer.json"
        assert main(["simulate", "--offer", str(offer), "--events", str(events), "--out", str(results)]) == 0
        summary = json.loads((results / "summary.json").read_text())
        assert int(row["credits"]) == summary["credits"]
        assert int(row["credits_blocked"]) == sum(summary["credits_blocked"].values())
        blocked += int(row["credits_blocked"])
    assert blocked > 0
    assert study.fraud_options(1, {"fraud_rate": 0.1}) == FraudTrafficOptions(
        rate=0.1, mix="same_ip=2,same_email=1,disposable_email=1,refund=1", seed=1
    )


def test_a_pure_hold_saves_nothing_and_counts_its_pending_credits() -> None:
    study = loads_study(HOLD, "hold.forecast.toml")
    forecast = run_in_process(study)
    assert study.metrics[-2:] == ("credits_pending", "cost_saved")
    assert forecast.metrics["credits_pending"].sum() > 0  # credits of the last week are still on hold
    assert not forecast.metrics["cost_saved"].any()  # no refunds in this traffic: nothing was taken back


def test_a_hold_saves_what_refunds_reverse_not_what_is_pending() -> None:
    text = HOLD.replace("participants = 300", "participants = 300\nfraud_rate = 0.3\nfraud_mix = 'refund=1'")
    study = loads_study(text, "hold.forecast.toml")
    forecast = run_in_process(study)
    for run in range(1, study.runs + 1):
        plan = plan_run(study, run)
        log = generate(study.options(plan.traffic_seed, plan.drawn)).log
        log = add_fraud(log, FraudTrafficOptions(rate=0.3, mix="refund=1", seed=plan.traffic_seed)).log
        offer = study.variants[0].offer
        all_matured = replay(offer, log, as_of=np.iinfo(np.int64).max).totals.fulfillments
        unguarded = replay(offer.replace(fraud=Fraud()), log).totals.fulfillments
        assert forecast.metrics["cost_saved"][run - 1, 0] == 10 * (unguarded - all_matured)
    assert forecast.metrics["credits_reversed"].sum() > 0 and forecast.metrics["cost_saved"].sum() > 0


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("fraud_rate = 1.5", "key 'traffic.fraud_rate' must be a share from 0 to 1"),
        ("fraud_rate = [0.1, 2]", "key 'traffic.fraud_rate' must be a share from 0 to 1 (got [0.1, 2.0])"),
        ("shared_ip_rate = -1", "key 'traffic.shared_ip_rate' must be a share from 0 to 1"),
        ("fraud_rate = 0.1\nfraud_mix = 'sneaky=1'", "key 'traffic.fraud_mix': unknown kind 'sneaky'"),
        ("fraud_rate = 0.1\nfraud_mix = [1, 2]", "key 'traffic.fraud_mix' must be a string"),
        ("fraud_mix = 'refund=1'", "key 'traffic.fraud_mix' needs traffic.fraud_rate"),
        ("fraud_rate = 'lots'", "key 'traffic.fraud_rate' must be a number or a [low, high] list"),
    ],
)
def test_bad_fraud_options_are_refused_naming_the_key(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], line: str, message: str
) -> None:
    text = HOLD.replace("participants = 300", f"participants = 300\n{line}")
    with pytest.raises(StudyError, match=re.escape(message)):
        loads_study(text, "hold.forecast.toml")
    path = tmp_path / "hold.forecast.toml"
    path.write_text(text)
    assert main(["forecast", str(path), "--out", str(tmp_path / "out"), "--quiet"]) == 2
    assert str(path) in capsys.readouterr().err and not (tmp_path / "out").exists()


def test_the_documented_fraud_example_blocks_and_reverses_credits() -> None:
    docs = (ROOT / "docs" / "forecast.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```toml\n(.*?)```", docs, re.DOTALL)
    shown = next(block for block in blocks if "fraud_rate" in block)
    example = {line.split("  #")[0].rstrip() for line in EXAMPLE.read_text(encoding="utf-8").splitlines()}
    for line in shown.splitlines():
        assert line in example, line  # the docs show the example file as it is (its comments aside)
    forecast = run_in_process(read_study(EXAMPLE))
    names = [variant.name for variant in forecast.study.variants]
    rules, hold = names.index("identity rules"), names.index("identity rules, 14-day hold")
    assert np.median(forecast.metrics["credits_blocked"][:, rules]) > 0
    assert np.median(forecast.metrics["credits_reversed"][:, hold]) > 0
    assert forecast.metrics["cost_saved"][:, rules].sum() > 0
    assert not forecast.metrics["credits_blocked"][:, names.index("no rules")].any()
