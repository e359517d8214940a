"""A study's `[response]` table: how people respond to the offer, read strictly and written back.

Apart from study_file.py (which reads everything else) because the effects have their own
keys, limits and "off" values (engine/response.py). Each value is a number or a `[low, high]`
range drawn per run; the effects are kept in their fixed order, whatever the file's, so the
draws and the runs.csv columns never depend on how the file is laid out.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from referral_studio.engine.response import RESPONSE_KEYS, RESPONSE_LIMITS
from referral_studio.forecast.study import Range, ResponseValue


class ResponseError(ValueError):
    """A [response] table that cannot be used; the message names the file and the key."""


def read_response(value: object, source: str) -> tuple[tuple[str, ResponseValue], ...]:
    """The effects the table gives, in RESPONSE_KEYS order; refused with the file and key named."""
    if not isinstance(value, dict):
        raise ResponseError(f"{source}: key 'response' must be a [response] table")
    found: dict[str, ResponseValue] = {}
    for key, raw in value.items():
        if key not in RESPONSE_KEYS:
            raise ResponseError(
                f"{source}: unknown key 'response.{key}'; allowed in [response]: {', '.join(RESPONSE_KEYS)}"
            )
        low, high = RESPONSE_LIMITS[key]
        allowed = f"must be a number from {low:g} to {high:g}, or a [low, high] list of two such numbers"
        numbers = raw if isinstance(raw, list) else [raw]
        if (
            len(numbers) != (2 if isinstance(raw, list) else 1)
            or not all(_number(item) for item in numbers)
            or not all(low <= item <= high for item in numbers)
        ):
            raise ResponseError(f"{source}: key 'response.{key}' {allowed} (got {raw!r})")
        if isinstance(raw, list):
            if numbers[0] > numbers[1]:
                raise ResponseError(f"{source}: key 'response.{key}' must be [low, high] with low ≤ high (got {raw!r})")
            found[key] = Range(float(numbers[0]), float(numbers[1]))
        else:
            found[key] = float(raw)
    return tuple((key, found[key]) for key in RESPONSE_KEYS if key in found)


def _number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def response_lines(response: tuple[tuple[str, ResponseValue], ...], toml: Callable[[object], str]) -> list[str]:
    """The table's lines (without its header), in RESPONSE_KEYS order."""
    return [
        f"{key} = {toml([value.low, value.high] if isinstance(value, Range) else value)}" for key, value in response
    ]
