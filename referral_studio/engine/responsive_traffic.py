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
k-th share in round k, so every decision sees the friends' rows of the shares kept before it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import numpy as np

from referral_studio.domain.offer import GoalType, Offer, Qualification
from referral_studio.domain.times import to_ns
from referral_studio.engine.event_log import NO_CODE
from referral_studio.engine.generator import Traffic, friends_of, grow, settle
from referral_studio.engine.kinds import Kind
from referral_studio.engine.response import Response, Terms, responded_options
from referral_studio.engine.traffic_options import DAY, TrafficOptions
from referral_studio.engine.traffic_size import check_traffic_size
from referral_studio.engine.traffic_steps import (
    DELAYS,
    JS_EVENT_NAME,
    MILESTONES,
    Campaign,
    Rows,
    organic_participants,
    organic_visitors,
)

STREAMS = (  # one stream per kind of draw, and one per step's delays
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
    *(f"{step} delay" for step in DELAYS),
)


def generate_responses(
    options: TrafficOptions, response: Response, terms: Sequence[Terms], base: Terms
) -> list[Traffic]:
    """One log per entry of `terms`, as people respond to it against the base offer's `base`.

    TrafficTooLarge before any work when an offer's traffic would not fit (its rates as people respond).
    """
    own_options = [responded_options(options, response, offer_terms, base) for offer_terms in terms]
    if own_options:  # traffic grows with both rates: the offers' highest of each bound them all
        share, signup = max(own.share_rate for own in own_options), max(own.signup_rate for own in own_options)
        check_traffic_size(replace(options, share_rate=share, signup_rate=signup))
    organic_seed, *seeds = np.random.SeedSequence(options.seed).spawn(1 + len(STREAMS))
    start = to_ns(options.start)
    organic = Campaign(options, np.random.default_rng(organic_seed), start, start + int(options.days * DAY), Rows(), 0)
    person, joined = organic_participants(organic)
    person, joined = organic_visitors(organic, person, joined)
    settled = settle(organic)  # the rhythm and the seconds once, for every log
    in_time = np.argsort(settled[0], kind="stable")  # and in time order, which each log's sort keeps
    settled = [column[in_time] for column in settled]
    logs = []
    for offer_terms, own in zip(terms, own_options, strict=True):
        streams = {name: np.random.default_rng(seed) for name, seed in zip(STREAMS, seeds, strict=True)}
        campaign = Campaign(own, streams["share"], organic.start, organic.end, Rows(), organic.next_id, organic.planned)
        campaign.streams, campaign.settled = streams, settled
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
        person, joined, _by = friends_of(campaign, share_by, shared)
        return person, joined

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
        What every candidate's friends would do is made at once, each row carrying its candidate;
        the rounds only count credits, and the rows of candidates not kept are dropped at the end.
        """
        order = np.lexsort((time, owner))
        owner, time = owner[order], time[order]
        keep_u = campaign.stream("accept").random(owner.size) * ceiling
        starts = np.flatnonzero(np.r_[True, owner[1:] != owner[:-1]]) if owner.size else np.zeros(0, np.int64)
        rank = np.arange(owner.size) - np.repeat(starts, np.diff(np.r_[starts, owner.size]))
        (at, kind, who, candidate, name), person, joined, by = _friends_of_candidates(campaign, time)
        credit = _Credits(self.response, self.offer, owner, at, kind, who, candidate, name, time)
        kept = np.zeros(owner.size, bool)
        by_round = np.argsort(rank, kind="stable")
        bounds = np.searchsorted(rank[by_round], np.arange(int(rank.max(initial=-1)) + 2))
        for k in range(bounds.size - 1):
            here = by_round[bounds[k] : bounds[k + 1]]
            kept[here] = (k == 0) | (keep_u[here] < credit.multiplier(kept, here))
        campaign.grow(int(kept.sum()), "shares")
        campaign.rows.add(time[kept], Kind.SHARE, sharers[owner[kept]], NO_CODE)
        keep = kept[candidate]
        at, kind, who, candidate, name = at[keep], kind[keep], who[keep], candidate[keep], name[keep]
        referrer = sharers[owner[candidate]]
        may_untag = np.flatnonzero(kind != Kind.VISIT)  # visits always carry their referrer; the rest as tagged_rate
        untag = may_untag[campaign.stream("tag").random(may_untag.size) >= campaign.options.tagged_rate]
        referrer[untag] = NO_CODE
        campaign.rows.parts.append((at, kind, who.astype(np.int32), referrer.astype(np.int32), name))
        signed = kept[by]
        return person[signed], joined[signed]


Columns = tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]


def _friends_of_candidates(
    campaign: Campaign, shared: np.ndarray
) -> tuple[Columns, np.ndarray, np.ndarray, np.ndarray]:
    """The friends' rows of every candidate share, each row's referrer the candidate's index (every row tagged).

    Returns the rows' columns (time, kind, person, candidate, name) and the sign-ups (person, joined, candidate).
    """
    rows, options = campaign.rows, campaign.options
    campaign.rows, campaign.options = Rows(), replace(options, tagged_rate=1.0)
    try:
        person, joined, by = friends_of(campaign, np.arange(shared.size), shared)
        time, kind, person_of, candidate, name = campaign.rows.take_columns()
    finally:
        campaign.rows, campaign.options = rows, options
    return (time, kind, person_of, candidate, name), person, joined, by


class _Credits:
    """Each sharer's credits from their own friends' rows (every candidate's), and the multiplier m(t) they give.

    Credits follow the offer's goal: referred visits (each friend once unless repeat visits
    count), sign-ups, the JavaScript event or the trigger activities (each friend once unless
    every time); only rows inside the offer window count.
    """

    def __init__(
        self,
        response: Response,
        offer: Offer,
        owner: np.ndarray,
        time: np.ndarray,
        kind: np.ndarray,
        person: np.ndarray,
        candidate: np.ndarray,
        name: np.ndarray,
        candidate_time: np.ndarray,
    ) -> None:
        self.response, self.goal, self.rewards = response, offer.goal, offer.rewards
        goal = offer.goal
        if goal.type is GoalType.REFERRED_VISITS:
            rows, once = kind == Kind.VISIT, not goal.count_repeat_visits
        elif goal.type is GoalType.REFERRED_SIGNUPS:
            rows, once = kind == Kind.SIGNUP, True
        elif goal.type is GoalType.CUSTOM_JS_EVENT:
            rows, once = (kind == Kind.JS_EVENT) & (goal.event_name == JS_EVENT_NAME), True
        else:
            wanted = {activity.strip().casefold() for activity in goal.trigger_activities if activity.strip()}
            named = np.array([item.casefold() in wanted for item in (JS_EVENT_NAME, *MILESTONES)])
            rows = (kind == Kind.ACTIVITY) & named[np.clip(name, 0, named.size - 1)] & (name >= 0)
            once = goal.qualification is not Qualification.EVERY_TIME
        lo = to_ns(offer.window.start) if offer.window.start else np.iinfo(np.int64).min
        hi = to_ns(offer.window.end) if offer.window.end else np.iinfo(np.int64).max
        rows &= (time >= lo) & (time < hi)
        at, of = time[rows], candidate[rows]
        if once:  # each friend gives their referrer one credit, at their first such row
            key = owner[of].astype(np.int64) << 32 | person[rows].astype(np.int64)
            order = np.lexsort((at, key))
            firsts = order[np.r_[True, key[order][1:] != key[order][:-1]]] if order.size else order
            at, of = at[firsts], of[firsts]
        # Credits sorted by (sharer, time), times as ranks among the credits' and candidates' times, so a
        # searchsorted finds, for any candidate, the credits of its sharer strictly before it.
        times = np.unique(np.concatenate([at, candidate_time]))
        scale = times.size + 1
        key = owner[of].astype(np.int64) * scale + np.searchsorted(times, at)
        order = np.argsort(key, kind="stable")
        key, self.of = key[order], of[order]
        # For each candidate: where its sharer's credits start, and where those strictly before it end.
        sharer = owner.astype(np.int64) * scale
        self.first = np.searchsorted(key, sharer, "left")
        self.before = np.searchsorted(key, sharer + np.searchsorted(times, candidate_time), "left")
        self.counted = np.zeros(self.of.size + 1, np.int64)

    def multiplier(self, kept: np.ndarray, candidates: np.ndarray) -> np.ndarray:
        """m(t) for these candidates at their times, counting the credits of the candidates kept so far."""
        np.cumsum(kept[self.of], out=self.counted[1:])
        credits = self.counted[self.before[candidates]] - self.counted[self.first[candidates]]
        count, rewards = self.goal.count, self.rewards
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
