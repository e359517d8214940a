"""An export's raw columns as text, with the source line of every row: the first half of reading through a mapping.

CSV: the bytes are turned into UTF-8 once (a UTF-8 or UTF-16 byte-order mark wins over the
mapping's encoding), the separator is the mapping's or sniffed from the first lines, and
pyarrow's reader reads only the columns the mapping names, all as text. JSON Lines: pyarrow's
JSON reader when the named paths hold text and whole numbers (their text is as written; only
those paths are read when the first objects tell their types, engine/jsonl_schema.py), else
one `json.loads` a line with numbers kept as written. Either way every row keeps the
physical line it came from (the header is line 1), for messages and `skipped.csv`.
engine/mapped_fields.py turns these columns into events.
"""

from __future__ import annotations

import codecs
import csv
import difflib
import functools
import io
import json
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pcsv

from referral_studio.engine.csv_layout import csv_reader
from referral_studio.engine.log_files import EventLogError
from referral_studio.engine.mapping_file import REQUIRED_FIELDS, Mapping, MappingError
from referral_studio.engine.threads import WORKERS

BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
SNIFFED = (",", ";", "\t", "|")
SNIFF_LINES = 20
LF, CR = 10, 13
_WHITE = np.frombuffer(b" \t\r", np.uint8)


@dataclass(frozen=True)
class SourceTable:
    """The mapped source names' values as text ("" where empty or missing), one row per record."""

    columns: dict[str, pa.ChunkedArray]  # source name → string column
    lines: np.ndarray  # int64: the physical line of each row
    invalid: tuple[tuple[int, str], ...]  # (line, text) of CSV rows with the wrong number of fields


def source_bytes(path: Path, encoding: str) -> tuple[bytes, str]:
    """The file's bytes without a byte-order mark, and the encoding they are in.

    UTF-8 and single-byte encodings (Latin-1, cp1252…) stay as they are: pyarrow's CSV reader
    transcodes the latter in a thread of its own while it parses, and their line ends, quotes
    and separators are the ASCII bytes. Anything else (UTF-16…) is turned into UTF-8 here.
    """
    try:
        data = path.read_bytes()
    except OSError as error:
        raise EventLogError(f"{path}: cannot be read ({error.strerror or error})") from None
    for bom, name in BOMS:
        if data.startswith(bom):
            data, encoding = data[len(bom) :], name
            break
    name = codecs.lookup(encoding).name
    if name == "utf-8" or (_single_byte(name) and data.isascii()):
        return data, "utf-8"  # pyarrow checks it as it reads; `check_text` says where when it does not
    if _single_byte(name):
        return data, name
    try:
        return data.decode(encoding).encode("utf-8"), "utf-8"
    except UnicodeDecodeError as error:
        raise _not_text(path, data, error, encoding) from None


def utf8_bytes(path: Path, encoding: str) -> bytes:
    """The file's text as UTF-8 bytes without a byte-order mark; EventLogError naming the line of a bad byte."""
    data, actual = source_bytes(path, encoding)
    if actual == "utf-8":
        return data
    try:
        return data.decode(actual).encode("utf-8")
    except UnicodeDecodeError as error:
        raise _not_text(path, data, error, actual) from None


@functools.cache
def _single_byte(encoding: str) -> bool:
    """Whether every byte is one character and the ASCII bytes are ASCII (Latin-1, cp1252, …; not UTF-16)."""
    text = bytes(range(256)).decode(encoding, errors="replace")
    return len(text) == 256 and text[:128] == "".join(map(chr, range(128)))


def check_text(path: Path, data: bytes, encoding: str = "utf-8") -> None:
    """EventLogError naming the line of the first byte the encoding cannot read (on error paths: it is slow)."""
    try:
        data.decode(encoding)
    except UnicodeDecodeError as error:
        raise _not_text(path, data, error, encoding) from None


def _not_text(path: Path, data: bytes, error: UnicodeDecodeError, encoding: str) -> EventLogError:
    line = data[: error.start].count(b"\n") + 1
    return EventLogError(
        f"{path}: line {line}: not {encoding} text (byte {error.start + 1} of the file); "
        "set [csv] encoding in the mapping (e.g. 'latin-1', 'cp1252', 'utf-16')"
    )


def sniff_delimiter(head: str) -> str:
    """The separator among , ; tab | that splits the header into the most fields, most lines below agreeing."""
    lines = [line for line in head.splitlines()[:SNIFF_LINES] if line.strip()]
    best, best_fields = ",", 1
    for candidate in SNIFFED:
        try:
            counts = [len(row) for row in csv_reader(lines, delimiter=candidate)]
        except csv.Error:  # a NUL byte…: not this one
            continue
        agreeing = sum(count == counts[0] for count in counts[1:])  # a bad row or a cut-off last line may differ
        if counts and counts[0] > best_fields and (len(counts) == 1 or 2 * agreeing > len(counts) - 1):
            best, best_fields = candidate, counts[0]
    return best


def header_of(data: bytes, delimiter: str, encoding: str = "utf-8") -> list[str]:
    """The first record's names, trimmed."""
    head = data[: 1 << 16].decode(encoding, errors="replace")
    try:
        return [name.strip() for name in next(csv_reader(io.StringIO(head), delimiter=delimiter), [])]
    except csv.Error as error:  # a NUL byte, a lone carriage return in a quoted name…
        raise EventLogError(f"line 1: the header row cannot be read as CSV ({error})") from None


def missing_column(
    mapping: Mapping, key: str, name: str, header: list[str], path: Path, what: str = "no column"
) -> MappingError:
    """A field naming a column the file lacks: the columns it has, and the nearest of them."""
    lowered = {column.lower(): column for column in header}
    near = lowered.get(name.lower()) or next(iter(difflib.get_close_matches(name, header, n=1, cutoff=0.6)), None)
    shown = ", ".join(repr(column) for column in header[:12]) + (", …" if len(header) > 12 else "")
    hint = f" (did you mean {near!r}?)" if near else ""
    has = "the file has" if what == "no column" else "its objects have"
    return MappingError(f"{mapping.source}: [fields] {key}: {what} {name!r} in {path}; {has} {shown}{hint}")


def read_source(path: Path, mapping: Mapping) -> SourceTable:
    return _read_jsonl(path, mapping) if mapping.format == "jsonl" else _read_csv(path, mapping)


def _read_csv(path: Path, mapping: Mapping) -> SourceTable:
    data, encoding = source_bytes(path, mapping.encoding)
    if not data.strip():
        raise EventLogError(f"{path}: line 1: the file is empty; it needs a header row naming its columns")
    delimiter = mapping.delimiter or sniff_delimiter(data[: 1 << 16].decode(encoding, errors="replace"))
    try:
        header = header_of(data, delimiter, encoding)
    except EventLogError as error:
        raise EventLogError(f"{path}: {error}") from None
    for key, names in mapping.fields.items():
        for name in names:
            if name not in header:
                raise missing_column(mapping, key, name, header, path)
    wanted = mapping.source_names()
    index = {name: str(header.index(name)) for name in wanted}
    quoted = b'"' in data
    lines = _record_lines(data) if quoted else None
    if quoted and lines is None:  # quoted line breaks or lone CRs: the csv module knows where records start
        return _read_csv_slowly(path, data, encoding, delimiter, header, wanted)
    invalid: list[str] = []

    def on_invalid(row: pcsv.InvalidRow) -> str:
        invalid.append(row.text)
        return "skip"

    try:
        table = pcsv.read_csv(
            pa.BufferReader(data),
            read_options=pcsv.ReadOptions(
                column_names=[str(i) for i in range(len(header))], skip_rows=1, encoding=encoding
            ),
            parse_options=pcsv.ParseOptions(delimiter=delimiter, invalid_row_handler=on_invalid),
            convert_options=pcsv.ConvertOptions(
                include_columns=list(dict.fromkeys(index.values())),
                column_types={index[name]: _column_type(mapping, name) for name in wanted},
                strings_can_be_null=False,
                quoted_strings_can_be_null=False,
            ),
        )
    except (pa.ArrowInvalid, UnicodeDecodeError) as error:
        check_text(path, data, encoding)
        raise EventLogError(f"{path}: cannot be read as CSV ({str(error).splitlines()[0]})") from None
    if lines is None:
        if table.num_rows + len(invalid) + 1 == _line_count(data):  # no blank line: row r is on line r + 2
            lines = np.arange(2, 2 + table.num_rows + len(invalid), dtype=np.int64)
        else:
            lines = _record_lines(data)
            if lines is None:  # a lone CR ends a line
                return _read_csv_slowly(path, data, encoding, delimiter, header, wanted)
    refused = _lines_of(data, invalid, encoding)
    if refused:
        lines = lines[~np.isin(lines, [line for line, _text in refused])]
    columns = {name: table.column(index[name]) for name in wanted}
    return SourceTable(columns, lines, tuple(refused))


CODED_FIELDS = ("kind", "referrer", "name", "ip", "device", "email", "fraud")  # few distinct values, or hashed later


def _column_type(mapping: Mapping, name: str) -> pa.DataType:
    """Dictionary-encoded as the reader goes (as the canonical reader does) for a column only such fields read alone."""
    users = [key for key, names in mapping.fields.items() if name in names]
    alone = all(key in CODED_FIELDS and mapping.fields[key] == (name,) for key in users)
    return pa.dictionary(pa.int32(), pa.string()) if alone else pa.string()


def _line_count(data: bytes) -> int:
    return data.count(b"\n") + (not data.endswith(b"\n"))


def _record_lines(data: bytes) -> np.ndarray | None:
    """The line of every data record when each line is one record (no quoted line break, no lone CR), else None."""
    raw = np.frombuffer(data, np.uint8)
    lf = np.flatnonzero(raw == LF)
    if data.count(b"\r") != data.count(b"\r\n"):
        return None
    starts = np.concatenate([[0], lf + 1])
    ends = np.concatenate([lf, [raw.size]])
    quotes = np.flatnonzero(raw == ord('"'))
    if quotes.size and np.any((np.searchsorted(quotes, ends) - np.searchsorted(quotes, starts)) % 2):
        return None  # a quote opens on one line and closes on another
    length = ends - starts - ((ends > starts) & (raw[np.maximum(ends - 1, 0)] == CR))  # a CRLF's CR is no text
    numbers = np.flatnonzero(length > 0) + 1  # blank lines are no records
    return numbers[1:].astype(np.int64)  # the first is the header


def _lines_of(data: bytes, texts: list[str], encoding: str) -> list[tuple[int, str]]:
    """(line, text) of the lines holding exactly these texts, each as often as it was refused (wrong-width rows)."""
    found: list[tuple[int, str]] = []
    for text, count in {t: texts.count(t) for t in texts}.items():
        needle, position, hits = text.encode(encoding, errors="replace"), 0, 0
        while hits < count:
            position = data.find(needle, position)
            if position < 0:
                break
            end = position + len(needle)
            if (position == 0 or data[position - 1] == LF) and data[end : end + 1] in (b"\n", b"\r", b""):
                found.append((data.count(b"\n", 0, position) + 1, text))
                hits += 1
            position = end
    return sorted(found)


def _read_csv_slowly(
    path: Path, data: bytes, encoding: str, delimiter: str, header: list[str], wanted: list[str]
) -> SourceTable:
    check_text(path, data, encoding)
    reader = csv_reader(io.StringIO(data.decode(encoding), newline=""), delimiter=delimiter)
    positions = [header.index(name) for name in wanted]
    rows: list[list[str]] = []
    lines, invalid = [], []
    line = 1
    try:
        next(reader, None)
        line = reader.line_num + 1
        for fields in reader:
            if fields:
                if len(fields) != len(header):
                    invalid.append((line, delimiter.join(fields)))
                else:
                    rows.append([fields[p] for p in positions])
                    lines.append(line)
            line = reader.line_num + 1
    except csv.Error as error:  # a NUL byte…
        raise EventLogError(f"{path}: line {line}: cannot be read as CSV ({error})") from None
    columns = {
        name: pa.chunked_array([pa.array([row[i] for row in rows], pa.string())]) for i, name in enumerate(wanted)
    }
    return SourceTable(columns, np.array(lines, np.int64), tuple(invalid))


def _read_jsonl(path: Path, mapping: Mapping) -> SourceTable:
    from referral_studio.engine.jsonl_schema import read_mapped_paths

    wanted = mapping.source_names()
    quick = read_mapped_paths(path, wanted)  # only the mapped paths, typed from the first objects
    data: bytes | None = None
    if quick is not None:
        table, line_count = quick.table, quick.lines
    else:
        data = utf8_bytes(path, "utf-8")
        table, line_count = _inferred_table(data), _line_count(data)
    columns = _jsonl_fast(table, mapping) if table is not None else None
    if columns is not None:
        columns = _require_paths(path, mapping, columns)
    rows = len(next(iter(columns.values()))) if columns is not None else -1
    if columns is not None and rows == line_count:  # no blank line: object r on line r + 1
        return SourceTable(columns, np.arange(1, rows + 1, dtype=np.int64), ())
    if data is None:
        data = utf8_bytes(path, "utf-8")
    raw = np.frombuffer(data, np.uint8)
    lf = np.flatnonzero(raw == LF)
    starts = np.concatenate([[0], lf + 1])
    ends = np.concatenate([lf, [raw.size]])
    lines = np.flatnonzero(_non_blank(data, raw, starts, ends)) + 1
    if columns is None or any(len(column) != lines.size for column in columns.values()):
        columns = _require_paths(path, mapping, _jsonl_exact(path, data, starts, ends, lines, wanted))
    return SourceTable(columns, lines.astype(np.int64), ())


def _require_paths(path: Path, mapping: Mapping, columns: dict[str, pa.ChunkedArray]) -> dict[str, pa.ChunkedArray]:
    """The columns as text; a required field none of whose paths any object holds is refused like a missing column.

    A path no object holds comes as a column of the null type (a typo, mostly); one that is null or
    missing in some objects only is empty there.
    """
    absent = {name for name, column in columns.items() if pa.types.is_null(column.type) and len(column)}
    for key in REQUIRED_FIELDS:
        names = mapping.fields.get(key, ())
        if not names:
            continue
        if all(name in absent for name in names):
            raise missing_column(mapping, key, names[0], _paths_seen(path), path, "no object holds")
    return {
        name: column if _text(column) else pc.fill_null(column.cast(pa.string()), "")
        for name, column in columns.items()
    }


def _text(column: pa.ChunkedArray) -> bool:
    """Text without a null already (strings, or strings dictionary-encoded)."""
    return not column.null_count and (pa.types.is_string(column.type) or pa.types.is_dictionary(column.type))


def _paths_seen(path: Path, objects: int = 20) -> list[str]:
    """The dotted paths of the first objects, for the message."""
    seen: dict[str, None] = {}
    with path.open("rb") as stream:
        for raw, _index in zip(stream, range(objects), strict=False):
            try:
                record = json.loads(raw)
            except ValueError:
                continue
            if isinstance(record, dict):
                seen |= dict.fromkeys(flat_record(record))
    return list(seen)


def flat_record(record: dict[str, object], prefix: str = "") -> dict[str, str]:
    """A JSON object's values by dotted path, each as the text the reader gives it (the preview shows the same)."""
    flat: dict[str, str] = {}
    for key, value in record.items():
        if isinstance(value, dict):
            flat |= flat_record(value, f"{prefix}{key}.")
        else:
            flat[prefix + key] = _as_text(value)
    return flat


def _non_blank(data: bytes, raw: np.ndarray, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """Lines holding more than white space; only lines that start with white space are looked at one by one."""
    empty = ends == starts
    first = raw[np.minimum(starts, max(raw.size - 1, 0))] if raw.size else np.zeros(0, np.uint8)
    blank = empty.copy()
    for line in np.flatnonzero(~empty & np.isin(first, _WHITE)).tolist():
        blank[line] = not data[starts[line] : ends[line]].strip()
    non_blank: np.ndarray = ~blank
    return non_blank


def _inferred_table(data: bytes) -> pa.Table | None:
    """pyarrow's JSON reader on every key, each column's type inferred; None when it cannot read the file."""
    import pyarrow.json as pj

    try:
        return pj.read_json(pa.BufferReader(data))
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        return None


def _jsonl_fast(table: pa.Table, mapping: Mapping) -> dict[str, pa.ChunkedArray] | None:
    """The named paths of pyarrow's table when each holds text or whole numbers; None otherwise (exact path).

    As text ("" for null), dictionary-encoded where the CSV reader would read them so, column
    beside column on the cores: the work left after the parse is most of what keeps a core idle.
    """
    columns = {}
    for name in mapping.source_names():
        column = _path_column(table, name.split("."))
        if column is None or column.null_count == len(column):  # no object has a value there: all empty
            column = pa.chunked_array([pa.nulls(table.num_rows, pa.null())])
        elif not (pa.types.is_string(column.type) or pa.types.is_integer(column.type) or pa.types.is_null(column.type)):
            return None  # a fraction (its text as written matters), a bool or an object: the exact path
        columns[name] = column

    def as_text(name: str) -> pa.ChunkedArray:
        column = columns[name]
        if pa.types.is_null(column.type):
            return column
        text = pc.fill_null(column.cast(pa.string()), "")
        if pa.types.is_dictionary(_column_type(mapping, name)):
            text = _one_dictionary(text)
            if pa.types.is_string(column.type):
                text.chunk(0).dictionary.validate(full=True)
        elif pa.types.is_string(column.type):
            text.validate(full=True)  # pyarrow's JSON reader lets bytes that are not UTF-8 through
        return text

    first = sorted(columns, key=lambda name: not pa.types.is_dictionary(_column_type(mapping, name)))  # longest first
    with ThreadPoolExecutor(WORKERS) as pool:
        try:
            done = dict(zip(first, pool.map(as_text, first), strict=True))
        except pa.ArrowInvalid:  # not UTF-8: the exact path names the line
            return None
    return {name: done[name] for name in columns}


def _one_dictionary(text: pa.ChunkedArray) -> pa.ChunkedArray:
    """The column dictionary-encoded as one chunk (its chunks share the last one's dictionary)."""
    encoded = pc.dictionary_encode(text)
    if encoded.num_chunks < 2:
        return encoded
    indices = pa.concat_arrays([chunk.indices for chunk in encoded.chunks])
    return pa.chunked_array([pa.DictionaryArray.from_arrays(indices, encoded.chunks[-1].dictionary)])


def _path_column(table: pa.Table, parts: list[str]) -> pa.ChunkedArray | None:
    if parts[0] not in table.column_names:
        return None
    column = table.column(parts[0])
    for part in parts[1:]:
        if not pa.types.is_struct(column.type) or column.type.get_field_index(part) < 0:
            return None
        column = pc.struct_field(column, part)
    return column


def _jsonl_exact(
    path: Path, data: bytes, starts: np.ndarray, ends: np.ndarray, lines: np.ndarray, wanted: list[str]
) -> dict[str, pa.ChunkedArray]:
    values: dict[str, list[str]] = {name: [] for name in wanted}
    held: set[str] = set()  # paths some object holds (a value or null)
    paths = [(name, name.split(".")) for name in wanted]
    for line in lines.tolist():
        text = data[starts[line - 1] : ends[line - 1]]
        try:
            record = json.loads(text, parse_int=str, parse_float=str)
        except UnicodeDecodeError:
            check_text(path, data)
            raise
        except ValueError as error:
            raise EventLogError(f"{path}: line {line}: not a JSON object ({error})") from None
        if not isinstance(record, dict):
            raise EventLogError(f"{path}: line {line}: not a JSON object (one object a line)")
        for name, parts in paths:
            value: object = record
            for part in parts[:-1]:
                value = value.get(part) if isinstance(value, dict) else None
            if isinstance(value, dict) and parts[-1] in value:
                held.add(name)
                values[name].append(_as_text(value[parts[-1]]))
            else:
                values[name].append("")
    return {
        name: pa.chunked_array([pa.array(column, pa.string()) if name in held else pa.nulls(len(column))])
        for name, column in values.items()
    }


def _as_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    return json.dumps(value, ensure_ascii=False)
