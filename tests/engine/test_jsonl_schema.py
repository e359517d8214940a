"""JSON Lines read through only the mapped paths (engine/jsonl_schema.py), and what happens when the first objects mislead."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from referral_studio.engine.jsonl_schema import SAMPLE, read_mapped_paths
from referral_studio.engine.log_files import EventLogError, log_table
from referral_studio.engine.log_sources import read_log

MAPPING = (
    'format = "jsonl"\n[fields]\ntime = "p.t"\nperson = "p.id"\nkind = "ev"\nreferrer = "p.ref"\n'
    '[time]\nformat = "unix_s"\n'
)
WANTED = ["p.t", "ev", "p.id", "p.ref"]


def _objects(count: int) -> list[dict[str, object]]:
    """More objects than the sample the types are taken from, none holding a referrer."""
    objects: list[dict[str, object]] = [
        {"ev": "visit", "p": {"t": 1803286800 + i, "id": f"u{i}", "os": "Linux"}, "extra": [i]} for i in range(count)
    ]
    assert len("\n".join(json.dumps(o) for o in objects)) > SAMPLE
    return objects


def _write(folder: Path, objects: list[dict[str, object]]) -> tuple[Path, Path]:
    (folder / "e.jsonl").write_text("".join(json.dumps(o) + "\n" for o in objects), encoding="utf-8")
    (folder / "e.mapping.toml").write_text(MAPPING, encoding="utf-8")
    return folder / "e.jsonl", folder / "e.mapping.toml"


def test_only_the_mapped_paths_are_read_typed_as_the_first_objects_hold_them(tmp_path: Path) -> None:
    objects = _objects(1000)
    objects[-1]["p"] = {"t": 1803290000, "id": "u9", "ref": "ann"}  # a path the sample never saw, as text
    source, _mapping = _write(tmp_path, objects)
    read = read_mapped_paths(source, WANTED)
    assert read is not None and read.lines == 1000
    assert read.table.schema.names == ["p", "ev"]  # `extra` and `p.os` were skipped
    assert [field.name for field in read.table.schema.field("p").type] == ["t", "id", "ref"]
    log, _report = read_log(*_write(tmp_path, objects))
    assert log_table(log).to_pylist()[-1]["referrer"] == "ann"


@pytest.mark.parametrize(
    ("late", "referrer", "time"),
    [
        ({"t": 1803290000, "id": "u9", "ref": 42}, "42", "2027-02-22T09:53:20Z"),  # a number where none was seen
        ({"t": 1803290000.25, "id": "u9", "ref": "ann"}, "ann", "2027-02-22T09:53:20.25Z"),  # a fraction after ints
        ({"t": 99999999999999999999, "id": "u9", "ref": "ann"}, None, None),  # past int64: a bad time
    ],
)
def test_a_later_object_that_disagrees_with_the_first_reads_as_written(
    tmp_path: Path, late: dict[str, object], referrer: str | None, time: str | None
) -> None:
    objects = _objects(1000)
    objects[-1]["p"] = late
    source, mapping = _write(tmp_path, objects)
    assert read_mapped_paths(source, WANTED) is None  # the inferring or the exact read decides
    if time is None:
        with pytest.raises(EventLogError, match="line 1000: field 'time' is '99999999999999999999'"):
            read_log(source, mapping)
        return
    last = log_table(read_log(source, mapping)[0]).to_pylist()[-1]
    assert (last["referrer"], last["time"], last["person"]) == (referrer, time, "u9")


def test_iso_times_pyarrow_would_take_for_timestamps_are_read_as_text(tmp_path: Path) -> None:
    objects: list[dict[str, object]] = [
        {"ev": "visit", "p": {"t": "2027-03-01 10:00:00", "id": "a"}},
        {"ev": "signup", "p": {"t": "2027-03-01T10:05:00+01:00", "id": "b", "ref": "a"}},
    ]
    source, mapping = _write(tmp_path, objects)
    (tmp_path / "e.mapping.toml").write_text(MAPPING.replace('"unix_s"', '"iso"'), encoding="utf-8")
    read = read_mapped_paths(source, WANTED)
    assert read is not None and str(read.table.schema.field("p").type.field("t").type) == "string"
    assert [row["time"] for row in log_table(read_log(source, mapping)[0]).to_pylist()] == [
        "2027-03-01T09:05:00Z",
        "2027-03-01T10:00:00Z",
    ]


def test_bytes_that_are_not_utf8_in_a_mapped_value_name_their_line(tmp_path: Path) -> None:
    source, mapping = _write(tmp_path, _objects(1000))
    with source.open("ab") as stream:
        stream.write(b'{"ev": "visit", "p": {"t": 1803290000, "id": "b\xf6rje"}}\n')
    with pytest.raises(EventLogError, match=r"e.jsonl: line 1001: not utf-8 text"):
        read_log(source, mapping)
