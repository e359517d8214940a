"""Traffic measures: a hand-made log with known measures, and agreement with a plain Python count."""

from __future__ import annotations

import math
from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from referral_studio.engine.event_log import EventLog
from referral_studio.engine.traffic_measures import MEASURE_NAMES, measure

BASE = 1_803_859_200 * 10**9  # 2027-03-01T00:00:00Z
Row = tuple[int, str, str, str, str]


def _rows(*lines: str) -> list[Row]:
    """'kind person referrer name' lines, one second apart, in log order."""
    rows = []
    for second, line in enumerate(lines, 1):
        kind, person, referrer, name = (line.split(" ") + ["", ""])[:4]
        rows.append((BASE + second * 10**9, kind, person, "" if referrer == "-" else referrer, name))
    return rows


HAND_MADE = _rows(
    "signup a",
    "signup b",
    "signup c",
    "signup d",
    "share a",
    "share a",
    "share b",
    "visit x a",  # x: referred, signs up, buys, shares onward
    "visit x a",  # a return visit: a click too
    "signup y",  # y joined before its referred visit: not a referred sign-up
    "visit y a",
    "visit z b",  # z never signs up
    "visit a a",  # a self-referral is no click
    "signup x a",
    "activity x - Purchase",
    "share x",
    "visit o1",  # organic, converts
    "signup o1",
    "visit o2",  # organic, does not
    "visit o3",  # first visit organic, later referred: not organic
    "visit o3 b",
    "share a",
    "activity y - Purchase",  # y bought after its referred visit: a conversion
)


def test_a_hand_made_log_measures_as_counted_by_hand() -> None:
    measures = measure(EventLog.from_records(HAND_MADE))
    assert measures.as_dict() == pytest.approx(
        {
            "participants": 7,  # a b c d y x o1
            "share_rate": 3 / 7,  # a b x
            "clicks_per_share": 5 / 5,  # x x y z o3 over five shares
            "referred_visitors": 4,  # x y z o3
            "referred_signups": 1,  # x
            "signup_rate": 1 / 5,
            "conversion_rate": 2 / 5,  # x and y bought
            "signups_per_share": 1 / 5,
            "organic_visitors": 2,  # o1 o2
            "organic_conversion": 1 / 2,
            "referred_lift": (1 / 4) / (1 / 2),
            "top_sharer_share": 3 / 5,  # the top 10% of three sharers is one: a, with three shares
            "onward_share_rate": 1 / 1,
        }
    )


def test_measures_of_an_empty_log_are_undefined_not_zero() -> None:
    measures = measure(EventLog.from_records([]))
    assert measures.participants == 0 and measures.referred_signups == 0
    assert measures.share_rate is None and measures.referred_lift is None and measures.top_sharer_share is None


def test_a_log_in_time_order_is_measured_in_time_order_not_file_order() -> None:
    later_first = [(BASE + 10**9, "visit", "x", "a", ""), (BASE, "signup", "x", "", "")]
    measures = measure(EventLog.from_records(later_first))
    assert measures.referred_visitors == 1 and measures.referred_signups == 0  # x had signed up before


def plain_measures(rows: list[Row]) -> dict[str, float | int | None]:
    """The spec's measures counted with one loop over the rows in processing order."""
    ordered = sorted(rows, key=lambda row: row[0])
    first: dict[tuple[str, str], int] = {}
    last_purchase: dict[str, int] = {}
    last_share: dict[str, int] = {}
    first_visit_referrer: dict[str, str] = {}
    shares_by: Counter[str] = Counter()
    clicks = 0
    for index, (_time, kind, person, referrer, name) in enumerate(ordered):
        referred = kind == "visit" and referrer not in ("", person)
        if kind == "visit":
            first_visit_referrer.setdefault(person, referrer)
            first.setdefault(("visit", person), index)
        if referred:
            clicks += 1
            first.setdefault(("referred", person), index)
        if kind == "signup":
            first.setdefault(("signup", person), index)
        if kind == "share":
            shares_by[person] += 1
            last_share[person] = index
        if kind == "activity" and name == "Purchase":
            last_purchase[person] = index
    participants = {p for (what, p) in first if what == "signup"}
    visitors = {p for (what, p) in first if what == "referred"}
    signed = {p for p in visitors if first.get(("signup", p), -1) >= first[("referred", p)]}
    bought = {p for p in visitors if last_purchase.get(p, -1) >= first[("referred", p)]}
    organic = {p for p, ref in first_visit_referrer.items() if ref == "" and p not in visitors}
    organic_signed = {p for p in organic if first.get(("signup", p), -1) > first[("visit", p)]}
    onward = {p for p in signed if last_share.get(p, -1) > first[("signup", p)]}
    shares = sum(shares_by.values())

    def ratio(a: float, b: float) -> float | None:
        return a / b if b else None

    counts = sorted(shares_by.values(), reverse=True)
    top = sum(counts[: math.ceil(len(counts) / 10)]) if counts else 0
    per_visitor, organic_rate = ratio(len(signed), len(visitors)), ratio(len(organic_signed), len(organic))
    return {
        "participants": len(participants),
        "share_rate": ratio(len(shares_by), len(participants)),
        "clicks_per_share": ratio(clicks, shares),
        "referred_visitors": len(visitors),
        "referred_signups": len(signed),
        "signup_rate": ratio(len(signed), clicks),
        "conversion_rate": ratio(len(bought), clicks),
        "signups_per_share": ratio(len(signed), shares),
        "organic_visitors": len(organic),
        "organic_conversion": organic_rate,
        "referred_lift": per_visitor / organic_rate if per_visitor is not None and organic_rate else None,
        "top_sharer_share": ratio(top, shares),
        "onward_share_rate": ratio(len(onward), len(signed)),
    }


PEOPLE = ["ann", "bob", "cid", "dee", "eve", "fay", "gus"]
row = st.tuples(
    st.integers(0, 30).map(lambda s: BASE + s * 10**9),
    st.sampled_from(["share", "visit", "visit", "visit", "signup", "activity", "js_event"]),
    st.sampled_from(PEOPLE),
    st.sampled_from(["", "", *PEOPLE[:4]]),
    st.sampled_from(["", "Purchase", "purchase", "Attended Webinar"]),
)


@given(rows=st.lists(row, max_size=60))
def test_measures_agree_with_a_plain_count(rows: list[Row]) -> None:
    rows = [(t, k, p, r, n if k == "activity" else "") for t, k, p, r, n in rows]
    got = measure(EventLog.from_records(rows)).as_dict()
    assert tuple(got) == MEASURE_NAMES
    assert got == pytest.approx(plain_measures(rows))
