"""The traffic funnel of a log's rows, and touches (credit-rules.md step 3), which both the funnel and the replay count.

Only the desktop app shows the funnel, so a replay computes it when it is first asked
for, not on every run of `simulate` or of a forecast.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from referral_studio.engine.event_log import NO_CODE, EventLog
from referral_studio.engine.kinds import Kind


@dataclass(frozen=True)
class Funnel:
    """Traffic inside the offer window, step by step."""

    shares: int
    visits: int
    unique_visitors: int
    referred_visits: int
    signups: int
    referred_signups: int  # people, as the Traffic tab counts them (signed_up_after_referral)
    activities: int
    js_events: int


def touches(kind: np.ndarray, person: np.ndarray, referrer: np.ndarray) -> np.ndarray:
    """3. Touches: referred visits by someone other than the visitor."""
    touch: np.ndarray = (kind == Kind.VISIT) & (referrer != NO_CODE) & (referrer != person)
    return touch


NEVER = np.iinfo(np.int64).max  # "no such row" in first_rows


def first_rows(rows: np.ndarray, person: np.ndarray, people: int) -> np.ndarray:
    """Per person code: the first of the row indices given, a huge number when none."""
    first = np.full(people, NEVER, np.int64)
    np.minimum.at(first, person, rows)
    return first


def signed_up_after_referral(kind: np.ndarray, person: np.ndarray, referrer: np.ndarray, people: int) -> np.ndarray:
    """Per person code: a referred sign-up — their first sign-up comes at or after their first referred visit.

    The one meaning of "referred sign-ups" wherever the app shows them (the summary, the Traffic
    tab): whether the sign-up row itself names the referrer does not matter, as attribution
    (credit-rules.md step 4) gives such a sign-up to the visit's referrer.
    """
    rows = np.arange(len(kind), dtype=np.int64)
    signup, referred = kind == Kind.SIGNUP, touches(kind, person, referrer)
    first_signup = first_rows(rows[signup], person[signup], people)
    first_referred = first_rows(rows[referred], person[referred], people)
    signed: np.ndarray = (first_referred != NEVER) & (first_signup != NEVER) & (first_signup >= first_referred)
    return signed


def funnel_of(log: EventLog, lo: int, hi: int) -> Funnel:
    """The funnel of the log's rows [lo, hi)."""
    kind, person, referrer = log.kind[lo:hi], log.person[lo:hi], log.referrer[lo:hi]
    kinds = np.bincount(kind, minlength=len(Kind))  # every kind counted in one pass
    visits = kind == Kind.VISIT
    return Funnel(
        shares=int(kinds[Kind.SHARE]),
        visits=int(kinds[Kind.VISIT]),
        unique_visitors=int(np.count_nonzero(np.bincount(person[visits], minlength=len(log.people)))),
        referred_visits=int(np.count_nonzero(touches(kind, person, referrer))),
        signups=int(kinds[Kind.SIGNUP]),
        referred_signups=int(np.count_nonzero(signed_up_after_referral(kind, person, referrer, len(log.people)))),
        activities=int(kinds[Kind.ACTIVITY]),
        js_events=int(kinds[Kind.JS_EVENT]),
    )
