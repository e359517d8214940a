"""How big synthetic traffic is expected to grow, so options that would exhaust memory are refused before any work.

The generator grows generation by generation: each participant brings on average
R = share-rate × shares-per-sharer × visits-per-share × sign-up-rate new participants (fewer
when friends overlap). Below 1 a campaign dies out; above it, it grows geometrically until
the campaign's days or the generator's MAX_GENERATIONS stop it. The runtime check
(MAX_EVENTS, in traffic_steps.grow) counts rows only once they are about to be made, which may
be after memory has run out; this estimate comes first. It is the expected number of rows, with
how many of each generation still join before the campaign ends found from the delays' own
distributions (a fixed sample, so the estimate is the same every time), and the memory they need
at BYTES_PER_EVENT (measured: the generator's peak use per event, about 100 bytes).
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import math
import os
from pathlib import Path
from typing import Any

import numpy as np

from referral_studio.engine.traffic_options import DAY, MAX_EVENTS, TrafficOptions, TrafficTooLarge
from referral_studio.engine.traffic_steps import DELAYS, MILESTONES

MAX_GENERATIONS = 60  # the generator's (engine/generator.py imports it from here)
BYTES_PER_EVENT = 100
_SAMPLE = 4096


def _reach(options: TrafficOptions) -> tuple[float, float]:
    """Shares per participant, and friends' first visits per share, on average."""
    visits = min(options.visits_per_share, 1) if options.share_mode == "recommendation" else options.visits_per_share
    return options.share_rate * max(options.shares_per_sharer, 1), visits


def growth(options: TrafficOptions) -> float:
    """New participants each participant brings on average (the campaign's reproduction number)."""
    shares, visits = _reach(options)
    return shares * visits * options.signup_rate * (1 - options.overlap_rate)


def expected_events(options: TrafficOptions) -> float:
    """The expected number of rows the generator makes for `options` (before the campaign's end cuts them)."""
    o = options
    shares, visits = _reach(o)
    milestones = sum(o.milestone_rate**step for step in range(1, len(MILESTONES) + 1))
    per_signup = 1 + milestones + o.purchase_rate
    per_participant = o.self_referral_rate + shares * (1 + visits * (1 + o.return_rate + o.js_event_rate))
    per_participant += growth(o) * per_signup
    organic = o.participants * (1 + o.organic_visit_rate * (1 + o.organic_signup_rate))
    first = o.participants * (1 + o.organic_visit_rate * o.organic_signup_rate)
    delays, start = _chain_delays(o.delays)
    alive = np.mean(delays < (o.days * DAY) * (1 - start), axis=1)  # of each generation, the share that joins in time
    total, generation = organic, first
    for number in range(1, MAX_GENERATIONS + 1):
        total += generation * per_participant
        scale = math.exp(min(number * math.log(growth(o)), 700)) if growth(o) > 0 else 0.0  # 700: no overflow
        generation = first * scale * float(alive[number - 1])
        if generation < 1e-9:
            break
    return float(total) if np.isfinite(total) else float("inf")


@functools.lru_cache(maxsize=2)
def _chain_delays(kind: str) -> tuple[np.ndarray, np.ndarray]:
    """A fixed sample of how long after joining each generation's descendants join (share, visit, sign-up), and of
    when in the campaign (as a fraction) their ancestor joined: row g holds generation g + 1's delays."""
    rng = np.random.default_rng(0)
    steps = []
    for _ in range(MAX_GENERATIONS):
        for step in ("share", "visit", "signup"):
            delay = DELAYS[step]
            if kind == "exponential":
                steps.append(rng.exponential(delay.mean, _SAMPLE))
            else:
                steps.append(rng.lognormal(np.log(delay.median), delay.sigma, _SAMPLE))
    chained = np.cumsum(np.array(steps), axis=0)[2::3]
    return chained, rng.random(_SAMPLE)


def largest_corner(options: TrafficOptions, lows: dict[str, Any], highs: dict[str, Any]) -> TrafficOptions:
    """Of the options with each ranged value at its low or its high end, the one expected to grow largest."""
    worst = dataclasses.replace(options, **highs)
    for key, low in lows.items():
        if low != highs[key]:
            other = dataclasses.replace(worst, **{key: low})
            if expected_events(other) > expected_events(worst):
                worst = other
    return worst


def available_memory() -> int:
    """Bytes this process may still take: free memory (MemAvailable), within its cgroup's and address-space limits."""
    found = [_meminfo_available()]
    with contextlib.suppress(OSError, ValueError):
        limit = Path("/sys/fs/cgroup/memory.max").read_text().strip()
        if limit != "max":
            found.append(int(limit) - int(Path("/sys/fs/cgroup/memory.current").read_text()))
    with contextlib.suppress(ImportError, OSError, ValueError):  # no `resource` module on Windows
        import resource

        soft, _ = resource.getrlimit(resource.RLIMIT_AS)
        if soft != resource.RLIM_INFINITY:
            mapped = int(Path("/proc/self/statm").read_text().split()[0]) * os.sysconf("SC_PAGE_SIZE")
            found.append(soft - mapped)
    return max(0, min(found))


def _meminfo_available() -> int:
    with contextlib.suppress(OSError, ValueError):
        for line in Path("/proc/meminfo").read_text(encoding="ascii").splitlines():
            if line.startswith("MemAvailable:"):
                return int(line.split()[1]) * 1024
    with contextlib.suppress(ValueError, OSError, AttributeError):
        return int(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES"))
    return 2**63 - 1


def check_traffic_size(options: TrafficOptions, memory: int | None = None) -> None:
    """Refuse options whose expected traffic needs more than MAX_EVENTS rows or more memory than is free."""
    events = expected_events(options)
    memory = available_memory() if memory is None else memory
    needed = events * BYTES_PER_EVENT
    if events <= MAX_EVENTS and needed <= memory:
        return
    limit = f"the limit is {MAX_EVENTS:,} events" if events > MAX_EVENTS else f"{_bytes(memory)} is free"
    raise TrafficTooLarge(
        f"these traffic options would make about {_count(events)} events, needing about {_bytes(needed)} of memory "
        f"({limit}): each participant brings {growth(options):.2f} new ones, and above 1 the campaign grows "
        "without bound; lower share-rate, shares-per-sharer, visits-per-share, signup-rate, participants or days"
    )


def _count(events: float) -> str:
    return f"{events:,.0f}" if events < 1e12 else f"{events:.1e}" if events < 1e100 else "more than 1e+100"


def _bytes(amount: float) -> str:
    if amount >= 1e18:
        return f"{amount / 1e15:.1e} PB" if amount < 1e100 else "more than 1e+85 PB"
    for unit, size in (("PB", 1e15), ("TB", 1e12), ("GB", 1e9)):
        if amount >= size:
            return f"{amount / size:,.1f} {unit}"
    return f"{amount / 1e6:,.1f} MB"
