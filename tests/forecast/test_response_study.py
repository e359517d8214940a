"""Studies whose people respond to the offer: the [response] table, logs per variant, costs per variant.

Reproduction by hand (`generate --study` + `simulate`) is checked against runs.csv with effects on.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import numpy as np
import pytest

from referral_studio.cli import main
from referral_studio.engine.event_log import EventLog
from referral_studio.engine.generator import generate
from referral_studio.engine.kinds import Kind
from referral_studio.engine.log_files import read_event_log
from referral_studio.forecast.execution import run_in_process
from referral_studio.forecast.outputs import write_forecast
from referral_studio.forecast.run_logs import log_plan, response_warnings, run_logs, variant_log
from referral_studio.forecast.runs import plan_run
from referral_studio.forecast.study import Range
from referral_studio.forecast.study_file import dumps_study, loads_study, read_study

OFFER = '{"format": "referral-studio.offer", "version": 1, "name": "Base", "goal": {"type": "referred_signups", "count": 4}}'
STUDY = """
runs = 5
seed = 5
offer = "base.offer.json"
[traffic]
preset = "classroom"
participants = 120
days = 12
[response]
reward_elasticity = [0.5, 1.5]
goal_gradient = [0, 2]
after_reward = 0.5
[[variant]]
name = "four"
[[variant]]
name = "two"
goal = { count = 2 }
[[variant]]
name = "four, codes"
promo_codes = ["A1", "B2"]
[[variant]]
name = "friend paid"
costs = { reward_per_referred_signup = 5 }
[costs]
reward_per_fulfillment = 20
value_per_referred_signup = 30
"""


def study_at(tmp_path: Path, text: str = STUDY) -> Path:
    (tmp_path / "base.offer.json").write_text(OFFER, encoding="utf-8")
    path = tmp_path / "s.forecast.toml"
    path.write_text(text, encoding="utf-8")
    return path


BAD = [
    ("[response]\ngoal_gradiant = 1\n", "unknown key 'response.goal_gradiant'"),
    ("[response]\ngoal_gradient = 11\n", "'response.goal_gradient'"),
    ("[response]\nafter_reward = -0.5\n", "'response.after_reward'"),
    ("[response]\nreward_elasticity = [2, 1]\n", "'response.reward_elasticity'"),
    ("[response]\nfriend_reward_lift = [1, 20]\n", "'response.friend_reward_lift'"),
    ('[response]\ngoal_gradient = "high"\n', "'response.goal_gradient'"),
    ("[response]\ngoal_gradient = [1]\n", "'response.goal_gradient'"),
    ("response = 3\n", "'response'"),
    ('[[variant]]\nname = "a"\ncosts = { tip = 1 }\n', "unknown key 'variant[1].costs.tip'"),
    ('[[variant]]\nname = "a"\ncosts = { reward_per_fulfillment = -1 }\n', "'variant[1].costs.reward_per_fulfillment'"),
]


@pytest.mark.parametrize(("tail", "named"), BAD)
def test_a_bad_response_or_variant_cost_is_refused_before_anything_runs(
    tail: str, named: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    head = 'runs = 3\nseed = 1\noffer = "base.offer.json"\n'
    path = study_at(tmp_path, head + tail)
    assert main(["forecast", str(path), "--out", str(tmp_path / "out"), "--workers", "1", "--quiet"]) == 2
    error = capsys.readouterr().err
    assert str(path) in error and named in error
    assert not (tmp_path / "out").exists()


def test_effects_are_drawn_in_their_fixed_order_after_the_traffic_whatever_the_file_says(tmp_path: Path) -> None:
    study = read_study(study_at(tmp_path))
    assert study.drawn == ("goal_gradient", "reward_elasticity")
    assert study.effects_on
    turned = STUDY.replace(
        "reward_elasticity = [0.5, 1.5]\ngoal_gradient = [0, 2]",
        "goal_gradient = [0, 2]\nreward_elasticity = [0.5, 1.5]",
    )
    assert turned != STUDY
    other = loads_study(turned, "t.forecast.toml", tmp_path)
    assert [plan_run(other, run) for run in (1, 2)] == [plan_run(study, run) for run in (1, 2)]
    again = loads_study(dumps_study(study), "again.forecast.toml", tmp_path)
    assert again.response == study.response
    assert again.variants[3].costs == {"reward_per_referred_signup": 5.0}


def test_off_values_leave_the_effects_off() -> None:
    text = 'runs = 2\nseed = 1\n[offer]\nname = "x"\n[response]\ngoal_gradient = 0\nafter_reward = 1\n'
    study = loads_study(text, "off.forecast.toml")
    assert not study.effects_on and study.drawn == ()
    plan = plan_run(study, 1)
    logs, of_variant = run_logs(study, plan.traffic_seed, plan.drawn)
    plain = generate(study.options(plan.traffic_seed, plan.drawn)).log
    assert len(logs) == 1 and of_variant == (0,)
    assert np.array_equal(logs[0].time, plain.time) and np.array_equal(logs[0].person, plain.person)


def test_logs_per_offer_share_their_organic_rows_and_follow_what_effects_read(tmp_path: Path) -> None:
    study = read_study(study_at(tmp_path))
    plan = log_plan(study)
    assert plan.of_variant[0] == plan.of_variant[2] == plan.of_base  # promo codes are read by no effect
    assert len({plan.of_variant[0], plan.of_variant[1], plan.of_variant[3]}) == 3
    run = plan_run(study, 2)
    logs, of_variant = run_logs(study, run.traffic_seed, run.drawn)
    assert len(logs) == 3 and of_variant == (0, 1, 0, 2)
    organic = study.options(run.traffic_seed, run.drawn).participants
    first = _organic_rows(logs[0])
    assert len(first) >= organic and all(_organic_rows(log) == first for log in logs[1:])
    assert not np.array_equal(logs[0].time, logs[1].time)
    again = variant_log(study, run.traffic_seed, run.drawn, 1)
    assert np.array_equal(again.time, logs[1].time) and np.array_equal(again.person, logs[1].person)


def _organic_rows(log: EventLog) -> set[tuple[int, int, str]]:
    """Rows without a referrer of the people whose first row has none: organic participants and visitors."""
    names = log.people.to_pylist()
    _, first = np.unique(log.person, return_index=True)
    organic = log.person[first[log.referrer[first] < 0]]
    rows = np.isin(log.person, organic) & (log.referrer < 0) & (log.kind != Kind.SHARE)
    return set(zip(log.time[rows].tolist(), log.kind[rows].tolist(), [names[p] for p in log.person[rows]], strict=True))


def test_a_run_with_effects_is_reproduced_by_generate_study_and_simulate(tmp_path: Path) -> None:
    path = study_at(tmp_path)
    study = read_study(path)
    write_forecast(run_in_process(study), tmp_path / "out")
    with open(tmp_path / "out" / "runs.csv", encoding="utf-8") as stream:
        rows = list(csv.DictReader(stream))
    assert list(rows[0])[3:5] == ["goal_gradient", "reward_elasticity"]
    summary = json.loads((tmp_path / "out" / "summary.json").read_text(encoding="utf-8"))
    assert summary["costs"]["friend paid"]["reward_per_referred_signup"] == 5.0
    assert summary["costs"]["four"]["reward_per_referred_signup"] == 0.0
    for name, run in (("two", "4"), ("friend paid", "2")):
        row = next(r for r in rows if r["variant"] == name and r["run"] == run)
        events, out = tmp_path / f"{name}{run}.csv", tmp_path / f"sim {name}"
        assert (
            main(["generate", "--study", str(path), "--run", run, "--variant", name, "--out", str(events), "--quiet"])
            == 0
        )
        offer = tmp_path / "out" / "variants" / f"{name}.offer.json"
        assert main(["simulate", "--offer", str(offer), "--events", str(events), "--out", str(out), "--quiet"]) == 0
        simulated = json.loads((out / "summary.json").read_text(encoding="utf-8"))
        for key in ("credits", "credited_referrers", "fulfilled_referrers", "fulfillments"):
            assert int(row[key]) == simulated[key], (name, key)
        assert int(row["fulfillments"]) > 0
    friend = next(r for r in rows if r["variant"] == "friend paid" and r["run"] == "2")
    assert float(friend["cost"]) == 20 * int(friend["fulfillments"]) + 5 * int(friend["referred_signups"])


@pytest.mark.parametrize(
    ("extra", "named"),
    [
        (["--run", "6"], "--run"),
        (["--run", "0"], "--run"),
        (["--run", "1", "--variant", "five"], "--variant"),
        (["--run", "1", "--seed", "3"], "--seed"),
        (["--run", "1", "--preset", "b2b"], "--preset"),
        (["--run", "1", "--share-rate", "0.2"], "--share-rate"),
        ([], "--run"),
    ],
)
def test_generate_study_refuses_other_options_and_runs_or_variants_it_does_not_have(
    extra: list[str], named: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = study_at(tmp_path)
    events = tmp_path / "e.csv"
    assert main(["generate", "--study", str(path), *extra, "--out", str(events)]) == 2
    assert named in capsys.readouterr().err
    assert not events.exists()


def test_generate_study_without_effects_writes_the_plain_log_of_the_run(tmp_path: Path) -> None:
    text = STUDY[: STUDY.index("[response]")] + STUDY[STUDY.index("[[variant]]") :]
    path = study_at(tmp_path, text.replace("participants = 120", "participants = [100, 140]"))
    study = read_study(path)
    assert not study.effects_on and isinstance(dict(study.traffic)["participants"], Range)
    events = tmp_path / "run3.csv"
    assert (
        main(["generate", "--study", str(path), "--run", "3", "--variant", "two", "--out", str(events), "--quiet"]) == 0
    )
    plan = plan_run(study, 3)
    plain = generate(study.options(plan.traffic_seed, plan.drawn)).log
    written = read_event_log(events)
    assert np.array_equal(written.time, plain.time)
    assert written.people.take(written.person).to_pylist() == plain.people.take(plain.person).to_pylist()


def test_reward_elasticity_warns_once_per_variant_it_cannot_act_on(tmp_path: Path) -> None:
    text = STUDY.replace(
        '[[variant]]\nname = "four, codes"',
        '[[variant]]\nname = "visits"\ngoal = { type = "referred_visits" }\n[[variant]]\nname = "four, codes"',
    )
    study = read_study(study_at(tmp_path, text))
    warnings = response_warnings(study)
    assert len(warnings) == 1 and "'visits'" in warnings[0] and "reward_elasticity" in warnings[0]
    unpaid = read_study(study_at(tmp_path, text.replace("reward_per_fulfillment = 20", "reward_per_fulfillment = 0")))
    assert len(response_warnings(unpaid)) == 3  # no reward on the base: every variant that differs from it
    assert response_warnings(read_study(study_at(tmp_path, text.replace("reward_elasticity = [0.5, 1.5]\n", "")))) == []


def test_a_study_s_synthetic_fraud_is_in_every_log_of_a_run_with_effects(tmp_path: Path) -> None:
    study = read_study(study_at(tmp_path, STUDY.replace("days = 12\n", "days = 12\nfraud_rate = 0.2\n")))
    run = plan_run(study, 1)
    logs, _ = run_logs(study, run.traffic_seed, run.drawn)
    assert len(logs) == 3 and all("fraud" in log.coded for log in logs)
    again = variant_log(study, run.traffic_seed, run.drawn, 1)
    assert "fraud" in again.coded and np.array_equal(again.time, logs[1].time)
