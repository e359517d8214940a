"""Fraud settings in a study: variants override them, and only then runs.csv gains the fraud metrics."""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np
import pytest

from referral_studio.domain.offer import Fraud, Offer
from referral_studio.engine.event_log import EventLog
from referral_studio.engine.fraud_rules import BLOCKING_RULES, Outcome
from referral_studio.engine.generator import generate
from referral_studio.engine.replay import replay
from referral_studio.forecast.execution import run_in_process
from referral_studio.forecast.outputs import write_forecast
from referral_studio.forecast.runs import plan_run
from referral_studio.forecast.study import FRAUD_METRICS, NUMERIC_METRICS
from referral_studio.forecast.study_file import StudyError, loads_study

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "spring.forecast.toml"
FRAUD = """
runs = 4
seed = 5
[offer]
name = "Guarded"
goal = { type = "referred_visits", count = 1 }
window = { start = 2027-03-02T00:00:00Z }
[traffic]
participants = [40, 60]
days = 20
[[variant]]
name = "plain"
[[variant]]
name = "ip and hold"
fraud = { same_ip = true, hold_days = 14 }
[[variant]]
name = "velocity"
fraud = { max_credits_per_day = 1 }
rewards = { repeat = true }
[costs]
reward_per_fulfillment = 2.5
"""
HEADER = ["variant", "run", "traffic_seed", "participants", *NUMERIC_METRICS]


def _rows(folder: Path) -> list[dict[str, str]]:
    with open(folder / "runs.csv", encoding="utf-8") as stream:
        return list(csv.DictReader(stream))


def test_a_variant_overrides_fraud_settings() -> None:
    study = loads_study(FRAUD, "fraud.forecast.toml")
    plain, held, velocity = study.variants
    assert plain.offer.fraud == Fraud()
    assert held.offer.fraud == Fraud(same_ip=True, hold_days=14)
    assert velocity.offer.fraud == Fraud(max_credits_per_day=1)
    assert held.offer.goal == study.base.goal  # the rest of the offer is the base's
    assert study.has_fraud and study.metrics == NUMERIC_METRICS + FRAUD_METRICS


def test_a_fraud_override_on_a_version_1_offer_file() -> None:
    text = EXAMPLE.read_text().replace('name = "count 5"', 'name = "count 5"\nfraud = { hold_days = 7 }')
    study = loads_study(text, "x.forecast.toml", EXAMPLE.parent)
    assert study.variants[1].offer.fraud == Fraud(hold_days=7)
    assert study.variants[0].offer.fraud == Fraud()


def test_a_fraud_study_writes_the_fraud_metrics_of_a_direct_replay(tmp_path: Path) -> None:
    study = loads_study(FRAUD, "fraud.forecast.toml")
    write_forecast(run_in_process(study), tmp_path / "forecast")
    rows = _rows(tmp_path / "forecast")
    with open(tmp_path / "forecast" / "runs.csv", encoding="utf-8") as stream:
        header = next(csv.reader(stream))
    assert header == [*HEADER, *FRAUD_METRICS, "first_fulfilled_at"]
    seen = {metric: 0.0 for metric in FRAUD_METRICS}
    for run in range(1, study.runs + 1):
        plan = plan_run(study, run)
        log = generate(study.options(plan.traffic_seed, plan.drawn)).log
        for variant in study.variants:
            row = next(r for r in rows if r["variant"] == variant.name and r["run"] == str(run))
            result = replay(variant.offer, log)
            fates = result.fates
            blocked = sum(fates.summary()["credits_blocked"].values())  # type: ignore[attr-defined]
            assert blocked == fates.count(Outcome.BLOCKED) and len(BLOCKING_RULES) > 1
            unguarded = replay(variant.offer.replace(fraud=Fraud()), log).totals.fulfillments
            pending = fates.count(Outcome.PENDING)
            expected = {
                "credits_blocked": blocked,
                "credits_for_review": fates.count(Outcome.REVIEW),
                "credits_reversed": fates.count(Outcome.REVERSED),
                "credits_pending": pending,
                # pending credits are not saved: only what a rule took, against the replay without fraud settings
                "cost_saved": 2.5 * (unguarded - _fulfillments_counting_pending(variant.offer, log)),
            }
            assert int(row["fulfillments"]) == result.totals.fulfillments
            for metric, value in expected.items():
                assert float(row[metric]) == value, (variant.name, run, metric)
                seen[metric] += value
            if variant.name == "plain":
                assert all(float(row[m]) == 0 for m in FRAUD_METRICS)
    assert seen["credits_for_review"] > 0 and seen["cost_saved"] > 0
    with open(tmp_path / "forecast" / "variants.csv", encoding="utf-8") as stream:
        metrics = [r["metric"] for r in csv.DictReader(stream) if r["variant"] == "velocity"]
    assert metrics == [*NUMERIC_METRICS, *FRAUD_METRICS]


def _fulfillments_counting_pending(offer: Offer, log: EventLog) -> int:
    """The variant's fulfillments had its pending credits matured: a replay as of the end of time."""
    return replay(offer, log, as_of=np.iinfo(np.int64).max).totals.fulfillments


def test_a_study_without_fraud_keeps_its_columns(tmp_path: Path) -> None:
    study = loads_study(FRAUD.replace("fraud = ", "# fraud = "), "plain.forecast.toml")
    assert not study.has_fraud and study.metrics == NUMERIC_METRICS
    write_forecast(run_in_process(study), tmp_path / "forecast")
    with open(tmp_path / "forecast" / "runs.csv", encoding="utf-8") as stream:
        assert next(csv.reader(stream)) == [*HEADER, "first_fulfilled_at"]
    with open(tmp_path / "forecast" / "variants.csv", encoding="utf-8") as stream:
        assert {r["metric"] for r in csv.DictReader(stream)} == set(NUMERIC_METRICS)


def test_a_fraud_objective_needs_a_variant_with_fraud_settings() -> None:
    study = loads_study(FRAUD.replace("[offer]", 'objective = "cost_saved"\n[offer]'), "fraud.forecast.toml")
    assert study.objective == "cost_saved"
    plain = FRAUD.replace("fraud = ", "# fraud = ").replace("[offer]", 'objective = "cost_saved"\n[offer]')
    with pytest.raises(StudyError, match="objective"):
        loads_study(plain, "plain.forecast.toml")
