"""The funnel a replay reports, against a plain count of the window's rows."""

from __future__ import annotations

from datetime import datetime

from hypothesis import given, settings

from referral_studio.domain.offer import Goal, GoalType, Offer, Window
from referral_studio.engine.event_log import EventLog
from referral_studio.engine.funnel import Funnel
from referral_studio.engine.replay import replay
from tests.engine.test_replay_model import BASE, BASE_NS, rows, times


def plain_funnel(records: list[tuple], start: int | None, end: int | None) -> Funnel:
    inside = [r for r in records if (start is None or r[0] >= start) and (end is None or r[0] < end)]
    visits = [r for r in inside if r[1] == "visit"]
    return Funnel(
        shares=sum(r[1] == "share" for r in inside),
        visits=len(visits),
        unique_visitors=len({r[2] for r in visits}),
        referred_visits=sum(r[3] not in ("", r[2]) for r in visits),
        signups=sum(r[1] == "signup" for r in inside),
        referred_signups=len(referred_signups(inside)),
        activities=sum(r[1] == "activity" for r in inside),
        js_events=sum(r[1] == "js_event" for r in inside),
    )


def referred_signups(inside: list[tuple]) -> set[str]:
    """People whose first sign-up comes at or after their first referred visit, in processing (time) order."""
    referred: set[str] = set()
    signed: set[str] = set()
    after: set[str] = set()
    for _time, kind, person, referrer, *_ in sorted(inside, key=lambda r: r[0]):
        if kind == "visit" and referrer not in ("", person):
            referred.add(person)
        elif kind == "signup" and person not in signed:
            signed.add(person)
            if person in referred:
                after.add(person)
    return after


@settings(max_examples=60, deadline=None)
@given(records=rows, start=times, end=times)
def test_the_funnel_counts_the_window_rows(records: list[tuple], start: datetime | None, end: datetime | None) -> None:
    offer = Offer(name="x", goal=Goal(type=GoalType.REFERRED_SIGNUPS), window=Window(start=start, end=end))
    result = replay(offer, EventLog.from_records(records))
    assert result.funnel == plain_funnel(records, ns(start), ns(end))


def ns(moment: datetime | None) -> int | None:
    return None if moment is None else BASE_NS + int((moment - BASE).total_seconds()) * 10**9
