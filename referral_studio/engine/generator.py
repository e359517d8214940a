"""Seeded synthetic referral traffic that grows in generations, like a real viral campaign.

Organic participants join over the campaign, and organic visitors sign up at a base rate;
participants share (a lognormal propensity lets a few send most shares), shares bring
friends' visits (a link several friends click, or in recommendation mode one person who may
click; some return, some friends are reached by several referrers, whose pull saturates);
friends fire the landing page's JavaScript event, sign up and become participants
themselves, make purchases and reach milestone activities. Self-referrals are mixed in, the
times follow realistic delays and a day-night rhythm. Each mechanism is one step function
over a shared `_Campaign`, so a new one is one more step. Every draw comes from one numpy
Generator in a fixed order, so the same seed and options give the same log; a step that is
switched off draws nothing, which keeps the `classroom` preset byte-identical to the
generator before presets. Presets and their sources: engine/presets.py, docs/traffic.md.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, fields, replace
from datetime import datetime, timezone

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from referral_studio.domain.texts import QT_TRANSLATE_NOOP
from referral_studio.domain.times import to_ns
from referral_studio.engine.event_log import NO_CODE, EventLog
from referral_studio.engine.kinds import Kind

SECOND = 1_000_000_000
HOUR = 3600 * SECOND
DAY = 24 * HOUR
JS_EVENT_NAME = "Referral CTA Click"
MILESTONES = ("Registers for Webinar", "Attended Webinar", "Opportunity Created", "Purchase")
PURCHASE_CODE = 1 + MILESTONES.index("Purchase")  # codes: 0 the JS event, then the milestones
MAX_GENERATIONS = 60
MAX_EVENTS = 500_000_000  # about 10 GB of columns: options that grow past it are refused, not left to exhaust memory


class TrafficTooLarge(ValueError):
    """The options make traffic that grows past MAX_EVENTS (e.g. many visits per share with a high sign-up rate)."""


NS_MIN, NS_MAX = -(2**63), 2**63 - 1  # the engine's int64 nanosecond times


@dataclass(frozen=True)
class TrafficOptions:
    """What the generator makes; each field is also a `generate` option (underscores → dashes), its help in metadata."""

    participants: int = field(
        default=1_000,
        metadata={
            "help": QT_TRANSLATE_NOOP(
                "TrafficOptions", "Organic participants, who join the offer on their own over the campaign."
            )
        },
    )
    days: float = field(
        default=30.0,
        metadata={"help": QT_TRANSLATE_NOOP("TrafficOptions", "Campaign length in days; nothing happens after it.")},
    )
    start: datetime = field(
        default=datetime(2027, 3, 1, tzinfo=timezone.utc),
        metadata={"help": QT_TRANSLATE_NOOP("TrafficOptions", "When the campaign starts.")},
    )
    seed: int = field(
        default=1,
        metadata={
            "help": QT_TRANSLATE_NOOP(
                "TrafficOptions", "Seed of the random generator: same seed and options, same log."
            )
        },
    )
    share_rate: float = field(
        default=0.07,
        metadata={"help": QT_TRANSLATE_NOOP("TrafficOptions", "Share of participants who share their link at all.")},
    )
    shares_per_sharer: float = field(
        default=2.0,
        metadata={
            "help": QT_TRANSLATE_NOOP(
                "TrafficOptions", "Mean number of shares by a participant who shares (at least one)."
            )
        },
    )
    visits_per_share: float = field(
        default=2.0,
        metadata={"help": QT_TRANSLATE_NOOP("TrafficOptions", "Mean number of friends who visit through one share.")},
    )
    overlap_rate: float = field(
        default=0.05,
        metadata={
            "help": QT_TRANSLATE_NOOP(
                "TrafficOptions", "Share of referred visits by a friend already reached through someone else's link."
            )
        },
    )
    return_rate: float = field(
        default=0.15,
        metadata={
            "help": QT_TRANSLATE_NOOP(
                "TrafficOptions", "Share of visiting friends who come back through the same link."
            )
        },
    )
    js_event_rate: float = field(
        default=0.3,
        metadata={
            "help": QT_TRANSLATE_NOOP(
                "TrafficOptions", "Share of visiting friends who fire the landing page's JavaScript event."
            )
        },
    )
    signup_rate: float = field(
        default=0.075,
        metadata={
            "help": QT_TRANSLATE_NOOP(
                "TrafficOptions", "Share of visiting friends who sign up (and become participants)."
            )
        },
    )
    tagged_rate: float = field(
        default=0.6,
        metadata={
            "help": QT_TRANSLATE_NOOP(
                "TrafficOptions",
                "Share of a friend's sign-ups, JS events and milestones that carry the referrer (the rest rely on attribution).",
            )
        },
    )
    milestone_rate: float = field(
        default=0.1,
        metadata={
            "help": QT_TRANSLATE_NOOP(
                "TrafficOptions",
                "Chance that a referred participant reaches each next milestone (webinar → attended → opportunity → purchase).",
            )
        },
    )
    self_referral_rate: float = field(
        default=0.02,
        metadata={
            "help": QT_TRANSLATE_NOOP("TrafficOptions", "Share of participants who visit through their own link.")
        },
    )
    organic_visit_rate: float = field(
        default=3.0,
        metadata={"help": QT_TRANSLATE_NOOP("TrafficOptions", "Organic visits (no referrer) per organic participant.")},
    )

    organic_signup_rate: float = field(
        default=0.03,
        metadata={
            "help": QT_TRANSLATE_NOOP(
                "TrafficOptions",
                "Share of organic visitors who sign up on their own (the base rate referred traffic is compared with).",
            )
        },
    )
    purchase_rate: float = field(
        default=0.6,
        metadata={
            "help": QT_TRANSLATE_NOOP(
                "TrafficOptions", "Share of referred sign-ups who make a Purchase (besides the milestone chain)."
            )
        },
    )
    share_spread: float = field(
        default=1.0,
        metadata={
            "help": QT_TRANSLATE_NOOP(
                "TrafficOptions",
                "Spread of sharers' propensity (lognormal sigma): 0 makes every sharer alike, 1.5 lets a few send most shares.",
            )
        },
    )
    share_mode: str = field(
        default="broadcast",
        metadata={
            "choices": ("broadcast", "recommendation"),
            "help": QT_TRANSLATE_NOOP(
                "TrafficOptions",
                "broadcast: a share is a link that several friends may click; recommendation: a share reaches one "
                "person, who clicks with chance visits-per-share.",
            ),
        },
    )
    saturation: int = field(
        default=3,
        metadata={
            "help": QT_TRANSLATE_NOOP(
                "TrafficOptions",
                "A friend's chance to sign up rises with each distinct referrer who reached them, up to this many "
                "(0: no limit).",
            )
        },
    )
    day_night: float = field(
        default=0.6,
        metadata={
            "help": QT_TRANSLATE_NOOP(
                "TrafficOptions",
                "Strength of the day-night rhythm (UTC, peak at 20:00): 0 spreads events evenly, 1 leaves nights empty.",
            )
        },
    )
    delays: str = field(
        default="lognormal",
        metadata={
            "choices": ("lognormal", "exponential"),
            "help": QT_TRANSLATE_NOOP(
                "TrafficOptions",
                "How long people take between steps: lognormal (most within the hour, a tail of days) or "
                "exponential (the classroom's even spread).",
            ),
        },
    )

    def problems(self) -> list[str]:
        """What is out of range, as `option: allowed` lines."""
        found = []
        for name, limit in LIMITS.items():
            if not limit.allows(getattr(self, name)):
                found.append(f"{name.replace('_', '-')}: {limit.allowed}")
            elif name == "days" and not NS_MIN <= to_ns(self.start) <= NS_MAX - int(self.days * DAY) - 2 * DAY:
                found.append(
                    "start: a time from 1677-09-22 on, with the campaign (start plus days) over "
                    "by 2262-04-09 (the range of nanosecond times)"
                )
        for f in fields(self):
            choices = f.metadata.get("choices")
            if choices and getattr(self, f.name) not in choices:
                found.append(f"{f.name.replace('_', '-')}: one of {', '.join(choices)}")
        if self.share_mode == "recommendation" and self.visits_per_share > 1:
            found.append("visits-per-share: at most 1 in recommendation mode (one share reaches one person)")
        if self.shares_per_sharer < 1 and self.share_rate > 0:
            found.append("shares-per-sharer: at least 1 (a sharer shares at least once)")
        return found


@dataclass(frozen=True)
class Limit:
    """The values a traffic option allows; `problems()` checks them and the GUI's form is bounded by them."""

    low: float
    high: float
    allowed: str  # in words, for the message naming the option
    low_excluded: bool = False  # more than `low`, not `low` itself

    def allows(self, value: float) -> bool:
        return (self.low < value if self.low_excluded else self.low <= value) and value <= self.high


_FRACTION = Limit(0, 1, "a fraction from 0 to 1")
_PER_PERSON = Limit(0, 1000, "a number from 0 to 1000")
LIMITS: dict[str, Limit] = {
    "participants": Limit(0, 50_000_000, "a whole number from 0 to 50,000,000"),
    "days": Limit(0, 3650, "more than 0 and at most 3650", low_excluded=True),
    "seed": Limit(0, math.inf, "a whole number of at least 0"),
    **dict.fromkeys(
        (
            "share_rate",
            "overlap_rate",
            "return_rate",
            "js_event_rate",
            "signup_rate",
            "tagged_rate",
            "milestone_rate",
            "self_referral_rate",
            "organic_signup_rate",
            "purchase_rate",
            "day_night",
        ),
        _FRACTION,
    ),
    **dict.fromkeys(("shares_per_sharer", "visits_per_share", "organic_visit_rate"), _PER_PERSON),
    "share_spread": Limit(0, 4, "a number from 0 to 4"),
    "saturation": Limit(0, 1000, "a whole number from 0 (no limit) to 1000"),
}
"""The range of every bounded option, in the order problems() names them (the start is checked with the days)."""


OPTION_FIELDS = tuple(f.name for f in fields(TrafficOptions))


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


class _Rows:
    """Columns collected generation by generation."""

    def __init__(self) -> None:
        self.parts: list[tuple[np.ndarray, ...]] = []

    def add(
        self, time: np.ndarray, kind: Kind, person: np.ndarray, referrer: np.ndarray | int, name: int = NO_CODE
    ) -> None:
        n = time.shape[0]
        self.parts.append(
            (
                time.astype(np.int64),
                np.full(n, kind, np.int8),
                person.astype(np.int32),
                np.broadcast_to(np.asarray(referrer, np.int32), (n,)).astype(np.int32),
                np.full(n, name, np.int32),
            )
        )

    def take_columns(self) -> list[np.ndarray]:
        """All rows as five columns; the parts are let go, so they are not held beside the log being built."""
        parts, self.parts = self.parts, []
        if not parts:
            return [np.zeros(0, dtype) for dtype in (np.int64, np.int8, np.int32, np.int32, np.int32)]
        return [np.concatenate(column) for column in zip(*parts, strict=True)]


@dataclass(frozen=True)
class _Delay:
    """How long a step takes: the classroom's exponential mean, or a lognormal's median and spread."""

    mean: int
    median: int
    sigma: float


DELAYS = {  # exponential means are the classroom's; lognormal medians and spreads are our choice (docs/traffic.md)
    "self_visit": _Delay(2 * HOUR, 20 * 60 * SECOND, 1.5),
    "share": _Delay(DAY, 2 * HOUR, 2.0),
    "visit": _Delay(6 * HOUR, HOUR, 1.5),
    "return": _Delay(2 * DAY, DAY, 1.2),
    "js_event": _Delay(5 * 60 * SECOND, 60 * SECOND, 1.0),
    "signup": _Delay(DAY, 15 * 60 * SECOND, 2.0),
    "milestone": _Delay(3 * DAY, 2 * DAY, 1.0),
    "purchase": _Delay(DAY, 30 * 60 * SECOND, 2.0),
}
EVENING_PEAK_HOUR = 20.0  # UTC hour at which the day-night rhythm peaks


@dataclass
class _Campaign:
    """What every step shares: the options, the one random generator, the campaign's span and the rows so far."""

    options: TrafficOptions
    rng: np.random.Generator
    start: int
    end: int
    rows: _Rows
    next_id: int
    planned: int = 0  # rows counted by grow() so far

    def grow(self, count: int, what: str) -> None:
        """Count `count` more rows before they are made; refuse traffic that would outgrow MAX_EVENTS."""
        self.planned += count
        if self.planned > MAX_EVENTS:
            raise TrafficTooLarge(
                f"the traffic would grow past {MAX_EVENTS:,} events ({what}); lower visits-per-share, "
                "shares-per-sharer, organic-visit-rate, signup-rate or participants"
            )

    def new_people(self, count: int) -> np.ndarray:
        people = np.arange(self.next_id, self.next_id + count, dtype=np.int64)
        self.next_id += count
        return people

    def delay(self, step: str, count: int) -> np.ndarray:
        """Nanoseconds each of `count` people take for the step."""
        delay = DELAYS[step]
        if self.options.delays == "exponential":
            return self.rng.exponential(delay.mean, count).astype(np.int64)
        return self.rng.lognormal(np.log(delay.median), delay.sigma, count).astype(np.int64)

    def tag(self, referrer: np.ndarray) -> np.ndarray:
        """The referrer where the row carries it, NO_CODE where attribution must find it."""
        return np.where(self.rng.random(referrer.shape[0]) < self.options.tagged_rate, referrer, NO_CODE)


def generate(options: TrafficOptions) -> Traffic:
    """Make a log of referral traffic from the options."""
    start = to_ns(options.start)
    campaign = _Campaign(
        options, np.random.default_rng(options.seed), start, start + int(options.days * DAY), _Rows(), 0
    )
    person, joined = _organic_participants(campaign)
    person, joined = _organic_visitors(campaign, person, joined)
    participants, referred, generation = person.size, 0, 0
    while person.size and generation < MAX_GENERATIONS:
        generation += 1
        _self_referrals(campaign, person, joined)
        share_by, shared = _shares(campaign, person, joined)
        friend, referrer, visited = _friend_visits(campaign, share_by, shared)
        _js_events(campaign, friend, referrer, visited)
        person, joined, by = _signups(campaign, friend, referrer, visited)
        _milestones(campaign, person, joined, by)
        _purchases(campaign, person, joined, by)
        alive = joined < campaign.end
        person, joined = person[alive], joined[alive]
        participants += person.size
        referred += person.size
    return Traffic(log=_log(campaign), participants=participants, referred_signups=referred, generations=generation)


def _at_random_times(campaign: _Campaign, count: int) -> np.ndarray:
    return campaign.start + (campaign.rng.random(count) * (campaign.end - campaign.start)).astype(np.int64)


def _organic_participants(campaign: _Campaign) -> tuple[np.ndarray, np.ndarray]:
    """Participants who join on their own, evenly over the campaign."""
    person = campaign.new_people(campaign.options.participants)
    joined = _at_random_times(campaign, person.size)
    campaign.rows.add(joined, Kind.SIGNUP, person, NO_CODE)
    return person, joined


def _organic_visitors(campaign: _Campaign, person: np.ndarray, joined: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Visitors without a referrer; those who sign up join the participants (the base rate referred lift beats)."""
    options, rng = campaign.options, campaign.rng
    count = rng.poisson(options.organic_visit_rate * options.participants)
    campaign.grow(options.participants + count, "organic visitors")
    visitors = campaign.new_people(count)
    visited = _at_random_times(campaign, count)
    campaign.rows.add(visited, Kind.VISIT, visitors, NO_CODE)
    if options.organic_signup_rate <= 0:
        return person, joined
    signs = rng.random(count) < options.organic_signup_rate
    signed = visited[signs] + campaign.delay("signup", int(signs.sum()))
    campaign.rows.add(signed, Kind.SIGNUP, visitors[signs], NO_CODE)
    alive = signed < campaign.end
    return np.concatenate([person, visitors[signs][alive]]), np.concatenate([joined, signed[alive]])


def _self_referrals(campaign: _Campaign, person: np.ndarray, joined: np.ndarray) -> None:
    selfish = campaign.rng.random(person.size) < campaign.options.self_referral_rate
    when = joined[selfish] + campaign.delay("self_visit", int(selfish.sum()))
    campaign.rows.add(when, Kind.VISIT, person[selfish], person[selfish])


def _shares(campaign: _Campaign, person: np.ndarray, joined: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Who shares, and how often: a heavy tail (lognormal propensity) lets a few sharers send most shares."""
    options, rng = campaign.options, campaign.rng
    sharer = rng.random(person.size) < options.share_rate
    extra = max(options.shares_per_sharer - 1, 0)
    sharers = int(sharer.sum())
    if options.share_spread > 0:
        sigma = options.share_spread
        propensity = rng.lognormal(-sigma * sigma / 2, sigma, sharers)  # mean 1
        count = 1 + rng.poisson(extra * propensity)
    else:
        count = 1 + rng.poisson(extra, sharers)
    campaign.grow(int(count.sum()), "shares")
    share_by = np.repeat(person[sharer], count)
    shared = np.repeat(joined[sharer], count) + campaign.delay("share", share_by.size)
    campaign.rows.add(shared, Kind.SHARE, share_by, NO_CODE)
    return share_by, shared


def _friend_visits(
    campaign: _Campaign, share_by: np.ndarray, shared: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Friends' first visits through each share (some friends reached by two sharers), and their return visits."""
    options, rng = campaign.options, campaign.rng
    if options.share_mode == "recommendation":  # one share, one person, who may or may not click
        reach = (rng.random(share_by.size) < options.visits_per_share).astype(np.int64)
    else:
        reach = rng.poisson(options.visits_per_share, share_by.size)
    campaign.grow(int(reach.sum()), "friends' visits")
    referrer = np.repeat(share_by, reach)
    visited = np.repeat(shared, reach) + campaign.delay("visit", referrer.size)
    friend = campaign.new_people(referrer.size)
    overlap = np.flatnonzero(rng.random(friend.size) < options.overlap_rate)
    if overlap.size and friend.size > 1:
        friend[overlap] = friend[rng.integers(0, friend.size, overlap.size)]
    campaign.rows.add(visited, Kind.VISIT, friend, referrer)
    back = rng.random(friend.size) < options.return_rate
    returned = visited[back] + campaign.delay("return", int(back.sum()))
    campaign.rows.add(returned, Kind.VISIT, friend[back], referrer[back])
    return friend, referrer, visited


def _js_events(campaign: _Campaign, friend: np.ndarray, referrer: np.ndarray, visited: np.ndarray) -> None:
    clicked = campaign.rng.random(friend.size) < campaign.options.js_event_rate
    when = visited[clicked] + campaign.delay("js_event", int(clicked.sum()))
    campaign.rows.add(when, Kind.JS_EVENT, friend[clicked], campaign.tag(referrer[clicked]), 0)


def _signups(
    campaign: _Campaign, friend: np.ndarray, referrer: np.ndarray, visited: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Each friend signs up at most once, through the first link that convinced them: (person, time, referrer)."""
    options = campaign.options
    signs = campaign.rng.random(friend.size) < options.signup_rate
    if options.saturation > 0:
        signs &= _first_referrers(friend, referrer, visited, options.saturation)
    _, first = np.unique(friend[signs], return_index=True)
    chosen = np.flatnonzero(signs)[np.sort(first)]
    signed = visited[chosen] + campaign.delay("signup", chosen.size)
    campaign.rows.add(signed, Kind.SIGNUP, friend[chosen], campaign.tag(referrer[chosen]))
    return friend[chosen], signed, referrer[chosen]


def _first_referrers(friend: np.ndarray, referrer: np.ndarray, visited: np.ndarray, limit: int) -> np.ndarray:
    """Visits that can still convince: each friend's first visit through each of their first `limit` referrers.

    So a friend's chance to sign up rises with the number of distinct referrers who reached them,
    up to `limit`, and then levels off (the saturation Leskovec et al. observed).
    """
    by_pair = np.lexsort((visited, referrer, friend))
    f, r = friend[by_pair], referrer[by_pair]
    new_pair = np.ones(f.size, bool)
    new_pair[1:] = (f[1:] != f[:-1]) | (r[1:] != r[:-1])
    pair_first = by_pair[new_pair]  # each (friend, referrer) pair's earliest visit
    by_friend = pair_first[np.lexsort((visited[pair_first], friend[pair_first]))]
    g = friend[by_friend]
    starts = np.ones(g.size, bool)
    starts[1:] = g[1:] != g[:-1]
    position = np.arange(g.size) - np.maximum.accumulate(np.where(starts, np.arange(g.size), 0))
    eligible = np.zeros(friend.size, bool)
    eligible[by_friend[position < limit]] = True
    return eligible


def _milestones(campaign: _Campaign, person: np.ndarray, joined: np.ndarray, by: np.ndarray) -> None:
    """Milestone activities, each reached only by those who reached the one before."""
    reached, when = person, joined
    for code, _milestone in enumerate(MILESTONES, start=1):
        keep = campaign.rng.random(reached.size) < campaign.options.milestone_rate
        reached, by = reached[keep], by[keep]
        when = when[keep] + campaign.delay("milestone", reached.size)
        campaign.rows.add(when, Kind.ACTIVITY, reached, campaign.tag(by), code)


def _purchases(campaign: _Campaign, person: np.ndarray, joined: np.ndarray, by: np.ndarray) -> None:
    """A referred sign-up's purchase (the conversion Extole counts), apart from the milestone chain."""
    rate = campaign.options.purchase_rate
    if rate <= 0:
        return
    buys = campaign.rng.random(person.size) < rate
    when = joined[buys] + campaign.delay("purchase", int(buys.sum()))
    campaign.rows.add(when, Kind.ACTIVITY, person[buys], campaign.tag(by[buys]), PURCHASE_CODE)


def _day_night(time: np.ndarray, strength: float) -> np.ndarray:
    """Move each time within its UTC day so activity follows a day-night rhythm peaking in the evening.

    A monotone warp: the order of events (and so every cause before its effect) is kept,
    and nothing leaves its day. Intensity over the day is 1 + strength·cos(hour − peak); an
    even spread of times is mapped through the inverse of its cumulative share.
    """
    grid = np.linspace(0.0, 1.0, 24 * 60 + 1)
    intensity = 1 + strength * np.cos(2 * np.pi * (grid - EVENING_PEAK_HOUR / 24))
    cumulative = np.concatenate([[0.0], np.cumsum((intensity[1:] + intensity[:-1]) / 2)])
    cumulative /= cumulative[-1]
    steps = 1 << 16  # the inverse on an even grid, so each time is one lookup, not a search
    inverse = np.interp(np.linspace(0.0, 1.0, steps + 1), cumulative, grid)
    day = time - time % DAY
    position = (time - day) * (steps / DAY)
    cell = np.minimum(position.astype(np.int64), steps - 1)
    fraction = inverse[cell] + (position - cell) * (inverse[cell + 1] - inverse[cell])
    warped: np.ndarray = day + (fraction * DAY).astype(np.int64)
    return warped


def _log(campaign: _Campaign) -> EventLog:
    """The rows as a log: rhythm applied, whole seconds, nothing at or after the campaign's end."""
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
    time, kind, who, by, name = time[inside], kind[inside], who[inside], by[inside], name[inside]
    people, who, by = _named(campaign.next_id, who, by)
    names = pa.array([JS_EVENT_NAME, *MILESTONES], pa.string())
    log = EventLog.build(time, kind, who, by, name, people, names)
    return replace(log, order=None)  # a generated log's file is its order


def _named(count: int, person: np.ndarray, referrer: np.ndarray) -> tuple[pa.Array, np.ndarray, np.ndarray]:
    """Names (u0000042) for the people who appear in the log only, and their rows' codes into them.

    So the dictionary matches the file's contents, and no name is made for the many ids
    (friends replaced by an overlap, rows past the end) that never reach the log.
    """
    used = np.zeros(count, dtype=bool)
    used[person] = True
    used[referrer[referrer != NO_CODE]] = True
    remap = np.cumsum(used, dtype=np.int64) - 1
    ids = pa.array(np.flatnonzero(used)).cast(pa.string())
    people = pc.binary_join_element_wise("u", pc.utf8_lpad(ids, 7, "0"), "")
    referrer = np.where(referrer != NO_CODE, remap[np.maximum(referrer, 0)], NO_CODE)
    return people, remap[person].astype(np.int32), referrer.astype(np.int32)
