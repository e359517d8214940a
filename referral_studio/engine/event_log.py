"""The in-memory event log: columnar, dictionary-encoded, in processing order.

Rows are stably sorted by time when the log is built (credit-rules.md § Order), so the
replay never sorts events; `source_row` keeps each row's place in the file for messages
and explanations. People (persons and referrers) share one dictionary, so a referrer
code and a person code name the same participant.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from referral_studio.engine.kinds import KIND_NAMES, Kind

NO_CODE = -1  # an empty referrer or name
CODED_COLUMNS = ("ip", "device", "email", "fraud")  # optional columns of fraud-rules.md, kept as text codes


@dataclass(frozen=True, eq=False)
class Coded:
    """An optional text column, dictionary-encoded: codes into `values`, NO_CODE where empty."""

    codes: np.ndarray  # int32
    values: pa.Array  # string


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
    source_row: np.ndarray  # int64: the row's 0-based position in the file it came from
    coded: dict[str, Coded] = field(default_factory=dict)  # the CODED_COLUMNS the file has

    def __len__(self) -> int:
        return int(self.time.shape[0])

    @property
    def nbytes(self) -> int:
        """Memory held by the log's columns and dictionaries."""
        arrays = (self.time, self.kind, self.person, self.referrer, self.name, self.source_row)
        coded = sum(column.codes.nbytes + column.values.nbytes for column in self.coded.values())
        return sum(array.nbytes for array in arrays) + self.people.nbytes + self.names.nbytes + coded

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

        source_row = np.arange(time.size, dtype=np.int64) if order is None else order.astype(np.int64)
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
            source_row=source_row,
            coded={
                key: Coded(arranged(column.codes, np.int32), column.values) for key, column in (coded or {}).items()
            },
        )

    @classmethod
    def from_columns(
        cls,
        time: np.ndarray,
        kind: np.ndarray,
        person: pa.Array,
        referrer: pa.Array | None,
        name: pa.Array | None,
        coded: dict[str, pa.Array] | None = None,
    ) -> EventLog:
        """A log from times, kind codes and string columns (empty strings for no referrer, name, ip…)."""
        n = int(np.asarray(time).shape[0])
        empty = pa.array([], pa.string())
        if referrer is None:
            people, person_codes = _encode(person)
            referrer_codes = np.full(n, NO_CODE, np.int32)
        else:
            # One hash pass over persons and referrers together gives the shared dictionary.
            people, codes = _encode(pa.chunked_array([*_chunks(person), *_chunks(referrer)], pa.string()))
            person_codes, referrer_codes = codes[:n], codes[n:]
        if name is None:
            names, name_codes = empty, np.full(n, NO_CODE, np.int32)
        else:
            names, name_codes = _encode(name)
        encoded = {}
        for key, column in (coded or {}).items():
            values, codes = _encode(column)
            encoded[key] = Coded(codes, values)
        return cls.build(time, kind, person_codes, referrer_codes, name_codes, people, names, encoded)

    @classmethod
    def from_records(cls, records: list[tuple]) -> EventLog:
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
            np.array([kinds[record[1]] for record in records], dtype=np.int8),
            pa.array([record[2] for record in records], pa.string()),
            pa.array([record[3] for record in records], pa.string()),
            pa.array([record[4] for record in records], pa.string()),
            coded,
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


def _chunks(column: pa.Array | pa.ChunkedArray) -> list[pa.Array]:
    return list(column.chunks) if isinstance(column, pa.ChunkedArray) else [column]


def _decode(dictionary: pa.Array, codes: np.ndarray) -> pa.Array:
    codes = np.asarray(codes)
    taken = (
        dictionary.take(pa.array(np.maximum(codes, 0), pa.int32()))
        if len(dictionary)
        else pa.nulls(len(codes), pa.string())
    )
    return pc.if_else(pa.array(codes < 0), "", taken).cast(pa.string())


def _encode(column: pa.Array | pa.ChunkedArray) -> tuple[pa.Array, np.ndarray]:
    """Dictionary-encode strings: (distinct values, int32 codes); the empty string codes as NO_CODE."""
    if isinstance(column, pa.ChunkedArray):
        # One contiguous array hashes in one pass; unifying per-chunk dictionaries is far slower.
        column = column.combine_chunks() if column.num_chunks else pa.array([], pa.string())
    encoded = pc.dictionary_encode(column)
    dictionary, indices = encoded.dictionary, encoded.indices.to_numpy(zero_copy_only=False)
    dictionary = dictionary.cast(pa.string())
    codes = indices.astype(np.int32, copy=False)
    empty_at = pc.index(dictionary, pa.scalar("", pa.string())).as_py()
    if empty_at >= 0:
        # Keep the dictionary free of "", so every code names someone or something.
        keep = np.ones(len(dictionary), bool)
        keep[empty_at] = False
        remap = np.cumsum(keep, dtype=np.int32) - 1
        remap[empty_at] = NO_CODE
        codes = remap[codes]
        dictionary = dictionary.filter(pa.array(keep))
    return dictionary, codes
