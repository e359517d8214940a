"""Where a CSV file's quotes and records are, found without parsing it row by row.

pyarrow reads big CSV files in blocks; a quoted line break at a block boundary breaks
its fast mode, and the careful mode costs about a third more. `scan_layout` says which
one a file needs, finds a quoted field that is never closed, and `physical_lines` maps
rows to the lines where they start (what every message and explanation names).

Quotes follow RFC 4180 as Python's csv module and pyarrow read them: a quote opens a
quoted field only at the start of a field, `""` inside one is a quote, and a quote in
the middle of an unquoted value (`O"Brien`) is a plain character. A file whose quotes
all sit where RFC 4180 puts them is *regular*: counting quotes then tells inside from
outside exactly, in numpy. Other files take a slower exact pass over their quotes.
"""

from __future__ import annotations

import _csv
import csv
import mmap
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

CHUNK = 1 << 24  # bytes examined at a time: the scan's memory stays small on any file size
BLOCK = 1 << 20  # pyarrow's CSV block size
QUOTE, COMMA, LF, CR = 34, 44, 10, 13
_FIELD_EDGE = np.array([COMMA, LF, CR], np.uint8)  # bytes that end a field (and may precede one)
BOM = b"\xef\xbb\xbf"
FIELD_LIMIT = 2**31 - 1  # the csv module's field limit when reading logs (its default, 131,072, is a value's length)


@dataclass(frozen=True)
class Layout:
    """What the reader must know about a CSV file's quotes and lines."""

    quoted_line_break: bool  # some quoted value holds a line break: read with line breaks allowed in values
    unclosed_line: int | None  # the line of a quote that opens a field and is never closed
    regular: bool  # every quote sits where RFC 4180 puts it
    quoted_crlf: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))  # offsets of the LF of each
    # CRLF inside a quoted value: pyarrow drops that LF when one of its blocks begins there (safe_block_size)


def _chunks(path: Path) -> Iterator[tuple[int, np.ndarray, int, int]]:
    """(offset, bytes, byte before, byte after) for consecutive pieces of the file; -1 past either end."""
    with path.open("rb") as stream:
        offset, before = 0, -1
        data = stream.read(CHUNK)
        while data:
            following = stream.read(CHUNK)
            after = following[0] if following else -1
            yield offset, np.frombuffer(data, np.uint8), before, after
            offset += len(data)
            before = data[-1]
            data = following


def _neighbours(chunk: np.ndarray, at: np.ndarray, before: int, after: int) -> tuple[np.ndarray, np.ndarray]:
    """The bytes just before and after positions in a chunk (-1 outside the file)."""
    padded = np.concatenate([[before], chunk.astype(np.int16), [after]])
    return padded[at], padded[at + 2]


def _line_ends(chunk: np.ndarray, after: int) -> np.ndarray:
    """Positions that end a physical line: LF, and CR not followed by LF (as csv and pyarrow count them)."""
    lf = chunk == LF
    cr = chunk == CR
    next_is_lf = np.empty_like(lf)
    next_is_lf[:-1] = lf[1:]
    next_is_lf[-1:] = after == LF
    return np.flatnonzero(lf | (cr & ~next_is_lf))


def scan_layout(path: str | os.PathLike[str]) -> Layout:
    """One pass over the file: about 15 ms per 100 MB without quotes, about 0.1 s with."""
    path = Path(path)
    if not _has_quote(path):
        return Layout(quoted_line_break=False, unclosed_line=None, regular=True)
    quoted_break, unclosed, regular, crlf = _scan_regular(path) or _scan_exact(path)
    return Layout(quoted_line_break=quoted_break, unclosed_line=unclosed, regular=regular, quoted_crlf=crlf)


def safe_block_size(layout: Layout, preferred: int = BLOCK) -> int:
    """A block size for pyarrow's reader at which no block begins right after a quoted CR.

    pyarrow (26) reads such a value's CRLF as a lone CR when a block boundary falls between
    the two bytes; nudging the size a few bytes moves every boundary off them.
    """
    for size in range(preferred, preferred + 4096):
        if not np.any(layout.quoted_crlf % size == 0):
            return size
    return max(int(layout.quoted_crlf.max()) + 1, preferred)  # one block past the last of them


def _has_quote(path: Path) -> bool:
    """Whether the file holds a `"` at all; searched in place (mapped), not copied chunk by chunk."""
    with path.open("rb") as stream:
        if os.fstat(stream.fileno()).st_size == 0:
            return False
        with mmap.mmap(stream.fileno(), 0, access=mmap.ACCESS_READ) as mapped:
            return mapped.find(b'"') >= 0


def _scan_regular(path: Path) -> tuple[bool, int | None, bool, np.ndarray] | None:
    """Quote parity in numpy; None when a quote is out of place (the file is not regular)."""
    quotes = 0  # quotes seen before the current chunk
    lines = 1  # the line the current chunk starts on
    open_line = 0  # line of the last opening quote
    quoted_break = False
    crlf: list[np.ndarray] = []
    for offset, chunk, before, after in _chunks(path):
        at = np.flatnonzero(chunk == QUOTE)
        ends = _line_ends(chunk, after)
        if at.size:
            prev, nxt = _neighbours(chunk, at, before, after)
            opening = (np.arange(at.size) + quotes) % 2 == 0
            at_start = np.isin(prev, _FIELD_EDGE) | (prev == QUOTE) | (prev == -1)
            if offset == 0:
                at_start |= at == len(BOM) if chunk[:3].tobytes() == BOM else False
            at_end = np.isin(nxt, _FIELD_EDGE) | (nxt == QUOTE) | (nxt == -1)
            if not (np.all(at_start[opening]) and np.all(at_end[~opening])):
                return None
            # A line end is inside quotes when an odd number of quotes come before it.
            inside = (np.searchsorted(at, ends) + quotes) % 2 == 1
            quoted_break = quoted_break or bool(inside.any())
            quoted = ends[inside]
            if quoted.size:  # the LF of a quoted CRLF (a lone CR is its own line end)
                crlf.append(offset + quoted[_neighbours(chunk, quoted, before, after)[0] == CR])
            if opening.any():
                last_open = at[opening][-1]
                open_line = lines + int(np.searchsorted(ends, last_open))
            quotes += at.size
        lines += ends.size
    return quoted_break, open_line if quotes % 2 else None, True, np.concatenate([np.zeros(0, np.int64), *crlf])


def _scan_exact(path: Path) -> tuple[bool, int | None, bool, np.ndarray]:
    """The RFC 4180 state machine stepped over the quotes alone (irregular files only)."""
    data = path.read_bytes()
    at = np.flatnonzero(np.frombuffer(data, np.uint8) == QUOTE).tolist()
    start = len(BOM) if data.startswith(BOM) else 0
    inside, opened, quoted_break, skip = False, -1, False, False
    crlf = []
    for index, position in enumerate(at):
        if skip:
            skip = False
            continue
        if inside:
            if index + 1 < len(at) and at[index + 1] == position + 1:
                skip = True  # "" inside a quoted value
                continue
            inside = False
            if data.find(b"\n", opened, position) >= 0 or data.find(b"\r", opened, position) >= 0:
                quoted_break = True
                found = data.find(b"\r\n", opened, position)
                while found >= 0:
                    crlf.append(found + 1)
                    found = data.find(b"\r\n", found + 2, position)
        elif position == start or data[position - 1] in b",\r\n":
            inside, opened = True, position
    unclosed = None
    if inside:
        head = data[:opened]
        unclosed = 1 + head.count(b"\n") + head.count(b"\r") - head.count(b"\r\n")
    return quoted_break, unclosed, False, np.array(crlf, np.int64)


def physical_lines(path: str | os.PathLike[str], source_rows: np.ndarray | list[int]) -> np.ndarray:
    """The physical line (1-based; the header is line 1) where each data row starts.

    `source_rows` are 0-based data rows as the reader numbers them (blank lines are not
    rows; a quoted line break does not start one). Rows past the end give -1.
    """
    path = Path(path)
    rows = np.asarray(source_rows, dtype=np.int64).reshape(-1)
    found = np.full(rows.shape, -1, np.int64)
    lines = _plain_line_count(path)
    if lines is not None:  # what generators and exports write: row r starts on line r + 2
        ok = (rows >= 0) & (rows < lines - 1)
        found[ok] = rows[ok] + 2
        return found
    starts = _row_starts_regular(path) if scan_layout(path).regular else _row_starts_exact(path)
    ok = (rows >= 0) & (rows < starts.size)
    found[ok] = starts[rows[ok]]
    return found


def _plain_line_count(path: Path) -> int | None:
    """The file's line count when every line is one record, else None (the exact passes decide).

    That is: no quote anywhere, every line ended alike by LF or by CRLF (no lone CR), and no
    blank line, which a reader skips, so that the rows after it would sit one line further down.
    Looked at in the mapped file, a chunk at a time, without copying it.
    """
    with path.open("rb") as stream:
        if os.fstat(stream.fileno()).st_size == 0:
            return None
        with mmap.mmap(stream.fileno(), 0, access=mmap.ACCESS_READ) as mapped:
            if mapped.find(b'"') >= 0:
                return None
            return _count_plain_lines(np.frombuffer(mapped, np.uint8), crlf=mapped.find(b"\r") >= 0)


def _count_plain_lines(data: np.ndarray, crlf: bool, chunk: int = CHUNK) -> int | None:
    width = 2 if crlf else 1  # bytes in a line end
    if data[0] in (LF, CR):
        return None  # a blank line before the header
    lines = 0
    for low in range(0, data.size, chunk):
        start = max(low - width, 0)  # a byte or two either side: line ends that straddle chunks are seen whole
        window = data[start : low + chunk + 1]
        lf = window == LF
        if crlf:
            cr = window == CR
            if not np.array_equal(cr[:-1], lf[1:]) or (low + chunk >= data.size and cr[-1]):
                return None  # a lone CR or LF: mixed line ends
        if np.any(lf[width:] & lf[:-width]):
            return None  # a blank line
        lines += int(np.count_nonzero(lf[low - start : low - start + chunk]))
    return lines + (0 if data[-1] == LF else 1)


def _row_starts_regular(path: Path) -> np.ndarray:
    """Data-row start lines from quote parity: records end at line ends outside quotes; blank records are skipped."""
    found: list[np.ndarray] = []
    quotes, lines = 0, 1
    carried = True  # a record starts at this chunk's first byte (the file's first byte is the header's)
    for _offset, chunk, _before, after in _chunks(path):
        at = np.flatnonzero(chunk == QUOTE)
        ends = _line_ends(chunk, after)
        record_ends = ends[(np.searchsorted(at, ends) + quotes) % 2 == 0]
        starts = record_ends + 1
        start_lines = lines + np.searchsorted(ends, record_ends, "right")
        if carried:
            starts = np.concatenate([[0], starts])
            start_lines = np.concatenate([[lines], start_lines])
        carried = bool(starts.size and starts[-1] == chunk.size)
        if carried:  # it begins in the next chunk (or is the end of the file)
            starts, start_lines = starts[:-1], start_lines[:-1]
        first = chunk[starts]
        found.append(start_lines[(first != LF) & (first != CR)])
        quotes += at.size
        lines += ends.size
    starts = np.concatenate(found) if found else np.zeros(0, np.int64)
    return starts[1:]  # the first record is the header


def csv_reader(lines: Iterable[str]) -> _csv.Reader:
    """csv.reader without its 131,072-character field limit: a long value is data, as pyarrow reads it, not an error."""
    if csv.field_size_limit() < FIELD_LIMIT:
        csv.field_size_limit(FIELD_LIMIT)
    return csv.reader(lines)


def _row_starts_exact(path: Path) -> np.ndarray:
    """Data-row start lines as the csv module reads the file (irregular quotes)."""
    found = []
    with path.open("r", encoding="utf-8-sig", errors="replace", newline="") as stream:
        reader = csv_reader(stream)
        next(reader, None)
        line = reader.line_num + 1
        for fields in reader:
            if fields:
                found.append(line)
            line = reader.line_num + 1
    return np.array(found, dtype=np.int64)
