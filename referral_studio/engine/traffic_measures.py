"""The shape of an event log as published referral figures describe it: share rate, clicks per share, lift…

Computed from the log alone (no offer), in its processing order, so a generated log and a
real one are measured the same way and can be held against the figures of real programmes.
"First" and "after" mean earlier / later in processing order; a measure whose denominator
is zero is None (undefined), never 0.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

import numpy as np

from referral_studio.engine.event_log import NO_CODE, EventLog
from referral_studio.engine.funnel import NEVER, first_rows, signed_up_after_referral
from referral_studio.engine.kinds import Kind

PURCHASE = "Purchase"  # the activity Extole's conversion rate counts (exact name)
TOP_SHARERS = 0.1  # top_sharer_share looks at this fraction of sharers, rounded up


@dataclass(frozen=True)
class TrafficMeasures:
    """The measures of a log; counts are whole numbers, ratios None when their denominator is zero."""

    participants: int
    share_rate: float | None
    clicks_per_share: float | None
    referred_visitors: int
    referred_signups: int
    signup_rate: float | None
    conversion_rate: float | None
    signups_per_share: float | None
    organic_visitors: int
    organic_conversion: float | None
    referred_lift: float | None
    top_sharer_share: float | None
    onward_share_rate: float | None

    def as_dict(self) -> dict[str, float | int | None]:
        return {name: getattr(self, name) for name in MEASURE_NAMES}


MEASURE_NAMES = tuple(field.name for field in fields(TrafficMeasures))


def _ratio(numerator: float, denominator: float) -> float | None:
    return numerator / denominator if denominator else None


def measure(log: EventLog) -> TrafficMeasures:
    """Every measure of the log (see the module docstring and docs/traffic.md)."""
    people = len(log.people)
    rows = np.arange(len(log), dtype=np.int64)
    kind, person, referrer = log.kind, log.person, log.referrer
    share, visit, signup = kind == Kind.SHARE, kind == Kind.VISIT, kind == Kind.SIGNUP
    referred = visit & (referrer != NO_CODE) & (referrer != person)
    shares, clicks = int(share.sum()), int(referred.sum())

    first_signup = first_rows(rows[signup], person[signup], people)
    first_referred = first_rows(rows[referred], person[referred], people)
    first_visit = first_rows(rows[visit], person[visit], people)
    participants = int(np.count_nonzero(first_signup != NEVER))
    sharers_per_person = np.bincount(person[share], minlength=people)
    sharers = int(np.count_nonzero(sharers_per_person))

    is_referred = first_referred != NEVER
    referred_visitors = int(is_referred.sum())
    signed_after = signed_up_after_referral(kind, person, referrer, people)
    referred_signups = int(signed_after.sum())

    purchase_code = _code_of(log, PURCHASE)
    purchase = (kind == Kind.ACTIVITY) & (log.name == purchase_code) if purchase_code is not None else None
    if purchase is None or not purchase.any():
        purchasers = 0
    else:
        # A purchase counts when it comes at or after the person's first referred visit: the last one decides.
        last_purchase = np.full(people, -1, np.int64)
        np.maximum.at(last_purchase, person[purchase], rows[purchase])
        purchasers = int(np.count_nonzero(is_referred & (last_purchase >= first_referred)))

    first_visit_referrer = np.full(people, NO_CODE, np.int32)
    has_visit = first_visit != NEVER
    first_visit_referrer[has_visit] = referrer[first_visit[has_visit]]
    organic = has_visit & (first_visit_referrer == NO_CODE) & ~is_referred
    organic_visitors = int(organic.sum())
    organic_signed = int(np.count_nonzero(organic & (first_signup != NEVER) & (first_signup > first_visit)))
    organic_conversion = _ratio(organic_signed, organic_visitors)

    referred_per_visitor = _ratio(referred_signups, referred_visitors)
    lift = (
        referred_per_visitor / organic_conversion if referred_per_visitor is not None and organic_conversion else None
    )

    if sharers:
        top = int(np.ceil(TOP_SHARERS * sharers))
        counts = np.sort(sharers_per_person[sharers_per_person > 0])
        top_sharer_share: float | None = float(counts[-top:].sum() / shares)
    else:
        top_sharer_share = None

    last_share = np.full(people, -1, np.int64)
    np.maximum.at(last_share, person[share], rows[share])
    onward = int(np.count_nonzero(signed_after & (last_share > first_signup)))

    return TrafficMeasures(
        participants=participants,
        share_rate=_ratio(sharers, participants),
        clicks_per_share=_ratio(clicks, shares),
        referred_visitors=referred_visitors,
        referred_signups=referred_signups,
        signup_rate=_ratio(referred_signups, clicks),
        conversion_rate=_ratio(purchasers, clicks),
        signups_per_share=_ratio(referred_signups, shares),
        organic_visitors=organic_visitors,
        organic_conversion=organic_conversion,
        referred_lift=lift,
        top_sharer_share=top_sharer_share,
        onward_share_rate=_ratio(onward, referred_signups),
    )


def _code_of(log: EventLog, name: str) -> int | None:
    """The name's code in the log's names dictionary, None when no row carries it."""
    names = log.names.to_pylist()
    return names.index(name) if name in names else None
