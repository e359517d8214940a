"""Times as exports write them (ISO 8601, a strftime pattern, Unix seconds/ms/µs; local or with an offset) → UTC ns.

Vectorised with pyarrow: a time without an offset is read in the mapping's IANA zone
(`assume_timezone`); a time that the zone skips (a spring daylight-saving change) is bad,
found by reading every time both as the moment before and after such a gap and seeing
where they differ; a repeated one (autumn) reads as its first occurrence. Bad rows are
returned as a mask, never raised, so the caller can stop at the first or skip them all.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal, InvalidOperation

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from referral_studio.engine.mapping_file import UNIX_UNITS
from referral_studio.engine.threads import WORKERS
from referral_studio.engine.time_text import ZONE_PATTERN

_ISO = r"^\d{4}-\d\d-\d\d([T ]\d\d:\d\d(:\d\d([.,]\d+)?)?)?(Z|[+-]\d\d(:?\d\d)?)?$"
_INTEGER = r"^-?\d+$"
PART = 1 << 18  # rows parsed at a time by one thread
_NAIVE = pa.timestamp("ns")
_UTC = pa.timestamp("ns", tz="UTC")


def parse_mapped_times(
    text: pa.Array | pa.ChunkedArray, time_format: str, zone: str
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(ns since the epoch, bad: does not parse, gap: does not exist in the zone) for a column of text.

    pyarrow's compute functions run on one core: a long column is parsed in slices side by side.
    """
    if isinstance(text, pa.ChunkedArray):
        text = text.combine_chunks()
    if len(text) < 2 * PART or WORKERS == 1:
        return _parse(text, time_format, zone)
    slices = [text.slice(start, PART) for start in range(0, len(text), PART)]
    with ThreadPoolExecutor(WORKERS) as pool:
        parts = list(pool.map(lambda part: _parse(part, time_format, zone), slices))
    return tuple(np.concatenate([part[i] for part in parts]) for i in range(3))  # type: ignore[return-value]


def _parse(text: pa.Array, time_format: str, zone: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    if time_format in UNIX_UNITS:
        ns, bad = _unix(text, UNIX_UNITS[time_format])
        return ns, bad, np.zeros(len(text), bool)
    if time_format == "iso":
        return _iso(text, zone)
    parsed = pc.strptime(text, format=time_format, unit="ns", error_is_null=True)
    bad = pc.is_null(parsed).to_numpy(zero_copy_only=False)
    if "%z" in time_format:  # the offset is in the text: the parser already gave UTC
        return _ns(parsed), bad, np.zeros(len(text), bool)
    ns, gap = _local(parsed, zone)
    return ns, bad, gap


def _ns(times: pa.Array) -> np.ndarray:
    values: np.ndarray = pc.fill_null(times.cast(pa.int64()), 0).to_numpy(zero_copy_only=False)
    return values.astype(np.int64, copy=False)


def _local(naive: pa.Array, zone: str) -> tuple[np.ndarray, np.ndarray]:
    """Wall-clock times in `zone` → UTC ns, and where the wall clock never showed that time.

    A time in a spring gap reads, as "earliest", as the last nanosecond before the change:
    only rows ending in .999999999 can be such, and only they are read again as "latest".
    """
    if zone == "UTC":
        return _ns(naive), np.zeros(len(naive), bool)
    ns = _ns(pc.assume_timezone(naive, timezone=zone, ambiguous="earliest", nonexistent="earliest"))
    gap = np.zeros(len(naive), bool)
    candidates = np.flatnonzero(ns % 1_000_000_000 == 999_999_999)
    if candidates.size:
        again = pc.assume_timezone(
            naive.take(pa.array(candidates)), timezone=zone, ambiguous="earliest", nonexistent="latest"
        )
        gap[candidates] = ns[candidates] != _ns(again)
    return ns, gap


def _iso(text: pa.Array, zone: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    well_formed = pc.match_substring_regex(text, _ISO).to_numpy(zero_copy_only=False)
    text = pc.replace_substring(text, ",", ".")  # ISO 8601 allows a decimal comma
    has_zone = pc.match_substring_regex(text, ZONE_PATTERN).to_numpy(zero_copy_only=False)
    zoned = pc.if_else(pa.array(well_formed & has_zone), text, "1970-01-01T00:00:00Z")
    local = pc.if_else(pa.array(well_formed & ~has_zone), text, "1970-01-01T00:00:00")
    try:
        aware, naive = pc.cast(zoned, _UTC), pc.cast(local, _NAIVE)
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):  # well formed but no date (month 13): row by row
        aware, naive, well_formed = _iso_by_row(zoned, local, well_formed)
    ns, gap = _local(naive, zone)
    return np.where(has_zone, _ns(aware), ns), ~well_formed, gap & ~has_zone


def _iso_by_row(zoned: pa.Array, local: pa.Array, ok: np.ndarray) -> tuple[pa.Array, pa.Array, np.ndarray]:
    ok = ok.copy()
    aware, naive = [], []
    for index, (z, n) in enumerate(zip(zoned.to_pylist(), local.to_pylist(), strict=True)):
        try:
            aware.append(pc.cast(pa.scalar(z), _UTC).value)
            naive.append(pc.cast(pa.scalar(n), _NAIVE).value)
        except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
            ok[index] = False
            aware.append(0)
            naive.append(0)
    return pa.array(aware, pa.int64()).cast(_UTC), pa.array(naive, pa.int64()).cast(_NAIVE), ok


def _unix(text: pa.Array, unit_ns: int) -> tuple[np.ndarray, np.ndarray]:
    """Unix times in a unit (digits, maybe a fraction) → ns; whole numbers vectorised, fractions exactly by Decimal."""
    try:  # every value a whole number (what exports write): one cast, no pattern
        values = pc.cast(text, pa.int64()).to_numpy(zero_copy_only=False)
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        pass
    else:
        bad = np.abs(values) > np.iinfo(np.int64).max // unit_ns
        return np.where(bad, 0, values) * unit_ns, bad
    whole = pc.match_substring_regex(text, _INTEGER).to_numpy(zero_copy_only=False)
    digits = pc.if_else(pa.array(whole), text, "0")
    try:
        values = pc.cast(digits, pa.int64()).to_numpy(zero_copy_only=False)
    except pa.ArrowInvalid:  # more digits than 64 bits hold
        values, whole = np.zeros(len(text), np.int64), np.zeros(len(text), bool)
    limit = np.iinfo(np.int64).max // unit_ns
    bad = ~whole | (np.abs(values) > limit)
    ns = np.where(bad, 0, values) * unit_ns
    for index in np.flatnonzero(~whole).tolist():
        value = text[index].as_py()
        try:
            exact = Decimal(value.strip()) * unit_ns
        except (InvalidOperation, AttributeError):
            continue
        if exact.is_finite() and abs(exact) < 2**63:
            ns[index], bad[index] = int(exact), False
    return ns.astype(np.int64), bad
