"""Scenario expectations on the fraud rules: summary.json's fraud counts, per referrer, and blocked.csv's rows."""

from __future__ import annotations

import re
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from referral_studio.cli import main
from referral_studio.domain.offer import Fraud, Goal, GoalType, Offer
from referral_studio.domain.offer_file import write_offer_file
from referral_studio.engine.log_files import read_event_log
from referral_studio.engine.replay import replay
from referral_studio.qa.scenario_writer import save_scenario

# One credit of each fate (hold 1 day, at most 1 credit a day): bob's four friends share his IP, his device, his
# email, or have a disposable domain (blocked); gus's second friend is in review; kim's friend is refunded during
# the hold (reversed); lee's friend signs up 15 minutes before the log ends (pending); fay's credit to gus counts.
LOG = """time,kind,person,referrer,name,ip,device,email
2027-03-01T09:00:00Z,share,bob,,,10.0.0.7,D1,Bob@X.example
2027-03-01T10:00:00Z,signup,ann,bob,,10.0.0.7,,
2027-03-01T10:10:00Z,signup,cid,bob,,,D1,
2027-03-01T10:20:00Z,signup,dan,bob,,,,bob+2@x.example
2027-03-01T10:30:00Z,signup,eve,bob,,,,eve@Sub.Mailinator.com
2027-03-01T11:00:00Z,signup,fay,gus,,,,
2027-03-01T12:00:00Z,signup,hal,gus,,,,
2027-03-01T13:00:00Z,signup,ivy,kim,,,,
2027-03-01T14:00:00Z,refund,ivy,,,,,
2027-03-02T11:15:00Z,signup,jon,lee,,,,
2027-03-02T11:30:00Z,share,gus,,,,,
"""
FRAUD = Fraud(
    same_ip=True,
    same_device=True,
    same_email=True,
    blocked_email_domains=("mailinator.com",),
    max_credits_per_day=1,
    hold_days=1,
)
OFFER = Offer(name="Guarded", goal=Goal(type=GoalType.REFERRED_SIGNUPS, count=1), fraud=FRAUD)
SCENARIO = """
name = "Guarded"
offer = "guarded.offer.json"
[traffic]
events = "events.csv"
[expect]
{expect}
"""
ALL_RIGHT = """
credits = 1
credits_for_review = 1
credits_reversed = 1
credits_pending = ">= 1"
[expect.credits_blocked]
same_ip = 1
same_device = 1
same_email = 1
blocked_email_domain = "< 2"
[[expect.referrer]]
name = "bob"
credits = 0
credits_blocked = { same_ip = 1, same_device = 1, same_email = 1, blocked_email_domain = 1 }
credits_for_review = 0
[[expect.referrer]]
name = "gus"
credits = 1
credits_for_review = 1
[[expect.referrer]]
name = "kim"
credits_reversed = 1
credits_pending = 0
[[expect.referrer]]
name = "nobody"
credits_pending = 0
[[expect.blocked]]
person = "ann"
outcome = "blocked"
rule = "same_ip"
value = "10.0.0.7"
[[expect.blocked]]
person = "hal"
referrer = "gus"
rule = "velocity"
[[expect.blocked]]
person = "ivy"
outcome = "reversed"
value = 10
[[expect.blocked]]
referrer = "lee"
outcome = "pending"
line = 11
"""


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "events.csv").write_text(LOG)
    write_offer_file(OFFER, tmp_path / "guarded.offer.json")
    return tmp_path


def scenario(folder: Path, expect: str) -> Path:
    path = folder / "guarded.scenario.toml"
    path.write_text(SCENARIO.format(expect=expect))
    return path


def test_every_fraud_expectation_holds_on_the_log(folder: Path, capsys: pytest.CaptureFixture) -> None:
    assert main(["check", str(scenario(folder, ALL_RIGHT)), "--junit", str(folder / "junit.xml")]) == 0
    assert capsys.readouterr().out.startswith("PASS  Guarded")
    suite = ET.parse(folder / "junit.xml").getroot()
    assert (suite.get("tests"), suite.get("failures")) == ("1", "0")


# Each key: the right value passes, a wrong one fails saying what was expected and what the replay gave.
@pytest.mark.parametrize(
    ("right", "wrong", "message"),
    [
        ("credits_for_review = 1", "credits_for_review = 0", "credits_for_review: expected 0, got 1"),
        ("credits_reversed = 1", "credits_reversed = '> 1'", "credits_reversed: expected > 1, got 1"),
        ("credits_pending = 1", "credits_pending = 2", "credits_pending: expected 2, got 1"),
        *(
            (
                f"[expect.credits_blocked]\n{rule} = 1",
                f"[expect.credits_blocked]\n{rule} = '!= 1'",
                f"credits_blocked.{rule}: expected != 1, got 1",
            )
            for rule in ("same_ip", "same_device", "same_email", "blocked_email_domain")
        ),
        (
            "credits_blocked = { same_ip = 1 }",  # the inline form reads the same
            "credits_blocked = { same_ip = 0 }",
            "credits_blocked.same_ip: expected 0, got 1",
        ),
        (
            "[[expect.referrer]]\nname = 'bob'\ncredits_blocked = { same_email = 1 }",
            "[[expect.referrer]]\nname = 'bob'\ncredits_blocked = { same_email = 2 }",
            "referrer 'bob' credits_blocked.same_email: expected 2, got 1",
        ),
        (
            "[[expect.referrer]]\nname = 'gus'\ncredits_for_review = 1",
            "[[expect.referrer]]\nname = 'bob'\ncredits_for_review = 1",
            "referrer 'bob' credits_for_review: expected 1, got 0",
        ),
        (
            "[[expect.referrer]]\nname = 'kim'\ncredits_reversed = 1",
            "[[expect.referrer]]\nname = 'lee'\ncredits_reversed = 1",
            "referrer 'lee' credits_reversed: expected 1, got 0",
        ),
        (
            "[[expect.referrer]]\nname = 'lee'\ncredits_pending = 1",
            "[[expect.referrer]]\nname = 'lee'\ncredits_pending = 0",
            "referrer 'lee' credits_pending: expected 0, got 1",
        ),
        (
            "[[expect.blocked]]\nperson = 'cid'\nrule = 'same_device'\nvalue = 'D1'",
            "[[expect.blocked]]\nperson = 'cid'\nrule = 'same_ip'",
            (
                "expect.blocked #1: expected a row with person 'cid', rule 'same_ip', got line 4: person 'cid', "
                "referrer 'bob', outcome 'blocked', rule 'same_device', value 'D1'"
            ),
        ),
        (
            "[[expect.blocked]]\nperson = 'dan'\nvalue = 'bob@x.example'",
            "[[expect.blocked]]\nperson = 'fay'",
            "expect.blocked #1: expected a row with person 'fay', got no row with person 'fay'",
        ),
    ],
)
def test_a_fraud_expectation_passes_when_right_and_says_what_came_when_wrong(
    folder: Path, capsys: pytest.CaptureFixture, right: str, wrong: str, message: str
) -> None:
    assert main(["check", str(scenario(folder, right))]) == 0, capsys.readouterr().out
    capsys.readouterr()
    assert main(["check", str(scenario(folder, wrong))]) == 1
    assert f"       {message}\n" in capsys.readouterr().out


def test_junit_lists_the_unmet_fraud_expectations(folder: Path) -> None:
    wrong = ALL_RIGHT.replace("credits_reversed = 1\ncredits_pending", "credits_reversed = 0\ncredits_pending")
    wrong = wrong.replace("\nsame_device = 1\n", "\nsame_device = 3\n").replace('person = "hal"', 'person = "fay"')
    assert main(["check", str(scenario(folder, wrong)), "--junit", str(folder / "junit.xml")]) == 1
    failure = ET.parse(folder / "junit.xml").getroot().find("testcase/failure")
    assert failure is not None and failure.get("message") == "4 of 23 expectations not met"
    assert failure.text is not None
    assert failure.text.splitlines() == [
        "credits_reversed: expected 0, got 1",
        "credits_blocked.same_device: expected 3, got 1",
        "referrer 'kim' credits_reversed: expected 0, got 1",
        (
            "expect.blocked #2: expected a row with person 'fay', referrer 'gus', rule 'velocity', got no row with "
            "person 'fay'"
        ),
    ]


@pytest.mark.parametrize(
    ("expect", "message"),
    [
        (
            "[expect.credits_blocked]\nvelocity = 1",
            (
                r"unknown key 'velocity' in \[expect.credits_blocked\]; allowed: same_ip, same_device, same_email, "
                r"blocked_email_domain \(the velocity rule sends credits to review: expect credits_for_review\)"
            ),
        ),
        ("credits_velocity = 1", r"unknown key 'credits_velocity' in \[expect\]; allowed: .*credits_for_review"),
        ("credits_blocked = 4", r"\[expect\] credits_blocked must be a table of counts per rule \(same_ip, "),
        ("credits_pending = 'soon'", r"\[expect\] credits_pending is 'soon'; expected a whole number"),
        (
            "[[expect.referrer]]\nname = 'bob'\ncredits_blocked = { refund = 1 }",
            r"unknown key 'refund' in \[expect.referrer #1.credits_blocked\]; .*expect credits_reversed",
        ),
        ("[[expect.referrer]]\nname = 'bob'\ncredits_blocked = {}", r"checks nothing about 'bob'"),
        ("[[expect.blocked]]\nfriend = 'ann'", r"unknown key 'friend' in \[expect.blocked #1\]; allowed: person, "),
        ("[[expect.blocked]]", r"\[expect.blocked #1\] names no column"),
        ("[[expect.blocked]]\noutcome = 'held'", r"outcome is 'held'; allowed: blocked, review, reversed, pending"),
        ("[[expect.blocked]]\nrule = 'same_phone'", r"rule is 'same_phone'; allowed: same_ip, .*velocity, refund"),
        (
            "[[expect.blocked]]\noutcome = 'blocked'\nrule = 'velocity'",
            r"rule 'velocity' never gives outcome 'blocked': its credits are 'review'",
        ),
        ("[[expect.blocked]]\noutcome = 'pending'\nrule = 'refund'", r"a pending credit has no rule"),
        ("[[expect.blocked]]\nline = '3'", r"\[expect.blocked #1\] line must be a whole number"),
        ("blocked = 1", r"\[expect\] blocked must be a list of tables, written \[\[expect.blocked\]\]"),
    ],
)
def test_bad_fraud_expectations_are_refused_by_name(
    folder: Path, capsys: pytest.CaptureFixture, expect: str, message: str
) -> None:
    assert main(["check", str(scenario(folder, expect))]) == 2
    out = capsys.readouterr().out
    assert "ERROR" in out and "guarded.scenario.toml" in out and "Traceback" not in out
    assert re.search(message, out), out


def test_save_as_scenario_on_a_fraud_offer_writes_the_fraud_counts_and_check_passes(
    folder: Path, capsys: pytest.CaptureFixture
) -> None:
    result = replay(OFFER, read_event_log(folder / "events.csv"))
    saved = save_scenario(folder / "saved.scenario.toml", OFFER, folder / "events.csv", result, ["kim"])
    expect = tomllib.loads(saved.scenario.read_text())["expect"]
    assert expect["credits_blocked"] == {"same_ip": 1, "same_device": 1, "same_email": 1, "blocked_email_domain": 1}
    assert (expect["credits_for_review"], expect["credits_reversed"], expect["credits_pending"]) == (1, 1, 1)
    by_name = {entry["name"]: entry for entry in expect["referrer"]}
    assert by_name["kim"]["credits_reversed"] == 1 and by_name["gus"]["credits_for_review"] == 1
    assert main(["check", str(saved.scenario)]) == 0
    assert capsys.readouterr().out.startswith("PASS")
    # …and it fails, by name, once the offer stops blocking shared IPs.
    saved.offer.write_text(saved.offer.read_text().replace('"same_ip": true', '"same_ip": false'))
    assert main(["check", str(saved.scenario)]) == 1
    assert "credits_blocked.same_ip: expected 1, got 0" in capsys.readouterr().out


def test_save_as_scenario_without_fraud_settings_writes_no_fraud_keys(folder: Path) -> None:
    plain = OFFER.replace(fraud=Fraud())
    result = replay(plain, read_event_log(folder / "events.csv"))
    text = save_scenario(folder / "plain.scenario.toml", plain, folder / "events.csv", result, ["bob"]).scenario
    written = text.read_text()
    assert "credits_blocked" not in written and "credits_for_review" not in written and "credits =" in written
    assert main(["check", str(text)]) == 0
