"""Killing a process that is saving drafts never damages the store or loses an acknowledged save."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

ROUNDS = 200


def test_sigkill_while_saving_loses_no_acknowledged_save(tmp_path: Path) -> None:
    start = time.monotonic()
    completed = subprocess.run(
        [
            sys.executable,
            str(Path(__file__).with_name("crash_writer.py")),
            str(tmp_path / "store.sqlite3"),
            str(ROUNDS),
            "7",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    rounds = [json.loads(line) for line in completed.stdout.splitlines()]
    assert len(rounds) == ROUNDS
    for number, outcome in enumerate(rounds):
        assert outcome["integrity"] == "ok", (number, outcome)
        # Every acknowledged save is there; at most one more committed before its acknowledgement was written.
        assert outcome["stored"] in (outcome["acked"], outcome["acked"] + 1), (number, outcome)
        assert outcome["count"] == outcome["stored"], (number, outcome)  # and the draft is whole, not half a save
    assert rounds[-1]["stored"] > ROUNDS
    print(f"{ROUNDS} kills in {time.monotonic() - start:.1f} s; last revision {rounds[-1]['stored']}")
