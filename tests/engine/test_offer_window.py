"""Synthetic traffic laid over the offer window, and the sentence that says why a log misses it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from referral_studio.cli import main
from referral_studio.domain.offer import Goal, GoalType, Offer, Window
from referral_studio.domain.offer_file import write_offer_file
from referral_studio.domain.times import to_ns
from referral_studio.engine.generator import generate
from referral_studio.engine.log_files import write_event_log
from referral_studio.engine.offer_window import traffic_for_window, window_miss
from referral_studio.engine.replay import replay
from referral_studio.engine.traffic_options import TrafficOptions

TODAY = datetime(2027, 6, 1, tzinfo=UTC)  # after the generator's default March 2027
OFFER = Offer(name="Now", goal=Goal(type=GoalType.REFERRED_VISITS, count=2))


def test_traffic_for_a_window_starts_at_its_start_and_lasts_as_long() -> None:
    window = Window(start=TODAY, end=TODAY + timedelta(days=10))
    options = traffic_for_window(TrafficOptions(participants=300, seed=4), window)
    assert options.start == TODAY and options.days == 10 and options.participants == 300
    log = generate(options).log
    assert to_ns(TODAY) <= log.time[0] and log.time[-1] < to_ns(window.end)
    result = replay(OFFER.replace(window=window), log)
    assert result.totals.events_in_window == len(log) and result.totals.credits > 0
    assert window_miss(window, log) is None
    open_ended = traffic_for_window(TrafficOptions(days=7), Window(start=TODAY))
    assert open_ended.start == TODAY and open_ended.days == 7  # no end: the campaign keeps its length
    assert traffic_for_window(TrafficOptions(days=7), Window()) == TrafficOptions(days=7)


@pytest.mark.parametrize(
    ("window", "words"),
    [
        (Window(start=TODAY), "the traffic ends 2027-03-3"),
        (Window(start=TODAY, end=TODAY + timedelta(days=1)), "before the window starts 2027-06-01 00:00 UTC"),
        (Window(end=datetime(2027, 2, 1, tzinfo=UTC)), "after the window ends 2027-02-01 00:00 UTC"),
        (Window(start=TODAY, end=TODAY), "no later than it starts"),  # Starts and Ends both ticked on one day
        (Window(start=TODAY, end=TODAY - timedelta(days=1)), "ends (2027-05-31 00:00 UTC) no later than it starts"),
    ],
)
def test_a_window_beside_the_traffic_is_explained(window: Window, words: str) -> None:
    log = generate(TrafficOptions(participants=50, seed=1)).log  # March 2027 by default
    text = window_miss(window, log)
    assert text is not None and words in text
    assert replay(OFFER.replace(window=window), log).totals.events_in_window == 0


def test_a_gap_in_the_traffic_is_explained() -> None:
    log = generate(TrafficOptions(participants=50, seed=1, days=2)).log
    between = (int(log.time[10]) + int(log.time[11])) // 2
    assert log.time[10] < between < log.time[11]
    start = datetime.fromtimestamp(between / 1e9, UTC).replace(microsecond=0)
    window = Window(start=start, end=start + timedelta(microseconds=1))
    assert replay(OFFER.replace(window=window), log).totals.events_in_window == 0
    text = window_miss(window, log)
    assert text is not None and "the traffic runs 2027-03-01 " in text and text.endswith("window's start.")


def test_simulate_warns_when_nothing_falls_inside_the_window(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    offer, events = tmp_path / "now.offer.json", tmp_path / "events.csv"
    write_offer_file(OFFER.replace(window=Window(start=TODAY)), offer)
    write_event_log(generate(TrafficOptions(participants=50, seed=1)).log, events)
    code = main(["simulate", "--offer", str(offer), "--events", str(events), "--out", str(tmp_path / "out"), "--quiet"])
    err = capsys.readouterr().err
    assert code == 0 and err.startswith("warning: No event falls inside the offer window")
    assert "before the window starts 2027-06-01 00:00 UTC" in err
    write_offer_file(OFFER, offer)
    assert (
        main(["simulate", "--offer", str(offer), "--events", str(events), "--out", str(tmp_path / "out"), "--quiet"])
        == 0
    )
    assert "warning" not in capsys.readouterr().err
