"""own-data.md's acceptance: one log in four shapes replays to identical results.

The shapes: semicolon-separated Latin-1 with local Stockholm times across the spring
daylight-saving change; JSON Lines with Unix milliseconds; UTF-16 tab-separated with a
byte-order mark (its mapping says utf-8: the mark wins, and the separator is sniffed); and
the canonical CSV. All four are written from one generated log in the test.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import numpy as np
import pytest

from referral_studio.domain.offer_file import read_offer_file
from referral_studio.engine.event_log import EventLog
from referral_studio.engine.generator import generate
from referral_studio.engine.log_files import log_table, write_event_log
from referral_studio.engine.log_sources import read_log
from referral_studio.engine.outputs import OUTPUT_FILES, write_results
from referral_studio.engine.replay import replay
from referral_studio.engine.traffic_options import TrafficOptions

ROOT = Path(__file__).resolve().parents[2]
STOCKHOLM = ZoneInfo("Europe/Stockholm")
SWEDISH_KINDS = {"share": "Delning", "visit": "Sidvisning", "signup": "Registrering", "activity": "Aktivitet"}
SWEDISH_KINDS |= {"js_event": "JS-händelse", "refund": "Återbetalning"}


def _rows(log: EventLog) -> list[dict[str, str]]:
    return log_table(log).to_pylist()  # type: ignore[no-any-return]


def _instant(text: str) -> datetime:
    return datetime.fromisoformat(text)


def write_semicolon_latin1(log: EventLog, folder: Path) -> tuple[Path, Path]:
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(["Tid", "Händelse", "Besökare", "Värvad av", "Aktivitet", "Kommentar"])
    for row in _rows(log):
        local = _instant(row["time"]).astimezone(STOCKHOLM).strftime("%d/%m/%Y %H:%M:%S")
        writer.writerow([local, SWEDISH_KINDS[row["kind"]], row["person"], row["referrer"], row["name"], "ok; fine"])
    writer.writerow([""] * 6)  # a spreadsheet's trailing empty row
    (folder / "swedish.csv").write_bytes(out.getvalue().encode("latin-1"))
    kinds = "\n".join(f'"{word}" = "{kind}"' for kind, word in SWEDISH_KINDS.items())
    (folder / "swedish.mapping.toml").write_text(
        'format = "csv"\n[csv]\ndelimiter = ";"\nencoding = "latin-1"\n'
        '[fields]\ntime = "Tid"\nkind = "Händelse"\nperson = "Besökare"\nreferrer = "Värvad av"\nname = "Aktivitet"\n'
        f'[time]\nformat = "%d/%m/%Y %H:%M:%S"\nzone = "Europe/Stockholm"\n[kinds]\n{kinds}\n',
        encoding="utf-8",
    )
    return folder / "swedish.csv", folder / "swedish.mapping.toml"


def write_json_lines(log: EventLog, folder: Path) -> tuple[Path, Path]:
    lines = []
    for row in _rows(log):
        millis = int(_instant(row["time"]).timestamp() * 1000)
        record = {"type": row["kind"], "at": millis, "user": {"id": row["person"], "ref": row["referrer"] or None}}
        if row["name"]:
            record["props"] = {"activity": row["name"]}
        lines.append(json.dumps(record, ensure_ascii=False))
    (folder / "events.jsonl").write_text("\n".join(lines) + "\n\n", encoding="utf-8")
    (folder / "events.mapping.toml").write_text(
        'format = "jsonl"\n[fields]\ntime = "at"\nkind = "type"\nperson = "user.id"\nreferrer = "user.ref"\n'
        'name = "props.activity"\n[time]\nformat = "unix_ms"\n',
        encoding="utf-8",
    )
    return folder / "events.jsonl", folder / "events.mapping.toml"


def write_utf16_tabs(log: EventLog, folder: Path) -> tuple[Path, Path]:
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter="\t", lineterminator="\n")
    writer.writerow(["When", "What", "User ID", "Anonymous ID", "Referrer", "Name"])
    for index, row in enumerate(_rows(log)):
        when = _instant(row["time"]).astimezone(STOCKHOLM).isoformat()  # with its offset, +01:00 or +02:00
        user, anonymous = (row["person"], "") if index % 2 else ("", row["person"])  # the first non-empty wins
        writer.writerow([when, row["kind"], user, anonymous, row["referrer"], row["name"]])
    (folder / "utf16.tsv").write_bytes(out.getvalue().encode("utf-16"))  # with its byte-order mark
    (folder / "utf16.mapping.toml").write_text(
        'format = "csv"\n[csv]\nencoding = "utf-8"\n'
        '[fields]\ntime = "When"\nkind = "What"\nperson = ["User ID", "Anonymous ID"]\nreferrer = "Referrer"\n'
        'name = "Name"\n',
        encoding="utf-8",
    )
    return folder / "utf16.tsv", folder / "utf16.mapping.toml"


@pytest.fixture(scope="module")
def generated() -> EventLog:
    # Two weeks from 21 March 2027: Stockholm's clocks go forward at 02:00 on 28 March.
    options = TrafficOptions(participants=400, days=14, seed=11, start=datetime(2027, 3, 21, tzinfo=UTC))
    return generate(options).log


def test_the_same_log_in_four_shapes_replays_to_identical_results(generated: EventLog, tmp_path: Path) -> None:
    canonical = tmp_path / "canonical.csv"
    write_event_log(generated, canonical)
    offer = read_offer_file(ROOT / "examples" / "spring.offer.json")
    shapes = {"canonical": (canonical, None)}
    for writer in (write_semicolon_latin1, write_json_lines, write_utf16_tabs):
        source, mapping = writer(generated, tmp_path)
        shapes[source.name] = (source, mapping)
    local_days = {_instant(row["time"]).astimezone(STOCKHOLM).utcoffset() for row in _rows(generated)}
    assert len(local_days) == 2  # the log spans the daylight-saving change
    outputs = {}
    for name, (source, mapping) in shapes.items():
        log, report = read_log(source, mapping)
        assert report.events == len(generated) and not report.skipped and not report.unmapped
        np.testing.assert_array_equal(log.time, generated.time)
        assert _rows(log) == _rows(generated)
        folder = tmp_path / f"out-{name}"
        write_results(replay(offer, log), folder)
        outputs[name] = {file: (folder / file).read_text(encoding="utf-8") for file in OUTPUT_FILES}
    assert outputs["canonical"]["summary.json"].count('"credits"') == 1
    for name, files in outputs.items():
        for file in OUTPUT_FILES:
            if file != "blocked.csv":  # its line column names each shape's own lines
                assert files[file] == outputs["canonical"][file], (name, file)
    assert int(json.loads(outputs["canonical"]["summary.json"])["credits"]) > 0


def test_each_row_keeps_its_source_line(generated: EventLog, tmp_path: Path) -> None:
    source, mapping = write_json_lines(generated, tmp_path)
    log, _report = read_log(source, mapping)
    assert log.lines([0, 1]).tolist() == [1, 2]  # JSON Lines: the line of the object (no header)
    source, mapping = write_semicolon_latin1(generated, tmp_path)
    log, report = read_log(source, mapping)
    assert log.lines([0, 1]).tolist() == [2, 3] and report.empty_rows == 1
