"""The one door every event log comes in by: a canonical log, or any export read through a mapping.

    read_log(path, mapping=None, *, skip_bad_rows=False, skip=()) -> (EventLog, ReadReport)

- `path`: a CSV or Parquet event log (credit-rules.md's columns), or, with a mapping, the export.
- `mapping`: None for the event-log schema; a `*.mapping.toml` file (a Path, or text ending
  in `.toml` or holding a path separator); or a built-in's name (`segment`, `mixpanel`).
- `skip_bad_rows`: leave out rows whose time does not parse, without a person, … and list
  them in the report (`write_skipped` puts them in `skipped.csv`); otherwise the first one
  raises EventLogError naming its line and value.
- `skip`: optional columns (ip, device, email) to leave unread, as `read_event_log` takes.

    read_rows(path, mapping, *, required=("time", "person", "referrer"), skip_bad_rows=False) -> MappedRows

reads any export's rows through a mapping without making events of them (a platform's credits:
times in UTC ns, each mapped field as text, each row's source line, and the same report).

Every error a user can fix is an EventLogError (MappingError for the mapping file itself):
the command line exits 2 on it. `LogFile` names such a read for the places that carry
traffic around (engine/simulation.py's Traffic, scenarios, the app).
"""

from __future__ import annotations

import os
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from pathlib import Path

from referral_studio.engine.event_log import EventLog
from referral_studio.engine.log_files import COLUMNS, REQUIRED, EventLogError, is_parquet, read_event_log
from referral_studio.engine.mapped_fields import MappedRows
from referral_studio.engine.mapping_file import Mapping, MappingError, read_mapping
from referral_studio.engine.read_report import SKIPPED_FILE, ReadReport, SkippedRow, write_skipped

__all__ = [
    "SKIPPED_FILE",
    "EventLogError",
    "LogFile",
    "MappedRows",
    "MappingError",
    "ReadReport",
    "SkippedRow",
    "read_log",
    "read_rows",
    "write_skipped",
]


@dataclass(frozen=True)
class LogFile:
    """An event log to read, with how to read it (what a scenario's or the app's traffic names)."""

    path: Path
    mapping: str | Path | Mapping | None = None
    skip_bad_rows: bool = False

    def read(self) -> tuple[EventLog, ReadReport]:
        return read_log(self.path, self.mapping, skip_bad_rows=self.skip_bad_rows)


def read_log(
    path: str | os.PathLike[str],
    mapping: str | Path | Mapping | None = None,
    *,
    skip_bad_rows: bool = False,
    skip: Collection[str] = (),
) -> tuple[EventLog, ReadReport]:
    """Read an event log, directly or through a mapping; the log in processing order and what was read."""
    from referral_studio.engine.mapped_fields import mapped_events
    from referral_studio.engine.mapped_source import read_source

    path = Path(path)
    if mapping is None and not (skip_bad_rows and not is_parquet(path) and path.is_file()):
        log = read_event_log(path, skip)
        return log, ReadReport(path, len(log), log.kind_counts())
    if not path.exists():
        raise EventLogError(f"{path}: no such file")
    if not path.is_file():
        raise EventLogError(f"{path}: not a regular file (a folder or a pipe); save the export to a file first")
    if mapping is not None and is_parquet(path):
        raise EventLogError(f"{path}: a mapping reads CSV and JSON Lines exports; a Parquet log is read without one")
    if mapping is None:
        chosen = canonical_mapping(path)
    else:
        chosen = mapping if isinstance(mapping, Mapping) else read_mapping(mapping)
    if skip:
        fields = {key: names for key, names in chosen.fields.items() if key not in skip}
        chosen = Mapping(**{**chosen.__dict__, "fields": fields})
    return mapped_events(read_source(path, chosen), chosen, path, skip_bad_rows)


def read_rows(
    path: str | os.PathLike[str],
    mapping: str | Path | Mapping,
    *,
    required: Sequence[str] = ("time", "person", "referrer"),
    skip_bad_rows: bool = False,
) -> MappedRows:
    """An export's rows through a mapping that must map `required` (a kind field is optional, [kinds] unused)."""
    from referral_studio.engine.mapped_fields import mapped_rows
    from referral_studio.engine.mapped_source import read_source

    path = Path(path)
    if not path.is_file():
        raise EventLogError(f"{path}: no such file" if not path.exists() else f"{path}: not a regular file")
    chosen = mapping if isinstance(mapping, Mapping) else read_mapping(mapping, required)
    return mapped_rows(read_source(path, chosen), chosen, path, skip_bad_rows)


def canonical_mapping(path: Path) -> Mapping:
    """The event-log schema as a mapping (comma, UTF-8, ISO times in UTC): how `--skip-bad-rows` reads a plain log."""
    from referral_studio.engine.mapped_source import header_of

    with path.open("rb") as stream:
        head = stream.read(1 << 16)
    try:
        header = header_of(head.removeprefix(b"\xef\xbb\xbf"), ",")
    except UnicodeDecodeError:
        header = []
    present = [column for column in COLUMNS if column in header]
    for column in REQUIRED:
        if column not in present:
            read_event_log(path)  # its refusal names the missing column, with hints
            raise EventLogError(f"{path}: line 1 (header): no {column!r} column")
    return Mapping(source=str(path), delimiter=",", fields={column: (column,) for column in present})
