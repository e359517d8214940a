"""The command line's rough edges (#25 item 16): closed pipes, control characters, unmeasured figures, idle
fraud rules, fraud options that make nothing, objectives, costs that overflow, and a scenario named twice."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from referral_studio.cli import main
from referral_studio.domain.offer import Fraud, Goal, GoalType, Offer
from referral_studio.domain.offer_file import write_offer_file
from referral_studio.forecast.study_file import StudyError, loads_study

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
CLI = [sys.executable, "-m", "referral_studio"]
LOG = (
    "time,kind,person,referrer,name\n"
    "2027-03-01T09:00:00Z,share,bob,,\n"
    "2027-03-01T10:00:00Z,visit,ann,bob,\n"
    "2027-03-01T11:00:00Z,signup,ann,bob,\n"
)


@pytest.mark.parametrize(
    "command",
    [
        ["traffic-report", str(EXAMPLES / "worked-example.csv")],
        [
            "simulate",
            "--offer",
            str(EXAMPLES / "spring.offer.json"),
            "--events",
            str(EXAMPLES / "worked-example.csv"),
            "--explain",
            "bob",
            "--quiet",
            "--out",
            "OUT",
        ],
    ],
)
def test_output_into_a_closed_pipe_ends_quietly(tmp_path: Path, command: list[str]) -> None:
    command = [str(tmp_path / "out") if part == "OUT" else part for part in command]
    child = subprocess.Popen([*CLI, *command], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert child.stdout is not None and child.stderr is not None
    child.stdout.close()  # as `| head` does once it has its lines: before the command prints anything
    with child.stderr:
        err = child.stderr.read()
    assert child.wait(timeout=120) == 0, err
    assert err == ""


def test_check_escapes_control_characters_and_runs_a_file_named_twice_once(tmp_path: Path) -> None:
    text = (EXAMPLES / "spring.scenario.toml").read_text()
    scenario = tmp_path / "evil.scenario.toml"
    scenario.write_text(
        text.replace('name = "Spring:', 'name = "\\u001b[31mred\\rSpring:', 1).replace(
            'offer = "spring.offer.json"', f'offer = "{EXAMPLES / "spring.offer.json"}"'
        )
    )
    done = subprocess.run([*CLI, "check", str(scenario), str(scenario), str(tmp_path)], capture_output=True, text=True,
                          timeout=300, check=False)  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    assert "\x1b" not in done.stdout and "\r" not in done.stdout
    assert "PASS  \\u001b[31mred\\u000dSpring: the first five" in done.stdout
    assert done.stdout.count("PASS") == 1 and "1 scenario: 1 passed, 0 failed" in done.stdout


def test_a_measure_that_cannot_be_computed_is_not_out_of_range(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    events = tmp_path / "events.csv"
    events.write_text(LOG)
    assert main(["traffic-report", str(events)]) == 0  # ecommerce: a referred lift, which needs organic visitors
    lines = capsys.readouterr().out.splitlines()
    lift = next(line for line in lines if line.startswith("referred_lift"))
    assert lift.split() == ["referred_lift", "—", "2–3×", "—"], lines
    assert lines[-1] == "0 of 2 published figures in range; 1 this traffic gives no value for.", lines


def test_an_identity_rule_on_a_log_without_its_column_warns(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    offer, events = tmp_path / "o.offer.json", tmp_path / "events.csv"
    write_offer_file(
        Offer(name="x", goal=Goal(type=GoalType.REFERRED_SIGNUPS), fraud=Fraud(same_ip=True, same_device=True)), offer
    )
    events.write_text(LOG)
    assert (
        main(["simulate", "--offer", str(offer), "--events", str(events), "--out", str(tmp_path / "out"), "--quiet"])
        == 0
    )
    err = capsys.readouterr().err
    assert f"warning: {events} has no ip column, so the offer's same_ip rule never applies" in err
    assert f"warning: {events} has no device column, so the offer's same_device rule never applies" in err


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        (["--fraud-mix", "same_ip=1"], "--fraud-mix: weighs the kinds of fraud --fraud-rate SHARE adds"),
        (["--fraud-rate", "0", "--fraud-mix", "burst=1"], "give a --fraud-rate above 0"),
        (["--fraud-rate", "0.1", "--fraud-mix", "same_ip=1,burst=1,same_ip=2"], "same_ip is named twice"),
    ],
)
def test_fraud_options_that_would_make_nothing_or_say_two_things_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], options: list[str], expected: str
) -> None:
    out = tmp_path / "log.csv"
    assert main(["generate", "--preset", "classroom", "--out", str(out), *options]) == 2
    assert expected in capsys.readouterr().err and not out.exists()


def test_the_objective_refusal_lists_the_fraud_metrics_too() -> None:
    text = (EXAMPLES / "spring.forecast.toml").read_text().replace('objective = "net"', 'objective = "profit"')
    with pytest.raises(StudyError, match=r'"net".*or \(with fraud settings\) "credits_blocked".*"cost_saved"'):
        loads_study(text, "s.forecast.toml", EXAMPLES)


@pytest.mark.parametrize("amount", ["1e308", "1.7e308", "1e300"])
def test_costs_whose_products_would_overflow_are_refused(amount: str, capsys: pytest.CaptureFixture[str]) -> None:
    text = (EXAMPLES / "spring.forecast.toml").read_text()
    text = text.replace("value_per_referred_signup = 40", f"value_per_referred_signup = {amount}")
    with pytest.raises(
        StudyError, match=r"key 'costs.value_per_referred_signup' must be a number ≥ 0 and at most 1e\+290"
    ):
        loads_study(text, "s.forecast.toml", EXAMPLES)
    events = EXAMPLES / "worked-example.csv"
    offer = EXAMPLES / "spring.offer.json"
    assert main(["simulate", "--offer", str(offer), "--events", str(events), "--out", "never-written",
                 "--reward-per-fulfillment", amount]) == 2  # fmt: skip
    assert "--reward-per-fulfillment must be a number from 0 to 1e+290" in capsys.readouterr().err
