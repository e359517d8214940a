"""A study's `preset` may name a traffic file (as `fit` writes): its options become the study's own.

Folded in when the study is read, so each Dask task gets plain options and never needs the
file; a fit with `--ranges` gives ranges, which the runs draw from like any study range.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from referral_studio.engine.traffic_file import TrafficFileError, read_traffic_file
from referral_studio.forecast.study import Range, TrafficValue


def traffic_file_items(name: str, folder: Path, error: Callable[[str], Exception]) -> dict[str, TrafficValue]:
    """The options of the traffic file `name` (relative to the study's folder); `error` names the key."""
    try:
        traffic = read_traffic_file(folder / name)
    except TrafficFileError as problem:
        raise error(f"traffic.preset: {problem}") from None
    items: dict[str, TrafficValue] = dict(traffic.values)
    for key, (low, high) in traffic.ranges.items():
        items[key] = Range(low, high)
    return items
