"""Ctrl+C during `simulate`: exit 130, a clear line, and no result file written (or all four, had it finished)."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

RESULTS = {"referrers.csv", "fulfillments.csv", "summary.json", "timeline.csv", "blocked.csv"}


def test_sigint_mid_run_leaves_no_half_written_results(tmp_path: Path) -> None:
    cli = [sys.executable, "-m", "referral_studio"]
    events = tmp_path / "events.csv"
    subprocess.run(
        [
            *cli,
            "generate",
            "--preset",
            "classroom",
            "--participants",
            "200000",
            "--seed",
            "5",
            "--out",
            str(events),
            "--quiet",
        ],
        check=True,
    )
    offer = tmp_path / "o.offer.json"
    offer.write_text('{"format": "referral-studio.offer", "version": 1, "name": "x"}')
    interrupted = 0
    for attempt, delay in enumerate((0.0, 0.1, 0.3)):
        out = tmp_path / f"out{attempt}"
        child = subprocess.Popen(
            [*cli, "simulate", "--offer", str(offer), "--events", str(events), "--out", str(out), "--quiet"],
            stderr=subprocess.PIPE,
            text=True,
        )
        _wait_until_open(child.pid, events)  # past the interpreter's start, whatever the machine's load
        time.sleep(delay)
        child.send_signal(signal.SIGINT)
        _, err = child.communicate(timeout=60)
        written = {path.name for path in out.iterdir()} if out.exists() else set()
        if child.returncode == 130:
            interrupted += 1
            assert "interrupted; nothing was written" in err and "Traceback" not in err
            assert written == set(), written  # not even a temporary file left behind
        else:
            assert child.returncode == 0 and written == RESULTS, (child.returncode, err, written)
    assert interrupted > 0, "no run was caught mid-way; the log is too small for this machine"


def _wait_until_open(pid: int, path: Path, timeout: float = 60.0) -> None:
    """Return once process `pid` has `path` open (Linux /proc), so the signal lands inside the command."""
    fds = Path(f"/proc/{pid}/fd")
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if any(link.resolve() == path.resolve() for link in fds.iterdir()):
                return
        except (FileNotFoundError, PermissionError):  # a descriptor closed while we looked
            pass
        time.sleep(0.005)
    raise AssertionError(f"simulate never opened {path}")
