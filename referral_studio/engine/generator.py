"""Seeded synthetic referral traffic that grows in generations, like a real viral campaign.

Organic participants join over the campaign, and organic visitors sign up at a base rate;
participants share (a lognormal propensity lets a few send most shares), shares bring
friends' visits (a link several friends click, or in recommendation mode one person who may
click; some return, some friends are reached by several referrers, whose pull saturates);
friends fire the landing page's JavaScript event, sign up and become participants
themselves, make purchases and reach milestone activities. Self-referrals are mixed in, the
times follow realistic delays and a day-night rhythm. This module runs the steps generation
by generation and assembles their rows into a log; the steps are in engine/traffic_steps.py,
the options and their limits in engine/traffic_options.py. Presets and their sources:
engine/presets.py, docs/traffic.md.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, replace

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from referral_studio.domain.times import to_ns
from referral_studio.engine.event_log import NO_CODE, EventLog
from referral_studio.engine.traffic_options import DAY, SECOND, TrafficOptions
from referral_studio.engine.traffic_size import MAX_GENERATIONS, check_traffic_size
from referral_studio.engine.traffic_steps import (
    JS_EVENT_NAME,
    MILESTONES,
    Campaign,
    Rows,
    friend_visits,
    js_events,
    milestones,
    organic_participants,
    organic_visitors,
    purchases,
    self_referrals,
    shares,
    signups,
)

EVENING_PEAK_HOUR = 20.0  # UTC hour at which the day-night rhythm peaks


@dataclass(frozen=True, eq=False)
class Traffic:
    """A generated log and what the generator knows about it."""

    log: EventLog
    participants: int
    referred_signups: int
    generations: int

    @property
    def viral_coefficient(self) -> float:
        """Referred sign-ups per participant."""
        return self.referred_signups / self.participants if self.participants else 0.0


def generate(options: TrafficOptions) -> Traffic:
    """Make a log of referral traffic from the options; TrafficTooLarge before any work if it would not fit."""
    check_traffic_size(options)
    start = to_ns(options.start)
    campaign = Campaign(options, np.random.default_rng(options.seed), start, start + int(options.days * DAY), Rows(), 0)
    person, joined = organic_participants(campaign)
    person, joined = organic_visitors(campaign, person, joined)
    return grow(campaign, person, joined, _generation)


Generation = Callable[[Campaign, np.ndarray, np.ndarray], tuple[np.ndarray, np.ndarray]]


def grow(campaign: Campaign, person: np.ndarray, joined: np.ndarray, generation_of: Generation) -> Traffic:
    """Run generations from the organic participants until nobody new joins; `generation_of` makes one.

    A generation takes its participants (person, joined) and returns the friends who signed up.
    """
    participants, referred, generation = person.size, 0, 0
    while person.size and generation < MAX_GENERATIONS:
        generation += 1
        self_referrals(campaign, person, joined)
        person, joined = generation_of(campaign, person, joined)
        alive = joined < campaign.end
        person, joined = person[alive], joined[alive]
        participants += person.size
        referred += person.size
    return Traffic(log=_log(campaign), participants=participants, referred_signups=referred, generations=generation)


def _generation(campaign: Campaign, person: np.ndarray, joined: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    share_by, shared = shares(campaign, person, joined)
    person, joined, _by = friends_of(campaign, share_by, shared)
    return person, joined


def friends_of(
    campaign: Campaign, share_by: np.ndarray, shared: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """What the friends reached by these shares do; returns those who signed up (person, joined, referrer)."""
    friend, referrer, visited = friend_visits(campaign, share_by, shared)
    js_events(campaign, friend, referrer, visited)
    person, joined, by = signups(campaign, friend, referrer, visited)
    milestones(campaign, person, joined, by)
    purchases(campaign, person, joined, by)
    return person, joined, by


@functools.lru_cache(maxsize=8)
def _day_night_inverse(strength: float) -> tuple[int, np.ndarray]:
    """The rhythm's inverse cumulative share on an even grid of `steps` cells (the same for every log of a strength)."""
    grid = np.linspace(0.0, 1.0, 24 * 60 + 1)
    intensity = 1 + strength * np.cos(2 * np.pi * (grid - EVENING_PEAK_HOUR / 24))
    cumulative = np.concatenate([[0.0], np.cumsum((intensity[1:] + intensity[:-1]) / 2)])
    cumulative /= cumulative[-1]
    steps = 1 << 16  # the inverse on an even grid, so each time is one lookup, not a search
    inverse = np.interp(np.linspace(0.0, 1.0, steps + 1), cumulative, grid)
    inverse.flags.writeable = False
    return steps, inverse


def _day_night(time: np.ndarray, strength: float) -> np.ndarray:
    """Move each time within its UTC day so activity follows a day-night rhythm peaking in the evening.

    A monotone warp: the order of events (and so every cause before its effect) is kept,
    and nothing leaves its day. Intensity over the day is 1 + strength·cos(hour − peak); an
    even spread of times is mapped through the inverse of its cumulative share.
    """
    steps, inverse = _day_night_inverse(strength)
    day = time - time % DAY
    position = (time - day) * (steps / DAY)
    cell = np.minimum(position.astype(np.int64), steps - 1)
    fraction = inverse[cell] + (position - cell) * (inverse[cell + 1] - inverse[cell])
    warped: np.ndarray = day + (fraction * DAY).astype(np.int64)
    return warped


def _log(campaign: Campaign) -> EventLog:
    """The rows as a log: rhythm applied, whole seconds, nothing at or after the campaign's end.

    Rows settled before (`campaign.settled`: rows several logs share) come first, as they were made first.
    """
    columns = settle(campaign)
    if campaign.settled is not None:
        columns = [np.concatenate(pair) for pair in zip(campaign.settled, columns, strict=True)]
    time, kind, who, by, name = columns
    people, who, by = _named(campaign.next_id, who, by)
    names = pa.array([JS_EVENT_NAME, *MILESTONES], pa.string())
    log = EventLog.build(time, kind, who, by, name, people, names)
    return replace(log, order=None)  # a generated log's file is its order


def settle(campaign: Campaign) -> list[np.ndarray]:
    """The campaign's rows so far (taken from it) in the log's form: rhythm applied, whole seconds, inside it."""
    time, kind, who, by, name = campaign.rows.take_columns()
    # Rows whose delays ran past the nanosecond range wrapped round to before the start; rows after the end's
    # day stay after the end (the rhythm keeps each row in its day). Dropped first, nothing can overflow.
    last_day = campaign.end - campaign.end % DAY + DAY
    near = (time >= campaign.start) & (time < last_day)
    time, kind, who, by, name = time[near], kind[near], who[near], by[near], name[near]
    if campaign.options.day_night > 0:
        time = np.maximum(_day_night(time, campaign.options.day_night), campaign.start)
    time -= time % SECOND  # logs record whole seconds
    inside = time < campaign.end
    return [time[inside], kind[inside], who[inside], by[inside], name[inside]]


_CACHED_NAMES = 2_000_000  # names of ids below this are made once per process and taken (a forecast makes many logs)
_names_made: list[pa.Array] = [pa.array([], pa.string())]


def _names(ids: np.ndarray, count: int) -> pa.Array:
    """u0000042 for each id (ascending), all below `count`."""
    if count > _CACHED_NAMES:
        return pc.binary_join_element_wise("u", pc.utf8_lpad(pa.array(ids).cast(pa.string()), 7, "0"), "")
    if len(_names_made[0]) < count:
        size = min(max(count, 2 * len(_names_made[0])), _CACHED_NAMES)
        every = pa.array(np.arange(size, dtype=np.int64)).cast(pa.string())
        _names_made[0] = pc.binary_join_element_wise("u", pc.utf8_lpad(every, 7, "0"), "")
    return _names_made[0].take(pa.array(ids))


def _named(count: int, person: np.ndarray, referrer: np.ndarray) -> tuple[pa.Array, np.ndarray, np.ndarray]:
    """Names (u0000042) for the people who appear in the log only, and their rows' codes into them.

    So the dictionary matches the file's contents, and no name is made for the many ids
    (friends replaced by an overlap, rows past the end) that never reach the log.
    """
    used = np.zeros(count, dtype=bool)
    used[person] = True
    used[referrer[referrer != NO_CODE]] = True
    remap = np.cumsum(used, dtype=np.int64) - 1
    people = _names(np.flatnonzero(used), count)
    referrer = np.where(referrer != NO_CODE, remap[np.maximum(referrer, 0)], NO_CODE)
    return people, remap[person].astype(np.int32), referrer.astype(np.int32)
