"""Fitting the generator to a log: each option a log identifies, estimated with a 90% bootstrap interval.

Each estimate inverts one generator step (engine/traffic_steps.py) from the per-person sums
of engine/fit_stats.py, rows cut off by the campaign's end corrected for by their exposure.
The interval resamples the log's people (Poisson weights, a fixed seed, so a fit is
reproducible): every estimate is a function of column sums, so a resample is one weighted
sum, not another pass over the log. What a log cannot tell apart (how sharers spread, the
share mode, saturation, the delays' shape) is taken from a base preset and named as such.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

import numpy as np

from referral_studio.domain.times import format_ns, parse_time
from referral_studio.engine.event_log import EventLog
from referral_studio.engine.fit_stats import COLUMN, SIGNUP_BUCKETS, person_stats
from referral_studio.engine.traffic_file import FILE_KEYS
from referral_studio.engine.traffic_options import DAY, LIMITS, SECOND, TrafficOptions

RESAMPLES = 200
LEVEL = 0.90
_CHUNK = 20  # resamples weighed at once: (20 × groups) weights at a time
Sums = dict[str, np.ndarray]


@dataclass(frozen=True)
class Estimate:
    """An option's estimate and its 90% interval; None where the log holds nothing to estimate it from."""

    value: float | None
    low: float | None
    high: float | None
    why_not: str = ""  # why there is no estimate


@dataclass(frozen=True)
class Fit:
    """What `fit` found: the estimates, the options they make with the base preset's, and the log's span."""

    estimates: dict[str, Estimate]
    base: str
    options: TrafficOptions  # the estimates over the base preset's options, with the log's size and span
    events: int
    signed_up: int  # people with a sign-up (the measures' participants)
    organic_found: bool = True  # False: the log had no sign-up without a visit, participants come from its visitors

    @property
    def taken_from_base(self) -> tuple[str, ...]:
        """Options not identified by a log, and estimated ones the log held nothing for."""
        missing = tuple(name for name, estimate in self.estimates.items() if estimate.value is None)
        return NOT_IDENTIFIED + missing


def _ratio(numerator: np.ndarray, denominator: np.ndarray) -> np.ndarray:
    with np.errstate(divide="ignore", invalid="ignore"):
        result: np.ndarray = np.where(denominator > 0, numerator / np.where(denominator > 0, denominator, 1), np.nan)
    return result


def _share_rate(s: Sums) -> tuple[np.ndarray, np.ndarray]:
    """share_rate and shares_per_sharer: a sharer with m shares is seen sooner than one share would be."""
    rate = _ratio(s["sharers"], s["share_window"])
    per_sharer = rate
    for _ in range(4):  # the two depend on each other only through a small correction: a few rounds settle it
        per_sharer = np.maximum(_ratio(s["shares"], rate * s["share_window"]), 1.0)  # NaN: nobody shared
        extra = np.nan_to_num(per_sharer - 1)
        rate = _ratio(s["sharers"], s["share_window"] + extra * s["share_window_overlap"])
    return rate, per_sharer


def _signup_rate(s: Sums) -> np.ndarray:
    """The p with Σ_k window_k·(1 − (1 − p)^k) = referred sign-ups: a friend reached k times has k chances."""
    windows = [s[f"signup_window_{k}"] for k in range(1, SIGNUP_BUCKETS + 1)]
    target = s["referred_signups"]
    low, high = np.zeros_like(target), np.ones_like(target)
    for _ in range(40):
        middle = (low + high) / 2
        expected = sum(window * (1 - (1 - middle) ** k) for k, window in enumerate(windows, start=1))
        below = expected < target
        low, high = np.where(below, middle, low), np.where(below, high, middle)
    reachable = sum(windows) > 0
    result: np.ndarray = np.where(reachable, (low + high) / 2, np.nan)
    return result


def _overlap_rate(s: Sums) -> np.ndarray:
    """Overlapping visits take an existing friend's place: distinct friends ÷ clicks ≈ 1 − q + q²."""
    missing = 1 - _ratio(s["friends"], s["friend_visits"])
    rate: np.ndarray = (1 - np.sqrt(np.maximum(1 - 4 * np.maximum(missing, 0), 0))) / 2
    return rate


def estimate_all(s: Sums) -> dict[str, np.ndarray]:
    """Every estimated option from the sums (arrays of any shape: one fit, or one per resample)."""
    share_rate, per_sharer = _share_rate(s)
    milestone = _ratio(s["milestone_rows"], s["milestone_window"])
    last_step = np.nan_to_num(milestone) * s["last_milestone_window"]  # "Purchase" rows the chain made
    return {
        "share_rate": share_rate,
        "shares_per_sharer": per_sharer,
        "visits_per_share": _ratio(s["first_visits"], s["visit_window"]),
        "overlap_rate": _overlap_rate(s),
        "return_rate": _ratio(s["returns"], s["return_window"]),
        "js_event_rate": _ratio(s["js_events"], s["js_window"]),
        "signup_rate": _signup_rate(s),
        "tagged_rate": _ratio(s["tagged_rows"], s["tag_rows"]),
        "milestone_rate": milestone,
        "self_referral_rate": _ratio(s["self_visits"], s["self_window"]),
        "organic_visit_rate": _ratio(s["organic_visitors"], s["organic_participants"]),
        "organic_signup_rate": _ratio(s["organic_signups"], s["organic_window"]),
        "purchase_rate": _ratio(np.maximum(s["purchases"] - last_step, 0), s["purchase_window"]),
        "day_night": 2 * _ratio(s["evening"], s["rows"]),
    }


WHY_NOT = {
    "share_rate": "no participants",
    "shares_per_sharer": "no shares",
    "visits_per_share": "no shares",
    "overlap_rate": "no referred visits",
    "return_rate": "no referred visits",
    "js_event_rate": "no referred visits",
    "signup_rate": "no referred visits",
    "tagged_rate": "no sign-ups, JS events or activities by referred visitors",
    "milestone_rate": "no referred sign-ups",
    "self_referral_rate": "no participants",
    "organic_visit_rate": "no organic participants (sign-ups without a visit)",
    "organic_signup_rate": "no organic visitors",
    "purchase_rate": "no referred sign-ups",
    "day_night": "no events",
}
"""Every option `fit` estimates, with what the log must hold for it."""
ESTIMATED = tuple(WHY_NOT)
NOT_IDENTIFIED = tuple(name for name in FILE_KEYS if name not in WHY_NOT)  # share mode, saturation, delays…


def _clip(name: str, values: np.ndarray, base: TrafficOptions) -> np.ndarray:
    """Within the option's limits: a sharer shares at least once; a recommendation reaches one person at most."""
    limit = LIMITS[name]
    low = max(limit.low, 1.0) if name == "shares_per_sharer" else limit.low
    one = name == "visits_per_share" and base.share_mode == "recommendation"
    clipped: np.ndarray = np.clip(values, low, 1.0 if one else limit.high)
    return clipped


def _sums(matrix: np.ndarray) -> Sums:
    return {name: matrix[..., index] for name, index in COLUMN.items()}


def fit_log(
    log: EventLog,
    base: TrafficOptions,
    base_name: str,
    *,
    resamples: int = RESAMPLES,
    seed: int = 0,
) -> Fit:
    """Estimate the options the log identifies; the rest, and any the log holds nothing for, come from `base`."""
    if not len(log):
        raise ValueError("the event log has no events to fit")
    start, end = int(log.time[0]), int(log.time[-1]) + SECOND  # the log's own span: its first and last event
    stats = person_stats(log, end, base.delays, base.saturation)
    point = {name: np.asarray(value) for name, value in estimate_all(_sums(stats.sum(axis=1))).items()}
    draws = _bootstrap(stats, resamples, seed)
    estimates: dict[str, Estimate] = {}
    for name in ESTIMATED:
        value = float(point[name])
        if not np.isfinite(value):
            estimates[name] = Estimate(None, None, None, WHY_NOT[name])
            continue
        finite = _clip(name, draws[name][np.isfinite(draws[name])], base)
        tail = (1 - LEVEL) / 2
        low, high = np.quantile(finite, [tail, 1 - tail]) if finite.size else (value, value)
        fitted = float(_clip(name, np.asarray(value), base))
        estimates[name] = Estimate(fitted, min(float(low), fitted), max(float(high), fitted))
    days = max((end - start) / DAY, 1 / 24)
    values: dict[str, Any] = {name: e.value for name, e in estimates.items() if e.value is not None}
    options = replace(base, **values)
    organic = found = int(stats[COLUMN["organic_participants"]].sum())
    if not found and options.organic_visit_rate > 0:  # every sign-up came after a visit: as many as its visitors need
        organic = round(float(stats[COLUMN["organic_visitors"]].sum()) / options.organic_visit_rate)
    options = replace(options, participants=organic, days=round(days, 4), start=_utc(start))
    signed_up = int(stats[COLUMN["participants"]].sum())
    return Fit(estimates, base_name, options, len(log), signed_up, organic_found=found > 0)


def _utc(ns: int) -> datetime:
    return parse_time(format_ns(ns - ns % SECOND))


def _bootstrap(stats: np.ndarray, resamples: int, seed: int) -> dict[str, np.ndarray]:
    """Each estimate over `resamples` resamples of the log's people, each person weighed by a Poisson(1) count.

    People whose sums agree (to 1/1000; most organic visitors and participants who never shared
    look alike) are weighed as one group: m alike people's Poisson(1) counts add up to one
    Poisson(m) count, so a resample draws per group, not per person. A million people make about
    a hundred thousand groups.
    """
    groups, sizes = _alike(stats)
    rng = np.random.default_rng(seed)
    totals = np.empty((resamples, stats.shape[0]))
    for first in range(0, resamples, _CHUNK):
        count = min(_CHUNK, resamples - first)
        weights = rng.poisson(sizes, (count, sizes.size)).astype(np.float64)
        totals[first : first + count] = (groups @ weights.T).T  # sums × groups first: BLAS's quick way round
    return estimate_all(_sums(totals))


def _alike(stats: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(sums × groups, people per group): the people's sums rounded to 1/1000 (the day-night sum to 1/100), grouped."""
    scale = np.full(stats.shape[0], 1000.0)
    scale[COLUMN["evening"]] = 100.0  # a sum of cosines: every person's differs in the third decimal
    odd = np.random.default_rng(0x5EED).integers(0, 2**61, size=stats.shape[0], dtype=np.int64)
    mix = 2 * np.asarray(odd, np.int64) + 1  # odd multipliers: each column stirs every bit of the hash
    hashes = np.zeros(stats.shape[1], np.int64)
    with np.errstate(over="ignore"):
        for column, factor in enumerate(scale):  # a column at a time: no second matrix beside the sums
            hashes += mix[column] * np.round(stats[column] * factor).astype(np.int64)  # wraps: a 64-bit hash
    _, first, sizes = np.unique(hashes, return_index=True, return_counts=True)
    groups: np.ndarray = np.round(stats[:, first] * scale[:, None]) / scale[:, None]
    return groups, sizes
