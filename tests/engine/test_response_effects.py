"""Each response effect, measured on generated logs by counting rows, not with the generator's code.

Progress is counted here from the log alone: a friend belongs to the referrer through whose
link they first visited, and each such friend's sign-up is one credit at its time.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from referral_studio.domain.offer import Goal, GoalType, Offer
from referral_studio.engine.event_log import EventLog
from referral_studio.engine.generator import generate
from referral_studio.engine.kinds import Kind
from referral_studio.engine.presets import preset_options
from referral_studio.engine.response import Response, Terms
from referral_studio.engine.responsive_traffic import generate_responses
from referral_studio.engine.traffic_options import TrafficTooLarge
from referral_studio.engine.traffic_size import check_traffic_size

SIGNUPS = GoalType.REFERRED_SIGNUPS


def _terms(count: int, reward: float = 10.0, friend_reward: float = 0.0) -> Terms:
    return Terms(Offer(name="o", goal=Goal(type=SIGNUPS, count=count)), reward, friend_reward)


def _one(options: object, response: Response, terms: Terms) -> EventLog:
    return generate_responses(options, response, [terms], terms)[0].log  # type: ignore[arg-type]


def _credits(log: EventLog) -> dict[int, list[int]]:
    """Per referrer, the times of their own friends' sign-ups (the friend's first visit names the referrer)."""
    visits = np.flatnonzero((log.kind == Kind.VISIT) & (log.referrer >= 0) & (log.referrer != log.person))
    owner: dict[int, int] = {}
    for row in visits.tolist():
        owner.setdefault(int(log.person[row]), int(log.referrer[row]))
    credits: dict[int, list[int]] = {}
    for row in np.flatnonzero(log.kind == Kind.SIGNUP).tolist():
        referrer = owner.get(int(log.person[row]))
        if referrer is not None:
            credits.setdefault(referrer, []).append(int(log.time[row]))
    return credits


def _shares_by_progress(log: EventLog, count: int) -> tuple[int, int]:
    """Shares made at progress 0 and at progress ≥ 0.5 toward the first fulfillment (no repeat rewards)."""
    credits = {who: np.sort(times) for who, times in _credits(log).items()}
    at_zero = at_half = 0
    for row in np.flatnonzero(log.kind == Kind.SHARE).tolist():
        times = credits.get(int(log.person[row]), np.zeros(0, np.int64))
        before = int(np.searchsorted(times, log.time[row], "left"))
        if before >= count:
            continue  # fulfilled: nothing more to earn
        at_zero += before == 0
        at_half += before / count >= 0.5
    return at_zero, at_half


def _sharing_again(log: EventLog, count: int) -> tuple[int, int]:
    """(fulfilled referrers, those of them with a share after their fulfillment)."""
    fulfilled = {who: sorted(times)[count - 1] for who, times in _credits(log).items() if len(times) >= count}
    shares = np.flatnonzero(log.kind == Kind.SHARE)
    again = {
        int(log.person[row]) for row in shares.tolist() if log.time[row] > fulfilled.get(int(log.person[row]), 2**62)
    }
    return len(fulfilled), len(again)


def test_goal_gradient_raises_shares_near_the_goal() -> None:
    options = replace(preset_options("classroom"), participants=1000, shares_per_sharer=4.0, days=10)
    terms = _terms(4)
    on, off = np.zeros(2), np.zeros(2)
    for seed in (1, 2, 3):
        seeded = replace(options, seed=seed)
        on += _shares_by_progress(_one(seeded, Response(goal_gradient=2), terms), 4)
        off += _shares_by_progress(generate(seeded).log, 4)
    lift = (on[1] / on[0]) / (off[1] / off[0])
    assert off[1] > 100 and lift >= 1.4, (on, off, lift)


def test_after_reward_zero_stops_sharing_once_nothing_more_can_be_earned() -> None:
    options = replace(preset_options("classroom"), participants=1500, shares_per_sharer=4.0, seed=4)
    fulfilled, again = _sharing_again(_one(options, Response(after_reward=0.0), _terms(1)), 1)
    plain_fulfilled, plain_again = _sharing_again(generate(options).log, 1)
    assert fulfilled > 200 and again <= 0.03 * fulfilled, (fulfilled, again)
    assert plain_again > 0.2 * plain_fulfilled  # the measure sees sharing again where nothing stops it


def _sharers_among_participants(log: EventLog) -> float:
    sharers = np.unique(log.person[log.kind == Kind.SHARE]).size
    participants = np.unique(log.person[log.kind == Kind.SIGNUP]).size
    return sharers / participants


def test_reward_elasticity_one_doubles_the_share_of_sharers_for_twice_the_reward_per_credit() -> None:
    options = replace(preset_options("ecommerce"), participants=20_000, share_rate=0.08, seed=5)
    base, generous = _terms(2, reward=10.0), _terms(2, reward=20.0)
    plain, doubled = (t.log for t in generate_responses(options, Response(reward_elasticity=1), [base, generous], base))
    ratio = _sharers_among_participants(doubled) / _sharers_among_participants(plain)
    assert 1.7 <= ratio <= 2.3, ratio


def _signups_per_referred_visitor(log: EventLog) -> float:
    referred = (log.kind == Kind.VISIT) & (log.referrer >= 0) & (log.referrer != log.person)
    visitors = np.unique(log.person[referred])
    signed = np.intersect1d(visitors, log.person[log.kind == Kind.SIGNUP])
    return signed.size / visitors.size


def test_friend_reward_lift_one_doubles_friends_sign_ups_when_the_friend_is_rewarded() -> None:
    options = replace(preset_options("ecommerce"), participants=20_000, share_rate=0.2, seed=6)
    base, paying = _terms(1), _terms(1, friend_reward=5.0)
    plain, lifted = (t.log for t in generate_responses(options, Response(friend_reward_lift=1), [base, paying], base))
    ratio = _signups_per_referred_visitor(lifted) / _signups_per_referred_visitor(plain)
    assert 1.7 <= ratio <= 2.3, ratio


def test_with_every_factor_one_the_traffic_looks_like_plain_traffic() -> None:
    options = replace(preset_options("ecommerce"), participants=20_000, share_rate=0.1, seed=7)
    terms = _terms(2)
    plain = generate(options).log
    # On, but the base is its own base (factor 1); and thinned rounds whose multiplier is 1 within 1e-9.
    for response in (Response(reward_elasticity=1.0), Response(goal_gradient=1e-9)):
        responsive = _one(options, response, terms)
        for kind in (Kind.SHARE, Kind.VISIT, Kind.SIGNUP):
            mine, theirs = int((responsive.kind == kind).sum()), int((plain.kind == kind).sum())
            assert abs(mine - theirs) <= 4 * np.sqrt(theirs) + 0.03 * theirs, (response, kind, mine, theirs)


def test_traffic_that_responds_past_the_size_limit_is_refused_before_any_work() -> None:
    options = replace(
        preset_options("classroom"), participants=200_000, share_rate=0.05, signup_rate=1.0, visits_per_share=5
    )
    base, generous = _terms(4, reward=10.0), _terms(1, reward=10.0)  # 4× the reward per credit
    check_traffic_size(options)  # as the study gives it, the traffic fits
    with pytest.raises(TrafficTooLarge):  # but 4³ × the sharers would grow without bound
        generate_responses(options, Response(reward_elasticity=3), [base, generous], base)
