"""`generate --preset`, `generate --list-presets` and `traffic-report` as scripts use them."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from referral_studio.cli import main
from referral_studio.domain.times import format_ns
from referral_studio.engine.generator import generate
from referral_studio.engine.log_files import write_event_log
from referral_studio.engine.presets import PRESETS, preset_options
from tests.engine.test_traffic_measures import HAND_MADE


def test_a_preset_with_options_beside_it_writes_the_same_bytes_as_the_engine(tmp_path: Path) -> None:
    args = ["generate", "--preset", "b2b", "--participants", "300", "--seed", "4", "--share-rate", "0.3"]
    assert main([*args, "--out", str(tmp_path / "cli.csv"), "--quiet"]) == 0
    write_event_log(generate(preset_options("b2b", participants=300, seed=4, share_rate=0.3)).log, tmp_path / "e.csv")
    assert (tmp_path / "cli.csv").read_bytes() == (tmp_path / "e.csv").read_bytes()
    assert main(["generate", "--participants", "300", "--seed", "4", "--out", str(tmp_path / "d.csv"), "--quiet"]) == 0
    write_event_log(generate(preset_options("ecommerce", participants=300, seed=4)).log, tmp_path / "ecommerce.csv")
    assert (tmp_path / "d.csv").read_bytes() == (tmp_path / "ecommerce.csv").read_bytes()  # the default preset


def test_list_presets_names_each_source_and_its_figures(capsys: pytest.CaptureFixture) -> None:
    assert main(["generate", "--list-presets"]) == 0
    out = capsys.readouterr().out
    for preset in PRESETS.values():
        assert f"{preset.name:<10} {preset.title}" in out and preset.figures in out
    assert "Leskovec, Adamic & Huberman" in out and "Extole" in out and "Friendbuy" in out


@pytest.mark.parametrize("command", [["generate", "--out", "x.csv"], ["traffic-report", "events.csv"]])
def test_a_bad_preset_is_refused_with_the_list(
    command: list[str], tmp_path: Path, capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main([*command, "--preset", "Banks"]) == 2
    err = capsys.readouterr().err
    assert "unknown traffic preset 'Banks'; choose one of: ecommerce, retail, b2b, banks, books, dvd, classroom" in err
    assert not (tmp_path / "x.csv").exists() and "Traceback" not in err


def test_generate_without_out_is_bad_usage(capsys: pytest.CaptureFixture) -> None:
    assert main(["generate", "--preset", "books"]) == 2
    assert "--out EVENTS is required" in capsys.readouterr().err


def _hand_made_csv(path: Path) -> Path:
    with path.open("w", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(["time", "kind", "person", "referrer", "name"])
        writer.writerows(
            [format_ns(time), kind, person, referrer, name] for time, kind, person, referrer, name in HAND_MADE
        )
    return path


def test_the_report_on_a_hand_made_log_prints_its_known_measures(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    events = _hand_made_csv(tmp_path / "events.csv")
    assert main(["traffic-report", str(events), "--preset", "retail"]) == 0
    lines = capsys.readouterr().out.splitlines()
    cells = {line.split()[0]: line.split()[1:] for line in lines[3:16]}
    assert lines[0] == f"Traffic of {events}: {len(HAND_MADE)} events"
    assert cells["participants"] == ["7"] and cells["referred_signups"] == ["1"]
    assert cells["share_rate"] == ["42.86%", "7.7%", "±25%", "NO"]
    assert cells["signup_rate"] == ["20.00%", "16.2%", "±25%", "yes"]
    assert cells["conversion_rate"] == ["40.00%", "10.8%", "±25%", "NO"]
    assert cells["clicks_per_share"] == ["1.00"] and cells["referred_lift"] == ["0.50"]
    assert cells["signups_per_share"] == ["0.2000", "(1", "per", "5)"]
    assert "per click on a 'refer a friend' call to action" in lines[-2]
    assert lines[-1] == "1 of 3 published figures in range."


def test_the_report_on_a_preset_log_finds_every_figure_in_range(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    events = tmp_path / "banks.parquet"
    assert main(["generate", "--preset", "banks", "--participants", "20000", "--out", str(events), "--quiet"]) == 0
    assert main(["traffic-report", str(events), "--preset", "banks"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "3 of 3 published figures in range."


def test_the_report_refuses_a_bad_log_naming_line_and_field(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("time,kind,person\n2027-03-01T00:00:00Z,click,a\n")
    assert main(["traffic-report", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "bad.csv: line 2: field 'kind' is 'click'" in err and "Traceback" not in err
