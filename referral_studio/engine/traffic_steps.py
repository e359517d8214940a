"""The steps of a synthetic referral campaign: who joins, who shares, who visits, who signs up and buys.

Each mechanism is one step function over a shared `Campaign` (the options, the random
generator, the campaign's span and the rows so far), so a new mechanism is one more step
here and one more call in `generate` (engine/generator.py), which runs them generation by
generation and turns the rows into a log. Every draw comes from the campaign's one numpy
Generator in a fixed order, so the same seed and options give the same log; a step that is
switched off draws nothing, which keeps the `classroom` preset byte-identical to the
generator before presets.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from referral_studio.engine.event_log import NO_CODE
from referral_studio.engine.kinds import Kind
from referral_studio.engine.traffic_options import DAY, HOUR, MAX_EVENTS, SECOND, TrafficOptions, TrafficTooLarge

JS_EVENT_NAME = "Referral CTA Click"
MILESTONES = ("Registers for Webinar", "Attended Webinar", "Opportunity Created", "Purchase")
PURCHASE_CODE = 1 + MILESTONES.index("Purchase")  # codes: 0 the JS event, then the milestones


class Rows:
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


@dataclass
class Campaign:
    """What every step shares: the options, the one random generator, the campaign's span and the rows so far."""

    options: TrafficOptions
    rng: np.random.Generator
    start: int
    end: int
    rows: Rows
    next_id: int
    planned: int = 0  # rows counted by grow() so far
    streams: dict[str, np.random.Generator] | None = None  # a stream per kind of draw (STREAMS); None: `rng` for all
    settled: list[np.ndarray] | None = None  # rows already in the log's form, shared by several logs (organic ones)

    def stream(self, kind: str) -> np.random.Generator:
        """The generator for one kind of draw: its own stream when the campaign has streams, else the one `rng`."""
        return self.rng if self.streams is None else self.streams[kind]

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
        delay, rng = DELAYS[step], self.stream(f"{step} delay")
        if self.options.delays == "exponential":
            return rng.exponential(delay.mean, count).astype(np.int64)
        return rng.lognormal(np.log(delay.median), delay.sigma, count).astype(np.int64)

    def tag(self, referrer: np.ndarray) -> np.ndarray:
        """The referrer where the row carries it, NO_CODE where attribution must find it."""
        return np.where(self.stream("tag").random(referrer.shape[0]) < self.options.tagged_rate, referrer, NO_CODE)


def _at_random_times(campaign: Campaign, count: int) -> np.ndarray:
    return campaign.start + (campaign.stream("organic").random(count) * (campaign.end - campaign.start)).astype(
        np.int64
    )


def organic_participants(campaign: Campaign) -> tuple[np.ndarray, np.ndarray]:
    """Participants who join on their own, evenly over the campaign."""
    person = campaign.new_people(campaign.options.participants)
    joined = _at_random_times(campaign, person.size)
    campaign.rows.add(joined, Kind.SIGNUP, person, NO_CODE)
    return person, joined


def organic_visitors(campaign: Campaign, person: np.ndarray, joined: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Visitors without a referrer; those who sign up join the participants (the base rate referred lift beats)."""
    options, rng = campaign.options, campaign.stream("organic")
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


def self_referrals(campaign: Campaign, person: np.ndarray, joined: np.ndarray) -> None:
    selfish = campaign.stream("self_visit").random(person.size) < campaign.options.self_referral_rate
    when = joined[selfish] + campaign.delay("self_visit", int(selfish.sum()))
    campaign.rows.add(when, Kind.VISIT, person[selfish], person[selfish])


def shares(campaign: Campaign, person: np.ndarray, joined: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
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


def friend_visits(
    campaign: Campaign, share_by: np.ndarray, shared: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Friends' first visits through each share (some friends reached by two sharers), and their return visits."""
    options, rng = campaign.options, campaign.stream("visit")
    if options.share_mode == "recommendation":  # one share, one person, who may or may not click
        reach = (rng.random(share_by.size) < options.visits_per_share).astype(np.int64)
    else:
        reach = rng.poisson(options.visits_per_share, share_by.size)
    campaign.grow(int(reach.sum()), "friends' visits")
    referrer = np.repeat(share_by, reach)
    visited = np.repeat(shared, reach) + campaign.delay("visit", referrer.size)
    friend = campaign.new_people(referrer.size)
    rng = campaign.stream("overlap")
    overlap = np.flatnonzero(rng.random(friend.size) < options.overlap_rate)
    if overlap.size and friend.size > 1:
        friend[overlap] = friend[rng.integers(0, friend.size, overlap.size)]
    campaign.rows.add(visited, Kind.VISIT, friend, referrer)
    back = campaign.stream("return").random(friend.size) < options.return_rate
    returned = visited[back] + campaign.delay("return", int(back.sum()))
    campaign.rows.add(returned, Kind.VISIT, friend[back], referrer[back])
    return friend, referrer, visited


def js_events(campaign: Campaign, friend: np.ndarray, referrer: np.ndarray, visited: np.ndarray) -> None:
    clicked = campaign.stream("js_event").random(friend.size) < campaign.options.js_event_rate
    when = visited[clicked] + campaign.delay("js_event", int(clicked.sum()))
    campaign.rows.add(when, Kind.JS_EVENT, friend[clicked], campaign.tag(referrer[clicked]), 0)


def signups(
    campaign: Campaign, friend: np.ndarray, referrer: np.ndarray, visited: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Each friend signs up at most once, through the first link that convinced them: (person, time, referrer)."""
    options = campaign.options
    signs = campaign.stream("signup").random(friend.size) < options.signup_rate
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


def milestones(campaign: Campaign, person: np.ndarray, joined: np.ndarray, by: np.ndarray) -> None:
    """Milestone activities, each reached only by those who reached the one before."""
    reached, when = person, joined
    for code, _milestone in enumerate(MILESTONES, start=1):
        keep = campaign.stream("milestone").random(reached.size) < campaign.options.milestone_rate
        reached, by = reached[keep], by[keep]
        when = when[keep] + campaign.delay("milestone", reached.size)
        campaign.rows.add(when, Kind.ACTIVITY, reached, campaign.tag(by), code)


def purchases(campaign: Campaign, person: np.ndarray, joined: np.ndarray, by: np.ndarray) -> None:
    """A referred sign-up's purchase (the conversion Extole counts), apart from the milestone chain."""
    rate = campaign.options.purchase_rate
    if rate <= 0:
        return
    buys = campaign.stream("purchase").random(person.size) < rate
    when = joined[buys] + campaign.delay("purchase", int(buys.sum()))
    campaign.rows.add(when, Kind.ACTIVITY, person[buys], campaign.tag(by[buys]), PURCHASE_CODE)
