"""`referral-studio check`: QA scenarios pass, fail with expected and actual values, and report as JUnit."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from referral_studio.cli import main
from referral_studio.domain.offer import Goal, GoalType, Offer
from referral_studio.domain.offer_file import write_offer_file
from referral_studio.engine.event_log import EventLog
from referral_studio.engine.log_files import write_event_log
from referral_studio.engine.replay import replay

# A hand-made log: bob brings ann and cid (credits at 01:00 and 03:00), dee brings eve.
LOG = [
    ("2027-03-01T01:00:00Z", "visit", "ann", "bob", ""),
    ("2027-03-01T02:00:00Z", "visit", "ann", "bob", ""),
    ("2027-03-01T03:00:00Z", "visit", "cid", "bob", ""),
    ("2027-03-01T04:00:00Z", "visit", "eve", "dee", ""),
]
PASSING = """
name = "Bob reaches two visits"
offer = "visits.offer.json"
[traffic]
events = "events.csv"
[expect]
credits = 3
credited_referrers = ">= 2"
fulfilled_referrers = 1
promo_codes_used = 1
promo_codes_exhausted_at = "never"
[[expect.referrer]]
name = "bob"
credits = 2
fulfilled = true
fulfilled_before = 2027-03-01T03:30:00Z
first_fulfilled_at = "2027-03-01T03:00:00Z"
promo_code = "BOB-1"
[[expect.referrer]]
name = "dee"
fulfilled = false
[[expect.timeline]]
time = 2027-03-01T02:30:00Z
credited_referrers = 1
fulfilled_referrers = 0
"""
FAILING = """
[offer]
name = "Inline"
goal = { type = "referred_visits", count = 1 }
[traffic]
events = "events.csv"
[expect]
fulfilled_referrers = 5
credits = "< 3"
[[expect.referrer]]
name = "zed"
credits = ">= 1"
"""


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    from referral_studio.domain.times import parse_time, to_ns

    rows = [(to_ns(parse_time(t)), k, p, r, n) for t, k, p, r, n in LOG]
    write_event_log(EventLog.from_records(rows), tmp_path / "events.csv")
    write_offer_file(
        Offer(name="Visits", goal=Goal(type=GoalType.REFERRED_VISITS, count=2), promo_codes=("BOB-1", "X")),
        tmp_path / "visits.offer.json",
    )
    return tmp_path


def test_a_scenario_that_holds_passes(folder: Path, capsys: pytest.CaptureFixture) -> None:
    (folder / "bob.scenario.toml").write_text(PASSING)
    assert main(["check", str(folder / "bob.scenario.toml")]) == 0
    out = capsys.readouterr().out
    assert out.startswith("PASS  Bob reaches two visits") and "1 scenario: 1 passed, 0 failed" in out


def test_a_failing_scenario_says_what_was_expected_and_what_came(folder: Path, capsys: pytest.CaptureFixture) -> None:
    (folder / "inline.scenario.toml").write_text(FAILING)
    (folder / "bob.scenario.toml").write_text(PASSING)
    assert main(["check", str(folder), "--junit", str(folder / "junit.xml")]) == 1
    out = capsys.readouterr().out
    assert "FAIL  inline" in out and "PASS  Bob" in out
    assert "fulfilled_referrers: expected 5, got 2" in out
    assert "credits: expected < 3, got 3" in out
    assert "referrer 'zed' credits: expected >= 1, got 0" in out
    assert "2 scenarios: 1 passed, 1 failed" in out
    suite = ET.parse(folder / "junit.xml").getroot()
    assert (suite.get("tests"), suite.get("failures"), suite.get("errors")) == ("2", "1", "0")
    failure = suite.find("testcase[@name='inline']/failure")
    assert failure is not None and "3 of 3 expectations not met" == failure.get("message")
    assert (
        "expected 5, got 2" in failure.text and suite.find("testcase[@name='Bob reaches two visits']/failure") is None
    )


def test_expectations_agree_with_the_replay_itself(folder: Path, capsys: pytest.CaptureFixture) -> None:
    """The same numbers a scenario checks, straight from the engine: bob 2 credits, 3 credits in all."""
    from referral_studio.engine.log_files import read_event_log

    result = replay(Offer(name="Visits", goal=Goal(count=2)), read_event_log(folder / "events.csv"))
    assert result.totals.credits == 3 and result.totals.fulfilled_referrers == 1


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "offer = 'visits.offer.json'\n[traffic]\nevents='events.csv'\n[expect]\ncredits = 'about 3'\n",
            r"\[expect\] credits is 'about 3'; expected a whole number or a comparison such as '>= 100'",
        ),
        (
            "offer = 'visits.offer.json'\n[traffic]\nevents='events.csv'\n[expect]\ncolour = 1\n",
            r"unknown key 'colour' in \[expect\]; allowed: events_read",
        ),
        ("offer = 'visits.offer.json'\n[traffic]\nparticipants = 10\n[expect]\n", r"\[traffic\] needs a seed"),
        ("offer = 'visits.offer.json'\n[traffic]\nseed = 'x'\n[expect]\n", r"\[traffic\] seed must be a whole number"),
        ("offer = 'missing.offer.json'\n[traffic]\nseed = 1\n[expect]\n", r"missing.offer.json"),
        (
            "offer = 'visits.offer.json'\n[traffic]\nevents = 'nope.csv'\n[expect]\ncredits = 1\n",
            r"\[traffic\] .*nope.csv",
        ),
        ("offer = 'visits.offer.json'\n[traffic\nseed = 1\n", r"not valid TOML: .*line 2"),
        (
            "[offer]\nname = 'I'\ngoal = { type = 'clicks' }\n[traffic]\nseed = 1\n[expect]\n",
            r"\[offer\]: key 'goal.type' must be one of .*got \"clicks\"",
        ),
        ("[traffic]\nseed = 1\n[expect]\n", r"missing 'offer'"),
        (
            "offer = 'visits.offer.json'\n[traffic]\nseed = 1\npreset = 'bank'\n[expect]\n",
            r"\[traffic\] unknown traffic preset 'bank'; choose one of: ecommerce, retail, b2b, banks",
        ),
        (
            "offer = 'visits.offer.json'\n[traffic]\nseed = 1\nshare_mode = 'viral'\n[expect]\n",
            r"\[traffic\] share_mode: one of broadcast, recommendation",
        ),
        (
            "offer = 'visits.offer.json'\n[traffic]\nseed = 1\ndelays = 2\n[expect]\n",
            r"\[traffic\] delays must be text",
        ),
    ],
)
def test_bad_scenario_files_get_a_clear_message_and_exit_2(
    folder: Path, text: str, words: str, capsys: pytest.CaptureFixture
) -> None:
    (folder / "bad.scenario.toml").write_text(text)
    assert main(["check", str(folder / "bad.scenario.toml"), "--junit", str(folder / "j.xml")]) == 2
    out = capsys.readouterr().out
    assert "ERROR" in out and "bad.scenario.toml" in out and "Traceback" not in out
    import re

    assert re.search(words, out), out
    assert ET.parse(folder / "j.xml").getroot().get("errors") == "1"


def test_a_scenario_that_is_not_utf8_is_refused_naming_its_line(folder: Path, capsys: pytest.CaptureFixture) -> None:
    (folder / "bad.scenario.toml").write_bytes(b"offer = 'visits.offer.json'\n# Kl\xe4ttring\n[traffic]\nseed = 1\n")
    assert main(["check", str(folder / "bad.scenario.toml")]) == 2
    assert "bad.scenario.toml: line 2: not UTF-8 text" in capsys.readouterr().out


def test_synthetic_scenarios_are_reproducible(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    text = "[offer]\nname = 'S'\n[traffic]\nseed = 3\nparticipants = 200\n[expect]\ncredits = 0\n"
    (tmp_path / "s.scenario.toml").write_text(text)
    main(["check", str(tmp_path)])
    first = capsys.readouterr().out.splitlines()[1]
    main(["check", str(tmp_path)])
    assert capsys.readouterr().out.splitlines()[1] == first and "got" in first


def test_a_scenario_preset_gives_its_options_and_keys_beside_it_override_them(tmp_path: Path) -> None:
    from referral_studio.engine.presets import preset_options
    from referral_studio.qa.scenario_reader import load_scenario

    text = "[offer]\nname = 'S'\n[traffic]\npreset = 'b2b'\nseed = 3\nshare_rate = 0.2\n[expect]\ncredits = 0\n"
    (tmp_path / "s.scenario.toml").write_text(text)
    traffic = load_scenario(tmp_path / "s.scenario.toml").traffic
    assert traffic == preset_options("b2b", seed=3, share_rate=0.2)
    assert traffic.purchase_rate == preset_options("b2b").purchase_rate != preset_options("ecommerce").purchase_rate


def test_no_scenarios_found_is_bad_usage(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    assert main(["check", str(tmp_path)]) == 2
    assert "no scenario files" in capsys.readouterr().err


def test_the_example_scenarios_in_the_repository_pass(capsys: pytest.CaptureFixture) -> None:
    """examples/ is what the README shows QA staff; it must stay true."""
    examples = Path(__file__).resolve().parent.parent / "examples"
    assert main(["check", str(examples)]) == 0
    assert "6 scenarios: 6 passed, 0 failed" in capsys.readouterr().out
