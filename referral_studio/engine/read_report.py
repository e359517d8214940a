"""What reading a log found: rows, events per kind, and every row left out with its reason.

Returned beside the log by engine/log_sources.read_log, printed by `import-log` (and by every
command that read rows through `--skip-bad-rows`), shown live in the app's mapping dialog,
and written as `skipped.csv` (`line,reason,value`) beside a command's output.
"""

from __future__ import annotations

import csv
import io
import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from referral_studio.domain.atomic_file import atomic_write

SKIPPED_FILE = "skipped.csv"
REASONS = {  # reason code (skipped.csv) → what it means, in the words messages use
    "bad_time": "time does not parse",
    "nonexistent_time": "time does not exist in the zone (a daylight-saving gap)",
    "no_person": "no person",
    "bad_kind": "kind is not an event kind",
    "wrong_field_count": "wrong number of fields",
}


@dataclass(frozen=True)
class SkippedRow:
    line: int  # physical line in the source; the header is line 1
    reason: str  # a key of REASONS
    value: str  # the offending value (the row's text for wrong_field_count)


@dataclass(frozen=True)
class ReadReport:
    """Counts of one read. `rows` are the source's records (blank and all-empty rows not counted)."""

    source: Path
    rows: int
    kinds: dict[str, int]  # events read per kind, in the order of engine.kinds
    unmapped: dict[str, int] = field(default_factory=dict)  # kind values the mapping does not map → rows
    skipped: tuple[SkippedRow, ...] = ()  # bad rows left out (only with skip_bad_rows)
    empty_rows: int = 0  # rows whose every field is empty (a spreadsheet's trailing ,,,,)

    @property
    def events(self) -> int:
        return sum(self.kinds.values())

    def skipped_by_reason(self) -> dict[str, int]:
        return dict(Counter(row.reason for row in self.skipped).most_common())

    def summary_lines(self) -> list[str]:
        """What was read, in lines for a terminal: rows, events per kind, rows skipped per reason and value."""
        lines = [f"{_rows(self.rows)} read from {self.source}: {self.events:,} event{'' if self.events == 1 else 's'}"]
        lines += [f"  {kind:<10} {count:>12,}" for kind, count in self.kinds.items() if count]
        for value, count in sorted(self.unmapped.items(), key=lambda item: (-item[1], item[0])):
            lines.append(f"  skipped {_rows(count)} whose kind value {value!r} the mapping does not map")
        for reason, count in self.skipped_by_reason().items():
            lines.append(f"  skipped {_rows(count, 'bad ')}: {REASONS[reason]}")
        if self.empty_rows:
            lines.append(f"  ignored {_rows(self.empty_rows, 'empty ')}")
        return lines


def _rows(count: int, adjective: str = "") -> str:
    return f"{count:,} {adjective}row{'' if count == 1 else 's'}"


def write_skipped(report: ReadReport, folder: str | os.PathLike[str]) -> Path | None:
    """`skipped.csv` (`line,reason,value`) in `folder`, whole or not at all; None when no row was skipped."""
    if not report.skipped:
        return None
    path = Path(folder) / SKIPPED_FILE
    text = io.StringIO(newline="")
    writer = csv.writer(text, lineterminator="\n")
    writer.writerow(("line", "reason", "value"))
    writer.writerows((row.line, row.reason, row.value) for row in report.skipped)
    path.parent.mkdir(parents=True, exist_ok=True)
    with atomic_write(path, binary=True) as stream:
        stream.write(text.getvalue().encode("utf-8"))
    return path
