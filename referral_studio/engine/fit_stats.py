"""What `fit` counts in a log, person by person: the sums every estimate is a function of.

Each generator step (engine/traffic_steps.py) makes rows with some chance per person or
per event, after a delay; a row whose delay ran past the campaign's end never reaches the
log. So beside each count of rows this module sums each row's *exposure*: the chance that
its step, had it happened, would have landed before the end (the survival of the step's
delay, as the base preset's `delays` say). An estimate is then a ratio of sums, and the
campaign's end is corrected for rather than read as a lower rate. Keeping the sums per
person makes the bootstrap a weighted sum of rows of one matrix (engine/fit.py).
"""

from __future__ import annotations

import numpy as np

from referral_studio.engine.event_log import NO_CODE, EventLog
from referral_studio.engine.generator import EVENING_PEAK_HOUR
from referral_studio.engine.kinds import Kind
from referral_studio.engine.traffic_options import DAY
from referral_studio.engine.traffic_steps import DELAYS, MILESTONES

SIGNUP_BUCKETS = 8  # friends reached by 1, 2, … 8 or more eligible referrers: their chance to sign up differs
STATS = (
    "participants",
    "sharers",
    "shares",
    "share_window",  # Σ over participants of P(a share lands before the end)
    "share_window_overlap",  # Σ S(1 − S): a sharer with several shares is seen sooner (first order)
    "first_visits",  # distinct (friend, referrer) pairs: a share's clicks
    "visit_window",  # Σ over shares of P(a click lands before the end)
    "friends",
    "friend_visits",  # the same clicks, counted by the friend (overlap compares the two per friend)
    "returns",
    "return_window",
    "js_events",
    "js_window",
    "referred_signups",
    *(f"signup_window_{k}" for k in range(1, SIGNUP_BUCKETS + 1)),
    "tag_rows",
    "tagged_rows",
    "milestone_rows",
    "milestone_window",
    "last_milestone_window",  # the chain's last step, whose "Purchase" rows look like purchases
    "purchases",
    "purchase_window",
    "self_visits",
    "self_window",
    "organic_participants",
    "organic_visitors",
    "organic_signups",
    "organic_window",
    "rows",
    "evening",  # Σ cos(angle from the evening peak): twice its mean is the day-night strength
)
COLUMN = {name: index for index, name in enumerate(STATS)}


def _erfc(x: np.ndarray) -> np.ndarray:
    """The complementary error function (Abramowitz & Stegun 7.1.26, error below 1.5e-7), without scipy."""
    z = np.abs(x)
    t = 1.0 / (1.0 + 0.3275911 * z)
    poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))))
    value = poly * np.exp(-z * z)
    result: np.ndarray = np.where(x >= 0, value, 2.0 - value)
    return result


def reached(step: str, delays: str, span: np.ndarray) -> np.ndarray:
    """P(the step's delay is shorter than `span` ns): the chance its row lands before the end."""
    delay = DELAYS[step]
    span = np.maximum(span.astype(np.float64), 0.0)
    if delays == "exponential":
        survival = np.exp(-span / delay.mean)
    else:
        with np.errstate(divide="ignore"):
            z = (np.log(span) - np.log(delay.median)) / (delay.sigma * np.sqrt(2.0))
        survival = 0.5 * _erfc(z)
    result: np.ndarray = 1.0 - survival
    return result


def _first(mask: np.ndarray, person: np.ndarray, people: int) -> np.ndarray:
    """Each person's first row (in processing order) among the rows marked; -1 when none."""
    rows = np.flatnonzero(mask)
    first = np.full(people, -1, np.int64)
    codes, where = np.unique(person[rows], return_index=True)
    first[codes] = rows[where]
    return first


def person_stats(log: EventLog, end: int, delays: str, saturation: int) -> np.ndarray:
    """A (STATS × people) matrix: each person's part of every sum, so a row's total is the log's."""
    people = len(log.people)
    kind, person, referrer, time = log.kind, log.person, log.referrer, log.time
    left = (end - time).astype(np.float64)  # ns from each row to the end
    stats = np.zeros((len(STATS), people))  # a row per sum: one person's values are a column

    def add(name: str, who: np.ndarray, weights: np.ndarray | None = None) -> None:
        stats[COLUMN[name]] += np.bincount(who, weights, minlength=people)[:people]

    visit, signup, share = kind == Kind.VISIT, kind == Kind.SIGNUP, kind == Kind.SHARE
    referred = visit & (referrer != NO_CODE) & (referrer != person)
    first_signup = _first(signup, person, people)
    first_visit = _first(visit, person, people)
    first_referred = _first(referred, person, people)
    participant, friend = first_signup >= 0, first_referred >= 0
    joined_left = np.where(participant, left[np.maximum(first_signup, 0)], 0.0)

    # Shares (shares): participants share with share_rate, 1 + Poisson more times, each after the share delay.
    window = np.where(participant, reached("share", delays, joined_left), 0.0)
    stats[COLUMN["participants"]] = participant
    stats[COLUMN["share_window"]] = window
    stats[COLUMN["share_window_overlap"]] = window * (1 - window)
    shared = share & participant[person]
    add("shares", person[shared])
    stats[COLUMN["sharers"]] = participant & (stats[COLUMN["shares"]] > 0)
    add("visit_window", person[shared], reached("visit", delays, left[shared]))

    # Friends' visits (friend_visits): a (friend, referrer) pair's first visit is a click, later ones returns.
    rows = np.flatnonzero(referred)
    key = person[rows].astype(np.int64) * (people + 1) + referrer[rows]
    order = np.argsort(key, kind="stable")  # the log is in time order: each pair's rows stay in it
    new_pair = np.ones(rows.size, bool)
    new_pair[1:] = key[order][1:] != key[order][:-1]
    pair_first, later = rows[order][new_pair], rows[order][~new_pair]
    add("first_visits", referrer[pair_first])
    stats[COLUMN["friends"]] = friend
    add("friend_visits", person[pair_first])
    add("returns", person[later])
    add("return_window", person[pair_first], reached("return", delays, left[pair_first]))
    add("js_window", person[pair_first], reached("js_event", delays, left[pair_first]))
    add("js_events", person[(kind == Kind.JS_EVENT) & friend[person]])

    # Sign-ups (signups): each of a friend's first `saturation` referrers convinces with signup_rate.
    pairs = np.bincount(person[pair_first], minlength=people)[:people]
    eligible = np.minimum(pairs, saturation) if saturation > 0 else pairs
    signed = friend & participant & (first_signup >= first_referred)
    stats[COLUMN["referred_signups"]] = signed
    signup_window = np.where(friend, reached("signup", delays, left[np.maximum(first_referred, 0)]), 0.0)
    bucket = np.minimum(eligible, SIGNUP_BUCKETS)
    for k in range(1, SIGNUP_BUCKETS + 1):
        stats[COLUMN[f"signup_window_{k}"]] = np.where(bucket == k, signup_window, 0.0)

    # Tags (Campaign.tag): a friend's sign-ups, JS events and activities carry the referrer with tagged_rate.
    taggable = friend[person] & ((kind == Kind.SIGNUP) | (kind == Kind.JS_EVENT) | (kind == Kind.ACTIVITY))
    add("tag_rows", person[taggable])
    add("tagged_rows", person[taggable & (referrer != NO_CODE)])

    _milestones_and_purchases(log, stats, signed, joined_left, left, delays)

    # Self-referrals, organic participants and visitors (self_referrals, organic_*).
    self_visit = visit & (referrer == person) & participant[person]
    add("self_visits", person[self_visit])
    stats[COLUMN["self_window"]] = np.where(participant, reached("self_visit", delays, joined_left), 0.0)
    no_visit_first = (first_visit < 0) | (first_visit > first_signup)
    stats[COLUMN["organic_participants"]] = participant & no_visit_first & ~friend
    has_visit = first_visit >= 0
    organic = has_visit & (referrer[np.maximum(first_visit, 0)] == NO_CODE) & ~friend
    stats[COLUMN["organic_visitors"]] = organic
    stats[COLUMN["organic_signups"]] = organic & participant & (first_signup > first_visit)
    stats[COLUMN["organic_window"]] = np.where(
        organic, reached("signup", delays, left[np.maximum(first_visit, 0)]), 0.0
    )

    # The day-night rhythm (generator._day_night): intensity 1 + strength·cos(hour − peak).
    angle = 2 * np.pi * ((time % DAY) / DAY - EVENING_PEAK_HOUR / 24)
    add("rows", person)
    add("evening", person, np.cos(angle))
    return stats


def _milestones_and_purchases(
    log: EventLog, stats: np.ndarray, signed: np.ndarray, joined_left: np.ndarray, left: np.ndarray, delays: str
) -> None:
    """Milestones (each reached by those who reached the one before) and purchases, of referred participants."""
    people = len(log.people)
    names = log.names.to_pylist()
    level = np.zeros(len(names) + 1, np.int8)  # by name code; the last entry is NO_CODE's: no milestone
    for number, milestone in enumerate(MILESTONES, start=1):
        if milestone in names:
            level[names.index(milestone)] = number
    row_level = np.where(log.kind == Kind.ACTIVITY, level[log.name], 0)
    theirs = signed[log.person]

    def add(name: str, mask: np.ndarray, weights: np.ndarray | None = None) -> None:
        stats[COLUMN[name]] += np.bincount(log.person[mask], weights, minlength=people)[:people]

    chain = theirs & (row_level >= 1) & (row_level <= len(MILESTONES) - 1)  # "Purchase" is counted apart
    add("milestone_rows", chain)
    stats[COLUMN["milestone_window"]] = np.where(signed, reached("milestone", delays, joined_left), 0.0)
    before_last = theirs & (row_level >= 1) & (row_level <= len(MILESTONES) - 2)
    add("milestone_window", before_last, reached("milestone", delays, left[before_last]))
    last = theirs & (row_level == len(MILESTONES) - 1)
    add("last_milestone_window", last, reached("milestone", delays, left[last]))
    add("purchases", theirs & (row_level == len(MILESTONES)))
    stats[COLUMN["purchase_window"]] = np.where(signed, reached("purchase", delays, joined_left), 0.0)
