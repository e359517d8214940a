"""Traffic in which people respond to an offer: one log per offer, from one seed, sharing its luck.

The organic participants and visitors do not depend on the offer, so they are made once
and every offer's log starts from the same rows. After them, each kind of draw has its
own stream spawned from the seed (`SeedSequence.spawn`), the same streams for every offer:
two offers draw the same numbers for the same people as far as their traffic agrees
(common random numbers), and the same terms give the same log byte for byte.

Sharing over time is a thinned process. A sharer's first share always happens, as in plain
traffic; their further shares are candidates drawn at `ceiling` times the usual intensity
and kept with chance m(t) / ceiling, where m(t) = 1 + goal_gradient × p(t) while the
referrer can still earn and after_reward after. p(t) counts the credits the referrer's
own friends' rows before t would give under the offer's goal (other referrers' competing
touches, fraud rules and holds ignored). The decisions are taken in rounds, each sharer's
k-th share in round k, so every decision sees the friends' rows of the shares before it.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from referral_studio.domain.offer import GoalType, Offer, Qualification
from referral_studio.domain.times import to_ns
from referral_studio.engine.event_log import NO_CODE
from referral_studio.engine.generator import Traffic, friends_of, grow
from referral_studio.engine.kinds import Kind
from referral_studio.engine.response import Response, Terms, responded_options
from referral_studio.engine.traffic_options import DAY, TrafficOptions
from referral_studio.engine.traffic_steps import (
    JS_EVENT_NAME,
    MILESTONES,
    Campaign,
    Rows,
    organic_participants,
    organic_visitors,
)

STREAMS = (  # one stream per kind of draw; delays draw from the stream named for their step
    "share",
    "propensity",
    "candidates",
    "accept",
    "self_visit",
    "visit",
    "overlap",
    "return",
    "js_event",
    "signup",
    "tag",
    "milestone",
    "purchase",
)


def generate_responses(
    options: TrafficOptions, response: Response, terms: Sequence[Terms], base: Terms
) -> list[Traffic]:
    """One log per entry of `terms`, as people respond to it against the base offer's `base`."""
    organic_seed, *seeds = np.random.SeedSequence(options.seed).spawn(1 + len(STREAMS))
    start = to_ns(options.start)
    organic = Campaign(options, np.random.default_rng(organic_seed), start, start + int(options.days * DAY), Rows(), 0)
    person, joined = organic_participants(organic)
    person, joined = organic_visitors(organic, person, joined)
    logs = []
    for offer_terms in terms:
        streams = {name: np.random.default_rng(seed) for name, seed in zip(STREAMS, seeds, strict=True)}
        own = responded_options(options, response, offer_terms, base)
        campaign = Campaign(own, streams["share"], organic.start, organic.end, Rows(), organic.next_id, organic.planned)
        campaign.streams = streams
        campaign.rows.parts = list(organic.rows.parts)
        sharing = _Sharing(response, offer_terms.offer)
        logs.append(grow(campaign, person, joined, sharing.generation))
    return logs


class _Sharing:
    """One generation's shares under the effects, and the friends they reach."""

    def __init__(self, response: Response, offer: Offer) -> None:
        self.response, self.offer = response, offer

    def generation(self, campaign: Campaign, person: np.ndarray, joined: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        options = campaign.options
        chosen = campaign.stream("share").random(person.size) < options.share_rate
        sigma = options.share_spread
        propensity = campaign.stream("propensity").lognormal(-sigma * sigma / 2, sigma, person.size)[chosen]
        sharers, when = person[chosen], joined[chosen]
        ceiling = self.response.ceiling if self.response.thins else 1.0
        extra = max(options.shares_per_sharer - 1, 0)
        count = campaign.stream("candidates").poisson(extra * ceiling * propensity)
        owner = np.concatenate([np.arange(sharers.size), np.repeat(np.arange(sharers.size), count)])
        time = np.concatenate([when, np.repeat(when, count)]) + campaign.delay("share", owner.size)
        if not self.response.thins:
            return self._reach(campaign, sharers[owner], time)
        return self._rounds(campaign, sharers, owner, time, ceiling)

    def _reach(self, campaign: Campaign, share_by: np.ndarray, shared: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        campaign.grow(share_by.size, "shares")
        campaign.rows.add(shared, Kind.SHARE, share_by, NO_CODE)
        return friends_of(campaign, share_by, shared)

    def _rounds(
        self,
        campaign: Campaign,
        sharers: np.ndarray,
        owner: np.ndarray,
        time: np.ndarray,
        ceiling: float,
    ) -> tuple[np.ndarray, np.ndarray]:
        """Each sharer's k-th share (in time order) decided in round k, on the credits of the rounds before.

        The earliest is the sharer's first share, which always happens; the others are kept with
        chance m(t) / ceiling. Removing the earliest of 1 + Poisson(λ·ceiling) independent times
        leaves Poisson(λ·ceiling) of them, so with m ≡ 1 the count is 1 + Poisson(λ) as in plain traffic.
        """
        keep_u = campaign.stream("accept").random(owner.size) * ceiling
        order = np.lexsort((time, owner))
        owner, time, keep_u = owner[order], time[order], keep_u[order]
        starts = np.flatnonzero(np.r_[True, owner[1:] != owner[:-1]]) if owner.size else np.zeros(0, np.int64)
        sizes = np.diff(np.r_[starts, owner.size])
        rank = np.arange(owner.size) - np.repeat(starts, sizes)
        by_round = np.argsort(rank, kind="stable")
        bounds = np.searchsorted(rank[by_round], np.arange(int(rank.max(initial=-1)) + 2))
        progress = _Progress(self.response, self.offer, sharers)
        people, joined = [], []
        for k in range(bounds.size - 1):
            here = by_round[bounds[k] : bounds[k + 1]]
            keep = (k == 0) | (keep_u[here] < progress.multiplier(owner[here], time[here]))
            here = here[keep]
            mark, first_id = len(campaign.rows.parts) + 1, campaign.next_id
            person, signed = self._reach(campaign, sharers[owner[here]], time[here])
            progress.add(campaign.rows.parts[mark:], first_id)
            people.append(person)
            joined.append(signed)
        if not people:
            return np.zeros(0, np.int64), np.zeros(0, np.int64)
        return np.concatenate(people), np.concatenate(joined)


class _Progress:
    """Each sharer's credits from their own friends' rows, and the multiplier m(t) they give.

    Credits follow the offer's goal: referred visits (each friend once unless repeat visits
    count), sign-ups, the JavaScript event or the trigger activities (each friend once unless
    every time); only rows inside the offer window count.
    """

    def __init__(self, response: Response, offer: Offer, sharers: np.ndarray) -> None:
        self.response, self.goal, self.offer = response, offer.goal, offer
        self.sorter = np.argsort(sharers)
        self.sorted = sharers[self.sorter]
        self.who = np.zeros(0, np.int64)
        self.when = np.zeros(0, np.int64)
        names = (JS_EVENT_NAME, *MILESTONES)
        wanted = {name.strip().casefold() for name in offer.goal.trigger_activities if name.strip()}
        self.activities = np.array([name.casefold() in wanted for name in names])
        self.lo = to_ns(offer.window.start) if offer.window.start else np.iinfo(np.int64).min
        self.hi = to_ns(offer.window.end) if offer.window.end else np.iinfo(np.int64).max

    def add(self, parts: list[tuple[np.ndarray, ...]], first_id: int) -> None:
        """Count the credits in a round's friends' rows; the first part is their first visits."""
        if not parts:
            return
        time, kind, person, referrer, name = (np.concatenate(column) for column in zip(*parts, strict=True))
        owner_of = parts[0][3]  # the referrer of friend first_id + i, before overlaps moved any visit
        owner = owner_of[np.clip(person - first_id, 0, max(owner_of.size - 1, 0))] if owner_of.size else referrer
        goal = self.goal
        if goal.type is GoalType.REFERRED_VISITS:
            rows, credited, once = kind == Kind.VISIT, referrer, not goal.count_repeat_visits
        elif goal.type is GoalType.REFERRED_SIGNUPS:
            rows, credited, once = kind == Kind.SIGNUP, owner, True
        elif goal.type is GoalType.CUSTOM_JS_EVENT:
            rows, credited, once = (kind == Kind.JS_EVENT) & (goal.event_name == JS_EVENT_NAME), owner, True
        else:
            matches = self.activities[np.clip(name, 0, self.activities.size - 1)] & (name >= 0)
            rows = (kind == Kind.ACTIVITY) & matches
            credited, once = owner, goal.qualification is not Qualification.EVERY_TIME
        rows &= (time >= self.lo) & (time < self.hi)
        at, who, whom = time[rows], credited[rows], person[rows].astype(np.int64)
        if once:  # each friend (for visits: each friend of each referrer) gives one credit, at their first row
            key = who.astype(np.int64) << 32 | (whom - first_id)
            order = np.lexsort((at, key))
            firsts = order[np.r_[True, key[order][1:] != key[order][:-1]]] if order.size else order
            at, who = at[firsts], who[firsts]
        index = self.sorter[np.searchsorted(self.sorted, who)]
        self.who = np.concatenate([self.who, index])
        self.when = np.concatenate([self.when, at])

    def multiplier(self, who: np.ndarray, at: np.ndarray) -> np.ndarray:
        """m(t) for sharer indices `who` at times `at`."""
        credits = _counts_before(self.who, self.when, who, at)
        count, rewards = self.goal.count, self.offer.rewards
        fulfilled = credits // count
        if rewards.repeat:
            can_earn = fulfilled < rewards.max_fulfillments if rewards.max_fulfillments is not None else True
        else:
            can_earn = fulfilled < 1
        progress = (credits % count) / count
        multiplier: np.ndarray = np.where(
            can_earn, 1 + self.response.goal_gradient * progress, self.response.after_reward
        )
        return multiplier


def _counts_before(event_who: np.ndarray, event_at: np.ndarray, who: np.ndarray, at: np.ndarray) -> np.ndarray:
    """For each query (who, at), how many events of that `who` are strictly before `at`."""
    if not event_who.size:
        return np.zeros(who.size, np.int64)
    is_event = np.r_[np.ones(event_who.size, np.int64), np.zeros(who.size, np.int64)]
    all_who, all_at = np.r_[event_who, who], np.r_[event_at, at]
    order = np.lexsort((is_event, all_at, all_who))  # a query sorts before an event at the same time
    events = is_event[order]
    before = np.cumsum(events) - events
    group = np.r_[True, all_who[order][1:] != all_who[order][:-1]]
    counts = before - np.maximum.accumulate(np.where(group, before, 0))
    result = np.empty(who.size, np.int64)
    queries = order >= event_who.size
    result[order[queries] - event_who.size] = counts[queries]
    return result
