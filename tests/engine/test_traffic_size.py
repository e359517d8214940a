"""Traffic that would outgrow memory is refused before any work, with the events and memory it would need.

The runaway runs go through the real command line in a child process held to 2 GB of address space, so
without the estimate they end in a MemoryError (as on a small machine) rather than slowing everyone else.
"""

from __future__ import annotations

import re
import resource
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest

from referral_studio.engine.generator import generate
from referral_studio.engine.presets import PRESET_NAMES, preset_options
from referral_studio.engine.traffic_options import TrafficOptions, TrafficTooLarge
from referral_studio.engine.traffic_size import BYTES_PER_EVENT, check_traffic_size, expected_events
from referral_studio.forecast.study_file import StudyError, loads_study

CLI = [sys.executable, "-m", "referral_studio"]
ROOT = Path(__file__).resolve().parents[2]


def _two_gigabytes() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))


def test_runaway_options_are_refused_at_once_naming_events_and_memory(tmp_path: Path) -> None:
    out = tmp_path / "log.csv"
    command = [
        *CLI,
        "generate",
        "--share-rate",
        "1",
        "--signup-rate",
        "1",
        "--visits-per-share",
        "5",
        "--out",
        str(out),
    ]
    started = time.monotonic()
    done = subprocess.run(command, capture_output=True, text=True, timeout=300, preexec_fn=_two_gigabytes, check=False)
    assert done.returncode == 2, done.stderr
    assert re.search(r"these traffic options would make about [\d.]+e\+60 events, needing about", done.stderr), (
        done.stderr
    )
    assert "each participant brings 9.50 new ones" in done.stderr and not out.exists()
    assert time.monotonic() - started < 60


def test_options_under_the_event_limit_but_over_free_memory_are_refused(tmp_path: Path) -> None:
    # about 300 million events (under MAX_EVENTS) that need some 30 GB: more than this machine has free
    options = TrafficOptions(participants=2_000_000, share_rate=0.5, shares_per_sharer=2, signup_rate=0.5, days=30)
    assert 1e8 < expected_events(options) < 5e8
    with pytest.raises(TrafficTooLarge, match=r"needing about [\d.]+ GB of memory \([\d.,]+ [GMT]B is free\)"):
        check_traffic_size(options, memory=int(expected_events(options) * BYTES_PER_EVENT / 2))
    command = [*CLI, "generate", "--participants", "2000000", "--share-rate", "0.5", "--signup-rate", "0.5"]
    done = subprocess.run(
        [*command, "--out", str(tmp_path / "log.csv")],
        capture_output=True,
        text=True,
        timeout=300,
        preexec_fn=_two_gigabytes,
        check=False,
    )
    assert done.returncode == 2 and "is free" in done.stderr, done.stderr


@pytest.mark.parametrize("preset", PRESET_NAMES)
def test_the_estimate_is_close_for_every_preset(preset: str) -> None:
    options = preset_options(preset, participants=3000)
    made = len(generate(options).log)
    assert made * 0.9 < expected_events(options) < made * 1.2


def test_a_growing_campaign_is_estimated_from_above_not_far_off() -> None:
    options = TrafficOptions(participants=200, share_rate=0.65, signup_rate=0.5, visits_per_share=2, days=10)
    made = len(generate(options).log)
    assert made < expected_events(options) < made * 2


def test_a_forecast_whose_ranges_run_away_is_refused_before_any_run() -> None:
    text = (ROOT / "examples" / "spring.forecast.toml").read_text()
    assert "share_rate = [0.25, 0.45]\nsignup_rate = [0.15, 0.3]\n" in text
    runaway = text.replace("signup_rate = [0.15, 0.3]", "signup_rate = [0.15, 1]\nvisits_per_share = [1, 5]")
    with pytest.raises(StudyError) as caught:
        loads_study(runaway, "runaway.forecast.toml", ROOT / "examples")
    message = str(caught.value)
    assert message.startswith("runaway.forecast.toml: [traffic] at the ends of its ranges that grow most:"), message
    assert "events, needing about" in message
    loads_study(text, "spring.forecast.toml", ROOT / "examples")  # the example itself is fine


def test_the_largest_corner_takes_each_range_at_its_growing_end() -> None:
    from referral_studio.engine.traffic_size import largest_corner

    base = preset_options("ecommerce")
    corner = largest_corner(base, {"overlap_rate": 0.0, "signup_rate": 0.01}, {"overlap_rate": 0.5, "signup_rate": 0.2})
    assert (corner.overlap_rate, corner.signup_rate) == (0.0, 0.2)
    assert replace(base, overlap_rate=0.0, signup_rate=0.2) == corner
