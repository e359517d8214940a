"""A plain, obviously-correct model of credit-rules.md and fraud-rules.md: one Python loop, spec step by step.

It is slow on purpose: every rule is a line you can read against the spec. The engine
must agree with it exactly.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from referral_studio.domain.identities import (
    domain_is_blocked,
    normalise_blocked_domain,
    normalise_device,
    normalise_email,
    normalise_ip,
)
from referral_studio.domain.offer import AttributionModel, GoalType, Offer, Qualification
from referral_studio.domain.times import to_ns


@dataclass
class Expected:
    referrers: dict[str, tuple[int, int, int | None]]  # credits, fulfillments, first fulfilled
    ledger: list[tuple[str, int, int, str | None]]  # referrer, number, time, code
    totals: dict[str, object]
    timeline: list[tuple[int, int, int]]
    fates: list[tuple[str, str, int, int, str, int]]  # friend, referrer, outcome, rule, value, until per base credit


COUNTED, BLOCKED, REVIEW, REVERSED, PENDING = range(5)  # fraud_rules.Outcome, spelled out
SAME_IP, SAME_DEVICE, SAME_EMAIL, BLOCKED_DOMAIN, VELOCITY, REFUND = range(1, 7)  # fraud_rules.Rule
DAY = 86_400 * 10**9


@dataclass
class Credit:
    line: int
    time: int
    friend: str
    referrer: str
    outcome: int = COUNTED
    rule: int = 0
    value: str = ""
    until: int = 0


def reference_replay(offer: Offer, rows: list[tuple], as_of: int | None = None) -> Expected:
    """Rows are (time ns, kind, person, referrer, name[, ip, device, email]) in file order."""
    goal, fraud = offer.goal, offer.fraud
    # 1. Order: by time, ties keep log order (sorted() is stable); each row keeps its file line.
    ordered = sorted(
        ((*row, *[""] * (8 - len(row)), line) for line, row in enumerate(rows, start=2)), key=lambda r: r[0]
    )
    if as_of is not None:  # a replay as of a moment sees the rows up to it
        ordered = [r for r in ordered if r[0] <= as_of]
    moment = as_of if as_of is not None else (ordered[-1][0] if ordered else 0)
    # 2. Window.
    start = to_ns(offer.window.start) if offer.window.start else None
    end = to_ns(offer.window.end) if offer.window.end else None
    inside = [(start is None or r[0] >= start) and (end is None or r[0] < end) for r in ordered]
    days = offer.attribution.window_days
    window = None if days is None else Fraction(Decimal(repr(float(days)))) * 86_400 * 10**9
    hold = int(Fraction(Decimal(repr(float(fraud.hold_days)))) * 86_400 * 10**9)
    wanted = {a.strip().casefold() for a in goal.trigger_activities if a.strip()}  # blank names nothing
    blocked_domains = {d for d in map(normalise_blocked_domain, fraud.blocked_email_domains) if d}

    touches: dict[str, list[tuple[int, str]]] = defaultdict(list)  # person -> [(time, referrer)] so far
    seen_pairs: set[tuple[str, str]] = set()
    decided: set[str] = set()
    identities: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))  # person -> kind -> values
    given: list[Credit] = []

    for (time, kind, person, referrer, name, ip, device, email, line), kept in zip(ordered, inside, strict=True):
        if kind == "refund":
            referrer = name = ""
        mine = identities[person]
        normal = normalise_email(email)
        for key, value in (
            ("ip", normalise_ip(ip)),
            ("device", normalise_device(device)),
            ("email", normal.address if normal and normal.local else None),
            ("domain", normal.domain if normal else None),
        ):
            if value is not None and value not in mine[key]:
                mine[key].append(value)
        if kind == "refund" and hold > 0:
            for credit in given:
                if credit.friend == person and credit.outcome == COUNTED and time <= credit.time + hold:
                    credit.outcome, credit.rule, credit.value, credit.until = REVERSED, REFUND, str(line), time
        if not kept:
            continue
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
            credit = Credit(line, time, person, credit_to)
            theirs = identities[credit_to]
            for enabled, key, rule in (
                (fraud.same_ip, "ip", SAME_IP),
                (fraud.same_device, "device", SAME_DEVICE),
                (fraud.same_email, "email", SAME_EMAIL),
            ):
                shared = [value for value in mine[key] if value in theirs[key]] if enabled else []
                if shared and credit.outcome == COUNTED:
                    credit.outcome, credit.rule, credit.value = BLOCKED, rule, shared[0]
            listed = [d for d in mine["domain"] if domain_is_blocked(d, frozenset(blocked_domains))]
            if listed and credit.outcome == COUNTED:
                credit.outcome, credit.rule, credit.value = BLOCKED, BLOCKED_DOMAIN, listed[0]
            limit = fraud.max_credits_per_day
            if limit is not None and credit.outcome == COUNTED:
                recent = [
                    c
                    for c in given
                    if c.referrer == credit_to and c.time > time - DAY and c.outcome in (COUNTED, PENDING)
                ]
                if len(recent) >= limit:
                    credit.outcome, credit.rule, credit.value = REVIEW, VELOCITY, str(len(recent) + 1)
            given.append(credit)
    for credit in given:
        if credit.outcome == COUNTED and credit.time + hold > moment:
            credit.outcome, credit.until = PENDING, credit.time + hold
    expected = _count(offer, [c for c in given if c.outcome == COUNTED], hold)
    expected.totals = {
        "events_read": len(ordered) if as_of is not None else len(rows),
        "events_in_window": sum(inside),
        **expected.totals,
    }
    expected.fates = [(c.friend, c.referrer, c.outcome, c.rule, c.value, c.until) for c in given]
    return expected


def _count(offer: Offer, matured: list[Credit], hold: int) -> Expected:
    """6–7: fulfillments and promo codes of the matured credits, at their maturity times, in their rows' order."""
    goal = offer.goal
    cap = (offer.rewards.max_fulfillments or float("inf")) if offer.rewards.repeat else 1
    credits: Counter[str] = Counter()
    fulfilled: Counter[str] = Counter()
    first_fulfilled: dict[str, int] = {}
    ledger: list[tuple[str, int, int, str | None]] = []
    after_instant: dict[int, tuple[int, int]] = {}
    codes = list(offer.promo_codes)
    exhausted = None
    for credit in matured:
        time, credit_to = credit.time + hold, credit.referrer
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
        after_instant[time] = (len(credits), len(fulfilled))  # the last credit of an instant wins
    changes, before = [], (0, 0)
    for time, counts in after_instant.items():
        if counts != before:
            changes.append((time, *counts))
        before = counts
    return Expected(
        referrers={r: (credits[r], fulfilled[r], first_fulfilled.get(r)) for r in credits},
        ledger=ledger,
        totals={
            "credits": sum(credits.values()),
            "credited_referrers": len(credits),
            "fulfilled_referrers": len(fulfilled),
            "fulfillments": len(ledger),
            "promo_codes_used": sum(1 for entry in ledger if entry[3] is not None),
            "promo_codes_exhausted_at": exhausted,
        },
        timeline=changes,
        fates=[],
    )
