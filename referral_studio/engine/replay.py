"""The credit replay: credit-rules.md as vectorised numpy, one right answer, fast.

Steps follow the spec's numbering. The log is already in processing order, so the
window is a slice; everything after is masks, scatters and radix passes over arrays.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

from referral_studio.domain.offer import AttributionModel, GoalType, Offer, Qualification
from referral_studio.domain.times import days_to_ns, to_ns
from referral_studio.engine.event_log import NO_CODE, EventLog
from referral_studio.engine.funnel import touches
from referral_studio.engine.fraud_rules import Outcome, decide
from referral_studio.engine.grouping import first_index_of_each, first_of_each, first_of_each_key, rank_in_group
from referral_studio.engine.kinds import Kind
from referral_studio.engine.result import ReplayResult, Totals

Progress = Callable[[float], None]
Cancelled = Callable[[], bool]


class ReplayCancelled(Exception):
    """The caller asked the replay to stop; nothing was produced."""


def attribution_window_ns(days: float | None) -> int | None:
    """The attribution window in whole nanoseconds, exact for the decimal the user typed."""
    return None if days is None else days_to_ns(days)


def matching_names(offer: Offer, names: list[str]) -> np.ndarray:
    """For each name code, whether a row with that name matches the goal (index 0 is 'no name')."""
    goal = offer.goal
    if goal.type is GoalType.SMART_LIST_TRIGGER:
        # A blank trigger activity or event name names nothing (docs/rules-choices.md).
        wanted = {activity.strip().casefold() for activity in goal.trigger_activities if activity.strip()}
        flags = [name.strip().casefold() in wanted for name in names]
    elif goal.type is GoalType.CUSTOM_JS_EVENT and goal.event_name:
        flags = [name == goal.event_name for name in names]
    else:
        flags = [False] * len(names)
    return np.array([False, *flags], dtype=bool)


class _Steps:
    """Progress and cancel checks between the replay's steps (each about 100 ms or less per five million rows)."""

    def __init__(self, progress: Progress | None, cancelled: Cancelled | None, count: int) -> None:
        self.progress, self.cancelled, self.count, self.done = progress, cancelled, count, 0

    def next(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise ReplayCancelled
        self.done += 1
        if self.progress is not None:
            self.progress(min(self.done / self.count, 0.99))

    def finish(self) -> None:
        if self.progress is not None:
            self.progress(1.0)


def replay(
    offer: Offer,
    log: EventLog,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    as_of: int | None = None,
) -> ReplayResult:
    """Replay the log under the offer's rules and return credits, fulfillments and the timeline.

    `as_of` (ns) replays only the rows up to that moment, as things stood then (fraud-rules.md § Holds);
    by default the replay runs as of the log's last row.
    """
    steps = _Steps(progress, cancelled, 10)
    steps.next()
    # 2. Window: the log is in time order, so the rows kept are one slice.
    cut = len(log) if as_of is None else int(np.searchsorted(log.time, as_of, "right"))
    lo, hi = 0, cut
    if offer.window.start is not None:
        lo = min(cut, int(np.searchsorted(log.time, to_ns(offer.window.start), "left")))
    if offer.window.end is not None:
        hi = max(lo, min(cut, int(np.searchsorted(log.time, to_ns(offer.window.end), "left"))))
    time, kind = log.time[lo:hi], log.kind[lo:hi]
    person, referrer, name = log.person[lo:hi], log.referrer[lo:hi], log.name[lo:hi]
    people = len(log.people)

    touch = touches(kind, person, referrer)
    steps.next()
    rows, credited = _qualifying(offer, log, time, kind, person, referrer, name, touch, people, steps)
    steps.next()
    moment = as_of if as_of is not None else int(log.time[-1]) if len(log) else 0
    fates = decide(offer.fraud, log, rows + lo, credited, cut, moment)
    if fates.outcome.any():
        matured = fates.outcome == Outcome.COUNTED
        rows, credited = rows[matured], credited[matured]
    result = _credit(offer, lo, time, rows, credited, people, steps, fates.hold_ns)
    steps.finish()
    return ReplayResult(
        offer=offer,
        goal_type=offer.goal.type,
        goal_count=offer.goal.count,
        log=log,
        totals=Totals(events_read=cut, events_in_window=hi - lo, **result.pop("totals")),
        window_rows=(lo, hi),
        fates=fates,
        **result,
    )


@dataclass(frozen=True)
class Trace:
    """The replay's intermediate rows (indices into the offer window's slice of the log), for explanations.

    `touch` marks the window's touches; `matching` are the rows that match the goal, `decisive`
    those that decided a credit (or its absence), `credited` whom each decisive row credited
    (NO_CODE for nobody; the person themself for a self-referral).
    """

    touch: np.ndarray
    matching: np.ndarray
    decisive: np.ndarray
    credited: np.ndarray


def trace(offer: Offer, log: EventLog, window_rows: tuple[int, int]) -> Trace:
    """The steps of the replay of `log` under `offer` that decide each credit, as the replay took them."""
    lo, hi = window_rows
    time, kind = log.time[lo:hi], log.kind[lo:hi]
    person, referrer, name = log.person[lo:hi], log.referrer[lo:hi], log.name[lo:hi]
    touch = touches(kind, person, referrer)
    rows: dict[str, np.ndarray] = {}
    _qualifying(offer, log, time, kind, person, referrer, name, touch, len(log.people), _Steps(None, None, 10), rows)
    return Trace(touch=touch, matching=rows["matching"], decisive=rows["decisive"], credited=rows["credited"])


def _qualifying(
    offer: Offer,
    log: EventLog,
    time: np.ndarray,
    kind: np.ndarray,
    person: np.ndarray,
    referrer: np.ndarray,
    name: np.ndarray,
    touch: np.ndarray,
    people: int,
    steps: _Steps,
    trace: dict[str, np.ndarray] | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """5. The rows that give a credit, in processing order, with their credited referrers.

    With `trace`, the steps' intermediate rows are kept there (see `trace()`), so explanations
    are read off the very computation that gave the credits.
    """
    goal = offer.goal
    trace = {} if trace is None else trace
    if goal.type is GoalType.REFERRED_VISITS:
        rows = np.flatnonzero(touch)
        trace["matching"] = rows
        if not goal.count_repeat_visits:
            pair = referrer[rows].astype(np.int64) * people + person[rows]
            steps.next()
            rows = rows[first_of_each_key(pair)]
        trace["decisive"], trace["credited"] = rows, referrer[rows]
        return rows, referrer[rows]
    if goal.type is GoalType.REFERRED_SIGNUPS:
        matches = kind == Kind.SIGNUP
    else:
        wanted_kind = Kind.ACTIVITY if goal.type is GoalType.SMART_LIST_TRIGGER else Kind.JS_EVENT
        matches = (kind == wanted_kind) & matching_names(offer, log.names.to_pylist())[name + 1]
    rows = np.flatnonzero(matches)
    trace["matching"] = rows
    steps.next()
    every_time = goal.type is GoalType.SMART_LIST_TRIGGER and goal.qualification is Qualification.EVERY_TIME
    if not every_time:
        # Only new friends count: each person's first matching row decides.
        rows = rows[first_of_each(person[rows], people)]
    credited = referrer[rows].copy()
    unreferred = np.flatnonzero(credited == NO_CODE)
    steps.next()
    if unreferred.size:
        credited[unreferred] = _attribute(offer, time, person, referrer, touch, rows[unreferred], people)
    trace["decisive"], trace["credited"] = rows, credited
    keep = (credited != NO_CODE) & (credited != person[rows])
    return rows[keep], credited[keep]


def _attribute(
    offer: Offer,
    time: np.ndarray,
    person: np.ndarray,
    referrer: np.ndarray,
    touch: np.ndarray,
    rows: np.ndarray,
    people: int,
) -> np.ndarray:
    """4. The credited referrer of rows without one, from the person's earlier touches."""
    wanted = np.zeros(people, dtype=bool)
    wanted[person[rows]] = True
    touches = np.flatnonzero(touch & wanted[person])
    found = np.full(rows.shape, NO_CODE, dtype=np.int32)
    if touches.size == 0:
        return found
    window = attribution_window_ns(offer.attribution.window_days)
    first_touch = offer.attribution.model is AttributionModel.FIRST_TOUCH
    if window is None and first_touch:
        first = first_index_of_each(person[touches], people, touches)[person[rows]]
        ok = (first >= 0) & (first < rows)
        found[ok] = referrer[first[ok]]
        return found
    # Touches keyed by (person, row) in one sorted int64 array; each row searches its person's run.
    n = np.int64(time.shape[0])
    keys = np.sort(person[touches].astype(np.int64) * n + touches)
    base = person[rows].astype(np.int64) * n
    earliest = np.zeros(rows.shape, dtype=np.int64) if window is None else _window_starts(time, rows, window)
    if first_touch:
        at = np.searchsorted(keys, base + earliest, "left")
        hit = keys[np.minimum(at, keys.size - 1)]
        ok = (at < keys.size) & (hit < base + rows)
    else:
        at = np.searchsorted(keys, base + rows, "left") - 1
        hit = keys[np.maximum(at, 0)]
        ok = (at >= 0) & (hit >= base + earliest)
    found[ok] = referrer[hit[ok] - base[ok]]
    return found


def _window_starts(time: np.ndarray, rows: np.ndarray, window: int) -> np.ndarray:
    """The first row no more than `window` ns before each row; exact for any window over the whole int64 range."""
    capped = np.uint64(min(window, 2**64 - 1))
    since_first = time[rows].view(np.uint64) - time[:1].view(np.uint64)  # the true gap is below 2**64: exact
    threshold = (time[rows].view(np.uint64) - capped).view(np.int64)  # used only where it lies after the first row
    return np.where(since_first <= capped, 0, np.searchsorted(time, threshold, "left"))


def _credit(
    offer: Offer,
    lo: int,
    time: np.ndarray,
    rows: np.ndarray,
    credited: np.ndarray,
    people: int,
    steps: _Steps,
    hold: int = 0,
) -> dict[str, Any]:
    """6–7. Credits per referrer, fulfillments, promo codes and the timeline.

    The credits are the matured ones; each counts `hold` ns after its row. The hold is one
    number, so maturity keeps the rows' processing order and only the times shift.
    """
    if hold:
        time = time + hold  # every matured credit's row has time + hold ≤ the as-of time: no overflow
    goal_count = offer.goal.count
    most = int(np.iinfo(np.int64).max)  # a cap above it is no cap: no log holds that many credits
    cap = min(offer.rewards.max_fulfillments or most, most) if offer.rewards.repeat else 1
    credits_by_code = np.bincount(credited, minlength=people).astype(np.int64)
    fulfilled_by_code = np.minimum(credits_by_code // goal_count, cap)
    first_credit_row = first_index_of_each(credited, people, rows)
    steps.next()

    # Fulfillment k of a referrer is its (k × goal count)-th credit.
    winners = np.flatnonzero(fulfilled_by_code)
    if winners.size == 0:
        ledger_row = np.zeros(0, np.int64)
        ledger_referrer = np.zeros(0, np.int32)
        ledger_number = np.zeros(0, np.int64)
    elif goal_count == 1 and cap == 1:
        ledger_row = first_credit_row[winners]
        ledger_referrer = winners.astype(np.int32)
        ledger_number = np.ones(winners.size, np.int64)
    else:
        mine = fulfilled_by_code[credited] > 0
        my_rows, my_codes = rows[mine], credited[mine]
        order, starts = rank_in_group(my_codes, people)
        times = fulfilled_by_code[winners]
        number = np.arange(times.sum(), dtype=np.int64) - np.repeat(np.cumsum(times) - times, times) + 1
        at = np.repeat(starts[winners], times) + number * goal_count - 1
        ledger_row = my_rows[order[at]]
        ledger_referrer = np.repeat(winners, times).astype(np.int32)
        ledger_number = number
    by_time = np.argsort(ledger_row, kind="stable")
    ledger_row, ledger_referrer, ledger_number = ledger_row[by_time], ledger_referrer[by_time], ledger_number[by_time]
    ledger_time = time[ledger_row]
    steps.next()

    codes = offer.promo_codes
    used = min(len(codes), ledger_row.size)
    exhausted = int(ledger_time[len(codes)]) if codes and ledger_row.size > len(codes) else None
    ledger_code = tuple(codes[:used]) + (None,) * (ledger_row.size - used)

    referrers = np.flatnonzero(credits_by_code).astype(np.int32)
    first_fulfilled = np.zeros(people, np.int64)
    firsts = ledger_number == 1
    first_fulfilled[ledger_referrer[firsts]] = ledger_time[firsts]
    timeline = _timeline(time, first_credit_row[referrers], ledger_row[firsts])
    return {
        "referrer": referrers,
        "credits": credits_by_code[referrers],
        "fulfillments": fulfilled_by_code[referrers],
        "first_fulfilled": first_fulfilled[referrers],
        "credit_time": time[rows],
        "credit_referrer": credited.astype(np.int32, copy=False),
        "ledger_referrer": ledger_referrer,
        "ledger_number": ledger_number,
        "ledger_time": ledger_time,
        "ledger_row": ledger_row + lo,
        "ledger_code": ledger_code,
        "timeline_time": timeline[0],
        "timeline_credited": timeline[1],
        "timeline_fulfilled": timeline[2],
        "totals": {
            "credits": int(rows.size),
            "credited_referrers": int(referrers.size),
            "fulfilled_referrers": int(np.count_nonzero(fulfilled_by_code)),
            "fulfillments": int(ledger_row.size),
            "promo_codes_used": used,
            "promo_codes_exhausted_at": exhausted,
        },
    }


def _timeline(time: np.ndarray, credited_rows: np.ndarray, fulfilled_rows: np.ndarray) -> tuple[np.ndarray, ...]:
    """Counts after the last row of each instant at which either count changes."""
    rows = np.concatenate([credited_rows, fulfilled_rows])
    is_credit = np.concatenate([np.ones(credited_rows.size, np.int64), np.zeros(fulfilled_rows.size, np.int64)])
    order = np.argsort(rows, kind="stable")
    rows, is_credit = rows[order], is_credit[order]
    credited = np.cumsum(is_credit)
    fulfilled = np.cumsum(1 - is_credit)
    when = time[rows]
    last = np.ones(when.size, dtype=bool)
    last[:-1] = when[1:] != when[:-1]
    return when[last], credited[last], fulfilled[last]
