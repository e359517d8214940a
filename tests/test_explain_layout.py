"""`simulate --explain` lines up its columns, whatever the event names' lengths."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from referral_studio.cli import main
from referral_studio.domain.offer import Goal, GoalType, Offer
from referral_studio.domain.offer_file import write_offer_file
from referral_studio.engine.generator import generate
from referral_studio.engine.log_files import write_event_log
from referral_studio.engine.traffic_options import TrafficOptions


def test_explain_columns_line_up(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    offer, events, out = tmp_path / "o.offer.json", tmp_path / "e.csv", tmp_path / "out"
    goal = Goal(type=GoalType.SMART_LIST_TRIGGER, count=1, trigger_activities=("Opportunity Created",))
    write_offer_file(Offer(name="S", goal=goal), offer)
    write_event_log(generate(TrafficOptions(participants=300, seed=3, milestone_rate=0.6)).log, events)
    assert main(["simulate", "--offer", str(offer), "--events", str(events), "--out", str(out), "--quiet"]) == 0
    with (out / "referrers.csv").open(newline="") as stream:
        top = next(csv.DictReader(stream))["referrer"]
    capsys.readouterr()
    args = ["simulate", "--offer", str(offer), "--events", str(events), "--out", str(out), "--quiet"]
    assert main([*args, "--explain", top]) == 0
    lines = capsys.readouterr().out.splitlines()[1:]
    assert any("'" in line for line in lines)  # a named event (longer than a plain kind) is among them
    starts = {line.index(" ← ") if " ← " in line else None for line in lines} - {None}
    verdicts = {len(line) - len(line.lstrip()) for line in lines}
    assert len(starts) == 1 and verdicts == {2}
    fields = [re.split(r" {2,}", line.strip()) for line in lines]
    assert all(len(row) == 5 for row in fields)
    columns = {
        line.index(row[4], len(line) - len(line.lstrip()) + len("  ".join(row[:4])))
        for line, row in zip(lines, fields, strict=True)
    }
    assert len(columns) == 1  # every verdict starts in the same column
