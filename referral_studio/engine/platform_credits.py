"""What a live referral platform says it credited: one row per credit with time, referrer and person.

Read apart from event logs because it is another schema (no kind; the person is the friend
credited) and it is small: a platform's export of credits, not its traffic. `reconcile`
(engine/reconcile.py) pairs these with the replay's own credits.
"""

from __future__ import annotations

import csv
import os
from dataclasses import dataclass
from pathlib import Path

from referral_studio.domain.times import parse_ns

COLUMNS = ("time", "referrer", "person")


class CreditsFileError(ValueError):
    """A credits file that cannot be read; the message names the file, line and field."""


@dataclass(frozen=True)
class PlatformCredit:
    """One credit as the platform gives it; `line` is its line in the file (the header is line 1)."""

    time: int  # ns, UTC
    referrer: str
    person: str
    line: int


def read_platform_credits(path: str | os.PathLike[str]) -> list[PlatformCredit]:
    """Every credit of a CSV with time, referrer and person columns (others ignored), in file order."""
    path = Path(path)
    try:
        with path.open("r", encoding="utf-8-sig", newline="") as stream:
            reader = csv.reader(stream)
            header = [name.strip() for name in next(reader, [])]
            for column in COLUMNS:
                if column not in header:
                    raise CreditsFileError(
                        f"{path}: line 1 (header): no {column!r} column; a credits file needs time, referrer and "
                        f"person (the friend credited); the file has {', '.join(map(repr, header)) or 'no columns'}"
                    )
            where = {column: header.index(column) for column in COLUMNS}
            credits = []
            line = reader.line_num + 1
            for fields in reader:
                if fields:
                    credits.append(_credit(path, line, fields, where))
                line = reader.line_num + 1
    except FileNotFoundError:
        raise CreditsFileError(f"{path}: no such file") from None
    except UnicodeDecodeError as error:
        raise CreditsFileError(f"{path}: not UTF-8 text (byte {error.start}); save the credits as UTF-8") from None
    except csv.Error as error:
        raise CreditsFileError(f"{path}: cannot be read as CSV ({error})") from None
    return credits


def _credit(path: Path, line: int, fields: list[str], where: dict[str, int]) -> PlatformCredit:
    if len(fields) <= max(where.values()):
        raise CreditsFileError(f"{path}: line {line}: {len(fields)} fields, fewer than the header names")
    time, referrer, person = (fields[where[column]].strip() for column in COLUMNS)
    try:
        ns = parse_ns(time)
    except ValueError:
        raise CreditsFileError(
            f"{path}: line {line}: field 'time' is {time!r}; it must be an ISO 8601 time such as 2027-03-01T09:30:00Z"
        ) from None
    for name, value in (("referrer", referrer), ("person", person)):
        if not value:
            raise CreditsFileError(f"{path}: line {line}: field {name!r} is empty; every credit names both people")
    return PlatformCredit(ns, referrer, person, line)


def read_mapped_platform_credits(path: str | os.PathLike[str], mapping: str | os.PathLike[str]) -> list[PlatformCredit]:
    """The credits of an export in another shape, read through a mapping file that maps time, referrer and person.

    The same mapping files as event logs (own-data.md), with no kind: engine/log_sources.read_rows reads
    them, and refuses a bad row with its line (EventLogError, or MappingError for the mapping itself).
    """
    from referral_studio.engine.log_sources import read_rows

    rows = read_rows(path, mapping if isinstance(mapping, str) else Path(mapping), required=COLUMNS)
    referrers, persons = rows.fields["referrer"].to_pylist(), rows.fields["person"].to_pylist()
    for line, referrer in zip(rows.lines.tolist(), referrers, strict=True):
        if not referrer:
            raise CreditsFileError(f"{path}: line {line}: field 'referrer' is empty; every credit names both people")
    return [
        PlatformCredit(int(time), referrer, person, int(line))
        for time, referrer, person, line in zip(
            rows.time.tolist(), referrers, persons, rows.lines.tolist(), strict=True
        )
    ]
