"""Exact quantiles without keeping every run: integer counts folded into histograms.

`linear_quantiles` follows numpy's `quantile(..., method="linear")` operation for
operation, so a quantile read off a histogram equals numpy's over the raw values, bit
for bit (tests/forecast/test_quantiles.py holds it to that).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

QUANTILES = (0.05, 0.5, 0.95)
SHIFT = 40  # a histogram key is slot << SHIFT | value; counts stay far below 2**40
MIN_FOLD = 1 << 16


def linear_quantiles(
    n: int, value_at: Callable[[np.ndarray], np.ndarray], qs: tuple[float, ...] = QUANTILES
) -> np.ndarray:
    """numpy's linear-method quantiles of `n` sorted values, `value_at(indexes)` giving the values at sorted positions."""
    q = np.asarray(qs, dtype=np.float64)
    virtual = (n - 1) * q
    previous = np.floor(virtual).astype(np.intp)
    following = previous + 1
    above, below = virtual >= n - 1, virtual < 0
    previous[above] = following[above] = n - 1
    previous[below] = following[below] = 0
    gamma = virtual - previous
    a, b = value_at(previous), value_at(following)
    diff = b - a
    result: np.ndarray = np.add(a, diff * gamma)
    np.subtract(b, diff * (1 - gamma), out=result, where=gamma >= 0.5, casting="unsafe", dtype=result.dtype)
    return result


class Histograms:
    """Many integer distributions, each named by a slot number: how many runs had each value.

    Memory is bounded by the distinct (slot, value) pairs, not by the number of runs added.
    Keys arrive in batches and are folded in when the pending ones outnumber the kept ones.
    """

    def __init__(self) -> None:
        self.keys = np.zeros(0, np.int64)
        self.weights = np.zeros(0, np.int64)
        self._pending: list[np.ndarray] = []
        self._pending_size = 0

    def add(self, slots: np.ndarray, values: np.ndarray) -> None:
        """Count one observation of each value in its slot (arrays alike in shape)."""
        keys = (np.asarray(slots, np.int64) << SHIFT) | np.asarray(values, np.int64)
        self._pending.append(keys.ravel())
        self._pending_size += keys.size
        if self._pending_size > max(MIN_FOLD, self.keys.size):
            self._fold()

    def _fold(self) -> None:
        if not self._pending:
            return
        keys = np.concatenate([self.keys, *self._pending])
        weights = np.concatenate([self.weights, np.ones(self._pending_size, np.int64)])
        self._pending, self._pending_size = [], 0
        order = np.argsort(keys, kind="stable")
        keys, weights = keys[order], weights[order]
        starts = np.flatnonzero(np.concatenate([[True], keys[1:] != keys[:-1]])) if keys.size else np.zeros(0, np.intp)
        self.keys = keys[starts]
        self.weights = np.add.reduceat(weights, starts) if keys.size else weights

    def quantiles(self, slot: int, qs: tuple[float, ...] = QUANTILES) -> np.ndarray:
        """The quantiles of the slot's values, exactly as numpy gives them over the raw values."""
        self._fold()
        lo, hi = np.searchsorted(self.keys, [slot << SHIFT, (slot + 1) << SHIFT])
        values = self.keys[lo:hi] & ((1 << SHIFT) - 1)
        cumulative = np.cumsum(self.weights[lo:hi])
        if values.size == 0:
            raise ValueError(f"slot {slot} has no values")
        return linear_quantiles(int(cumulative[-1]), lambda at: values[np.searchsorted(cumulative, at, "right")], qs)

    @property
    def nbytes(self) -> int:
        """Memory held by the folded and pending keys."""
        return self.keys.nbytes + self.weights.nbytes + 8 * self._pending_size
