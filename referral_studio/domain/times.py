"""ISO 8601 times as the offer file and the outputs write them.

A time without an offset is UTC (credit-rules.md). Offsets are kept as given so an
offer file round-trips byte for byte; outputs are always UTC with `Z`.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from decimal import Decimal

_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


def parse_time(text: str) -> datetime:
    """Parse an ISO 8601 date-time; raise ValueError with an example when it is not one."""
    try:
        value = datetime.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(f"{text!r} is not an ISO 8601 time (e.g. 2027-03-01T09:30:00Z)") from None
    if len(text.strip()) <= 10:
        raise ValueError(f"{text!r} has no time of day (e.g. 2027-03-01T00:00:00Z)")
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return value


_FRACTION = re.compile(r"(?<=\d\d:\d\d:\d\d)\.(\d+)")


def parse_ns(text: str) -> int:
    """Parse an ISO 8601 date-time to nanoseconds since the epoch, keeping all nine fraction digits.

    (A datetime keeps microseconds only; the engine's times are nanoseconds.)
    """
    match = _FRACTION.search(text)
    if match is None or len(match.group(1)) <= 6:
        return to_ns(parse_time(text))
    digits = match.group(1)
    if len(digits) > 9:
        raise ValueError(f"{text!r} is finer than nanoseconds (at most 9 digits after the seconds)")
    micro = text[: match.start(1)] + digits[:6] + text[match.end(1) :]
    return to_ns(parse_time(micro)) + int(digits[6:].ljust(3, "0"))


def format_time(value: datetime) -> str:
    """Write a time with `Z` for UTC and ±HH:MM otherwise; fractions only when present."""
    offset = value.utcoffset() or timedelta(0)
    text = value.replace(tzinfo=None).isoformat(timespec="microseconds" if value.microsecond else "seconds")
    if offset == timedelta(0):
        return text + "Z"
    sign = "+" if offset > timedelta(0) else "-"
    minutes = abs(int(offset.total_seconds())) // 60
    return f"{text}{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def to_ns(value: datetime) -> int:
    """Nanoseconds since the Unix epoch, exactly (the engine's time unit)."""
    delta = value - _EPOCH
    return (delta.days * 86_400 + delta.seconds) * 1_000_000_000 + delta.microseconds * 1_000


def format_ns(ns: int) -> str:
    """An engine time as ISO 8601 UTC with `Z`, keeping any fraction down to the nanosecond."""
    seconds, fraction = divmod(int(ns), 1_000_000_000)
    text = (_EPOCH + timedelta(seconds=seconds)).strftime("%Y-%m-%dT%H:%M:%S")
    if fraction:
        text += "." + f"{fraction:09d}".rstrip("0")
    return text + "Z"


def days_to_ns(days: float) -> int:
    """A number of days in whole nanoseconds, rounded down, exact for the decimal the user typed."""
    return int(Decimal(repr(float(days))) * 86_400 * 1_000_000_000)
