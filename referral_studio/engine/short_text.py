"""Short strings packed into one 64-bit integer each, so a column of ids hashes as integers.

Hashing a million distinct strings costs pyarrow about 2.5 times what hashing the same
number of integers does. Ids of up to eight UTF-8 bytes (lead numbers, `u0000042`) pack
losslessly into a uint64, zero bytes padding the end; a string that is longer or holds a
NUL byte (which would read as padding) makes `pack` give up, and the caller hashes text.
"""

from __future__ import annotations

import numpy as np
import pyarrow as pa

WIDTH = 8


def pack(array: pa.Array) -> np.ndarray | None:
    """The strings of a string array as uint64 (exact), or None when one does not fit."""
    if array.null_count or not pa.types.is_string(array.type):
        return None
    n = len(array)
    if n == 0:
        return np.zeros(0, np.uint64)
    _validity, offsets_buffer, data_buffer = array.buffers()
    offsets = np.frombuffer(offsets_buffer, np.int32, n + 1, array.offset * 4)
    lengths = np.diff(offsets)
    if lengths.max() > WIDTH:
        return None
    data = np.frombuffer(data_buffer, np.uint8, offsets[-1] - offsets[0], offsets[0]) if data_buffer else None
    if data is not None and not data.all():  # a NUL byte would be mistaken for padding
        return None
    out = np.zeros((n, WIDTH), np.uint8)
    if data is not None and lengths.min() == lengths.max():  # ids of one width: the bytes are already a matrix
        out[:, : lengths[0]] = data.reshape(n, lengths[0])
        return out.view("<u8").reshape(n)
    starts = offsets[:-1] - offsets[0]
    for length in range(1, WIDTH + 1):
        rows = np.flatnonzero(lengths == length)
        if rows.size:
            out[rows, :length] = data[starts[rows, None] + np.arange(length)]  # type: ignore[index]
    return out.view("<u8").reshape(n)


def unpack(values: np.ndarray) -> pa.Array:
    """The strings that `pack` turned into these integers."""
    values = np.ascontiguousarray(values, dtype="<u8")
    raw = values.view(np.uint8).reshape(-1, WIDTH)
    lengths = np.zeros(raw.shape[0], np.int32)  # bytes up to the last non-zero one (no NUL inside a packed string)
    for size in range(WIDTH):
        lengths += values >= np.uint64(1 << (8 * size))
    offsets = np.zeros(raw.shape[0] + 1, np.int32)
    np.cumsum(lengths, out=offsets[1:])
    if lengths.size and lengths.min() == lengths.max():  # ids of one width: no mask, and at full width no copy
        data = np.ascontiguousarray(raw[:, : lengths[0]]).reshape(-1)
    else:
        data = raw[np.arange(WIDTH) < lengths[:, None]]
    return pa.StringArray.from_buffers(raw.shape[0], pa.py_buffer(offsets), pa.py_buffer(data))
