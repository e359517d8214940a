"""Group-wise building blocks of the replay, in O(n) where numpy allows.

Sorting ten million keys costs about a second here; these use scatter (`minimum.at`)
and radix passes instead, so the replay keeps above ten million events a second.
"""

from __future__ import annotations

import numpy as np

_GOLDEN = np.uint64(0x9E3779B97F4A7C15)  # Fibonacci hashing multiplier


def first_of_each(codes: np.ndarray, size: int) -> np.ndarray:
    """True where a dense code (0 ≤ code < size) appears for the first time."""
    position = np.arange(codes.shape[0], dtype=np.int64)
    first: np.ndarray = first_index_of_each(codes, size, position)[codes] == position
    return first


def first_index_of_each(codes: np.ndarray, size: int, positions: np.ndarray) -> np.ndarray:
    """For each dense code, the smallest of `positions` where it appears; -1 where it never does."""
    sentinel = np.iinfo(np.int64).max
    first = np.full(size, sentinel, dtype=np.int64)
    np.minimum.at(first, codes, positions.astype(np.int64, copy=False))
    first[first == sentinel] = -1
    return first


def first_of_each_key(keys: np.ndarray) -> np.ndarray:
    """True where an int64 key appears for the first time, for keys too sparse to index directly.

    A hash table keeps the first position of each bucket; rows whose bucket is owned by the
    same key are decided at once, and the few whose bucket another key owns are settled by
    an exact sort. All rows of one key share a bucket, so each key is decided one way only.
    """
    n = keys.shape[0]
    if n == 0:
        return np.zeros(0, dtype=bool)
    bits = max(int(2 * n - 1).bit_length(), 8)  # load factor ≤ 1/2
    index = np.int32 if n < 2**31 - 1 else np.int64  # half the memory for any realistic log
    buckets = ((keys.astype(np.uint64) * _GOLDEN) >> np.uint64(64 - bits)).astype(np.intp)
    position = np.arange(n, dtype=index)
    owner = np.full(1 << bits, n, dtype=index)
    np.minimum.at(owner, buckets, position)
    owners = owner[buckets]
    first: np.ndarray = owners == position
    contested = np.flatnonzero(keys[owners] != keys)
    if contested.size:
        _, firsts = np.unique(keys[contested], return_index=True)
        first[contested] = False
        first[contested[firsts]] = True
    return first


def stable_group_order(codes: np.ndarray, size: int) -> np.ndarray:
    """A stable order that groups equal dense codes, by 16-bit radix passes (numpy's stable uint16 sort)."""
    order = np.argsort((codes & 0xFFFF).astype(np.uint16), kind="stable")
    if size > 1 << 16:
        high = (codes[order] >> 16).astype(np.uint16)
        order = order[np.argsort(high, kind="stable")]
    return order


def rank_in_group(codes: np.ndarray, size: int) -> tuple[np.ndarray, np.ndarray]:
    """(order, starts): `order` groups positions by code keeping their order; group c begins at starts[c]."""
    order = stable_group_order(codes, size)
    counts = np.bincount(codes, minlength=size)
    starts = np.zeros(size, dtype=np.int64)
    np.cumsum(counts[:-1], out=starts[1:])
    return order, starts
