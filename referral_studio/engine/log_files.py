"""Event logs on disk: CSV (the interchange form of credit-rules.md) and Parquet.

Reading uses pyarrow's multi-threaded readers. The text columns are read dictionary-encoded
(referrer, name, kind) or hashed once (person) and dropped as soon as they are coded, so a
big log never holds its text twice. A bad row is refused with the file, the physical line
where the row starts, and the field; lines are counted only on that error path.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Callable, Collection, Sequence
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pcsv

from referral_studio.domain.atomic_file import atomic_write
from referral_studio.domain.texts import QT_TRANSLATE_NOOP, translate
from referral_studio.engine.csv_layout import csv_reader, physical_lines, safe_block_size, scan_layout
from referral_studio.engine.event_log import (
    CODED_COLUMNS,
    NO_CODE,
    Coded,
    EventLog,
    coded_column,
    shared_codes,
)
from referral_studio.engine.kinds import KIND_NAMES
from referral_studio.engine.log_file_hints import drop_empty_rows, missing_column_hint
from referral_studio.engine.time_text import format_times, parse_times

REQUIRED = ("time", "kind", "person")
OPTIONAL = ("referrer", "name")  # optional text columns; absent or empty means none
COLUMNS = REQUIRED + OPTIONAL + CODED_COLUMNS  # ip, device, email, fraud: fraud-rules.md, optional too
CODED = ("kind", "referrer", *OPTIONAL[1:], *CODED_COLUMNS)  # read dictionary-encoded: few distinct values per block
PARQUET_SUFFIXES = (".parquet", ".pq")
TIME_EXAMPLE = QT_TRANSLATE_NOOP("EventLog", "an ISO 8601 time such as 2027-03-01T09:30:00Z (years 1678 to 2261)")
_DICTIONARY = pa.dictionary(pa.int32(), pa.string())
_TIME = pa.timestamp("ns", tz="UTC")
Where = Callable[[int], str]


class EventLogError(ValueError):
    """An event log that cannot be read; the message names the file, line and field."""


def is_parquet(path: str | os.PathLike[str]) -> bool:
    return Path(path).suffix.lower() in PARQUET_SUFFIXES


def read_event_log(path: str | os.PathLike[str], skip: Collection[str] = ()) -> EventLog:
    """Read a CSV or Parquet event log into processing order.

    `skip` names optional columns to leave unread: an offer whose fraud rules never look at
    `email` need not pay for coding a million addresses.
    """
    path = Path(path)
    if not path.exists():
        raise EventLogError(translate("EventLog", "{path}: no such file").format(path=path))
    if not path.is_file():  # a folder, or a pipe such as <(zcat log.csv.gz): the reader needs to read it more than once
        raise EventLogError(
            translate(
                "EventLog", "{path}: not a regular file (a folder or a pipe); save the event log to a file first"
            ).format(path=path)
        )
    where: Where
    kept = None
    if is_parquet(path):
        table, where, source = _read_parquet(path, skip), _parquet_row, None
    else:
        table, where, source = _read_csv(path, skip), _csv_line(path), path
        table, kept = drop_empty_rows(table)  # a spreadsheet's trailing ,,,, rows
        if kept is not None:
            where = _kept_line(where, kept)
    columns = {name: table.column(name) for name in table.column_names}
    del table  # columns are dropped one by one as they are coded, to keep the peak low
    log = _to_log(columns, path, where, source)
    if kept is not None:  # the rows after an empty one keep their own lines (EventLog.lines)
        log.keep_lines(physical_lines(path, kept))
    pa.default_memory_pool().release_unused()  # give the text columns' memory back
    return log


def _read_csv(path: Path, skip: Collection[str] = ()) -> pa.Table:
    with path.open("rb") as stream:
        first = stream.readline()
    if not first.strip():
        raise EventLogError(
            translate(
                "EventLog",
                "{path}: line 1: the file is empty; an event log starts with a header row naming time, kind and person",
            ).format(path=path)
        )
    try:
        header_line = first.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise EventLogError(
            translate("EventLog", "{path}: line 1: the header is not UTF-8 text").format(path=path)
        ) from None
    layout = scan_layout(path)
    if layout.unclosed_line is not None:
        # pyarrow would quietly read the rest of the file into the unclosed field.
        raise EventLogError(
            translate(
                "EventLog",
                '{path}: line {line}: a quoted field starts here and is never closed (a stray " character?)',
            ).format(path=path, line=layout.unclosed_line)
        )
    try:
        header = next(csv_reader([header_line.rstrip("\r\n")]), [])
    except csv.Error as error:  # a lone carriage return, a NUL byte…
        raise EventLogError(
            translate("EventLog", "{path}: line 1: the header row cannot be read as CSV ({error})").format(
                path=path, error=error
            )
        ) from None
    present = [column for column in COLUMNS if column in header and column not in skip]
    _require_columns(path, present, translate("EventLog", "line 1 (header)"), header, header_line)
    for column in present:
        if header.count(column) > 1:
            raise EventLogError(
                translate(
                    "EventLog",
                    "{path}: line 1 (header): the column {column} appears {count} times; name each column once",
                ).format(path=path, column=repr(column), count=header.count(column))
            )
    types = {column: _DICTIONARY if column in CODED else pa.string() for column in present}
    parse = pcsv.ParseOptions(newlines_in_values=layout.quoted_line_break)
    blocks = pcsv.ReadOptions(block_size=safe_block_size(layout))

    def read(time_type: pa.DataType) -> pa.Table:
        options = pcsv.ConvertOptions(
            include_columns=present,
            column_types={**types, "time": time_type},
            strings_can_be_null=False,
            quoted_strings_can_be_null=False,
        )
        return pcsv.read_csv(
            path, read_options=blocks, parse_options=parse, convert_options=options, memory_pool=_reading_pool()
        )

    try:
        try:
            # Fast path: every time carries its zone, so the reader parses times as it goes.
            return read(_TIME)
        except pa.ArrowInvalid:
            return read(pa.string())  # times without a zone, or a bad one: checked row by row
    except (pa.ArrowInvalid, pa.ArrowTypeError) as error:
        raise EventLogError(_locate_csv_problem(path, header) or f"{path}: {str(error).splitlines()[0]}") from None


def _reading_pool() -> pa.MemoryPool:
    """Where the table read from a CSV file lives while it is coded column by column.

    jemalloc hands freed memory back to the system; the default pool (mimalloc) keeps it,
    and the coded arrays would come on top: 10M events peaked ~150 MB higher.
    """
    try:
        return pa.jemalloc_memory_pool()
    except NotImplementedError:  # a pyarrow built without jemalloc
        return pa.default_memory_pool()


def _require_columns(
    path: Path, present: list[str], where: str, header: Sequence[str] = (), line: str = ""
) -> None:
    for column in REQUIRED:
        if column not in present:
            raise EventLogError(
                translate(
                    "EventLog",
                    "{path}: {where}: no {column} column; an event log needs time, kind and person "
                    "(referrer and name are optional, other columns are ignored)",
                ).format(path=path, where=where, column=repr(column))
                + missing_column_hint(column, list(header), line)
            )


def _read_parquet(path: Path, skip: Collection[str] = ()) -> pa.Table:
    import pyarrow.parquet as pq  # here, not at the top: a CSV run need not load it

    try:
        schema = pq.read_schema(path)
        present = [column for column in COLUMNS if column in schema.names and column not in skip]
        _require_columns(path, present, translate("EventLog", "schema"))
        for column in present:
            if schema.names.count(column) > 1:
                raise EventLogError(
                    translate("EventLog", "{path}: schema: the column {column} appears more than once").format(
                        path=path, column=repr(column)
                    )
                )
        text = [c for c in present if c != "time" and pa.types.is_string(schema.field(c).type)]
        table = pq.read_table(path, columns=present, read_dictionary=text)
    except (pa.ArrowException, OSError) as error:
        raise EventLogError(
            translate("EventLog", "{path}: not a readable Parquet file ({error})").format(
                path=path, error=str(error).splitlines()[0]
            )
        ) from None
    columns = {}
    for column in present:
        values = table.column(column)
        if column == "time":
            values = values.cast(_TIME) if pa.types.is_timestamp(values.type) else values.cast(pa.string())
        elif not pa.types.is_dictionary(values.type):
            values = values.cast(pa.string())
        columns[column] = values
    return pa.table(columns)


def _csv_line(path: Path) -> Where:
    def where(row: int) -> str:
        line = int(physical_lines(path, [row])[0])
        return translate("EventLog", "line {number}").format(number=line if line > 0 else row + 2)

    return where


def _kept_line(where: Where, kept: np.ndarray) -> Where:
    return lambda row: where(int(kept[row]))


def _parquet_row(row: int) -> str:
    return translate("EventLog", "row {number}").format(number=row + 1)


def _locate_csv_problem(path: Path, header: list[str]) -> str | None:
    """Find the first line pyarrow refused: bad UTF-8 or the wrong number of fields."""
    with path.open("rb") as stream:
        for number, raw in enumerate(stream, start=1):
            try:
                raw.decode("utf-8-sig" if number == 1 else "utf-8")
            except UnicodeDecodeError as error:
                return translate(
                    "EventLog", "{path}: line {line}: not UTF-8 text (byte {byte} of the line); save the log as UTF-8"
                ).format(path=path, line=number, byte=error.start + 1)
    with path.open("r", encoding="utf-8-sig", errors="replace", newline="") as stream:
        reader = csv_reader(stream)
        next(reader, None)
        line = reader.line_num + 1
        for fields in reader:
            if fields and (count := len(fields)) != len(header):  # a plain name: lupdate drops an expression
                return translate(
                    "EventLog", "{path}: line {line}: %Ln fields where the header has {header}", None, count
                ).format(path=path, line=line, header=len(header))
            line = reader.line_num + 1
    return None


def _first_row(mask: pa.Array | pa.ChunkedArray) -> int:
    return int(pc.index(mask, True).as_py())


def _to_log(columns: dict[str, pa.ChunkedArray], path: Path, where: Where, source: Path | None) -> EventLog:
    n = len(columns["person"])
    kind_codes = _kind_codes(columns.pop("kind"), path, where)  # first: its int8 codes free the wider indices
    people, person, referrer = shared_codes(columns.pop("person"), columns.pop("referrer", None), n)
    empty = np.flatnonzero(person == NO_CODE)
    if empty.size:
        raise EventLogError(
            translate("EventLog", "{path}: {where}: field 'person' is empty; every event names who acted").format(
                path=path, where=where(int(empty[0]))
            )
        )
    time = columns.pop("time")
    if not pa.types.is_timestamp(time.type):
        time = _parse_time_column(time, path, where)
    elif time.null_count:
        raise EventLogError(
            translate("EventLog", "{path}: {where}: field 'time' is empty; it must be {example}").format(
                path=path, where=where(_first_row(pc.is_null(time))), example=translate("EventLog", TIME_EXAMPLE)
            )
        )
    time_ns = time.cast(pa.int64()).to_numpy()
    del time
    names, name = coded_column(columns.pop("name", None), n)
    coded = {}
    for column in CODED_COLUMNS:
        if column in columns:
            values, codes = coded_column(columns.pop(column), n)
            coded[column] = Coded(codes, values)
    return EventLog.build(time_ns, kind_codes, person, referrer, name, people, names, source, coded)


def _kind_codes(kind: pa.ChunkedArray, path: Path, where: Where) -> np.ndarray:
    """Kind codes from the kind column's few distinct values; the first unknown one is refused by row."""
    kind = kind.unify_dictionaries() if pa.types.is_dictionary(kind.type) else pc.dictionary_encode(kind)
    values = kind.chunks[-1].dictionary.cast(pa.string()) if kind.num_chunks else pa.array([], pa.string())
    lookup = {text: code for code, text in enumerate(KIND_NAMES)}
    mapping = np.array([lookup.get(text, -1) for text in values.to_pylist()] + [-1], np.int8)
    # Chunk by chunk, straight to int8: no full column of wider indices.
    kinds: np.ndarray = np.concatenate(
        [np.zeros(0, np.int8), *(mapping[pc.fill_null(chunk.indices, -1).to_numpy()] for chunk in kind.chunks)]
    )  # a null takes the last entry: unknown
    bad = np.flatnonzero(kinds < 0)
    if bad.size:
        row = int(bad[0])
        index = pa.chunked_array([chunk.indices for chunk in kind.chunks])[row].as_py()
        value = values[index].as_py() if index is not None else ""
        raise EventLogError(
            translate(
                "EventLog", "{path}: {where}: field 'kind' is {value}; allowed: {kinds} (lower case, exact)"
            ).format(path=path, where=where(row), value=repr(value), kinds=", ".join(KIND_NAMES))
        )
    return kinds


def _parse_time_column(time: pa.ChunkedArray, path: Path, where: Where) -> pa.ChunkedArray:
    try:
        return pa.chunked_array([parse_times(chunk) for chunk in time.chunks], _TIME)
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        pass
    flat = time.combine_chunks() if isinstance(time, pa.ChunkedArray) else time
    low, high = 0, len(flat)
    while high - low > 1:  # the first row that does not parse, in about 2n work
        middle = (low + high) // 2
        try:
            parse_times(flat.slice(low, middle - low))
            low = middle
        except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
            high = middle
    value = flat[low].as_py()
    raise EventLogError(
        translate("EventLog", "{path}: {where}: field 'time' is {value}; it must be {example}").format(
            path=path, where=where(low), value=repr(value), example=translate("EventLog", TIME_EXAMPLE)
        )
    )


def log_table(log: EventLog) -> pa.Table:
    """The log as a table of the interchange columns (and the coded ones it has), times as ISO 8601 text."""
    columns = {
        "time": format_times(log.time),
        "kind": log.kind_text(),
        "person": log.people_text(log.person),
        "referrer": log.people_text(log.referrer),
        "name": log.name_text(log.name),
    }
    return pa.table(columns | {column: log.coded_text(column) for column in log.coded})


def write_event_log(log: EventLog, path: str | os.PathLike[str]) -> None:
    """Write the log in processing order as CSV (or Parquet by suffix), whole or not at all."""
    table = log_table(log)
    with atomic_write(path, binary=True) as stream:
        if is_parquet(path):
            import pyarrow.parquet as pq

            time = pa.array(log.time, pa.timestamp("ns", tz="UTC"))
            pq.write_table(table.set_column(0, "time", time), stream)
        else:
            write_csv_table(table, stream)


def write_csv_table(table: pa.Table, stream: object) -> None:
    """CSV as all our outputs write it: a plain header, LF line ends, and quotes only when needed.

    pyarrow either quotes every string or none; so values are left bare unless some value
    holds a comma, quote or line break, and then every string is quoted (still RFC 4180).
    """
    needs_quotes = any(
        _holds_special(chunk) for column in table.columns if pa.types.is_string(column.type) for chunk in column.chunks
    )
    stream.write((",".join(table.column_names) + "\n").encode())  # type: ignore[attr-defined]
    options = pcsv.WriteOptions(include_header=False, quoting_style="needed" if needs_quotes else "none")
    pcsv.write_csv(table, stream, write_options=options)


_SPECIAL = np.zeros(256, bool)
_SPECIAL[list(b'",\r\n')] = True  # the bytes that make a CSV value need quotes


def _holds_special(strings: pa.Array) -> bool:
    """Whether any value holds a comma, quote or line break: one look at the bytes, not a regex per value."""
    if len(strings) == 0:
        return False
    _validity, offsets, data = strings.buffers()
    if data is None:
        return False
    bounds = np.frombuffer(offsets, np.int32, len(strings) + 1, strings.offset * 4)
    values = np.frombuffer(data, np.uint8, int(bounds[-1] - bounds[0]), int(bounds[0]))
    return bool(_SPECIAL[values].any())
