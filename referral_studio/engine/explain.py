""" "Why this credit": every event that involved one referrer, with its verdict and reason.

The reasons are read off the replay's own steps (replay.trace), never
recomputed by separate rules, so an explanation cannot disagree with the totals:
tests/engine/test_explain.py checks the credits listed against the result on every log.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import IntEnum

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from referral_studio.domain.offer import GOAL_LABELS, AttributionModel, GoalType, Offer
from referral_studio.domain.texts import QT_TRANSLATE_NOOP, translate
from referral_studio.domain.times import format_ns
from referral_studio.engine.event_log import NO_CODE, EventLog
from referral_studio.engine.fraud_rules import NEVER, Outcome, Rule
from referral_studio.engine.funnel import touches
from referral_studio.engine.kinds import KIND_NAMES, Kind
from referral_studio.engine.replay import replay, trace
from referral_studio.engine.result import ReplayResult


class Reason(IntEnum):
    """Why a row gave a credit or none."""

    CREDIT = 0
    OUTSIDE_WINDOW = 1
    SHARE = 2
    ORGANIC_VISIT = 3
    SELF_REFERRAL = 4
    REPEAT_VISIT = 5
    TOUCH = 6
    NOT_THE_GOAL = 7
    NAME_MISMATCH = 8
    ALREADY_COUNTED = 9
    NO_TOUCH = 10
    ATTRIBUTED_ELSEWHERE = 11
    BLOCKED = 12  # a credit a fraud rule took (fraud-rules.md); REVIEW…PENDING follow Outcome's order
    REVIEW = 13
    REVERSED = 14
    PENDING = 15


FATE_REASONS = {
    Outcome.BLOCKED: Reason.BLOCKED,
    Outcome.REVIEW: Reason.REVIEW,
    Outcome.REVERSED: Reason.REVERSED,
    Outcome.PENDING: Reason.PENDING,
}


@dataclass(frozen=True)
class Verdict:
    """One event and what it did; `credited` is whoever the row credited (or, for a touch, who touched)."""

    line: int  # the line where the row starts in its CSV log (the header is line 1); row + 2 for other logs
    time: int
    kind: str
    person: str
    referrer: str
    name: str
    reason: Reason
    credited: str
    credit_number: int | None
    fulfillment: int | None
    promo_code: str | None
    text: str


RowReasons = tuple[np.ndarray, np.ndarray]
"""For every row of a log: its Reason, and the code of the referrer it credited (NO_CODE for none)."""


def row_reasons(offer: Offer, log: EventLog, result: ReplayResult) -> RowReasons:
    """A Reason and a credited referrer code for every row of the log, from the replay's steps."""
    lo, hi = result.window_rows
    reason = np.full(len(log), Reason.OUTSIDE_WINDOW, np.int8)
    credited_all = np.full(len(log), NO_CODE, np.int32)
    kind, person, referrer = log.kind[lo:hi], log.person[lo:hi], log.referrer[lo:hi]
    steps = trace(offer, log, (lo, hi))
    touch = steps.touch
    inner = np.full(hi - lo, Reason.NOT_THE_GOAL, np.int8)
    credited = np.full(hi - lo, NO_CODE, np.int32)
    visits = kind == Kind.VISIT
    inner[kind == Kind.SHARE] = Reason.SHARE
    inner[visits & (referrer == NO_CODE)] = Reason.ORGANIC_VISIT
    inner[visits & (referrer != NO_CODE) & (referrer == person)] = Reason.SELF_REFERRAL
    inner[touch] = Reason.TOUCH
    credited[touch] = referrer[touch]
    goal = offer.goal.type
    if goal in (GoalType.SMART_LIST_TRIGGER, GoalType.CUSTOM_JS_EVENT):
        wanted = Kind.ACTIVITY if goal is GoalType.SMART_LIST_TRIGGER else Kind.JS_EVENT
        inner[kind == wanted] = Reason.NAME_MISMATCH  # the matching ones are overwritten next
    matching, decisive, decided = steps.matching, steps.decisive, steps.credited
    inner[matching] = Reason.REPEAT_VISIT if goal is GoalType.REFERRED_VISITS else Reason.ALREADY_COUNTED
    inner[decisive] = np.where(
        decided == NO_CODE, Reason.NO_TOUCH, np.where(decided == person[decisive], Reason.SELF_REFERRAL, Reason.CREDIT)
    )
    credited[decisive] = decided
    reason[lo:hi], credited_all[lo:hi] = inner, credited
    fates = result.fates
    for outcome, why in FATE_REASONS.items():
        reason[fates.row[fates.outcome == outcome]] = why
    return reason, credited_all


def explain(
    offer: Offer,
    log: EventLog,
    referrer: str,
    result: ReplayResult | None = None,
    *,
    reasons: RowReasons | None = None,
) -> list[Verdict]:
    """Every event that involved `referrer` (as person, referrer or credited), in processing order.

    `reasons` (from row_reasons for the same result) saves recomputing them for each referrer.
    """
    result = result or replay(offer, log)
    code = pc.index(log.people, referrer).as_py()
    if code < 0:
        return []
    reason, credited = reasons if reasons is not None else row_reasons(offer, log, result)
    lo, hi = result.window_rows
    # Rows the referrer's own touches could have won: decided rows of people they had touched before.
    window_touch = np.zeros(len(log), dtype=bool)
    window_touch[lo:hi] = touches(log.kind[lo:hi], log.person[lo:hi], log.referrer[lo:hi])
    their_touches = np.flatnonzero(window_touch & (log.referrer == code))
    first_touch = np.full(len(log.people), len(log), dtype=np.int64)
    np.minimum.at(first_touch, log.person[their_touches], their_touches)
    decided = (reason == Reason.CREDIT) | (reason == Reason.NO_TOUCH) | (reason >= Reason.BLOCKED)
    touched_before = first_touch[log.person] < np.arange(len(log))
    involved = (log.person == code) | (log.referrer == code) | (credited == code) | (decided & touched_before)
    elsewhere = (
        involved & (reason == Reason.CREDIT) & (credited != code) & (log.referrer != code) & (log.person != code)
    )
    reason = np.where(elsewhere, Reason.ATTRIBUTED_ELSEWHERE, reason)
    mine = (reason == Reason.CREDIT) & (credited == code)
    number = np.cumsum(mine)
    ledger = {
        int(row): (int(k), c)
        for row, ref, k, c in zip(
            result.ledger_row, result.ledger_referrer, result.ledger_number, result.ledger_code, strict=True
        )
        if ref == code
    }
    rows = np.flatnonzero(involved)
    fate_of = _fates_by_row(result, rows)
    people = dict(zip(*_names_of(log.people, np.concatenate([log.person[rows], log.referrer[rows], credited[rows]]))))
    names = dict(zip(*_names_of(log.names, log.name[rows])))
    lines = log.lines(rows).tolist()
    verdicts = []
    for row, line in zip(rows.tolist(), lines, strict=True):
        credit_number = int(number[row]) if mine[row] else None
        facts = _facts(log, row, line, (people, names), Reason(int(reason[row])), credited[row], credit_number, ledger)
        text = _fate_text(facts, *fate_of[row]) if row in fate_of else _text(offer, referrer, facts)
        verdicts.append(replace(facts, text=text))
    return verdicts


def row_verdicts(offer: Offer, log: EventLog, result: ReplayResult, rows: np.ndarray, reasons: RowReasons) -> list[str]:
    """Each row's verdict as `explain` words it for the referrer the row credited (crediting nobody: its person).

    One pass for many rows, where `explain` takes one per referrer: `reconcile` words the
    deciding row of every friend a platform credited, thousands of referrers at once.
    """
    rows = np.asarray(rows, np.int64)
    reason, credited = reasons
    credit_rows = np.flatnonzero(reason == Reason.CREDIT)
    by_referrer = credit_rows[np.argsort(credited[credit_rows], kind="stable")]  # each referrer's credits in order
    group = credited[by_referrer]
    starts = np.ones(group.size, bool)
    starts[1:] = group[1:] != group[:-1]
    rank = np.arange(group.size) - np.maximum.accumulate(np.where(starts, np.arange(group.size), 0)) + 1
    number = dict(zip(by_referrer.tolist(), rank.tolist(), strict=True))
    ledger = {
        int(row): (int(k), c)
        for row, k, c in zip(result.ledger_row, result.ledger_number, result.ledger_code, strict=True)
    }
    fate_of = _fates_by_row(result, rows)
    people = dict(zip(*_names_of(log.people, np.concatenate([log.person[rows], log.referrer[rows], credited[rows]]))))
    names = dict(zip(*_names_of(log.names, log.name[rows])))
    texts = []
    for row, line in zip(rows.tolist(), log.lines(rows).tolist(), strict=True):
        who = credited[row] if credited[row] != NO_CODE else log.person[row]
        facts = _facts(
            log, row, line, (people, names), Reason(int(reason[row])), credited[row], number.get(row), ledger
        )
        texts.append(_fate_text(facts, *fate_of[row]) if row in fate_of else _text(offer, people[who], facts))
    return texts


def _facts(
    log: EventLog,
    row: int,
    line: int,
    names: tuple[dict[int, str], dict[int, str]],
    reason: Reason,
    credited: int,
    credit_number: int | None,
    ledger: dict[int, tuple[int, str | None]],
) -> Verdict:
    """A row's facts as a Verdict without its words; `names` are the people's and the activities' by code."""
    people, activities = names
    fulfillment, promo = ledger.get(row, (None, None))
    return Verdict(
        line=int(line),
        time=int(log.time[row]),
        kind=KIND_NAMES[log.kind[row]],
        person=people[log.person[row]],
        referrer=people[log.referrer[row]] if log.referrer[row] != NO_CODE else "",
        name=activities[log.name[row]] if log.name[row] != NO_CODE else "",
        reason=reason,
        credited=people[credited] if credited != NO_CODE else "",
        credit_number=credit_number,
        fulfillment=fulfillment,
        promo_code=promo,
        text="",
    )


def _fates_by_row(result: ReplayResult, rows: np.ndarray) -> dict[int, tuple[int, str, int]]:
    """(rule, value, until) of the credits among `rows` that a fraud rule or a hold kept from counting."""
    fates = result.fates
    listed = np.flatnonzero((fates.outcome != Outcome.COUNTED) & np.isin(fates.row, rows))
    return {int(fates.row[i]): (int(fates.rule[i]), fates.value.get(int(i), ""), int(fates.until[i])) for i in listed}


def _fate_text(facts: Verdict, rule: int, value: str, until: int) -> str:
    """A credit that did not count, in words: outcome, rule and value."""
    when = format_ns(until) if until != NEVER else translate("Explain", "never (the hold ends after 2262)")
    values = {"value": value, "credited": facts.credited, "until": when, "ordinal": _ordinal(value)}
    template = BLOCKED_TEXTS[Rule(rule)] if facts.reason is Reason.BLOCKED else FATE_TEXTS[facts.reason]
    return translate("Explain", template).format(**values)


def _ordinal(value: str) -> str:
    """1st, 2nd, 3rd, 4th … 11th, 21st in the UI's language (Swedish: 1:a, 2:a, 3:e …)."""
    if not value.isdigit():
        return value
    number = int(value)
    index = 3 if 10 <= number % 100 <= 20 else {1: 0, 2: 1, 3: 2}.get(number % 10, 3)
    return translate("Explain", ORDINALS[index]).format(number=number)


def _names_of(dictionary: pa.Array, codes: np.ndarray) -> tuple[list[int], list[str]]:
    """The distinct codes (NO_CODE left out) and their names, looked up in one take."""
    distinct = np.unique(codes[codes != NO_CODE])
    return distinct.tolist(), dictionary.take(pa.array(distinct, pa.int32())).to_pylist()


def _text(offer: Offer, who: str, facts: Verdict) -> str:
    """The verdict in words; each sentence is whole, so a translator can reorder it."""
    reason, person, by, credited = facts.reason, facts.person, facts.referrer, facts.credited
    first = offer.attribution.model is AttributionModel.FIRST_TOUCH
    if reason is Reason.CREDIT:
        if credited != who:
            text = translate("Explain", "credit to {referrer}").format(referrer=credited)
        else:
            text = translate("Explain", "credit {number} to {referrer}").format(
                number=facts.credit_number, referrer=who
            )
        if not by:
            text += " " + (
                translate("Explain", "(attributed by first touch)")
                if first
                else translate("Explain", "(attributed by last touch)")
            )
        if facts.fulfillment:
            text += translate("Explain", "; fulfillment {number}").format(number=facts.fulfillment)
            if facts.promo_code:
                text += translate("Explain", ", promo code {code}").format(code=facts.promo_code)
            elif offer.promo_codes:
                text += translate("Explain", ", no promo code left")
        return text
    values = {
        "person": person,
        "referrer": by,
        "who": who,
        "credited": credited,
        "name": facts.name,
        "kind": translate("EventKind", facts.kind),
        "goal": translate("Goal", GOAL_LABELS[offer.goal.type]),
        "days": offer.attribution.window_days,
    }
    if reason is Reason.TOUCH:
        template = (
            REASONS[reason]
            if offer.goal.type is GoalType.REFERRED_VISITS
            else QT_TRANSLATE_NOOP(
                "Explain",
                "touch: {person} came through {referrer}'s link; a later goal event of {person} can credit {referrer}",
            )
        )
    elif reason is Reason.NAME_MISMATCH and offer.goal.type is GoalType.CUSTOM_JS_EVENT:
        template = QT_TRANSLATE_NOOP("Explain", "no credit: '{name}' does not match the goal's event name")
    elif reason is Reason.NO_TOUCH and offer.attribution.window_days:
        template = QT_TRANSLATE_NOOP(
            "Explain", "no credit: no referrer, and no touch of {person} within {days:g} days before it"
        )
    elif reason is Reason.ATTRIBUTED_ELSEWHERE and by:
        template = QT_TRANSLATE_NOOP("Explain", "no credit to {who}: the event names {credited} as its referrer")
    elif reason is Reason.ATTRIBUTED_ELSEWHERE and not first:
        template = QT_TRANSLATE_NOOP("Explain", "no credit to {who}: attributed to {credited} (last touch)")
    else:
        template = REASONS[reason]
    return translate("Explain", template).format(**values)


REASONS = {
    Reason.OUTSIDE_WINDOW: QT_TRANSLATE_NOOP("Explain", "no credit: outside the offer window"),
    Reason.SHARE: QT_TRANSLATE_NOOP("Explain", "no credit: shares never give credit (they count in the funnel)"),
    Reason.ORGANIC_VISIT: QT_TRANSLATE_NOOP("Explain", "no credit: an organic visit (no referrer)"),
    Reason.SELF_REFERRAL: QT_TRANSLATE_NOOP(
        "Explain", "no credit: self-referral ({person} came through their own link)"
    ),
    Reason.REPEAT_VISIT: QT_TRANSLATE_NOOP(
        "Explain", "no credit: repeat visit ({person} already visited through {referrer}'s link)"
    ),
    Reason.TOUCH: QT_TRANSLATE_NOOP("Explain", "touch: {person} came through {referrer}'s link"),
    Reason.NOT_THE_GOAL: QT_TRANSLATE_NOOP("Explain", "no credit: {kind} events do not count toward {goal}"),
    Reason.NAME_MISMATCH: QT_TRANSLATE_NOOP(
        "Explain", "no credit: '{name}' does not match the goal's trigger activities"
    ),
    Reason.ALREADY_COUNTED: QT_TRANSLATE_NOOP(
        "Explain", "no credit: {person} already gave their credit (only a new friend's first {kind} counts)"
    ),
    Reason.NO_TOUCH: QT_TRANSLATE_NOOP("Explain", "no credit: no referrer, and no touch of {person} before it"),
    Reason.ATTRIBUTED_ELSEWHERE: QT_TRANSLATE_NOOP(
        "Explain", "no credit to {who}: attributed to {credited} (first touch)"
    ),
}
"""The reasons in words (English; translated where shown), with {placeholders} for the row's facts."""

ORDINALS = (
    QT_TRANSLATE_NOOP("Explain", "{number}st"),
    QT_TRANSLATE_NOOP("Explain", "{number}nd"),
    QT_TRANSLATE_NOOP("Explain", "{number}rd"),
    QT_TRANSLATE_NOOP("Explain", "{number}th"),
)
FATE_TEXTS = {
    Reason.REVIEW: QT_TRANSLATE_NOOP("Explain", "in review: {credited}'s {ordinal} credit within 24 hours"),
    Reason.REVERSED: QT_TRANSLATE_NOOP("Explain", "reversed: refund on line {value}"),
    Reason.PENDING: QT_TRANSLATE_NOOP("Explain", "pending until {until}"),
}
BLOCKED_TEXTS = {
    Rule.SAME_IP: QT_TRANSLATE_NOOP("Explain", "blocked: shares IP {value} with {credited}"),
    Rule.SAME_DEVICE: QT_TRANSLATE_NOOP("Explain", "blocked: shares device {value} with {credited}"),
    Rule.SAME_EMAIL: QT_TRANSLATE_NOOP("Explain", "blocked: shares email {value} with {credited}"),
    Rule.BLOCKED_EMAIL_DOMAIN: QT_TRANSLATE_NOOP("Explain", "blocked: email domain {value} is on the blocked list"),
}
"""What became of a credit a fraud rule or a hold kept from counting (fraud-rules.md § Results)."""
