"""Reconciling a platform's credits with the rules': per friend, one row to one row, each pair named.

The rules' side is the replay's credits (counted and pending) at their rows' times. Each
friend's rows are paired in three passes — same referrer within the tolerance (`matched`),
same referrer at another time (`time_differs`), the rest in time order (`other_referrer`) —
and what is left is `missing` (the rules credit it, the platform did not) or `extra` (the
platform did, the rules do not). Each difference carries the replay's verdict on the friend
in the words of "Why this credit" (engine/explain.py), so a QA person sees *why* at once.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np

from referral_studio.domain.offer import Offer
from referral_studio.domain.texts import QT_TRANSLATE_NOOP, translate
from referral_studio.engine.event_log import NO_CODE, EventLog
from referral_studio.engine.explain import Reason, RowReasons, row_reasons, row_verdicts
from referral_studio.engine.platform_credits import PlatformCredit
from referral_studio.engine.replay import replay
from referral_studio.engine.result import ReplayResult
from referral_studio.engine.traffic_options import SECOND

STATUSES = ("matched", "time_differs", "other_referrer", "missing", "extra")
CREDITED = (Reason.CREDIT, Reason.PENDING)  # the rules' credits: counted, and pending a hold
DECIDING = (*CREDITED, Reason.NO_TOUCH, Reason.BLOCKED, Reason.REVIEW, Reason.REVERSED)
NO_DECIDING_ROW = QT_TRANSLATE_NOOP("Reconcile", "no event of {person} decides a credit under this offer")


@dataclass(frozen=True)
class Pairing:
    """One row of reconcile.csv: a pair of credits, or one side alone; times in ns, None when absent."""

    status: str
    person: str
    referrer: str  # the rules' referrer, "" for extra
    platform_referrer: str  # "" for missing
    time: int | None
    platform_time: int | None
    row: int | None  # the friend's deciding row in the log (processing order), None when there is none
    line: int | None  # that row's line in the event log
    why: str = ""

    @property
    def differs(self) -> bool:
        return self.status != "matched"


@dataclass(frozen=True)
class RulesCredit:
    """One credit of the replay (counted or pending): its row's time, referrer, friend and row."""

    time: int
    referrer: str
    person: str
    row: int


def rules_credits(
    offer: Offer, log: EventLog, result: ReplayResult, reasons: RowReasons | None = None
) -> tuple[list[RulesCredit], dict[str, int]]:
    """The replay's credits (counted and pending) at their rows, and each friend's deciding row."""
    reason, credited = reasons if reasons is not None else row_reasons(offer, log, result)
    people = log.people.to_pylist()
    rows = np.flatnonzero(np.isin(reason, CREDITED) & (credited != NO_CODE))
    credits = [
        RulesCredit(int(log.time[row]), people[credited[row]], people[log.person[row]], int(row)) for row in rows
    ]
    deciding_rows = np.flatnonzero(np.isin(reason, DECIDING))
    codes, first = np.unique(log.person[deciding_rows], return_index=True)
    deciding = {people[code]: int(deciding_rows[index]) for code, index in zip(codes, first, strict=True)}
    return credits, deciding


def pair_credits(
    rules: Sequence[RulesCredit], platform: Sequence[PlatformCredit], tolerance_ns: int, deciding: dict[str, int]
) -> list[Pairing]:
    """Pair each friend's credits as the module docstring says; rows in time order of their first side."""
    ours: dict[str, list[RulesCredit]] = defaultdict(list)
    theirs: dict[str, list[PlatformCredit]] = defaultdict(list)
    for credit in sorted(rules, key=lambda c: (c.time, c.row)):
        ours[credit.person].append(credit)
    for other in sorted(platform, key=lambda c: (c.time, c.line)):
        theirs[other.person].append(other)
    pairings: list[Pairing] = []
    for person in sorted(set(ours) | set(theirs)):
        left, right = list(ours.get(person, [])), list(theirs.get(person, []))
        passes = (
            ("matched", lambda a, b: a.referrer == b.referrer and abs(a.time - b.time) <= tolerance_ns),
            ("time_differs", lambda a, b: a.referrer == b.referrer),
            ("other_referrer", lambda a, b: True),
        )
        for status, fits in passes:
            for credit in list(left):
                candidates = [other for other in right if fits(credit, other)]
                if not candidates:
                    continue
                other = min(candidates, key=lambda c: (abs(c.time - credit.time), c.line))
                left.remove(credit)
                right.remove(other)
                pairings.append(_pairing(status, person, credit, other, credit.row))
        pairings += [_pairing("missing", person, credit, None, credit.row) for credit in left]
        pairings += [_pairing("extra", person, None, other, deciding.get(person)) for other in right]
    return sorted(pairings, key=lambda p: (min(t for t in (p.time, p.platform_time) if t is not None), p.person))


def _pairing(
    status: str, person: str, credit: RulesCredit | None, other: PlatformCredit | None, row: int | None
) -> Pairing:
    return Pairing(
        status=status,
        person=person,
        referrer=credit.referrer if credit else "",
        platform_referrer=other.referrer if other else "",
        time=credit.time if credit else None,
        platform_time=other.time if other else None,
        row=row,
        line=None,
    )


def reconcile(
    offer: Offer,
    log: EventLog,
    platform: Sequence[PlatformCredit],
    tolerance_seconds: float = 60.0,
    result: ReplayResult | None = None,
) -> list[Pairing]:
    """Every pairing of the platform's credits with the replay's, each with its line and the replay's verdict.

    `result` is the offer's replay of the log when the caller has it already (the app's last run).
    """
    result = result or replay(offer, log)
    reasons = row_reasons(offer, log, result)
    credits, deciding = rules_credits(offer, log, result, reasons)
    pairings = pair_credits(credits, platform, int(tolerance_seconds * SECOND), deciding)
    rows = np.array(sorted({p.row for p in pairings if p.row is not None}), np.int64)
    words = dict(zip(rows.tolist(), row_verdicts(offer, log, result, rows, reasons), strict=True))
    lines = dict(zip(rows.tolist(), log.lines(rows).tolist(), strict=True)) if rows.size else {}
    return [
        replace(pairing, line=lines[pairing.row], why=words[pairing.row])
        if pairing.row is not None
        else replace(pairing, why=translate("Reconcile", NO_DECIDING_ROW).format(person=pairing.person))
        for pairing in pairings
    ]


def counts(pairings: Sequence[Pairing]) -> dict[str, int]:
    """How many pairings have each status, every status named."""
    found = dict.fromkeys(STATUSES, 0)
    for pairing in pairings:
        found[pairing.status] += 1
    return found
