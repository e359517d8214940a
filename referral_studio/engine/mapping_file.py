"""Mapping files (`*.mapping.toml`): how to read an export that is not in the event-log schema.

A mapping names the source's format (CSV or JSON Lines), how its text is written (separator,
encoding), which column or JSON path holds each event-log field, how its times are written
(and in which zone), and which of its event words are which kinds. This module reads and
checks one — every refusal names the file and the key — and writes one back (the app saves
the mapping a user built beside the export). Built-in mappings ship in `engine/mappings/`
and are found by name. Reading a log through a mapping is engine/log_sources.py.
"""

from __future__ import annotations

import re
import tomllib
import zoneinfo
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from referral_studio.domain.file_or_name import names_a_file
from referral_studio.domain.text_file import read_utf8
from referral_studio.engine.event_log import CODED_COLUMNS
from referral_studio.engine.kinds import KIND_NAMES
from referral_studio.engine.log_files import EventLogError

SUFFIX = ".mapping.toml"
BUILT_IN_FOLDER = Path(__file__).resolve().with_name("mappings")
FORMATS = ("csv", "jsonl")
FIELDS = ("time", "kind", "person", "referrer", "name", *CODED_COLUMNS)  # the event log's columns, in its order
REQUIRED_FIELDS = ("time", "kind", "person")
DELIMITERS = {",": ",", ";": ";", "tab": "\t", "\t": "\t", "|": "|"}  # what `delimiter` may say → the character
UNIX_UNITS = {"unix_s": 1_000_000_000, "unix_ms": 1_000_000, "unix_us": 1_000}  # → nanoseconds per unit
TIME_FORMATS = ("iso", *UNIX_UNITS)
_DIRECTIVE = re.compile(r"%(.)")
_STRPTIME_DIRECTIVES = set("aAbBdeHIjmMpSyYz%")  # what the vectorised parser (pyarrow's strptime) understands
_KEYS = {
    "": ("format", "csv", "fields", "time", "kinds"),
    "csv": ("delimiter", "encoding"),
    "fields": FIELDS,
    "time": ("format", "zone"),
}


class MappingError(EventLogError):
    """A mapping file that cannot be used; the message names the file and the key."""


@dataclass(frozen=True)
class KindRule:
    """What one source value of the kind field becomes: an event kind, and the name the event gets (if any)."""

    kind: str
    name: str = ""


@dataclass(frozen=True)
class Mapping:
    """A checked mapping. `fields` maps each event-log field to its source names (the first non-empty wins)."""

    source: str  # the file (or built-in name) it came from, for messages
    format: str = "csv"
    delimiter: str | None = None  # None: sniffed from the first lines
    encoding: str = "utf-8"
    fields: dict[str, tuple[str, ...]] = field(default_factory=dict)
    time_format: str = "iso"
    zone: str = "UTC"
    kinds: dict[str, KindRule] | None = None  # None: the kind values are event kinds as written

    def source_names(self) -> list[str]:
        """Every column (or JSON path) the mapping reads, each once, in field order."""
        return list(dict.fromkeys(name for names in self.fields.values() for name in names))


def built_in_names() -> list[str]:
    return sorted(path.name.removesuffix(SUFFIX) for path in BUILT_IN_FOLDER.glob("*" + SUFFIX))


def read_mapping(spec: str | Path, required: Sequence[str] = REQUIRED_FIELDS) -> Mapping:
    """A mapping file, or a built-in mapping by name (`segment`, `mixpanel`); MappingError when it cannot be used.

    `required` are the fields it must map: an event log's by default; a platform's credits need
    time, person and referrer (and no kind).
    """
    if names_a_file(spec):
        path = Path(spec)
    else:
        path = BUILT_IN_FOLDER / f"{spec}{SUFFIX}"
        if not path.is_file():
            raise MappingError(
                f"--mapping {spec}: no such built-in mapping (built in: {', '.join(built_in_names())}); "
                "a mapping file's name ends in .toml"
            )
    text = read_utf8(path, MappingError)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise MappingError(f"{path}: not valid TOML: {error}") from None
    return mapping_from_dict(data, str(path), required)


def mapping_from_dict(data: dict[str, Any], source: str, required: Sequence[str] = REQUIRED_FIELDS) -> Mapping:
    """Check a mapping's TOML tables; every refusal names `source` and the key."""
    _only(source, "", data)
    fmt = data.get("format", "csv")
    if fmt not in FORMATS:
        raise MappingError(f"{source}: format must be one of {', '.join(map(repr, FORMATS))} (got {fmt!r})")
    csv_table = _only(source, "csv", data.get("csv", {}))
    if csv_table and fmt != "csv":
        raise MappingError(f"{source}: [csv] applies to format = 'csv' only; this mapping reads {fmt}")
    time_table = _only(source, "time", data.get("time", {}))
    if "fields" not in data:
        raise MappingError(f"{source}: missing [fields]; it names the columns of time, kind and person at least")
    return Mapping(
        source=source,
        format=fmt,
        delimiter=_delimiter(source, csv_table.get("delimiter")),
        encoding=_encoding(source, csv_table.get("encoding", "utf-8")),
        fields=_fields(source, _only(source, "fields", data["fields"]), required),
        time_format=_time_format(source, time_table.get("format", "iso")),
        zone=_zone(source, time_table.get("zone", "UTC")),
        kinds=_kinds(source, data["kinds"]) if "kinds" in data else None,
    )


def _only(source: str, table: str, value: object) -> dict[str, Any]:
    label = f"[{table}]" if table else "the top level"
    if not isinstance(value, dict):
        raise MappingError(f"{source}: {table or 'the file'} must be a table")
    allowed = _KEYS[table]
    for key in value:
        if key not in allowed:
            raise MappingError(f"{source}: unknown key {key!r} in {label}; allowed: {', '.join(allowed)}")
    return value


def _delimiter(source: str, value: object) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or value not in DELIMITERS:
        raise MappingError(f"{source}: [csv] delimiter must be one of ',', ';', 'tab', '|' (got {value!r})")
    return DELIMITERS[value]


def _encoding(source: str, value: object) -> str:
    import codecs

    if not isinstance(value, str):
        raise MappingError(f"{source}: [csv] encoding must be text such as 'utf-8', 'latin-1' or 'utf-16'")
    try:
        return codecs.lookup(value).name
    except LookupError:
        raise MappingError(
            f"{source}: [csv] encoding {value!r} is not an encoding Python knows (e.g. 'utf-8', 'latin-1', "
            "'cp1252', 'utf-16')"
        ) from None


def _fields(source: str, table: dict[str, Any], required: Sequence[str]) -> dict[str, tuple[str, ...]]:
    fields: dict[str, tuple[str, ...]] = {}
    for key in FIELDS:
        if key not in table:
            continue
        value = table[key]
        names = [value] if isinstance(value, str) else value
        if not isinstance(names, list) or not names or not all(isinstance(n, str) and n.strip() for n in names):
            raise MappingError(
                f"{source}: [fields] {key} must be a column name or a list of them (the first non-empty one wins)"
            )
        fields[key] = tuple(name.strip() for name in names)
    for key in required:
        if key not in fields:
            raise MappingError(f"{source}: [fields] {key} is missing; this file needs {', '.join(required)}")
    return fields


def _time_format(source: str, value: object) -> str:
    if not isinstance(value, str) or not value:
        raise MappingError(f"{source}: [time] format must be text: a strftime pattern or one of {TIME_FORMATS}")
    if value in TIME_FORMATS:
        return value
    directives = _DIRECTIVE.findall(value)
    unknown = sorted({d for d in directives if d not in _STRPTIME_DIRECTIVES})
    if not directives or unknown or value.count("%") != len(directives):
        problem = f"%{unknown[0]} is not a directive it can read" if unknown else "it holds no %-directive such as %Y"
        raise MappingError(
            f"{source}: [time] format {value!r}: {problem}; use 'iso', 'unix_s', 'unix_ms', 'unix_us' or a "
            "strftime pattern of %Y %y %m %d %e %b %B %H %I %p %M %S %j %z %a %A (e.g. '%d/%m/%Y %H:%M')"
        )
    if not {"Y", "y"} & set(directives):
        raise MappingError(f"{source}: [time] format {value!r} has no year (%Y or %y)")
    _round_trip(source, value)
    return value


def _round_trip(source: str, pattern: str) -> None:
    """A pattern the parser cannot read back what it writes (e.g. two numbers run together) is refused now."""
    import pyarrow as pa
    import pyarrow.compute as pc

    sample = datetime(2027, 3, 14, 15, 9, 26).astimezone() if "%z" in pattern else datetime(2027, 3, 14, 15, 9, 26)
    parsed = pc.strptime(pa.array([sample.strftime(pattern)]), format=pattern, unit="s", error_is_null=True)
    if parsed.null_count:
        raise MappingError(f"{source}: [time] format {pattern!r} cannot be read back from a time it writes")


def _zone(source: str, value: object) -> str:
    if not isinstance(value, str) or not value:
        raise MappingError(f"{source}: [time] zone must be an IANA zone name such as 'Europe/Stockholm' or 'UTC'")
    try:
        zoneinfo.ZoneInfo(value)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        raise MappingError(
            f"{source}: [time] zone {value!r} is not an IANA time zone (e.g. 'Europe/Stockholm', "
            "'America/New_York', 'UTC')"
        ) from None
    return value


def _kinds(source: str, table: object) -> dict[str, KindRule]:
    if not isinstance(table, dict):
        raise MappingError(f"{source}: [kinds] must be a table of source value = event kind")
    allowed = ", ".join(KIND_NAMES)
    rules = {}
    for value, target in table.items():
        place = f"{source}: [kinds] {value!r}"
        if isinstance(target, str):
            rule = KindRule(target)
        elif isinstance(target, dict) and set(target) <= {"kind", "name"} and isinstance(target.get("kind"), str):
            name = target.get("name", "")
            if not isinstance(name, str):
                raise MappingError(f"{place}: name must be text")
            rule = KindRule(target["kind"], name)
        else:
            raise MappingError(f"{place} must be an event kind or {{ kind = …, name = … }}; kinds: {allowed}")
        if rule.kind not in KIND_NAMES:
            raise MappingError(f"{place}: {rule.kind!r} is not an event kind; allowed: {allowed}")
        rules[value] = rule
    return rules


def mapping_toml(mapping: Mapping) -> str:
    """The mapping as a `*.mapping.toml` text that reads back to the same mapping."""
    lines = [f"format = {_quoted(mapping.format)}", ""]
    if mapping.format == "csv":
        lines.append("[csv]")
        if mapping.delimiter is not None:
            lines.append(f"delimiter = {_quoted('tab' if mapping.delimiter == chr(9) else mapping.delimiter)}")
        lines += [f"encoding = {_quoted(mapping.encoding)}", ""]
    lines.append("[fields]")
    for key, names in mapping.fields.items():
        value = _quoted(names[0]) if len(names) == 1 else "[" + ", ".join(map(_quoted, names)) + "]"
        lines.append(f"{key} = {value}")
    lines += ["", "[time]", f"format = {_quoted(mapping.time_format)}", f"zone = {_quoted(mapping.zone)}"]
    if mapping.kinds is not None:
        lines += ["", "[kinds]"]
        for value, rule in mapping.kinds.items():
            target = _quoted(rule.kind)
            if rule.name:
                target = f"{{ kind = {_quoted(rule.kind)}, name = {_quoted(rule.name)} }}"
            lines.append(f"{_quoted(value)} = {target}")
    return "\n".join(lines) + "\n"


def _quoted(text: str) -> str:
    """A TOML basic string."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return '"' + "".join(c if c >= " " and c != "\x7f" else f"\\u{ord(c):04x}" for c in escaped) + '"'
