"""An export's raw columns (engine/mapped_source.py) → an EventLog and a ReadReport, through a mapping.

Column by column, vectorised: a field with several source names takes the first non-empty;
rows whose every field is empty are ignored; kind values go through `[kinds]` (unmapped
values are counted per value and left out); times through engine/mapped_times.py. A row
whose time does not parse or does not exist in the zone, without a person, or (without
`[kinds]`) with a kind that is not an event kind is bad: the read stops at the first with its
line and value, or with `skip_bad_rows` leaves every bad row out and lists it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from referral_studio.engine.event_log import CODED_COLUMNS, EventLog, dictionary_codes
from referral_studio.engine.kinds import KIND_NAMES
from referral_studio.engine.log_files import EventLogError
from referral_studio.engine.mapped_source import SourceTable
from referral_studio.engine.mapped_times import parse_mapped_times
from referral_studio.engine.mapping_file import Mapping
from referral_studio.engine.read_report import ReadReport, SkippedRow

_CHECKS = ("nonexistent_time", "bad_time", "no_person", "bad_kind")  # a row's first problem names it


@dataclass(frozen=True)
class MappedRows:
    """The rows a mapping reads and keeps: times (UTC ns) and each mapped field as text, with their source lines."""

    time: np.ndarray  # int64
    fields: dict[str, pa.ChunkedArray]  # event-log field → text ("" where empty); kind as the source wrote it
    lines: np.ndarray  # int64: each row's line in the source
    report: ReadReport  # kinds counts are empty here: mapped_events fills them
    kind_codes: np.ndarray | None = None  # int8 (with a kind field)
    rule_names: pa.ChunkedArray | None = None  # the activity names [kinds] gives, "" where none


def mapped_rows(source: SourceTable, mapping: Mapping, path: Path, skip_bad_rows: bool) -> MappedRows:
    """The rows the mapping reads from the source table, bad ones refused (or left out and listed), empty ones dropped.

    Without a kind field (a platform's credits) every row is kept whatever its kind; with one, rows
    whose value [kinds] does not map are left out and counted.
    """
    fields = {key: first_non_empty([source.columns[name] for name in names]) for key, names in mapping.fields.items()}
    lines = source.lines
    empty = _empty_rows(source, fields["time"])
    keep = ~empty
    kind_codes: np.ndarray | None = None
    rule_names: pa.Array | None = None
    unmapped: dict[str, int] = {}
    if "kind" in fields:
        kind_codes, rule_names, unmapped, kind_mapped = _kinds(fields["kind"], mapping, empty)
        keep &= kind_mapped | (mapping.kinds is None)
    ns, bad_time, gap = parse_mapped_times(fields["time"], mapping.time_format, mapping.zone)
    problems = {
        "nonexistent_time": gap & ~bad_time,
        "bad_time": bad_time,
        "no_person": _mask(pc.equal(fields["person"], "")),
        "bad_kind": kind_codes < 0 if kind_codes is not None else np.zeros(len(lines), bool),
    }
    skipped = [SkippedRow(line, "wrong_field_count", text) for line, text in source.invalid]
    bad = np.zeros(len(lines), bool)
    for reason in _CHECKS:
        found = problems[reason] & keep & ~bad
        bad |= found
        field = "person" if reason == "no_person" else "kind" if reason == "bad_kind" else "time"
        skipped += [SkippedRow(int(lines[i]), reason, fields[field][int(i)].as_py()) for i in np.flatnonzero(found)]
    skipped.sort(key=lambda row: row.line)
    if skipped and not skip_bad_rows:
        raise EventLogError(_bad_row_message(path, skipped[0], mapping))
    keep &= ~bad
    rows = np.flatnonzero(keep)
    taken = pa.array(rows, pa.int64())

    def kept(values: pa.ChunkedArray) -> pa.ChunkedArray:
        return values if rows.size == keep.size else values.take(taken)  # most reads keep every row

    report = ReadReport(
        source=path,
        rows=int((~empty).sum()) + len(source.invalid),
        kinds={},
        unmapped=unmapped,
        skipped=tuple(skipped),
        empty_rows=int(empty.sum()),
    )
    return MappedRows(
        time=ns if rows.size == keep.size else ns[rows],
        fields={key: kept(values) for key, values in fields.items()},
        lines=lines if rows.size == keep.size else lines[rows],
        report=report,
        kind_codes=None if kind_codes is None else kind_codes[rows],
        rule_names=None if rule_names is None else kept(rule_names),
    )


def mapped_events(
    source: SourceTable, mapping: Mapping, path: Path, skip_bad_rows: bool
) -> tuple[EventLog, ReadReport]:
    """The events the mapping reads from the source table, and what was read and left out."""
    read = mapped_rows(source, mapping, path, skip_bad_rows)
    assert read.kind_codes is not None  # an event mapping has a kind field (mapping_file.REQUIRED_FIELDS)
    names = read.fields.get("name")
    if read.rule_names is not None:  # [kinds] names some events: those names win
        plain = names.cast(pa.string()) if names is not None else ""
        names = pc.if_else(pc.equal(read.rule_names, ""), plain, read.rule_names)
    coded = {key: read.fields[key] for key in CODED_COLUMNS if key in read.fields}
    log = EventLog.from_columns(
        read.time, read.kind_codes, read.fields["person"], read.fields.get("referrer"), names, source=path, coded=coded
    )
    log.keep_lines(read.lines)  # the source's lines of the rows kept
    return log, replace(read.report, kinds=log.kind_counts())


def first_non_empty(columns: list[pa.ChunkedArray]) -> pa.ChunkedArray:
    """Row by row, the first of the columns that is not empty (a field mapped to a list of columns)."""
    result = columns[-1]
    for column in reversed(columns[:-1]):
        result = pc.if_else(pc.equal(column, ""), result, column)
    return result


def _mask(values: pa.Array | pa.ChunkedArray) -> np.ndarray:
    mask: np.ndarray = values.to_numpy(zero_copy_only=False)
    return mask


def _empty_rows(source: SourceTable, time: pa.ChunkedArray) -> np.ndarray:
    """Rows whose every field is empty; only rows without a time can be, so only they are looked at further."""
    empty = _mask(pc.equal(time, ""))
    candidates = np.flatnonzero(empty)
    if candidates.size:
        rows = pa.array(candidates)
        for values in source.columns.values():
            empty[candidates] &= _mask(pc.equal(values.take(rows).cast(pa.string()), ""))
    return empty


def _kinds(
    kind: pa.Array, mapping: Mapping, empty: np.ndarray
) -> tuple[np.ndarray, pa.Array | None, dict[str, int], np.ndarray]:
    """(kind codes, -1 where not a kind; names the rules give; unmapped value → rows not empty; mapped mask)."""
    dictionary, codes_in = dictionary_codes(kind)  # the reader's dictionary, or one hashed once
    values = dictionary.to_pylist()
    indices = np.where(codes_in < 0, len(values), codes_in)  # a null: the sentinel after the values
    lookup = {text: code for code, text in enumerate(KIND_NAMES)}
    if mapping.kinds is None:
        codes = np.array([lookup.get(value, -1) for value in values] + [-1], np.int8)
        return codes[indices], None, {}, np.ones(len(kind), bool)
    rules = [mapping.kinds.get(value) for value in values]
    codes = np.array([lookup[rule.kind] if rule else -1 for rule in rules] + [-1], np.int8)
    mapped = np.array([rule is not None for rule in rules] + [False], bool)[indices]
    counts = np.bincount(indices[~empty], minlength=len(values) + 1)  # an all-empty row is empty, not unmapped
    unmapped = {
        value: int(count) for value, rule, count in zip(values, rules, counts, strict=False) if rule is None and count
    }
    if not any(rule and rule.name for rule in rules):
        return codes[indices], None, unmapped, mapped
    names = pa.array([rule.name if rule else "" for rule in rules] + [""], pa.string()).take(pa.array(indices))
    return codes[indices], names, unmapped, mapped


def _bad_row_message(path: Path, row: SkippedRow, mapping: Mapping) -> str:
    zone = mapping.zone
    what = {
        "bad_time": f"field 'time' is {row.value!r}; the mapping reads times as {mapping.time_format!r}",
        "nonexistent_time": f"field 'time' is {row.value!r}, a time that does not exist in {zone} "
        "(the clocks skipped it at a daylight-saving change)",
        "no_person": "field 'person' is empty; every event names who acted",
        "bad_kind": f"field 'kind' is {row.value!r}; allowed: {', '.join(KIND_NAMES)} (or map it in [kinds])",
        "wrong_field_count": f"the row has the wrong number of fields ({row.value!r})",
    }[row.reason]
    return f"{path}: line {row.line}: {what}; use --skip-bad-rows to leave such rows out (listed in skipped.csv)"
