"""Engine times as text: the vectorised formatter agrees with the one-at-a-time one everywhere."""

from __future__ import annotations

import numpy as np
import pyarrow as pa
from hypothesis import given, settings
from hypothesis import strategies as st

from referral_studio.domain.times import format_ns
from referral_studio.engine.time_text import format_times, parse_times

INT64 = st.integers(np.iinfo(np.int64).min, np.iinfo(np.int64).max)
WHOLE_SECONDS = st.integers(np.iinfo(np.int64).min // 10**9 + 1, np.iinfo(np.int64).max // 10**9).map(
    lambda seconds: seconds * 10**9
)


@settings(max_examples=60, deadline=None)
@given(st.lists(INT64 | WHOLE_SECONDS, max_size=30))
def test_format_times_writes_what_format_ns_writes(times: list[int]) -> None:
    assert format_times(np.array(times, np.int64)).to_pylist() == [format_ns(ns) for ns in times]


def test_calendar_edges_and_the_ends_of_the_range() -> None:
    texts = [
        "1677-09-21T00:12:44Z",
        "1970-01-01T00:00:00Z",
        "1969-12-31T23:59:59Z",
        "2000-02-29T12:00:00Z",
        "2024-12-31T23:59:59Z",
        "2100-03-01T00:00:00Z",
        "2262-04-11T23:47:16Z",
    ]
    ns = parse_times(pa.array(texts)).cast("int64").to_numpy()
    assert format_times(ns).to_pylist() == texts
