"""What the canonical CSV reader forgives and suggests: spreadsheets' empty rows, and the likely mistake behind a missing column.

A spreadsheet saved as CSV often ends in rows of bare commas (`,,,,`): they are empty rows,
ignored as blank lines are. A header that names no `time` column is most often a file
separated by `;` or tabs, or a header written `Time`: the message says which, and points to
`--mapping` for files that are not in the event-log schema (own-data.md).
"""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

OTHER_SEPARATORS = {";": "';'", "\t": "tab", "|": "'|'"}


def missing_column_hint(column: str, header: list[str], header_line: str) -> str:
    """A sentence after "no 'time' column": the separator or the capitalisation the file seems to use; "" if none."""
    if len(header) <= 1:
        for separator, name in OTHER_SEPARATORS.items():
            if header_line.count(separator) >= 2:
                return (
                    f"; the header looks {name}-separated, and an event log is comma-separated: read it with "
                    f"--mapping (a *.mapping.toml naming its columns, with [csv] delimiter = "
                    f"{name if separator != chr(9) else repr('tab')}) or save it with commas"
                )
    for name in header:
        if name.strip().lower() == column and name != column:
            return (
                f"; the header has {name!r}: column names are exact and lower case (rename it {column!r}, "
                "or read the file with --mapping)"
            )
    return ""


def drop_empty_rows(table: pa.Table) -> tuple[pa.Table, np.ndarray | None]:
    """The table without rows whose every field is empty, and the kept rows' positions (None when none was dropped).

    Only rows with an empty time can be empty, so the other columns are looked at on those rows alone.
    """
    time = table.column("time")
    blank = pc.is_null(time) if pa.types.is_timestamp(time.type) else pc.fill_null(pc.equal(time, ""), True)
    candidates = np.flatnonzero(blank.to_numpy(zero_copy_only=False))
    if candidates.size == 0:
        return table, None
    rows = table.take(pa.array(candidates))
    empty = np.ones(candidates.size, bool)
    for name in rows.column_names:
        if name != "time":
            values = rows.column(name).cast(pa.string())
            empty &= pc.fill_null(pc.equal(values, ""), True).to_numpy(zero_copy_only=False)
    if not empty.any():
        return table, None
    keep = np.ones(table.num_rows, bool)
    keep[candidates[empty]] = False
    kept = np.flatnonzero(keep)
    return table.take(pa.array(kept)), kept
