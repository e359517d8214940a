"""A scenario's synthetic fraud ([traffic] fraud_rate, …) and its as_of: the same log as `generate`, the same
result as `simulate --as-of`, bad values refused by name, and Save as Scenario writing them back."""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path

import pytest

from referral_studio.cli import main
from referral_studio.domain.offer import Fraud, Goal, GoalType, Offer
from referral_studio.domain.offer_file import write_offer_file
from referral_studio.engine.fraud_traffic import FraudTrafficOptions, SyntheticFraud
from referral_studio.engine.log_files import write_event_log
from referral_studio.engine.presets import preset_options
from referral_studio.engine.replay import replay
from referral_studio.engine.simulation import load_traffic
from referral_studio.qa.scenario_checks import run_scenario
from referral_studio.qa.scenario_reader import load_scenario
from referral_studio.qa.scenario_writer import save_scenario

TRAFFIC = "preset = 'classroom'\nseed = 11\nparticipants = 300\n"


def write_scenario(folder: Path, traffic: str, top: str = "", expect: str = "credits = '>= 0'") -> Path:
    path = folder / "s.scenario.toml"
    path.write_text(f"{top}\n[offer]\nname = 'S'\n[traffic]\n{traffic}\n[expect]\n{expect}\n")
    return path


def scenario_log(path: Path) -> bytes:
    """The event log a scenario replays, written as `generate` writes it."""
    log, _viral = load_traffic(load_scenario(path).traffic)
    write_event_log(log, path.with_name("scenario.csv"))
    return path.with_name("scenario.csv").read_bytes()


@pytest.mark.parametrize(
    ("keys", "options"),
    [
        ("fraud_rate = 0.3", ["--fraud-rate", "0.3"]),
        (
            "fraud_rate = 1\nfraud_mix = 'same_ip=2, burst=1'\nshared_ip_rate = 0.2\nhonest_refund_rate = 0",
            ["--fraud-rate", "1", "--fraud-mix", "same_ip=2, burst=1", "--shared-ip-rate", "0.2"]
            + ["--honest-refund-rate", "0"],
        ),
        ("honest_refund_rate = 0.5", ["--honest-refund-rate", "0.5"]),  # identities and refunds, no fraud
        ("", []),  # no fraud keys: the plain log, as before
    ],
)
def test_fraud_keys_give_the_log_generate_gives_with_the_same_options(
    tmp_path: Path, keys: str, options: list[str]
) -> None:
    generated = tmp_path / "generated.csv"
    assert main(["generate", "--preset", "classroom", "--seed", "11", "--participants", "300", *options]
                + ["--out", str(generated), "--quiet"]) == 0  # fmt: skip
    path = write_scenario(tmp_path, TRAFFIC + keys)
    assert scenario_log(path) == generated.read_bytes()
    header = generated.read_text().partition("\n")[0]
    assert header.endswith(",fraud") == bool(keys)
    traffic = load_scenario(path).traffic
    assert isinstance(traffic, SyntheticFraud) == bool(keys)
    if keys:
        assert traffic.fraud.seed == traffic.traffic.seed == 11  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("traffic", "top", "message"),
    [
        ("fraud_rate = 1.5", "", r"\[traffic\] fraud_rate: a share from 0 to 1$"),
        ("fraud_rate = -0.1", "", r"\[traffic\] fraud_rate: a share from 0 to 1$"),
        ("fraud_rate = nan", "", r"\[traffic\] fraud_rate: a share from 0 to 1$"),
        ("fraud_rate = true", "", r"\[traffic\] fraud_rate must be a number from 0 to 1 \(a share\)$"),
        ("fraud_rate = '0.1'", "", r"\[traffic\] fraud_rate must be a number from 0 to 1"),
        ("shared_ip_rate = 2", "", r"\[traffic\] shared_ip_rate: a share from 0 to 1$"),
        ("honest_refund_rate = -1", "", r"\[traffic\] honest_refund_rate: a share from 0 to 1$"),
        (
            "fraud_mix = 'same_phone=1'",
            "",
            (
                r"\[traffic\] fraud_mix: unknown kind 'same_phone'; allowed: same_ip, same_device, same_email, "
                r"disposable_email, burst, refund$"
            ),
        ),
        ("fraud_mix = 'same_ip'", "", r"\[traffic\] fraud_mix: 'same_ip' needs a weight, as in same_ip=2$"),
        ("fraud_mix = 'same_ip=-1'", "", r"fraud_mix: the weight of same_ip must be a number of at least 0$"),
        ("fraud_mix = 'same_ip=0'", "", r"\[traffic\] fraud_mix: at least one kind needs a weight above 0$"),
        ("fraud_mix = 3", "", r"\[traffic\] fraud_mix must be text such as \"same_ip=2,burst=1\"$"),
        ("fraud_rate = 2\nshared_ip_rate = 3", "", r"fraud_rate: a share from 0 to 1; shared_ip_rate: a share from"),
        (
            "events = 'events.csv'\nfraud_rate = 0.1",
            "",
            (
                r"\[traffic\] fraud_rate adds synthetic fraud to generated traffic, so it cannot stand beside "
                r"events = …; with an event log only events is allowed"
            ),
        ),
        ("seed = 1\nas_of = 2027-03-01T00:00:00Z", "", r"unknown key 'as_of' in \[traffic\]; .*top-level key"),
        ("seed = 1", "as_of = 'tomorrow'", r"s.scenario.toml: as_of: 'tomorrow' is not an ISO 8601 time"),
        ("seed = 1", "as_of = '2027-03-01'", r"s.scenario.toml: as_of: '2027-03-01' has no time of day"),
        ("seed = 1", "as_of = 2027-03-01", r"s.scenario.toml: as_of must be a time \(e.g. 2027-03-01T00:00:00Z\)"),
        ("seed = 1", "as_of = 5", r"s.scenario.toml: as_of must be a time"),
        ("seed = 1", "as_of = '2027-03-01T00:00:00.1234567891Z'", r"as_of: .* is finer than nanoseconds"),
    ],
)
def test_bad_fraud_keys_and_as_of_are_refused_by_name(
    tmp_path: Path, capsys: pytest.CaptureFixture, traffic: str, top: str, message: str
) -> None:
    traffic = traffic if "events" in traffic or "seed" in traffic else TRAFFIC + traffic
    path = write_scenario(tmp_path, traffic, top)
    assert main(["check", str(path)]) == 2
    out = capsys.readouterr().out
    error = out.splitlines()[0]
    assert error.startswith(f"ERROR {path}: ") and "Traceback" not in out
    assert re.search(message, error), error


def test_as_of_in_the_inline_offer_says_where_it_belongs(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    path = tmp_path / "s.scenario.toml"
    path.write_text("[offer]\nname = 'S'\nas_of = 2027-03-01T00:00:00Z\n[traffic]\nseed = 1\n[expect]\ncredits = 0\n")
    assert main(["check", str(path)]) == 2
    assert (
        f"ERROR {path}: unknown key 'as_of' in [offer] (as_of is a top-level key: write it above the first [table])"
        in (capsys.readouterr().out)
    )


# A hold of one day: ann's credit to bob (at a moment finer than microseconds) matures on d2; the log ends later.
HELD = Offer(
    name="Held", goal=Goal(type=GoalType.REFERRED_SIGNUPS, count=1), fraud=Fraud(hold_days=1), promo_codes=("P1",)
)
LOG = """time,kind,person,referrer,name
2027-03-01T10:00:00.000000500Z,signup,ann,bob,
2027-03-01T11:00:00Z,signup,cid,dan,
2027-03-03T00:00:00Z,share,bob,,
"""
BEFORE = "credits = 0\ncredits_pending = 2\nfulfilled_referrers = 0\npromo_codes_used = 0"
AFTER = "credits = 1\ncredits_pending = 1\nfulfilled_referrers = 1\npromo_codes_used = 1"


@pytest.fixture
def held(tmp_path: Path) -> Path:
    (tmp_path / "events.csv").write_text(LOG)
    write_offer_file(HELD, tmp_path / "held.offer.json")
    return tmp_path


def held_scenario(folder: Path, as_of: str, expect: str) -> Path:
    path = folder / "held.scenario.toml"
    path.write_text(f"offer = 'held.offer.json'\n{as_of}\n[traffic]\nevents = 'events.csv'\n[expect]\n{expect}\n")
    return path


@pytest.mark.parametrize(
    ("as_of", "expect"),
    [
        ("as_of = 2027-03-02T10:00:00.0000004Z", BEFORE),  # bare, 100 ns before ann's credit matures
        ("as_of = '2027-03-02T10:00:00.000000499Z'", BEFORE),
        ("as_of = '2027-03-02T11:00:00+01:00'", BEFORE),  # 10:00:00Z, half a microsecond before
        ("as_of = 2027-03-02T10:00:00.0000005Z", AFTER),  # the instant it matures
        ("", "credits = 2\ncredits_pending = 0\nfulfilled_referrers = 2"),  # as of the log's last row
    ],
)
def test_as_of_replays_the_scenario_as_things_stood_then(
    held: Path, capsys: pytest.CaptureFixture, as_of: str, expect: str
) -> None:
    assert main(["check", str(held_scenario(held, as_of, expect))]) == 0, capsys.readouterr().out


def expectations_of(summary: dict[str, object]) -> str:
    """summary.json as a scenario's [expect]: every total and fraud count it holds."""
    lines = []
    for key, value in summary.items():
        if isinstance(value, dict):
            lines.append(f"{key} = {{ {', '.join(f'{rule} = {count}' for rule, count in value.items())} }}")
        else:
            lines.append(f"{key} = {json.dumps('never' if value is None else value)}")
    return "\n".join(lines)


@pytest.mark.parametrize("moment", ["2027-03-02T10:00:00.000000499Z", "2027-03-02T10:00:00.0000005Z"])
def test_as_of_gives_what_simulate_as_of_gives(
    held: Path, tmp_path: Path, capsys: pytest.CaptureFixture, moment: str
) -> None:
    files = ["--offer", str(held / "held.offer.json"), "--events", str(held / "events.csv")]
    assert main(["simulate", *files, "--out", str(tmp_path / "out"), "--as-of", moment, "--quiet"]) == 0
    summary = json.loads((tmp_path / "out" / "summary.json").read_text())
    matured = moment.endswith("5Z")  # ann's credit matures at 10:00:00.0000005: simulate is exact to the ns too
    assert (summary["credits"], summary["credits_pending"]) == ((1, 1) if matured else (0, 2))
    path = held_scenario(held, f"as_of = {moment!r}", expectations_of(summary))
    assert main(["check", str(path)]) == 0, capsys.readouterr().out
    assert len(run_scenario(load_scenario(path)).checks) == len(summary) + 3  # every key; credits_blocked has four


def test_save_as_scenario_with_synthetic_fraud_reproduces_the_run(
    tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    offer = Offer(
        name="Guarded",
        goal=Goal(type=GoalType.REFERRED_SIGNUPS, count=2),
        fraud=Fraud(same_ip=True, max_credits_per_day=2),
    )
    options = preset_options("classroom", seed=4, participants=300)
    traffic = SyntheticFraud(options, FraudTrafficOptions(rate=0.4, mix="same_ip=1,burst=1", seed=options.seed))
    log, _viral = load_traffic(traffic)
    result = replay(offer, log)
    saved = save_scenario(tmp_path / "guarded.scenario.toml", offer, traffic, result, ["u0000001"])
    written = tomllib.loads(saved.scenario.read_text())
    assert {key: written["traffic"][key] for key in ("fraud_rate", "fraud_mix", "shared_ip_rate")} == {
        "fraud_rate": 0.4,
        "fraud_mix": "same_ip=1,burst=1",
        "shared_ip_rate": 0.05,
    }
    assert load_scenario(saved.scenario).traffic == traffic
    summary = result.fates.summary()
    assert written["expect"]["credits_blocked"]["same_ip"] == summary["credits_blocked"]["same_ip"] > 0  # type: ignore[index]
    assert written["expect"]["credits_for_review"] == summary["credits_for_review"] > 0
    assert main(["check", str(saved.scenario)]) == 0
    assert capsys.readouterr().out.startswith("PASS  Guarded")
    # Without the fraud keys the traffic has no IPs: the same_ip expectation fails, by name.
    text = saved.scenario.read_text()
    saved.scenario.write_text(re.sub(r"(?m)^(fraud_rate|fraud_mix|shared_ip_rate|honest_refund_rate) = .*\n", "", text))
    assert main(["check", str(saved.scenario)]) == 1
    assert re.search(r"credits_blocked.same_ip: expected [1-9][\d,]*, got 0", capsys.readouterr().out)


def test_save_as_scenario_refuses_fraud_with_a_seed_of_its_own(tmp_path: Path) -> None:
    options = preset_options("classroom", seed=4, participants=100)
    traffic = SyntheticFraud(options, FraudTrafficOptions(rate=0.1, seed=5))
    result = replay(Offer(name="S"), load_traffic(traffic)[0])
    with pytest.raises(ValueError, match="drawn from its traffic seed"):
        save_scenario(tmp_path / "s.scenario.toml", Offer(name="S"), traffic, result)
    assert list(tmp_path.iterdir()) == []
