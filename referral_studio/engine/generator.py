"""Seeded synthetic referral traffic that grows in generations, like a real viral campaign.

Organic participants join over the campaign and share; shares bring friends' visits (some
return, a few friends are reached by two participants); friends fire the landing page's
JavaScript event, sign up and become participants themselves, and later reach milestone
activities. Self-referrals and organic visits are mixed in. Every draw comes from one
numpy Generator in a fixed order, so the same seed and options give the same log.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
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
MAX_GENERATIONS = 60


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
        default=0.35,
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
        default=3.0,
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
        default=0.3,
        metadata={
            "help": QT_TRANSLATE_NOOP(
                "TrafficOptions", "Share of visiting friends who come back through the same link."
            )
        },
    )
    js_event_rate: float = field(
        default=0.4,
        metadata={
            "help": QT_TRANSLATE_NOOP(
                "TrafficOptions", "Share of visiting friends who fire the landing page's JavaScript event."
            )
        },
    )
    signup_rate: float = field(
        default=0.25,
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
        default=0.3,
        metadata={
            "help": QT_TRANSLATE_NOOP(
                "TrafficOptions",
                "Chance that a referred participant reaches each next milestone (webinar → attended → opportunity → purchase).",
            )
        },
    )
    self_referral_rate: float = field(
        default=0.05,
        metadata={
            "help": QT_TRANSLATE_NOOP("TrafficOptions", "Share of participants who visit through their own link.")
        },
    )
    organic_visit_rate: float = field(
        default=0.5,
        metadata={"help": QT_TRANSLATE_NOOP("TrafficOptions", "Organic visits (no referrer) per organic participant.")},
    )

    def problems(self) -> list[str]:
        """What is out of range, as `option: allowed` lines."""
        found = [
            f"{name.replace('_', '-')}: {limit.allowed}"
            for name, limit in LIMITS.items()
            if not limit.allows(getattr(self, name))
        ]
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
        ),
        _FRACTION,
    ),
    **dict.fromkeys(("shares_per_sharer", "visits_per_share", "organic_visit_rate"), _PER_PERSON),
}
"""The range of every bounded option (the seed and the start take any value)."""


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

    def columns(self) -> list[np.ndarray]:
        if not self.parts:
            return [np.zeros(0, dtype) for dtype in (np.int64, np.int8, np.int32, np.int32, np.int32)]
        return [np.concatenate(column) for column in zip(*self.parts, strict=True)]


def _tag(rng: np.random.Generator, referrer: np.ndarray, rate: float) -> np.ndarray:
    """The referrer where the row carries it, NO_CODE where attribution must find it."""
    return np.where(rng.random(referrer.shape[0]) < rate, referrer, NO_CODE)


def generate(options: TrafficOptions) -> Traffic:
    """Make a log of referral traffic from the options."""
    rng = np.random.default_rng(options.seed)
    start = to_ns(options.start)
    end = start + int(options.days * DAY)
    rows = _Rows()
    next_id = options.participants
    person = np.arange(options.participants, dtype=np.int64)
    joined = start + (rng.random(options.participants) * (end - start)).astype(np.int64)
    rows.add(joined, Kind.SIGNUP, person, NO_CODE)
    organic = rng.poisson(options.organic_visit_rate * options.participants)
    visitors = np.arange(next_id, next_id + organic, dtype=np.int64)
    next_id += organic
    rows.add(start + (rng.random(organic) * (end - start)).astype(np.int64), Kind.VISIT, visitors, NO_CODE)
    participants, referred, generation = options.participants, 0, 0
    while person.size and generation < MAX_GENERATIONS:
        generation += 1
        selfish = rng.random(person.size) < options.self_referral_rate
        rows.add(
            joined[selfish] + (rng.exponential(2 * HOUR, int(selfish.sum()))).astype(np.int64),
            Kind.VISIT,
            person[selfish],
            person[selfish],
        )
        # Shares.
        sharer = rng.random(person.size) < options.share_rate
        count = 1 + rng.poisson(max(options.shares_per_sharer - 1, 0), int(sharer.sum()))
        share_by = np.repeat(person[sharer], count)
        shared = np.repeat(joined[sharer], count) + rng.exponential(DAY, share_by.size).astype(np.int64)
        rows.add(shared, Kind.SHARE, share_by, NO_CODE)
        # Friends' visits through each share.
        reach = rng.poisson(options.visits_per_share, share_by.size)
        referrer = np.repeat(share_by, reach)
        visited = np.repeat(shared, reach) + rng.exponential(6 * HOUR, referrer.size).astype(np.int64)
        friend = np.arange(next_id, next_id + referrer.size, dtype=np.int64)
        next_id += referrer.size
        overlap = np.flatnonzero(rng.random(friend.size) < options.overlap_rate)
        if overlap.size and friend.size > 1:
            friend[overlap] = friend[rng.integers(0, friend.size, overlap.size)]
        rows.add(visited, Kind.VISIT, friend, referrer)
        back = rng.random(friend.size) < options.return_rate
        rows.add(
            visited[back] + rng.exponential(2 * DAY, int(back.sum())).astype(np.int64),
            Kind.VISIT,
            friend[back],
            referrer[back],
        )
        clicked = rng.random(friend.size) < options.js_event_rate
        rows.add(
            visited[clicked] + rng.exponential(5 * 60 * SECOND, int(clicked.sum())).astype(np.int64),
            Kind.JS_EVENT,
            friend[clicked],
            _tag(rng, referrer[clicked], options.tagged_rate),
            0,
        )
        # Sign-ups: each friend at most once, through the first link that convinced them.
        signs = rng.random(friend.size) < options.signup_rate
        _, first = np.unique(friend[signs], return_index=True)
        chosen = np.flatnonzero(signs)[np.sort(first)]
        signed = visited[chosen] + rng.exponential(DAY, chosen.size).astype(np.int64)
        rows.add(signed, Kind.SIGNUP, friend[chosen], _tag(rng, referrer[chosen], options.tagged_rate))
        # Milestones, each reached only by those who reached the one before.
        reached, when, by = friend[chosen], signed, referrer[chosen]
        for code, _milestone in enumerate(MILESTONES, start=1):
            keep = rng.random(reached.size) < options.milestone_rate
            reached, by = reached[keep], by[keep]
            when = when[keep] + rng.exponential(3 * DAY, reached.size).astype(np.int64)
            rows.add(when, Kind.ACTIVITY, reached, _tag(rng, by, options.tagged_rate), code)
        alive = signed < end
        person, joined = friend[chosen][alive], signed[alive]
        participants += person.size
        referred += person.size
    time, kind, who, by, name = rows.columns()
    time -= time % SECOND  # logs record whole seconds
    inside = time < end
    people = pc.binary_join_element_wise("u", pc.utf8_lpad(pa.array(np.arange(next_id)).cast(pa.string()), 7, "0"), "")
    names = pa.array([JS_EVENT_NAME, *MILESTONES], pa.string())
    log = EventLog.build(time[inside], kind[inside], who[inside], by[inside], name[inside], people, names)
    return Traffic(log=_drop_unnamed(log), participants=participants, referred_signups=referred, generations=generation)


def _drop_unnamed(log: EventLog) -> EventLog:
    """Keep only the people who appear in the log, so the dictionary matches the file's contents."""
    used = np.zeros(len(log.people), dtype=bool)
    used[log.person] = True
    used[log.referrer[log.referrer != NO_CODE]] = True
    remap = np.cumsum(used, dtype=np.int64) - 1
    referrer = np.where(log.referrer != NO_CODE, remap[np.maximum(log.referrer, 0)], NO_CODE)
    return EventLog(
        time=log.time,
        kind=log.kind,
        person=remap[log.person].astype(np.int32),
        referrer=referrer.astype(np.int32),
        name=log.name,
        people=log.people.filter(pa.array(used)),
        names=log.names,
        source_row=np.arange(len(log), dtype=np.int64),
    )
