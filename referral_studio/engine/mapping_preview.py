"""What the app's mapping dialog shows while a user builds a mapping: the file as it will be read, and what it gives.

Qt-free so the dialog stays thin: the first rows with the separator and encoding applied,
the distinct values of a column with their counts (the kind column's, to map), a trial read
(`try_mapping`: the report, or the refusal in words), a first guess of the fields from the
column names, and the mapping saved beside the export (`<export>.mapping.toml`) or found
again for the next file from that folder.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pyarrow.compute as pc

from referral_studio.domain.atomic_file import atomic_write
from referral_studio.engine.csv_layout import csv_reader
from referral_studio.engine.log_files import EventLogError
from referral_studio.engine.log_sources import read_log
from referral_studio.engine.mapped_fields import first_non_empty
from referral_studio.engine.mapped_source import BOMS, flat_record, read_source, sniff_delimiter
from referral_studio.engine.mapping_file import FIELDS, SUFFIX, Mapping, MappingError, mapping_toml, read_mapping
from referral_studio.engine.read_report import ReadReport

PREVIEW_BYTES = 1 << 16
GUESSES = {  # event-log field → lower-case column names exports commonly use for it
    "time": ("time", "timestamp", "date", "datetime", "event_time", "created_at", "tid", "datum"),
    "kind": ("kind", "event", "type", "event_type", "action", "activity type", "händelse"),
    "person": (
        "person",
        "user",
        "user_id",
        "userid",
        "visitor id",
        "visitor",
        "distinct_id",
        "anonymousid",
        "besökare",
    ),
    "referrer": ("referrer", "referred by", "referral_code", "referrer_id", "ref", "värvad av"),
    "name": ("name", "activity", "event_name", "aktivitet"),
    "ip": ("ip", "ip_address"),
    "device": ("device", "device_id"),
    "email": ("email", "e-mail"),
    "fraud": ("fraud",),
}


@dataclass(frozen=True)
class Preview:
    """The first rows of a file as the mapping's format, separator and encoding read them."""

    header: list[str]
    rows: list[list[str]]
    delimiter: str | None


def is_json_lines(path: Path) -> bool:
    return path.suffix.lower() in (".jsonl", ".ndjson", ".json")


def preview(path: Path, mapping: Mapping, rows: int = 20) -> Preview:
    """The header and first `rows` rows; for JSON Lines the columns are the dotted paths of the first objects."""
    text = _head_text(path, mapping.encoding if mapping.format == "csv" else "utf-8")
    if mapping.format == "jsonl":
        records = []
        for line in text.splitlines():
            if line.strip():
                try:
                    record = json.loads(line, parse_int=str, parse_float=str)
                except ValueError:
                    break
                if isinstance(record, dict):
                    records.append(flat_record(record))
            if len(records) >= rows:
                break
        header = list(dict.fromkeys(key for record in records for key in record))
        return Preview(header, [[record.get(key, "") for key in header] for record in records], None)
    delimiter = mapping.delimiter or sniff_delimiter(text)
    reader = csv_reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        table = [row for _index, row in zip(range(rows + 1), reader, strict=False)]
    except csv.Error as error:  # a NUL byte…: say so rather than show nothing
        raise EventLogError(f"{path}: line {reader.line_num}: cannot be read as CSV ({error})") from None
    header = [name.strip() for name in table[0]] if table else []
    return Preview(header, table[1:], delimiter)


def _head_text(path: Path, encoding: str) -> str:
    """The file's first lines as text; a byte the encoding cannot read shows as �, so a wrong choice is seen."""
    with path.open("rb") as stream:
        head = stream.read(PREVIEW_BYTES)
    for bom, name in BOMS:
        if head.startswith(bom):
            head, encoding = head[len(bom) :], name
            break
    text = head.decode(encoding, errors="replace")
    return text if len(head) < PREVIEW_BYTES else text[: text.rfind("\n") + 1]  # whole lines only


def value_counts(path: Path, mapping: Mapping, columns: Sequence[str], limit: int = 200) -> list[tuple[str, int]]:
    """The distinct values of a field (the first non-empty of its columns) with their counts, most frequent first."""
    probe = Mapping(mapping.source, mapping.format, mapping.delimiter, mapping.encoding, {"kind": tuple(columns)})
    read = read_source(path, probe).columns
    counts = pc.value_counts(first_non_empty([read[column] for column in columns]))
    pairs = [(str(item["values"]), int(item["counts"])) for item in counts.to_pylist()]
    pairs.sort(key=lambda pair: (-pair[1], pair[0]))
    return pairs[:limit]


def try_mapping(path: Path, mapping: Mapping) -> ReadReport | str:
    """Read the whole file through the mapping with bad rows skipped: the report, or why it cannot be read."""
    try:
        return read_log(path, mapping, skip_bad_rows=True)[1]
    except EventLogError as error:  # MappingError too
        return str(error)


def guess_fields(header: list[str]) -> dict[str, str]:
    """Event-log field → the column whose name looks like it, for a first guess in the dialog."""
    lowered = {name.lower(): name for name in header}
    guessed: dict[str, str] = {}
    for field in FIELDS:
        for candidate in GUESSES[field]:
            if candidate in lowered and lowered[candidate] not in guessed.values():
                guessed[field] = lowered[candidate]
                break
    return guessed


def guess_encoding(path: Path) -> str:
    """utf-8 when the file's first bytes read as UTF-8 (or carry a byte-order mark); else cp1252, else latin-1."""
    with path.open("rb") as stream:
        head = stream.read(PREVIEW_BYTES)
    if any(head.startswith(bom) for bom, _name in BOMS):
        return "utf-8"  # the mark decides whatever the mapping says
    for encoding in ("utf-8", "cp1252"):
        try:
            head.decode(encoding)
        except UnicodeDecodeError as error:
            if encoding == "utf-8" and error.start >= len(head) - 3:
                return encoding  # a character cut by the end of the sample
            continue
        return encoding
    return "latin-1"


def saved_mapping_path(export: Path) -> Path:
    """Where the mapping of an export is saved: beside it, `<export>.mapping.toml`."""
    return export.with_name(export.name + SUFFIX)


def save_mapping(mapping: Mapping, export: Path) -> Path:
    path = saved_mapping_path(export)
    with atomic_write(path, newline="\n") as stream:
        stream.write(mapping_toml(mapping))
    return path


def offered_mapping(export: Path) -> Mapping | None:
    """The mapping saved for this export, else the newest one saved beside another file of its folder; None if none.

    The export's own is `<export>.mapping.toml`, as the app saves it, or `<name without suffix>.mapping.toml`,
    as people (and examples/) name one by hand: `segment.mapping.toml` beside `segment.jsonl`.
    """
    own = (saved_mapping_path(export), export.with_name(export.stem + SUFFIX))
    candidates = [path for path in own if path.is_file()]
    if not candidates:
        others = [p for p in export.parent.glob("*" + SUFFIX) if p.is_file()]
        candidates = sorted(others, key=lambda p: p.stat().st_mtime, reverse=True)
    for candidate in candidates:
        try:
            return read_mapping(candidate)
        except MappingError:
            continue
    return None
