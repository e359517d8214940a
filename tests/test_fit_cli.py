"""`fit` from the command line, and the traffic file it writes standing wherever a preset can."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from referral_studio.cli import main
from referral_studio.engine.generator import generate
from referral_studio.engine.log_files import write_event_log
from referral_studio.engine.presets import find_preset, preset_options
from referral_studio.forecast.study import Range
from referral_studio.forecast.study_file import read_study
from referral_studio.qa.scenario_reader import load_scenario

OFFER = '{"format": "referral-studio.offer", "version": 1, "name": "Base", "goal": {"type": "referred_signups", "count": 4}}'


@pytest.fixture(scope="module")
def fitted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with a log, its fit (events.traffic.toml) and its fit with ranges (ranges.traffic.toml)."""
    folder = tmp_path_factory.mktemp("fit")
    write_event_log(generate(preset_options("retail", participants=3_000, seed=7)).log, folder / "events.csv")
    assert (
        main(["fit", str(folder / "events.csv"), "--preset", "retail", "--out", str(folder / "events.traffic.toml")])
        == 0
    )
    assert main(["fit", str(folder / "events.csv"), "--ranges", "--out", str(folder / "ranges.traffic.toml")]) == 0
    return folder


def test_fit_writes_every_option_with_its_estimate_and_interval(fitted: Path, capsys: pytest.CaptureFixture) -> None:
    text = (fitted / "events.traffic.toml").read_text()
    table = tomllib.loads(text)["traffic"]
    assert "participants" not in table and "days" not in table and "start" not in table and "seed" not in table
    assert "#   participants = 3000 " in text and "#   start = 2027-03-01T" in text
    days = next(line for line in text.splitlines() if line.startswith("#   days = "))
    assert float(days.split("=")[1]) == pytest.approx(30, abs=0.05)
    assert table["share_mode"] == "broadcast" and table["saturation"] == preset_options("retail").saturation
    assert "share_rate = " in text and "# estimate " in text and "90% interval " in text
    assert "saturation = 3  # not identified by a log: from preset retail" in text
    ranged = tomllib.loads((fitted / "ranges.traffic.toml").read_text())["traffic"]
    low, high = ranged["share_rate"]
    assert low <= table["share_rate"] <= high and low < high


def test_fit_prints_the_logs_measures_beside_a_generated_ones(
    fitted: Path, capsys: pytest.CaptureFixture, tmp_path: Path
) -> None:
    assert main(["fit", str(fitted / "events.csv"), "--out", str(tmp_path / "again.traffic.toml")]) == 0
    out = capsys.readouterr().out
    assert "the log" in out and "generated from the fit" in out
    line = next(line for line in out.splitlines() if line.startswith("clicks_per_share"))
    assert len(line.split()) == 3  # the measure, the log's value, the fitted traffic's


def test_generate_takes_a_traffic_file_as_its_preset(fitted: Path, tmp_path: Path) -> None:
    out = tmp_path / "g.csv"
    assert (
        main(
            [
                "generate",
                "--preset",
                str(fitted / "events.traffic.toml"),
                "--participants",
                "400",
                "--out",
                str(out),
                "--quiet",
            ]
        )
        == 0
    )
    expected = tmp_path / "e.csv"
    options = preset_options(str(fitted / "events.traffic.toml"), participants=400)
    assert options.share_rate == tomllib.loads((fitted / "events.traffic.toml").read_text())["traffic"]["share_rate"]
    write_event_log(generate(options).log, expected)
    assert out.read_bytes() == expected.read_bytes()


def test_generate_refuses_a_traffic_file_with_ranges(
    fitted: Path, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    code = main(["generate", "--preset", str(fitted / "ranges.traffic.toml"), "--out", str(tmp_path / "g.csv")])
    err = capsys.readouterr().err
    assert code == 2 and "ranges.traffic.toml" in err and "fit without --ranges" in err
    assert not (tmp_path / "g.csv").exists()


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("[traffic]\nshare_rate = 1.5\n", "traffic.share_rate"),
        ("[traffic]\ncolour = 1\n", "traffic.colour"),
        ("[traffic]\nparticipants = 10\n", "traffic.participants"),
        ("[traffic]\nshare_mode = 3\n", "traffic.share_mode"),
        ("[traffic]\nsignup_rate = [0.3, 0.1]\n", "traffic.signup_rate"),
        ("[other]\nx = 1\n", "'other'"),
        ("[traffic\n", "not TOML"),
    ],
)
def test_a_bad_traffic_file_is_refused_naming_file_and_key(
    text: str, key: str, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    (tmp_path / "bad.traffic.toml").write_text(text)
    assert main(["generate", "--preset", str(tmp_path / "bad.traffic.toml"), "--out", str(tmp_path / "g.csv")]) == 2
    err = capsys.readouterr().err
    assert "bad.traffic.toml" in err and key in err and "Traceback" not in err


def test_a_scenario_takes_a_traffic_file_relative_to_itself(fitted: Path) -> None:
    text = "[offer]\nname = 'S'\n[traffic]\npreset = 'events.traffic.toml'\nseed = 3\nparticipants = 50\n[expect]\ncredits = 0\n"
    (fitted / "s.scenario.toml").write_text(text)
    traffic = load_scenario(fitted / "s.scenario.toml").traffic
    assert traffic == preset_options("events.traffic.toml", fitted, seed=3, participants=50)
    assert traffic.share_rate == find_preset(str(fitted / "events.traffic.toml")).options.share_rate


def test_a_study_takes_a_traffic_file_and_its_ranges(fitted: Path) -> None:
    (fitted / "base.offer.json").write_text(OFFER)
    text = 'offer = "base.offer.json"\nruns = 4\nseed = 1\n[traffic]\npreset = "ranges.traffic.toml"\nparticipants = 300\nsignup_rate = 0.2\n'
    (fitted / "s.forecast.toml").write_text(text)
    study = read_study(fitted / "s.forecast.toml")
    traffic = dict(study.traffic)
    ranged = tomllib.loads((fitted / "ranges.traffic.toml").read_text())["traffic"]
    assert traffic["share_rate"] == Range(*ranged["share_rate"]) and "share_rate" in study.drawn
    assert traffic["signup_rate"] == 0.2 and traffic["participants"] == 300  # the study's own keys win
    assert traffic["share_mode"] == "broadcast"
    (fitted / "bad.forecast.toml").write_text(text.replace("ranges.traffic", "missing.traffic"))
    with pytest.raises(ValueError, match="bad.forecast.toml: traffic.preset: .*missing.traffic.toml"):
        read_study(fitted / "bad.forecast.toml")


def test_the_examples_stay_true(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    """examples/own-traffic.traffic.toml is the fit of own-traffic.csv; platform-credits.csv differs in four places."""
    examples = Path(__file__).resolve().parent.parent / "examples"
    assert main(["fit", str(examples / "own-traffic.csv"), "--out", str(tmp_path / "own-traffic.traffic.toml")]) == 0
    assert (tmp_path / "own-traffic.traffic.toml").read_text() == (examples / "own-traffic.traffic.toml").read_text()
    offer, events = examples / "spring.offer.json", examples / "own-traffic.csv"
    args = [
        "reconcile",
        "--offer",
        str(offer),
        "--events",
        str(events),
        "--credits",
        str(examples / "platform-credits.csv"),
    ]
    assert main([*args, "--out", str(tmp_path / "r")]) == 1
    assert "1 time_differs, 1 other_referrer, 1 missing, 1 extra; 4 differences" in capsys.readouterr().out
