"""`forecast --report` from a terminal: offscreen whatever the session's Qt platform, into a folder the same
command makes, and a Ctrl+C while the report is written that says what is on disk."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from referral_studio.forecast.output_checks import OUTPUT_FILES
from tests.forecast.test_output_checks import TINY

CLI = [sys.executable, "-m", "referral_studio"]


def _study(folder: Path) -> Path:
    path = folder / "tiny.forecast.toml"
    path.write_text(TINY, encoding="utf-8")
    return path


def test_the_report_renders_offscreen_into_the_new_output_folder_whatever_qt_qpa_platform_says(
    tmp_path: Path,
) -> None:
    study = _study(tmp_path)
    environment = {**os.environ, "QT_QPA_PLATFORM": "wayland"}  # no compositor here: Qt would abort starting it
    environment.pop("WAYLAND_DISPLAY", None)
    command = [*CLI, "forecast", str(study), "--out", "fresh", "--report", "fresh/r.pdf", "--workers", "1", "--quiet"]
    done = subprocess.run(command, cwd=tmp_path, env=environment, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "fresh" / "r.pdf").read_bytes().startswith(b"%PDF-")
    assert {p.name for p in (tmp_path / "fresh").iterdir()} == {*OUTPUT_FILES, "variants", "r.pdf"}


def test_ctrl_c_while_the_report_is_written_says_the_results_are_on_disk(tmp_path: Path) -> None:
    study = _study(tmp_path)
    interrupted = 0
    for attempt in range(3):
        here = tmp_path / f"here{attempt}"
        here.mkdir()
        child = subprocess.Popen(
            [*CLI, "forecast", str(study), "--out", ".", "--report", "r.pdf", "--workers", "1", "--quiet"],
            cwd=here,
            stderr=subprocess.PIPE,
            text=True,
        )
        if _wait_for_partial_report(here, child):
            child.send_signal(signal.SIGINT)
        _, err = child.communicate(timeout=120)
        names = {p.name for p in here.iterdir()}
        if child.returncode == 130:
            interrupted += 1
            assert "interrupted; the results are in .; the report r.pdf was not written" in err, err
            assert "nothing was written" not in err and "Traceback" not in err, err
            assert names == {*OUTPUT_FILES, "variants"}, names  # the results whole, no report, nothing hidden
        else:
            assert child.returncode == 0 and names == {*OUTPUT_FILES, "variants", "r.pdf"}, (child.returncode, err)
        if interrupted:
            break
    assert interrupted, "the report was never caught being written"


def _wait_for_partial_report(folder: Path, child: subprocess.Popen[str], timeout: float = 240.0) -> bool:
    """Wait until the report's hidden temporary file appears (True), or the command ends first (False)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and child.poll() is None:
        if any(name.startswith(".r.pdf.") for name in os.listdir(folder)):
            return True
        time.sleep(0.002)
    return False
