"""Holds too long for 64-bit nanoseconds never end: their credits stay pending, with no made-up date.

106,752 days from 1970 passes 2262-04-11, the last instant int64 nanoseconds hold; 106,751 days from a
2027 row does too. Either way the credit is pending and `blocked.csv` leaves `until` empty.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from referral_studio.cli import main
from referral_studio.domain.offer import Fraud, Goal, GoalType, Offer
from referral_studio.domain.offer_file import write_offer_file
from referral_studio.domain.times import parse_time, to_ns
from referral_studio.engine.cursor import state_at
from referral_studio.engine.explain import explain
from referral_studio.engine.log_files import read_event_log
from referral_studio.engine.replay import replay

LOG = (
    "time,kind,person,referrer,name\n"
    "2027-03-01T10:00:00Z,visit,ann,bob,\n"
    "2027-03-01T11:00:00Z,signup,ann,,\n"
    "2027-03-02T11:00:00Z,refund,ann,,\n"
)


def offer(hold_days: float) -> Offer:
    return Offer(name="x", goal=Goal(type=GoalType.REFERRED_SIGNUPS), fraud=Fraud(hold_days=hold_days))


@pytest.mark.parametrize("hold_days", [106_751, 106_752, 1e9, 1e300])
def test_a_hold_past_2262_leaves_the_credit_pending_with_an_empty_until(tmp_path: Path, hold_days: float) -> None:
    offer_file, events, out = tmp_path / "o.offer.json", tmp_path / "events.csv", tmp_path / "out"
    write_offer_file(offer(hold_days), offer_file)
    events.write_text(LOG.replace("2027-03-02T11:00:00Z,refund,ann,,\n", ""))
    assert main(["simulate", "--offer", str(offer_file), "--events", str(events), "--out", str(out), "--quiet"]) == 0
    with (out / "blocked.csv").open(newline="") as stream:
        assert list(csv.DictReader(stream)) == [
            {"time": "2027-03-01T11:00:00Z", "line": "3", "person": "ann", "referrer": "bob", "outcome": "pending",
             "rule": "", "value": "", "until": ""}
        ]  # fmt: skip
    assert '"credits_pending": 1' in (out / "summary.json").read_text()


@pytest.mark.parametrize("hold_days", [106_752, 1e9])
def test_an_endless_hold_is_still_reversed_by_a_refund_and_explained(tmp_path: Path, hold_days: float) -> None:
    events = tmp_path / "events.csv"
    events.write_text(LOG)
    log = read_event_log(events)
    result = replay(offer(hold_days), log)
    assert result.fates.summary()["credits_reversed"] == 1
    earlier = state_at(result, log, to_ns(parse_time("2027-03-02T00:00:00Z")))  # before the refund: pending
    assert earlier.fates.summary()["credits_pending"] == 1
    events.write_text(LOG.replace("2027-03-02T11:00:00Z,refund,ann,,\n", ""))
    log = read_event_log(events)
    texts = [verdict.text for verdict in explain(offer(hold_days), log, "bob")]
    assert texts[-1] == "pending until never (the hold ends after 2262)", texts
