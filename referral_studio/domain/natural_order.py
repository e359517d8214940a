"""Names in the order people count: "Offer 2" before "Offer 10"."""

from __future__ import annotations

import re

_NUMBER = re.compile(r"(\d+)")


def natural_key(text: str) -> tuple[tuple[int, int | str], ...]:
    """A sort key comparing runs of digits as numbers and the rest without case."""
    return tuple((1, int(part)) if part.isdigit() else (0, part.casefold()) for part in _NUMBER.split(text) if part)
