"""`import-log`, and `--mapping` / `--skip-bad-rows` on `simulate`, `traffic-report` and a scenario's [events]."""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq
import pytest

from referral_studio.cli import main
from referral_studio.engine.log_files import read_event_log
from tests.engine.test_mapping_files import EXPORT, MAPPING

ROOT = Path(__file__).resolve().parent.parent


def _export(folder: Path, export: str = EXPORT) -> tuple[Path, Path]:
    (folder / "export.csv").write_bytes(export.encode("latin-1"))
    (folder / "shop.mapping.toml").write_text(MAPPING, encoding="utf-8")
    return folder / "export.csv", folder / "shop.mapping.toml"


def test_import_log_converts_and_prints_what_it_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    export, mapping = _export(tmp_path)
    out = tmp_path / "new" / "folder" / "events.csv"
    assert main(["import-log", str(export), "--mapping", str(mapping), "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert f"6 rows read from {export}: 4 events" in printed
    assert "skipped 2 rows whose kind value 'Logout' the mapping does not map" in printed
    assert "ignored 1 empty row" in printed and f"4 events written to {out}" in printed
    assert out.read_text().splitlines() == [
        "time,kind,person,referrer,name",
        "2027-03-01T09:00:00Z,share,ann,,",
        "2027-03-01T09:05:00Z,visit,anon1,ann,",
        "2027-10-31T00:30:00Z,signup,bob,ann,",
        "2027-10-31T00:40:00Z,activity,bob,,Registers for Webinar",
    ]
    parquet = tmp_path / "events.parquet"
    assert main(["import-log", str(export), "--mapping", str(mapping), "--out", str(parquet)]) == 0
    assert pq.read_table(parquet).column_names == ["time", "kind", "person", "referrer", "name"]
    assert len(read_event_log(parquet)) == 4


def test_a_bad_row_stops_import_log_with_exit_2_and_nothing_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    export, mapping = _export(tmp_path, EXPORT.replace("01/03/2027 10:05", "1 March"))
    out = tmp_path / "events.csv"
    assert main(["import-log", str(export), "--mapping", str(mapping), "--out", str(out)]) == 2
    assert f"{export}: line 3: field 'time' is '1 March'" in capsys.readouterr().err
    assert not out.exists() and not (tmp_path / "skipped.csv").exists()
    assert main(["import-log", str(export), "--mapping", str(mapping), "--out", str(out), "--skip-bad-rows"]) == 0
    assert (tmp_path / "skipped.csv").read_text() == "line,reason,value\n3,bad_time,1 March\n"
    assert "skipped 1 bad row: time does not parse" in capsys.readouterr().out


def test_a_bad_mapping_file_exits_2_naming_file_and_key(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    export, mapping = _export(tmp_path)
    mapping.write_text(MAPPING.replace("[time]", "[time]\nzones = 1"), encoding="utf-8")
    assert main(["import-log", str(export), "--mapping", str(mapping), "--out", str(tmp_path / "e.csv")]) == 2
    assert f"{mapping}: unknown key 'zones' in [time]; allowed: format, zone" in capsys.readouterr().err


def test_simulate_and_traffic_report_read_through_a_mapping(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    export, mapping = _export(tmp_path, EXPORT.replace("01/03/2027 10:05", "never"))
    offer = ROOT / "examples" / "spring.offer.json"
    out = tmp_path / "results"
    args = ["simulate", "--offer", str(offer), "--events", str(export), "--mapping", str(mapping), "--out", str(out)]
    assert main([*args, "--quiet"]) == 2
    assert "line 3: field 'time' is 'never'" in capsys.readouterr().err
    assert main([*args, "--quiet", "--skip-bad-rows"]) == 0
    assert (out / "skipped.csv").read_text().splitlines()[1] == "3,bad_time,never"
    assert '"events_read": 3' in (out / "summary.json").read_text()
    monkeypatch.chdir(tmp_path)
    assert main(["traffic-report", str(export), "--mapping", str(mapping), "--skip-bad-rows"]) == 0
    captured = capsys.readouterr()
    assert f"Traffic of {export}: 3 events" in captured.out and "skipped 1 bad row" in captured.err


def test_a_scenario_reads_its_log_through_a_mapping(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _export(tmp_path)
    (tmp_path / "shop.scenario.toml").write_text(
        'offer = "spring.offer.json"\n[traffic]\nevents = "export.csv"\n[events]\nmapping = "shop.mapping.toml"\n'
        "[expect]\nevents_read = 4\n",
        encoding="utf-8",
    )
    (tmp_path / "spring.offer.json").write_bytes((ROOT / "examples" / "spring.offer.json").read_bytes())
    assert main(["check", str(tmp_path / "shop.scenario.toml")]) == 0
    (tmp_path / "other.scenario.toml").write_text(
        'offer = "spring.offer.json"\n[events]\nfile = "export.csv"\nmapping = "nowhere.mapping.toml"\n'
        "[expect]\nevents_read = 4\n",
        encoding="utf-8",
    )
    assert main(["check", str(tmp_path / "other.scenario.toml")]) == 2
    assert "other.scenario.toml: [events] mapping: " in capsys.readouterr().out


def test_a_plain_log_with_bad_rows_can_be_read_with_skip_bad_rows(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    log = tmp_path / "events.csv"
    log.write_text("time,kind,person\n2027-03-01T00:00:00Z,visit,a\nsoon,visit,b\n2027-03-02T00:00:00Z,visit,\n")
    report = ["traffic-report", str(log)]
    assert main(report) == 2
    capsys.readouterr()
    out = tmp_path / "out"
    offer = str(ROOT / "examples" / "spring.offer.json")
    assert main(["simulate", "--offer", offer, "--events", str(log), "--out", str(out), "--skip-bad-rows"]) == 0
    assert (out / "skipped.csv").read_text() == "line,reason,value\n3,bad_time,soon\n4,no_person,\n"


def test_a_scenario_saved_from_a_mapped_run_reads_its_log_the_same_way(tmp_path: Path) -> None:
    from referral_studio.domain.offer_file import read_offer_file
    from referral_studio.engine.log_sources import LogFile
    from referral_studio.engine.mapping_file import read_mapping
    from referral_studio.engine.replay import replay
    from referral_studio.qa.scenario_writer import save_scenario

    export, mapping = _export(tmp_path)
    offer = read_offer_file(ROOT / "examples" / "spring.offer.json")
    (tmp_path / "saved").mkdir()
    for traffic, table in (
        (LogFile(export, read_mapping(mapping)), '[events]\nmapping = "../shop.mapping.toml"\n'),
        (LogFile(export, "segment", skip_bad_rows=True), '[events]\nmapping = "segment"\nskip_bad_rows = true\n'),
    ):
        result = replay(offer, LogFile(export, read_mapping(mapping)).read()[0])
        saved = save_scenario(tmp_path / "saved" / "shop.scenario.toml", offer, traffic, result)
        assert table in saved.scenario.read_text()
    traffic = LogFile(export, read_mapping(mapping))
    save_scenario(tmp_path / "saved" / "shop.scenario.toml", offer, traffic, replay(offer, traffic.read()[0]))
    assert main(["check", str(tmp_path / "saved" / "shop.scenario.toml")]) == 0


def test_a_mapping_on_a_parquet_log_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    export, mapping = _export(tmp_path)
    parquet = tmp_path / "events.parquet"
    assert main(["import-log", str(export), "--mapping", str(mapping), "--out", str(parquet)]) == 0
    assert main(["traffic-report", str(parquet), "--mapping", str(mapping)]) == 2
    assert "a mapping reads CSV and JSON Lines exports" in capsys.readouterr().err


@pytest.mark.parametrize(("name", "code"), [("events.txt", 2), ("events.PQ", 0), ("events.CSV", 0)])
def test_import_log_writes_the_suffixes_the_event_log_writer_knows(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, code: int
) -> None:
    export, mapping = _export(tmp_path)
    out = tmp_path / name
    assert main(["import-log", str(export), "--mapping", str(mapping), "--out", str(out)]) == code
    assert out.exists() == (code == 0)
    if code:
        assert f"{out}: --out must end in .csv or .parquet" in capsys.readouterr().err
