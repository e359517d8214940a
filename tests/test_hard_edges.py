"""The hard edges an adversarial QA pass found (issue 11), one test each: bad input gets exit 2
with file, line and field; good input at the edges of what the spec allows is read right."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from referral_studio.cli import main
from referral_studio.domain.offer import Attribution, AttributionModel, Goal, GoalType, Offer
from referral_studio.domain.offer_file import write_offer_file
from referral_studio.domain.times import parse_time, to_ns
from referral_studio.domain.validation import blocking, validate
from referral_studio.engine.csv_layout import physical_lines
from referral_studio.engine.event_log import EventLog
from referral_studio.engine.explain import explain
from referral_studio.engine.log_files import EventLogError, read_event_log
from referral_studio.engine.replay import replay

HEADER = "time,kind,person,referrer,name\n"
MIB = 1 << 20  # pyarrow's CSV block size


def offer_file(folder: Path, offer: Offer) -> Path:
    path = folder / "offer.offer.json"
    write_offer_file(offer, path)
    return path


def simulate(folder: Path, offer: Path, events: Path, *extra: str) -> int:
    return main(["simulate", "--offer", str(offer), "--events", str(events), "--out", str(folder / "out"), *extra])


# 1. A quoted line break may fall on pyarrow's block boundary.
def test_a_quoted_line_break_on_the_block_boundary_is_read(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    row = "2027-03-01T00:00:00Z,visit,{person},ref,\n"
    quoted = '2027-03-01T00:00:00Z,activity,quinn,ref,"Opportunity\nCreated"\n'
    lines, size = [HEADER], len(HEADER)
    while size < MIB - 200:
        lines.append(row.format(person=f"p{len(lines):06d}"))
        size += len(lines[-1].encode())
    # Pad one row so the quoted line break is the last line end before the 1 MiB boundary.
    pad = MIB - 3 - quoted.index("\n") - size - len(row.format(person=""))
    lines.append(row.format(person="x" * pad))
    lines.append(quoted)
    lines += [row.format(person=f"after{i}") for i in range(5)]
    path = tmp_path / "events.csv"
    path.write_text("".join(lines))
    assert path.read_bytes()[: MIB - 2].rfind(b"\n") == MIB - 3  # the boundary case itself
    log = read_event_log(path)
    assert len(log) == len(lines) - 1
    assert "Opportunity\nCreated" in log.names.to_pylist()
    assert log.people_text(log.person).to_pylist()[-5:] == [f"after{i}" for i in range(5)]
    assert physical_lines(path, [len(lines) - 7, len(lines) - 6]).tolist() == [len(lines) - 5, len(lines) - 3]
    offer = offer_file(tmp_path, Offer(name="x", goal=Goal(type=GoalType.SMART_LIST_TRIGGER)))
    assert simulate(tmp_path, offer, path, "--quiet") == 0


# 2. Any positive attribution window works, however long.
def test_a_huge_attribution_window_reaches_every_earlier_touch(tmp_path: Path) -> None:
    times = ("1678-01-02T00:00:00Z", "2261-12-01T00:00:00Z", "2261-12-02T00:00:00Z", "2261-12-03T00:00:00Z")
    kinds = (("visit", "ann", "bob"), ("signup", "ann", ""), ("visit", "cid", "bob"), ("signup", "cid", ""))
    log = EventLog.from_records(
        [(to_ns(parse_time(t)), k, p, r, "") for t, (k, p, r) in zip(times, kinds, strict=True)]
    )
    for model in AttributionModel:
        for days, credits in ((1, 1), (213_000, 1), (213_300, 2), (1_000_000, 2), (1e300, 2)):
            offer = Offer(name="x", goal=Goal(type=GoalType.REFERRED_SIGNUPS), attribution=Attribution(model, days))
            assert replay(offer, log).totals.credits == credits, (model, days)
    path = tmp_path / "events.csv"
    path.write_text(HEADER + "".join(f"{t},{k},{p},{r},\n" for t, (k, p, r) in zip(times, kinds, strict=True)))
    offer = offer_file(
        tmp_path, Offer(name="x", goal=Goal(type=GoalType.REFERRED_SIGNUPS), attribution=Attribution(window_days=1e6))
    )
    assert simulate(tmp_path, offer, path, "--quiet") == 0
    assert json.loads((tmp_path / "out" / "summary.json").read_text())["credits"] == 2


# 3. generate refuses starts outside the nanosecond range and negative seeds, by option.
@pytest.mark.parametrize(
    ("options", "named"),
    [
        (["--start", "2262-04-05T00:00:00Z"], "--start"),
        (["--start", "1600-01-01T00:00:00Z"], "--start"),
        (["--seed", "-5"], "--seed"),
        (["--days", "nan"], "--days"),
        (["--share-rate", "nan"], "--share-rate"),
        (["--days", "0"], "--days"),
    ],
)
def test_generate_refuses_options_outside_their_range(
    tmp_path: Path, capsys: pytest.CaptureFixture, options: list[str], named: str
) -> None:
    out = tmp_path / "events.csv"
    assert main(["generate", *options, "--participants", "20", "--out", str(out)]) == 2
    assert named in capsys.readouterr().err
    assert not out.exists()


def test_generate_late_in_the_nanosecond_range_keeps_its_times(tmp_path: Path) -> None:
    out = tmp_path / "events.csv"
    assert main(["generate", "--start", "2262-03-01T00:00:00Z", "--days", "20", "--quiet", "--out", str(out)]) == 0
    log = read_event_log(out)
    assert len(log) > 1000
    assert to_ns(parse_time("2262-03-01T00:00:00Z")) <= log.time.min()
    assert log.time.max() < to_ns(parse_time("2262-03-21T00:00:00Z"))


SCENARIO = """
name = {name}
[offer]
name = "Inline"
goal = {{ type = "referred_visits", count = 1 }}
[traffic]
events = "events.csv"
[expect]
{expect}
"""


def scenario(folder: Path, expect: str, name: str = '"s"') -> Path:
    (folder / "events.csv").write_text(
        HEADER + "2027-03-01T00:00:00.1234567Z,visit,ann,bob,\n2027-03-01T00:00:01Z,visit,cid,bob,\n"
    )
    path = folder / "one.scenario.toml"
    path.write_text(SCENARIO.format(name=name, expect=expect))
    return path


# 4. JUnit XML parses whatever a scenario is called.
def test_junit_holds_a_scenario_name_with_a_control_character(tmp_path: Path) -> None:
    path = scenario(tmp_path, "credits = 2", name='"bell\\u0007 and\\u001b escape"')
    assert main(["check", str(path), "--junit", str(tmp_path / "junit.xml")]) == 0
    case = ET.parse(tmp_path / "junit.xml").getroot().find("testcase")
    assert case is not None and case.get("name") == "bell\\u0007 and\\u001b escape"


# 5. Scenario times keep nanoseconds, bare or quoted.
@pytest.mark.parametrize("written", ["2027-03-01T00:00:00.1234567Z", '"2027-03-01T00:00:00.1234567Z"'])
def test_scenario_times_keep_nanoseconds(tmp_path: Path, capsys: pytest.CaptureFixture, written: str) -> None:
    expect = f'[[expect.referrer]]\nname = "bob"\nfirst_fulfilled_at = {written}'
    assert main(["check", str(scenario(tmp_path, expect))]) == 0
    wrong = expect.replace("1234567", "1234568")
    assert main(["check", str(scenario(tmp_path, wrong))]) == 1
    assert "expected 2027-03-01T00:00:00.1234568Z, got 2027-03-01T00:00:00.1234567Z" in capsys.readouterr().out


# 6. --explain names the line where each row starts, one verdict per line, in good English.
def test_explain_lines_count_quoted_breaks_and_blank_lines(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    path = tmp_path / "events.csv"
    path.write_text(
        HEADER
        + '2027-03-01T00:00:01Z,activity,"ann\nsmith",bob,"Opportunity\nCreated"\n'  # lines 2-4
        + "\n"  # line 5, blank
        + "2027-03-01T00:00:02Z,visit,cid,bob,\n"  # line 6
        + "2027-03-01T00:00:03Z,activity,dee,bob,Purchase\n"  # line 7
    )
    offer = offer_file(tmp_path, Offer(name="x", goal=Goal(type=GoalType.REFERRED_VISITS)))
    assert simulate(tmp_path, offer, path, "--quiet", "--explain", "bob") == 0
    printed = capsys.readouterr().out.splitlines()
    assert len(printed) == 4  # the heading and three verdicts, each on one line
    assert [line.split("line ")[1].split()[0] for line in printed[1:]] == ["2", "6", "7"]
    assert "ann\\u000asmith" in printed[1]
    assert "activity events do not count toward Referred Visits" in printed[3]
    assert " a activity" not in "\n".join(printed)
    log = read_event_log(path)
    assert [v.line for v in explain(Offer(name="x"), log, "bob")] == [2, 6, 7]


# 7. An explicit referrer is not "attributed".
def test_explain_says_an_explicit_referrer_was_named_not_attributed() -> None:
    t = to_ns(parse_time("2027-03-01T00:00:00Z"))
    log = EventLog.from_records([(t, "visit", "ann", "bob", ""), (t + 1, "signup", "ann", "cid", "")])
    offer = Offer(
        name="x", goal=Goal(type=GoalType.REFERRED_SIGNUPS), attribution=Attribution(AttributionModel.LAST_TOUCH)
    )
    signup = [v for v in explain(offer, log, "bob") if v.kind == "signup"]
    assert [v.text for v in signup] == ["no credit to bob: the event names cid as its referrer"]


# 8. check --junit into a missing folder is refused before anything runs.
def test_check_junit_into_a_missing_folder_is_refused_first(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    path = scenario(tmp_path, "credits = 2")
    target = tmp_path / "no" / "such" / "junit.xml"
    assert main(["check", str(path), "--junit", str(target)]) == 2
    captured = capsys.readouterr()
    assert str(target) in captured.err and ".partial" not in captured.err
    assert "PASS" not in captured.out


# 9. Scenario types: a promo code is text; an expectation must check something.
@pytest.mark.parametrize(
    ("expect", "message"),
    [
        ('[[expect.referrer]]\nname = "bob"\npromo_code = 5', "promo_code must be text"),
        ("", r"\[expect\] checks nothing"),
        ('[[expect.referrer]]\nname = "bob"', "checks nothing about 'bob'"),
        ("[[expect.timeline]]\ntime = 2027-03-01T00:00:00Z", "checks nothing"),
        ("referrer = 5", "must be a list of tables"),
    ],
)
def test_scenarios_that_check_nothing_or_mistype_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture, expect: str, message: str
) -> None:
    assert main(["check", str(scenario(tmp_path, expect))]) == 2
    out = capsys.readouterr().out
    assert "one.scenario.toml" in out
    assert re.search(message, out)


# 10. A quote inside an unquoted value is a plain character, once or twice; an unclosed one is found.
@pytest.mark.parametrize("count", [1, 2, 3])
def test_stray_quotes_inside_values_are_read_as_characters(tmp_path: Path, count: int) -> None:
    path = tmp_path / "events.csv"
    path.write_text(HEADER + "".join(f'2027-03-01T00:00:0{i}Z,visit,O"Brien{i},bob,\n' for i in range(count)))
    log = read_event_log(path)
    assert log.people_text(log.person).to_pylist() == [f'O"Brien{i}' for i in range(count)]


def test_an_unclosed_quote_is_named_at_its_own_line_after_a_stray_one(tmp_path: Path) -> None:
    path = tmp_path / "events.csv"
    path.write_text(
        HEADER
        + '2027-03-01T00:00:00Z,visit,O"Brien,bob,\n'
        + "2027-03-01T00:00:01Z,visit,ann,bob,\n"
        + '2027-03-01T00:00:02Z,visit,"cid,bob,\n'
        + "2027-03-01T00:00:03Z,visit,dee,bob,\n"
    )
    with pytest.raises(EventLogError, match=r"events.csv: line 4: a quoted field starts here and is never closed"):
        read_event_log(path)


# 11. A repeated column is refused by name.
def test_a_repeated_header_column_is_refused_by_name(tmp_path: Path) -> None:
    path = tmp_path / "events.csv"
    path.write_text("time,kind,person,referrer,person\n2027-03-01T00:00:00Z,visit,ann,bob,cid\n")
    with pytest.raises(EventLogError, match=r"events.csv: line 1 \(header\): the column 'person' appears 2 times"):
        read_event_log(path)


# 12. A blank trigger activity is a problem that blocks approval.
def test_a_blank_trigger_activity_blocks_approval() -> None:
    offer = Offer(
        name="x",
        rules_url="https://example.com/rules",
        goal=Goal(type=GoalType.SMART_LIST_TRIGGER, trigger_activities=("Opportunity Created", "  ")),
    )
    assert "goal.trigger_activities" in {p.field for p in blocking(validate(offer))}
    fixed = offer.with_value("goal.trigger_activities", ("Opportunity Created",))
    assert "goal.trigger_activities" not in {p.field for p in validate(fixed)}
