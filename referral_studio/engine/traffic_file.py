"""`*.traffic.toml`: generator options in a file, standing wherever a preset's name can.

`fit` writes one from a user's own log; `generate --preset`, a study's or scenario's
`preset = "…"` and the app's preset lists read it through `engine/presets.py`, the one
place presets are found. A traffic file holds a `[traffic]` table of rates (as a study's
`[traffic]` has) and never the campaign's size or span: participants, days, start and seed
are the run's, not the traffic's shape. A rate may be a `[low, high]` range (`fit --ranges`),
which a forecast draws from and a single log cannot use.
"""

from __future__ import annotations

import math
import os
import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path

from referral_studio.domain.text_file import read_utf8
from referral_studio.engine.traffic_options import TrafficOptions

SUFFIX = ".traffic.toml"
NOT_IN_FILE = ("participants", "days", "start", "seed")  # the run's size and span, given beside the preset
FILE_KEYS = tuple(f.name for f in fields(TrafficOptions) if f.name not in NOT_IN_FILE)
Value = float | int | str
_DEFAULTS = TrafficOptions()


class TrafficFileError(ValueError):
    """A traffic file that cannot be used; the message names the file and the key."""


@dataclass(frozen=True)
class TrafficFile:
    """A traffic file's options: single values, and the `[low, high]` ranges of a fit with --ranges."""

    path: Path
    values: dict[str, Value]
    ranges: dict[str, tuple[float, float]]


def read_traffic_file(path: str | os.PathLike[str]) -> TrafficFile:
    """Read and check a traffic file: every key an option, every value (and both ends of a range) allowed."""
    path = Path(path)
    if not path.is_file():
        raise TrafficFileError(f"{path}: no such traffic file")
    try:
        data = tomllib.loads(read_utf8(path, TrafficFileError))
    except tomllib.TOMLDecodeError as error:
        raise TrafficFileError(f"{path}: not TOML ({error})") from None
    for key in data:
        if key != "traffic":
            raise TrafficFileError(f"{path}: unknown key {key!r}; a traffic file holds one [traffic] table")
    table = data.get("traffic")
    if not isinstance(table, dict):
        raise TrafficFileError(f"{path}: no [traffic] table; a traffic file holds the generator's rates in one")
    values: dict[str, Value] = {}
    ranges: dict[str, tuple[float, float]] = {}
    for key, raw in table.items():
        where = f"{path}: traffic.{key}"
        if key in NOT_IN_FILE:
            raise TrafficFileError(
                f"{where}: a traffic file never sets {', '.join(NOT_IN_FILE)}; give them beside the preset "
                "(generate --participants …, or the study's or scenario's [traffic] table)"
            )
        if key not in FILE_KEYS:
            raise TrafficFileError(f"{where}: unknown key; allowed in [traffic]: {', '.join(FILE_KEYS)}")
        if isinstance(raw, list):
            ranges[key] = _range(raw, key, where)
        else:
            values[key] = _value(raw, key, where)
    lows = {key: low for key, (low, _high) in ranges.items()}
    highs = {key: high for key, (_low, high) in ranges.items()}
    for ends in (lows, highs):
        options = replace(_DEFAULTS, **values, **ends)  # type: ignore[arg-type]
        for problem in options.problems():
            option, _, allowed = problem.partition(": ")
            raise TrafficFileError(f"{path}: traffic.{option.replace('-', '_')}: must be {allowed}")
    return TrafficFile(path, values, ranges)


def _value(raw: object, key: str, where: str) -> Value:
    default = getattr(_DEFAULTS, key)
    if isinstance(default, str):
        if not isinstance(raw, str):
            raise TrafficFileError(f"{where}: must be text, one of the option's choices")
        return raw
    if isinstance(raw, bool) or not isinstance(raw, int | float) or not math.isfinite(raw):
        raise TrafficFileError(f"{where}: must be a number or a [low, high] range, not {raw!r}")
    if isinstance(default, int):
        if not float(raw).is_integer():
            raise TrafficFileError(f"{where}: must be a whole number, not {raw!r}")
        return int(raw)
    return float(raw)


def _range(raw: list[object], key: str, where: str) -> tuple[float, float]:
    if isinstance(getattr(_DEFAULTS, key), str) or len(raw) != 2:
        raise TrafficFileError(f"{where}: a range is a [low, high] list of two numbers, for a numeric option")
    low, high = (_value(item, key, where) for item in raw)
    if not isinstance(low, int | float) or not isinstance(high, int | float) or low > high:
        raise TrafficFileError(f"{where}: a range is [low, high] with low ≤ high")
    return low, high
