"""A replay's state at a moment of the campaign, for "replay in time".

Credits and fulfillments depend only on earlier rows, so the state at time t is cut
from the finished result rather than replayed again: it equals replaying only the rows
with time ≤ t (tests/engine/test_cursor.py checks exactly that).
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from referral_studio.engine.event_log import EventLog
from referral_studio.engine.fraud_rules import Fates, Outcome, Rule, maturity_of
from referral_studio.engine.result import ReplayResult, Totals


def state_at(result: ReplayResult, log: EventLog, time_ns: int) -> ReplayResult:
    """The result as it stood after every row at or before `time_ns`."""
    cut = int(np.searchsorted(log.time, time_ns, "right"))
    if cut == len(log):
        return result
    lo, hi = result.window_rows
    in_window = min(max(cut, lo), hi)
    people = len(result.people)
    credits = int(np.searchsorted(result.credit_time, time_ns, "right"))
    fulfilled = int(np.searchsorted(result.ledger_time, time_ns, "right"))
    credit_referrer = result.credit_referrer[:credits]
    ledger_referrer, ledger_number = result.ledger_referrer[:fulfilled], result.ledger_number[:fulfilled]
    ledger_time = result.ledger_time[:fulfilled]
    credits_by_code = np.bincount(credit_referrer, minlength=people).astype(np.int64)
    fulfilled_by_code = np.bincount(ledger_referrer, minlength=people).astype(np.int64)
    first_fulfilled = np.zeros(people, np.int64)
    firsts = ledger_number == 1
    first_fulfilled[ledger_referrer[firsts]] = ledger_time[firsts]
    referrers = np.flatnonzero(credits_by_code).astype(np.int32)
    ledger_code = result.ledger_code[:fulfilled]
    exhausted = result.totals.promo_codes_exhausted_at
    points = int(np.searchsorted(result.timeline_time, time_ns, "right"))
    totals = Totals(
        events_read=cut,
        events_in_window=in_window - lo,
        credits=credits,
        credited_referrers=int(referrers.size),
        fulfilled_referrers=int(np.count_nonzero(fulfilled_by_code)),
        fulfillments=fulfilled,
        promo_codes_used=min(result.totals.promo_codes_used, fulfilled),  # codes go to the first fulfillments
        promo_codes_exhausted_at=exhausted if exhausted is not None and exhausted <= time_ns else None,
    )
    return replace(
        result,
        referrer=referrers,
        credits=credits_by_code[referrers],
        fulfillments=fulfilled_by_code[referrers],
        first_fulfilled=first_fulfilled[referrers],
        credit_time=result.credit_time[:credits],
        credit_referrer=credit_referrer,
        ledger_referrer=ledger_referrer,
        ledger_number=ledger_number,
        ledger_time=ledger_time,
        ledger_row=result.ledger_row[:fulfilled],
        ledger_code=ledger_code,
        timeline_time=result.timeline_time[:points],
        timeline_credited=result.timeline_credited[:points],
        timeline_fulfilled=result.timeline_fulfilled[:points],
        totals=totals,
        window_rows=(lo, in_window),
        fates=_fates_before(result.fates, log, cut, time_ns),
    )


def _fates_before(fates: Fates, log: EventLog, cut: int, time_ns: int) -> Fates:
    """The fates of the credits of rows before `cut`, as a replay as of `time_ns` gives them.

    Blocking and review are decided at a credit's row and velocity only looks back, so they
    stand. A credit matures at its row's time plus the hold, and a refund reverses it only
    before then: so a credit counted at the end, or reversed by a later refund, was pending
    then unless it had matured.
    """
    kept = int(np.searchsorted(fates.row, cut, "left"))
    outcome, rule, until = fates.outcome[:kept].copy(), fates.rule[:kept].copy(), fates.until[:kept].copy()
    maturity = maturity_of(fates.time[:kept], fates.hold_ns)
    waiting = ((outcome == Outcome.COUNTED) | (outcome == Outcome.REVERSED) & (until > time_ns)) & (maturity > time_ns)
    outcome[waiting], rule[waiting], until[waiting] = Outcome.PENDING, Rule.NONE, maturity[waiting]
    line = fates.line[:kept].copy()
    newly = np.flatnonzero(waiting & (line == 0))
    if newly.size:
        line[newly] = log.lines(fates.row[newly])
    value = {index: text for index, text in fates.value.items() if index < kept and not waiting[index]}
    return replace(
        fates,
        row=fates.row[:kept],
        time=fates.time[:kept],
        line=line,
        friend=fates.friend[:kept],
        referrer=fates.referrer[:kept],
        outcome=outcome,
        rule=rule,
        value=value,
        until=until,
        as_of=time_ns,
    )


def counts_at(result: ReplayResult, time_ns: int | None) -> tuple[int, int, int]:
    """(credits, credited referrers, fulfilled referrers) after every row at or before `time_ns` (None: the end)."""
    if time_ns is None:
        return result.totals.credits, result.totals.credited_referrers, result.totals.fulfilled_referrers
    credits = int(np.searchsorted(result.credit_time, time_ns, "right"))
    point = int(np.searchsorted(result.timeline_time, time_ns, "right")) - 1
    if point < 0:
        return credits, 0, 0
    return credits, int(result.timeline_credited[point]), int(result.timeline_fulfilled[point])
