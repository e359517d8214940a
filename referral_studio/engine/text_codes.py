"""Many rows of text coded against one dictionary, fast and in bounded memory.

A hash table costs pyarrow about 100 bytes per distinct value at its peak, and a table
too large for the cache slows every lookup: ten million mostly distinct ids took 1.2 GB
and three times the CPU. So the rows are split by a hash of their value into partitions
of about a million; each is coded on its own (equal values always share a partition) and
the dictionaries are laid end to end. Ids of up to eight bytes are hashed as the integers
they pack into (short_text.py), anything else as text.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from functools import partial

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from referral_studio.engine.short_text import pack, unpack
from referral_studio.engine.threads import WORKERS, in_order

PARTITION_ROWS = 1 << 20
SLICE = 1 << 20
PARALLEL_ROWS = range(1 << 17, 1 << 22)  # hashed on all cores: from where that pays to where memory matters more
_GOLDEN = np.uint64(0x9E3779B97F4A7C15)  # Fibonacci hashing: multiply, keep the top bits


def encode_text(parts: list[pa.Array], partition_rows: int = PARTITION_ROWS) -> tuple[pa.Array, np.ndarray]:
    """(distinct strings, int32 code of every row) over the parts laid end to end; a null codes as -1.

    Short ids empty `parts` once packed, so the text can be freed while the integers are coded.
    """
    if any(part.null_count for part in parts):
        column = pa.chunked_array(parts, pa.string())
        encoded = pc.dictionary_encode(column)
        chunks = [pc.fill_null(chunk.indices, -1).to_numpy() for chunk in encoded.chunks]
        dictionary = encoded.chunks[-1].dictionary if encoded.num_chunks else pa.array([], pa.string())
        return dictionary, np.concatenate([np.zeros(0, np.int32), *chunks]).astype(np.int32)
    numbers = np.empty(sum(len(part) for part in parts), np.uint64)
    at = 0
    for part in parts:
        packed = pack(part)
        if packed is None:
            break
        numbers[at : at + packed.size] = packed
        at += packed.size
    else:
        parts.clear()
        pa.default_memory_pool().release_unused()  # the text's memory back to the system, not kept by the pool
        spread = np.empty(numbers.size, np.uint16)
        for low in range(0, numbers.size, SLICE):  # in slices: no full-size temporaries
            spread[low : low + SLICE] = (numbers[low : low + SLICE] * _GOLDEN) >> np.uint64(48)
        distinct, codes = _partitioned(spread, partial(_numbers_at, numbers), partition_rows)
        del numbers, spread
        distinct_numbers = np.concatenate([np.zeros(0, np.uint64), *(d.to_numpy() for d in distinct)])
        del distinct
        return unpack(distinct_numbers), codes
    del numbers
    column = pa.chunked_array(parts, pa.string())
    distinct, codes = _partitioned(_text_spread(parts), partial(_strings_at, column), partition_rows)
    return (pa.concat_arrays(distinct) if distinct else pa.array([], pa.string())), codes


def _numbers_at(numbers: np.ndarray, rows: np.ndarray) -> pa.Array:
    return pa.array(numbers[rows], pa.uint64())


def _strings_at(column: pa.ChunkedArray, rows: np.ndarray) -> pa.Array:
    return column.take(rows).combine_chunks()


def _partitioned(
    spread: np.ndarray, rows_of: Callable[[np.ndarray], pa.Array], partition_rows: int
) -> tuple[list[pa.Array], np.ndarray]:
    """Code each partition (rows of equal top bits of `spread`) with its own dictionary, offset after the last.

    Up to a few million rows, the partitions are hashed on all cores (pyarrow lets go of the
    GIL while it hashes), at least two of them. Bigger columns are hashed one partition at a
    time: each thread's allocator keeps its own cache, which cost 10M rows 150 MB more at
    the peak, and a log that big is bound by memory before time.
    """
    n = spread.size
    bits = min(8, max(0, math.ceil(math.log2(n / partition_rows)))) if n else 0
    workers = WORKERS if n in PARALLEL_ROWS else 1
    if workers > 1:
        bits = max(bits, 1)  # at least two partitions: one per core
    partition = (spread >> np.uint16(16 - bits)).astype(np.uint8) if bits else np.zeros(n, np.uint8)

    def encode(number: int) -> tuple[np.ndarray, pa.DictionaryArray]:
        rows = np.flatnonzero(partition == number) if bits else np.arange(n)
        return rows, pc.dictionary_encode(rows_of(rows))

    codes = np.empty(n, np.int32)
    distinct: list[pa.Array] = []
    offset = 0
    with ThreadPoolExecutor(workers) as pool:
        for rows, encoded in in_order(pool, encode, range(1 << bits), ahead=workers):
            codes[rows] = encoded.indices.to_numpy() + offset
            distinct.append(encoded.dictionary)
            offset += len(encoded.dictionary)
    return distinct, codes


def _text_spread(parts: list[pa.Array]) -> np.ndarray:
    """A 16-bit hash of each string from its length and a few of its bytes (enough to spread partitions)."""
    spreads = []
    for part in parts:
        part = part.cast(pa.string())
        n = len(part)
        if n == 0:
            continue
        _validity, offsets_buffer, data_buffer = part.buffers()
        offsets = np.frombuffer(offsets_buffer, np.int32, n + 1, part.offset * 4).astype(np.int64)
        data = (
            np.frombuffer(data_buffer, np.uint8)
            if data_buffer is not None and len(data_buffer)
            else np.zeros(1, np.uint8)
        )
        start, length = offsets[:-1], np.diff(offsets)
        last = np.maximum(start + length - 1, 0)
        mix = length.astype(np.uint64)
        for at in (start, start + length // 2, last, np.maximum(last - 1, start)):
            byte = np.where(length > 0, data[np.minimum(at, data.size - 1)], 0).astype(np.uint64)
            mix = (mix ^ byte) * _GOLDEN
        spreads.append(((mix * _GOLDEN) >> np.uint64(48)).astype(np.uint16))
    return np.concatenate([np.zeros(0, np.uint16), *spreads])
