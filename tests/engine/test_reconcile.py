"""`reconcile`: a credits file made from the rules' own credits, with planted differences, gives exactly those."""

from __future__ import annotations

import csv
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import numpy as np
import pytest

from referral_studio.cli import main
from referral_studio.domain.offer_file import read_offer_file
from referral_studio.domain.times import format_ns
from referral_studio.engine.generator import generate
from referral_studio.engine.log_files import read_event_log, write_event_log
from referral_studio.engine.platform_credits import PlatformCredit
from referral_studio.engine.presets import preset_options
from referral_studio.engine.reconcile import counts, reconcile, rules_credits
from referral_studio.engine.replay import replay
from referral_studio.engine.traffic_options import SECOND

OFFER = '{"format": "referral-studio.offer", "version": 1, "name": "Signups", "goal": {"type": "referred_signups", "count": 3}}'


@pytest.fixture(scope="module")
def case(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[PlatformCredit], dict[str, str]]:
    """A log, an offer, and the platform's credits: the rules' own with one difference of each kind planted."""
    folder = tmp_path_factory.mktemp("reconcile")
    write_event_log(generate(preset_options("classroom", participants=300, seed=5)).log, folder / "events.csv")
    (folder / "offer.json").write_text(OFFER)
    offer, log = read_offer_file(folder / "offer.json"), read_event_log(folder / "events.csv")
    credits, deciding = rules_credits(offer, log, replay(offer, log))
    assert len(credits) > 20
    platform = [PlatformCredit(c.time, c.referrer, c.person, i + 2) for i, c in enumerate(credits)]
    planted: dict[str, str] = {}
    late = platform[3]
    platform[3] = PlatformCredit(late.time + 3600 * SECOND, late.referrer, late.person, late.line)
    planted[late.person] = "time_differs"
    near = platform[4]
    platform[4] = PlatformCredit(near.time + 30 * SECOND, near.referrer, near.person, near.line)  # within 60 s
    other = platform[5]
    platform[5] = PlatformCredit(other.time + 7 * SECOND, "somebody-else", other.person, other.line)
    planted[other.person] = "other_referrer"
    planted[platform[6].person] = "missing"
    del platform[6]
    twice = platform[7]
    platform.append(PlatformCredit(twice.time, twice.referrer, twice.person, 999))  # a duplicate row: extra
    planted[twice.person] = "extra"
    never = next(person for person in log.people.to_pylist() if person not in deciding and person not in planted)
    platform.append(PlatformCredit(int(log.time[-1]), twice.referrer, never, 1000))  # someone the rules never credit
    planted[never] = "extra"
    with (folder / "credits.csv").open("w", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(["time", "referrer", "person", "amount"])
        writer.writerows([format_ns(c.time), c.referrer, c.person, "10"] for c in platform)
    return folder, platform, planted


def test_the_planted_differences_and_nothing_else_are_found(
    case: tuple[Path, list[PlatformCredit], dict[str, str]],
) -> None:
    folder, platform, planted = case
    offer, log = read_offer_file(folder / "offer.json"), read_event_log(folder / "events.csv")
    pairings = reconcile(offer, log, platform)
    differences = {(p.person, p.status) for p in pairings if p.differs}
    assert differences == {(person, status) for person, status in planted.items()}
    found = counts(pairings)
    assert found["matched"] == len(platform) - 3 - 1  # all but the late, the other, and the two extra rows … one pairs
    assert found["extra"] == 2 and found["missing"] == found["time_differs"] == found["other_referrer"] == 1


def test_each_difference_says_why_and_where(case: tuple[Path, list[PlatformCredit], dict[str, str]]) -> None:
    folder, platform, planted = case
    offer, log = read_offer_file(folder / "offer.json"), read_event_log(folder / "events.csv")
    by_person = {p.person: p for p in reconcile(offer, log, platform) if p.differs}
    lines = (folder / "events.csv").read_text().splitlines()
    missing = by_person[next(person for person, status in planted.items() if status == "missing")]
    assert missing.why.startswith("credit ") and missing.line is not None
    assert missing.person in lines[missing.line - 1] and ",signup," in lines[missing.line - 1]
    stranger = next(p for p in by_person.values() if p.status == "extra" and p.line is None)
    assert stranger.why == f"no event of {stranger.person} decides a credit under this offer"


def test_the_command_writes_the_files_and_exits_1_on_differences(
    case: tuple[Path, list[PlatformCredit], dict[str, str]], tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    folder, _platform, planted = case
    args = ["reconcile", "--offer", str(folder / "offer.json"), "--events", str(folder / "events.csv")]
    assert (
        main(
            [
                *args,
                "--credits",
                str(folder / "credits.csv"),
                "--out",
                str(tmp_path / "r"),
                "--junit",
                str(tmp_path / "j.xml"),
            ]
        )
        == 1
    )
    with (tmp_path / "r" / "reconcile.csv").open() as stream:
        rows = list(csv.DictReader(stream))
    assert list(rows[0]) == [
        "status",
        "person",
        "referrer",
        "platform_referrer",
        "time",
        "platform_time",
        "line",
        "why",
    ]
    assert {(row["person"], row["status"]) for row in rows if row["status"] != "matched"} == set(planted.items())
    summary = json.loads((tmp_path / "r" / "summary.json").read_text())
    assert summary["extra"] == 2 and summary["differences"] == len(planted) + 0 and summary["matched"] > 10
    suite = ET.parse(tmp_path / "j.xml").getroot()
    assert suite.get("failures") == str(len(planted)) == suite.get("tests")
    assert "5 differences" in capsys.readouterr().out


def test_the_rules_own_credits_match_exactly_and_exit_0(
    case: tuple[Path, list[PlatformCredit], dict[str, str]], tmp_path: Path
) -> None:
    folder = case[0]
    offer, log = read_offer_file(folder / "offer.json"), read_event_log(folder / "events.csv")
    credits, _ = rules_credits(offer, log, replay(offer, log))
    with (tmp_path / "same.csv").open("w", newline="") as stream:
        csv.writer(stream).writerows(
            [["person", "referrer", "time"], *([c.person, c.referrer, format_ns(c.time)] for c in credits)]
        )
    args = ["reconcile", "--offer", str(folder / "offer.json"), "--events", str(folder / "events.csv"), "--quiet"]
    assert (
        main(
            [
                *args,
                "--credits",
                str(tmp_path / "same.csv"),
                "--out",
                str(tmp_path / "r"),
                "--junit",
                str(tmp_path / "j.xml"),
            ]
        )
        == 0
    )
    suite = ET.parse(tmp_path / "j.xml").getroot()
    assert suite.get("tests") == "1" and suite.get("failures") == "0"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("time,referrer\n", "no 'person' column"),
        ("time,referrer,person\nyesterday,a,b\n", "line 2: field 'time' is 'yesterday'"),
        (
            "time,referrer,person\n2027-03-01T00:00:00Z,a,b\n2027-03-01T00:00:00Z,,b\n",
            "line 3: field 'referrer' is empty",
        ),
    ],
)
def test_a_bad_credits_file_exits_2_naming_file_line_and_field(
    case: tuple[Path, list[PlatformCredit], dict[str, str]],
    text: str,
    message: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture,
) -> None:
    folder = case[0]
    (tmp_path / "bad.csv").write_text(text)
    args = ["reconcile", "--offer", str(folder / "offer.json"), "--events", str(folder / "events.csv")]
    assert main([*args, "--credits", str(tmp_path / "bad.csv"), "--out", str(tmp_path / "r")]) == 2
    err = capsys.readouterr().err
    assert "bad.csv" in err and message in err
    assert not (tmp_path / "r").exists()


def test_the_why_of_each_row_is_what_explain_says_for_its_referrer(
    case: tuple[Path, list[PlatformCredit], dict[str, str]],
) -> None:
    """row_verdicts words many rows at once; each must read exactly as `explain` for the referrer credited."""
    from referral_studio.engine.explain import explain, row_reasons, row_verdicts

    folder = case[0]
    offer, log = read_offer_file(folder / "offer.json"), read_event_log(folder / "events.csv")
    result = replay(offer, log)
    reasons = row_reasons(offer, log, result)
    credits, deciding = rules_credits(offer, log, result, reasons)
    rows = sorted({credit.row for credit in credits[:40]} | set(list(deciding.values())[:40]))
    texts = row_verdicts(offer, log, result, np.array(rows), reasons)
    people = log.people.to_pylist()
    undecided = 0
    for row, text in zip(rows, texts, strict=True):
        code = reasons[1][row] if reasons[1][row] >= 0 else log.person[row]
        undecided += reasons[1][row] < 0
        line = int(log.lines(np.array([row]))[0])
        said = next(v.text for v in explain(offer, log, people[code], result, reasons=reasons) if v.line == line)
        assert text == said
    assert undecided > 0  # rows that credited nobody were compared too
