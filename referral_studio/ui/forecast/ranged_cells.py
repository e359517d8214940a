"""Cells of an assumption that is a value or a `[low, high]` range, as a study file holds it.

The traffic assumptions and the response effects are both such tables: a row's first editable
column is the value (a range's low end), the next its high end (empty: a fixed value). Both
models read and write their rows through these two functions, so they agree on what an edit does.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def shown_end(given: Any, high: bool, default: Callable[[], Any]) -> Any:
    """What a cell shows: the value or low end (the default when the study leaves it alone), the high end or ""."""
    if isinstance(given, list):
        return given[1] if high else given[0]
    if high:
        return ""
    return default() if given is None else given


def set_end(values: dict[str, Any], key: str, parsed: Any, high: bool, default: Callable[[], Any]) -> None:
    """Store an edited end: an empty value drops the entry, a high end makes a range (and an empty one ends it)."""
    current = values.get(key)
    if not high:
        if parsed is None:
            values.pop(key, None)
        else:
            values[key] = [parsed, current[1]] if isinstance(current, list) else parsed
        return
    low = current[0] if isinstance(current, list) else current
    low = default() if low is None else low
    values[key] = low if parsed is None else [low, parsed]
