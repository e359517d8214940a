"""A plain, obviously-correct model of credit-rules.md: one Python loop, spec step by step.

It is slow on purpose: every rule is a line you can read against the spec. The engine
must agree with it exactly.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from referral_studio.domain.offer import AttributionModel, GoalType, Offer, Qualification
from referral_studio.domain.times import to_ns

Row = tuple[int, str, str, str, str]  # time ns, kind, person, referrer ("" = none), name


@dataclass
class Expected:
    referrers: dict[str, tuple[int, int, int | None]]  # credits, fulfillments, first fulfilled
    ledger: list[tuple[str, int, int, str | None]]  # referrer, number, time, code
    totals: dict[str, object]
    timeline: list[tuple[int, int, int]]


def reference_replay(offer: Offer, rows: list[Row]) -> Expected:
    goal = offer.goal
    # 1. Order: by time, ties keep log order (sorted() is stable).
    ordered = sorted(rows, key=lambda row: row[0])
    # 2. Window.
    start = to_ns(offer.window.start) if offer.window.start else None
    end = to_ns(offer.window.end) if offer.window.end else None
    kept = [r for r in ordered if (start is None or r[0] >= start) and (end is None or r[0] < end)]
    days = offer.attribution.window_days
    window = None if days is None else Fraction(Decimal(repr(float(days)))) * 86_400 * 10**9
    cap = (offer.rewards.max_fulfillments or float("inf")) if offer.rewards.repeat else 1
    wanted = {a.strip().casefold() for a in goal.trigger_activities if a.strip()}  # blank names nothing

    touches: dict[str, list[tuple[int, str]]] = defaultdict(list)  # person -> [(time, referrer)] so far
    seen_pairs: set[tuple[str, str]] = set()
    decided: set[str] = set()
    credits: Counter[str] = Counter()
    fulfilled: Counter[str] = Counter()
    first_fulfilled: dict[str, int] = {}
    ledger: list[tuple[str, int, int, str | None]] = []
    after_instant: dict[int, tuple[int, int]] = {}
    codes = list(offer.promo_codes)
    exhausted = None

    for time, kind, person, referrer, name in kept:
        is_touch = kind == "visit" and referrer != "" and referrer != person

        def credited_referrer() -> str | None:
            if referrer:
                return referrer
            if kind == "visit":
                return None
            usable = [ref for t, ref in touches[person] if window is None or time - t <= window]
            if not usable:
                return None
            return usable[0] if offer.attribution.model is AttributionModel.FIRST_TOUCH else usable[-1]

        credit_to = None
        if goal.type is GoalType.REFERRED_VISITS:
            if is_touch and (goal.count_repeat_visits or (referrer, person) not in seen_pairs):
                credit_to = referrer
        else:
            if goal.type is GoalType.REFERRED_SIGNUPS:
                matches = kind == "signup"
            elif goal.type is GoalType.SMART_LIST_TRIGGER:
                matches = kind == "activity" and name.strip().casefold() in wanted
            else:
                matches = kind == "js_event" and bool(goal.event_name) and name == goal.event_name
            once = not (goal.type is GoalType.SMART_LIST_TRIGGER and goal.qualification is Qualification.EVERY_TIME)
            if matches and not (once and person in decided):
                if once:
                    decided.add(person)
                candidate = credited_referrer()
                if candidate is not None and candidate != person:
                    credit_to = candidate
        if is_touch:
            touches[person].append((time, referrer))
            seen_pairs.add((referrer, person))
        if credit_to is not None:
            credits[credit_to] += 1
            count = credits[credit_to]
            if count % goal.count == 0 and count // goal.count <= cap:
                number = count // goal.count
                fulfilled[credit_to] = number
                first_fulfilled.setdefault(credit_to, time)
                code = codes[len(ledger)] if len(ledger) < len(codes) else None
                if codes and code is None and exhausted is None:
                    exhausted = time
                ledger.append((credit_to, number, time, code))
        after_instant[time] = (len(credits), len(fulfilled))  # the last row of an instant wins
    changes, before = [], (0, 0)
    for time, counts in after_instant.items():
        if counts != before:
            changes.append((time, *counts))
        before = counts
    return Expected(
        referrers={r: (credits[r], fulfilled[r], first_fulfilled.get(r)) for r in credits},
        ledger=ledger,
        totals={
            "events_read": len(rows),
            "events_in_window": len(kept),
            "credits": sum(credits.values()),
            "credited_referrers": len(credits),
            "fulfilled_referrers": len(fulfilled),
            "fulfillments": len(ledger),
            "promo_codes_used": sum(1 for entry in ledger if entry[3] is not None),
            "promo_codes_exhausted_at": exhausted,
        },
        timeline=changes,
    )
