"""Engine times (int64 nanoseconds, UTC) as ISO 8601 text with `Z`, vectorised."""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from referral_studio.domain.times import format_ns

ZONE_PATTERN = r"[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}(:?\d{2})?)$"
NS_PER_SECOND = 1_000_000_000


def format_times(ns: np.ndarray) -> pa.Array:
    """Whole seconds as `2027-03-01T09:30:00Z`; a fraction, when present, down to the nanosecond."""
    ns = np.asarray(ns, dtype=np.int64)
    seconds = pa.array(np.floor_divide(ns, NS_PER_SECOND), pa.timestamp("s"))  # zone-free: cast, not strftime
    text = pc.binary_join_element_wise(pc.utf8_replace_slice(seconds.cast(pa.string()), 10, 11, "T"), "Z", "")
    fractional = np.flatnonzero(ns % NS_PER_SECOND)
    if fractional.size == 0:
        return text
    values = text.to_pylist()
    for i in fractional:
        values[i] = format_ns(int(ns[i]))
    return pa.array(values, pa.string())


def parse_times(text: pa.Array) -> pa.Array:
    """ISO 8601 strings to timestamp[ns, UTC]; a time without an offset is UTC. Raises pa.ArrowInvalid."""
    try:
        return pc.cast(text, pa.timestamp("ns", tz="UTC"))  # every time has its zone: one fast pass
    except pa.ArrowInvalid:
        pass
    has_zone = pc.match_substring_regex(text, ZONE_PATTERN)
    zoned = pc.if_else(has_zone, text, pc.binary_join_element_wise(text, "Z", ""))
    return pc.cast(zoned, pa.timestamp("ns", tz="UTC"))
