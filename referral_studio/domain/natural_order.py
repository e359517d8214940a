"""Names in the order people count ("Offer 2" before "Offer 10"), and free names for clashes."""

from __future__ import annotations

import re

_NUMBER = re.compile(r"(\d+)")


def natural_key(text: str) -> tuple[tuple[int, int | str], ...]:
    """A sort key comparing runs of digits as numbers and the rest without case."""
    return tuple((1, int(part)) if part.isdigit() else (0, part.casefold()) for part in _NUMBER.split(text) if part)


def free_name(name: str, taken: set[str]) -> str:
    """The name, or "name (2)", "name (3)"… : the first that is not taken (a suggestion for a clash)."""
    if name not in taken:
        return name
    number = 2
    while f"{name} ({number})" in taken:
        number += 1
    return f"{name} ({number})"
