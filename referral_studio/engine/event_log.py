"""The in-memory event log: columnar, dictionary-encoded, in processing order.

Rows are stably sorted by time when the log is built (credit-rules.md § Order), so the
replay never sorts events; `order` keeps each row's place in the file, when sorting moved
it, for messages and explanations. People (persons and referrers) share one dictionary, so a referrer
code and a person code name the same participant.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from referral_studio.engine.kinds import KIND_NAMES, Kind
from referral_studio.engine.text_codes import encode_text

NO_CODE = -1  # an empty referrer or name
CODED_COLUMNS = ("ip", "device", "email", "fraud")  # optional columns of fraud-rules.md, kept as text codes


@dataclass(frozen=True, eq=False)
class Coded:
    """An optional text column, dictionary-encoded: codes into `values`, NO_CODE where empty."""

    codes: np.ndarray  # int32
    values: pa.Array  # string
    cache: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)  # derived once (fraud_rules)


@dataclass(frozen=True, eq=False)
class EventLog:
    """Events in processing order. Times are nanoseconds since the epoch, UTC."""

    time: np.ndarray  # int64
    kind: np.ndarray  # int8, Kind codes
    person: np.ndarray  # int32 codes into people
    referrer: np.ndarray  # int32 codes into people, NO_CODE when empty
    name: np.ndarray  # int32 codes into names, NO_CODE when empty
    people: pa.Array  # string
    names: pa.Array  # string
    order: np.ndarray | None  # int64: each row's 0-based position in the file; None when the file was in time order
    source: Path | None = None  # the CSV file the rows came from, for their line numbers
    _lines: dict[str, np.ndarray] = field(
        default_factory=dict, repr=False, compare=False
    )  # physical lines, found once when asked
    coded: dict[str, Coded] = field(default_factory=dict)  # the CODED_COLUMNS the file has

    def __len__(self) -> int:
        return int(self.time.shape[0])

    @property
    def nbytes(self) -> int:
        """Memory held by the log's columns and dictionaries."""
        arrays = (self.time, self.kind, self.person, self.referrer, self.name)
        order = 0 if self.order is None else self.order.nbytes
        coded = sum(column.codes.nbytes + column.values.nbytes for column in self.coded.values())
        return int(sum(array.nbytes for array in arrays) + order + self.people.nbytes + self.names.nbytes + coded)

    def lines(self, rows: np.ndarray | list[int]) -> np.ndarray:
        """The file line where each row (a position in processing order) starts; the header is line 1."""
        rows = np.asarray(rows, dtype=np.int64)
        source_rows = rows if self.order is None else self.order[rows]
        if self.source is None:
            return source_rows + 2
        if "all" not in self._lines:
            from referral_studio.engine.csv_layout import physical_lines

            self._lines["all"] = physical_lines(self.source, np.arange(len(self), dtype=np.int64))
        lines: np.ndarray = self._lines["all"][source_rows]
        return lines

    def keep_lines(self, lines: np.ndarray) -> None:
        """The source line of every row in file order, from a reader that knows them (rows left out of the
        file, a JSON Lines export): `lines` answers from these instead of counting the source's lines."""
        self._lines["all"] = np.asarray(lines, dtype=np.int64)

    def kind_counts(self) -> dict[str, int]:
        """Events per kind, every kind named in engine.kinds' order (what a read report shows)."""
        counts = np.bincount(self.kind, minlength=len(KIND_NAMES))
        return {kind: int(count) for kind, count in zip(KIND_NAMES, counts, strict=True)}

    @classmethod
    def build(
        cls,
        time: np.ndarray,
        kind: np.ndarray,
        person: np.ndarray,
        referrer: np.ndarray,
        name: np.ndarray,
        people: pa.Array,
        names: pa.Array,
        source: Path | None = None,
        coded: dict[str, Coded] | None = None,
    ) -> EventLog:
        """A log from columns in file order; sorts them stably by time. A refund's referrer and name are ignored."""
        time = np.asarray(time, dtype=np.int64)
        if time.size and np.any(time[1:] < time[:-1]):
            order = np.argsort(time, kind="stable")
        else:
            order = None

        def arranged(column: np.ndarray, dtype: type) -> np.ndarray:
            column = np.asarray(column, dtype=dtype)
            return column if order is None else column[order]

        kind = arranged(kind, np.int8)
        referrer, name = arranged(referrer, np.int32), arranged(name, np.int32)
        refunds = kind == Kind.REFUND
        if refunds.any():
            referrer, name = np.where(refunds, NO_CODE, referrer), np.where(refunds, NO_CODE, name)
        return cls(
            time=arranged(time, np.int64),
            kind=kind,
            person=arranged(person, np.int32),
            referrer=referrer.astype(np.int32, copy=False),
            name=name.astype(np.int32, copy=False),
            people=people,
            names=names,
            order=None if order is None else order.astype(np.int64),
            source=source,
            coded={
                key: Coded(arranged(column.codes, np.int32), column.values) for key, column in (coded or {}).items()
            },
        )

    @classmethod
    def from_columns(
        cls,
        time: np.ndarray,
        kind: np.ndarray,
        person: pa.Array | pa.ChunkedArray,
        referrer: pa.Array | pa.ChunkedArray | None,
        name: pa.Array | pa.ChunkedArray | None,
        source: Path | None = None,
        coded: dict[str, pa.Array | pa.ChunkedArray] | None = None,
    ) -> EventLog:
        """A log from times, kind codes and string (or dictionary) columns; empty strings for no referrer, name, ip…"""
        n = int(np.asarray(time).shape[0])
        people, person_codes, referrer_codes = shared_codes(person, referrer, n)
        names, name_codes = coded_column(name, n)
        encoded = {}
        for key, column in (coded or {}).items():
            values, codes = coded_column(column, n)
            encoded[key] = Coded(codes, values)
        return cls.build(time, kind, person_codes, referrer_codes, name_codes, people, names, source, encoded)

    @classmethod
    def from_records(cls, records: list[tuple[object, ...]]) -> EventLog:
        """A log from (time ns, kind, person, referrer, name[, ip, device, email, fraud]) tuples in file order.

        For tests and demos; the coded columns are present when some record is long enough to hold them.
        """
        kinds = {text: code for code, text in enumerate(KIND_NAMES)}
        width = max((len(record) for record in records), default=5)
        coded = {
            key: pa.array([record[5 + index] if len(record) > 5 + index else "" for record in records], pa.string())
            for index, key in enumerate(CODED_COLUMNS[: max(width - 5, 0)])
        }
        return cls.from_columns(
            np.array([record[0] for record in records], dtype=np.int64),
            np.array([kinds[str(record[1])] for record in records], dtype=np.int8),
            pa.array([record[2] for record in records], pa.string()),
            pa.array([record[3] for record in records], pa.string()),
            pa.array([record[4] for record in records], pa.string()),
            coded=coded,
        )

    def kind_text(self) -> pa.Array:
        """The kind column as strings."""
        return pa.DictionaryArray.from_arrays(pa.array(self.kind, pa.int8()), pa.array(KIND_NAMES)).cast(pa.string())

    def people_text(self, codes: np.ndarray) -> pa.Array:
        """People's names for codes; NO_CODE gives an empty string."""
        return _decode(self.people, codes)

    def name_text(self, codes: np.ndarray) -> pa.Array:
        """Activity / JS event names for codes; NO_CODE gives an empty string."""
        return _decode(self.names, codes)

    def coded_text(self, column: str) -> pa.Array:
        """One of the CODED_COLUMNS as strings, empty where the row has no value."""
        return _decode(self.coded[column].values, self.coded[column].codes)


def _decode(dictionary: pa.Array, codes: np.ndarray) -> pa.Array:
    codes = np.asarray(codes)
    taken = (
        dictionary.take(pa.array(np.maximum(codes, 0), pa.int32()))
        if len(dictionary)
        else pa.nulls(len(codes), pa.string())
    )
    return pc.if_else(pa.array(codes < 0), "", taken).cast(pa.string())


def dictionary_codes(column: pa.Array | pa.ChunkedArray) -> tuple[pa.Array, np.ndarray]:
    """(distinct strings, int32 codes) of a string or dictionary column; a null codes as NO_CODE.

    A dictionary column (what the CSV reader and Parquet give) is only unified, never hashed
    row by row again; a string column is hashed once, chunk after chunk, into one dictionary.
    """
    column = pa.chunked_array([column]) if isinstance(column, pa.Array) else column
    if pa.types.is_dictionary(column.type):
        column = column.unify_dictionaries() if column.num_chunks > 1 else column
    else:
        column = pc.dictionary_encode(column)  # one memo table across the chunks: they share the final dictionary
    if column.num_chunks == 0:
        return pa.array([], pa.string()), np.zeros(0, np.int32)
    dictionary = column.chunks[-1].dictionary
    if not pa.types.is_string(dictionary.type):
        dictionary = dictionary.cast(pa.string())
    codes = [_indices(chunk.indices) for chunk in column.chunks]
    return dictionary, np.concatenate(codes).astype(np.int32, copy=False) if len(codes) > 1 else codes[0].astype(
        np.int32, copy=False
    )


def _indices(indices: pa.Array) -> np.ndarray:
    if indices.null_count:
        indices = pc.fill_null(indices, NO_CODE)
    codes: np.ndarray = indices.to_numpy(zero_copy_only=False).astype(np.int32, copy=False)
    return codes


def coded_column(column: pa.Array | pa.ChunkedArray | None, n: int) -> tuple[pa.Array, np.ndarray]:
    """An optional text column as (dictionary without "", codes): empty, null or missing is NO_CODE.

    Every optional text column of the log (name, and any added later) is coded this way.
    """
    if column is None:
        return pa.array([], pa.string()), np.full(n, NO_CODE, np.int32)
    dictionary, codes = dictionary_codes(column)
    return _without_empty(dictionary, codes)


def shared_codes(
    person: pa.Array | pa.ChunkedArray, referrer: pa.Array | pa.ChunkedArray | None, n: int
) -> tuple[pa.Array, np.ndarray, np.ndarray]:
    """(people, person codes, referrer codes): persons and referrers coded into one dictionary.

    The referrers' few distinct values are hashed first, then the persons: one pass over
    the person rows instead of two over persons and referrers. An empty referrer codes as
    NO_CODE; an empty or null person too (the reader refuses it).
    """
    if referrer is None:
        referrers, referrer_codes = pa.array([], pa.string()), np.full(n, NO_CODE, np.int32)
    else:
        referrers, referrer_codes = dictionary_codes(referrer)
        named = pc.not_equal(referrers, "").to_numpy(zero_copy_only=False)
        if not named.all():  # "" names nobody: it stays out of the people dictionary
            referrer_codes = _through(np.cumsum(named, dtype=np.int32) - 1, referrer_codes, ~named)
            referrers = referrers.filter(pa.array(named))
    person = pa.chunked_array([person]) if isinstance(person, pa.Array) else person
    person_codes = None
    if pa.types.is_dictionary(person.type):
        persons, person_codes = dictionary_codes(person)
        parts = [referrers, persons]
    else:
        parts = [referrers, *(chunk.cast(pa.string()) for chunk in person.chunks)]
    del person  # the caller popped it: once coded, its text can go
    people, every = encode_text(parts)
    referrer_map, person_map = every[: len(referrers)], every[len(referrers) :]
    codes = person_map if person_codes is None else _through(person_map, person_codes)
    referrer_codes = _through(referrer_map, referrer_codes)
    empty_at = pc.index(people, "").as_py() if len(people) else -1
    if empty_at >= 0:  # some person is empty: people keeps "", and those rows code as NO_CODE for the reader to refuse
        codes = np.where(codes == empty_at, NO_CODE, codes).astype(np.int32)
    return people, codes, referrer_codes


def _through(mapping: np.ndarray, codes: np.ndarray, dropped: np.ndarray | None = None) -> np.ndarray:
    """mapping[codes], keeping NO_CODE; codes whose `dropped` flag is set become NO_CODE too."""
    extended = np.append(mapping.astype(np.int32, copy=False), np.int32(NO_CODE))  # index NO_CODE (-1) is the last
    if dropped is not None:
        extended[:-1][dropped] = NO_CODE
    recoded: np.ndarray = extended[codes]
    return recoded


def _without_empty(dictionary: pa.Array, codes: np.ndarray) -> tuple[pa.Array, np.ndarray]:
    """Keep the dictionary free of "", so every code names someone or something; "" codes as NO_CODE."""
    empty_at = pc.index(dictionary, pa.scalar("", pa.string())).as_py() if len(dictionary) else -1
    if empty_at < 0:
        return dictionary, codes
    keep = np.ones(len(dictionary), bool)
    keep[empty_at] = False
    remap = np.cumsum(keep, dtype=np.int32) - 1
    remap[empty_at] = NO_CODE
    return dictionary.filter(pa.array(keep)), _through(remap, codes)
