"""Traffic and the offer window: synthetic traffic laid over the window, and why a log misses it.

A replay counts only events inside the window (start ≤ time < end). Traffic that runs
beside the window gives every count zero; these say so in words instead of leaving a
user to guess.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime

import numpy as np

from referral_studio.domain.offer import Window
from referral_studio.domain.texts import translate
from referral_studio.domain.times import to_ns
from referral_studio.engine.event_log import EventLog
from referral_studio.engine.traffic_options import DAY, TrafficOptions

MAX_DAYS = 3650  # TrafficOptions.problems' limit


def utc_minute(ns: int) -> str:
    """An engine time as `2027-03-01 09:30 UTC`: the way explanations name moments."""
    return datetime.fromtimestamp(ns // 1_000_000_000, UTC).strftime("%Y-%m-%d %H:%M UTC")


def traffic_for_window(options: TrafficOptions, window: Window) -> TrafficOptions:
    """The options with the campaign starting at the window's start and lasting as long (an open side keeps the option)."""
    start = window.start or options.start
    days = options.days
    if window.start is not None and window.end is not None and window.end > window.start:
        days = min(MAX_DAYS, (to_ns(window.end) - to_ns(window.start)) / DAY)
    return replace(options, start=start.astimezone(UTC), days=days)


def window_miss(window: Window, log: EventLog, time_text: Callable[[int], str] = utc_minute) -> str | None:
    """Why no event of the log falls inside the window, in one sentence; None when some do."""
    if len(log) == 0:
        return translate("OfferWindow", "The traffic holds no events, so nothing could be counted.")
    low = to_ns(window.start) if window.start is not None else None
    high = to_ns(window.end) if window.end is not None else None
    times = log.time
    inside = np.ones(times.size, bool)
    if low is not None:
        inside &= times >= low
    if high is not None:
        inside &= times < high
    if inside.any():
        return None
    first, last = time_text(int(times[0])), time_text(int(times[-1]))
    if low is not None and high is not None and high <= low:
        return translate(
            "OfferWindow", "The offer window ends ({end}) no later than it starts ({start}), so it holds no time."
        ).format(start=time_text(low), end=time_text(high))
    if low is not None and int(times[-1]) < low:
        text = translate(
            "OfferWindow",
            "No event falls inside the offer window: the traffic ends {last}, before the window starts {start}.",
        )
    elif high is not None and int(times[0]) >= high:
        text = translate(
            "OfferWindow",
            "No event falls inside the offer window: the traffic starts {first}, after the window ends {end}.",
        )
    else:
        text = translate(
            "OfferWindow",
            "No event falls inside the offer window ({start} – {end}); the traffic runs {first} – {last}.",
        )
    hint = translate("OfferWindow", "Move the window, or start the traffic at the window's start.")
    return (
        text.format(
            first=first,
            last=last,
            start=time_text(low) if low is not None else "",
            end=time_text(high) if high is not None else "",
        )
        + " "
        + hint
    )
