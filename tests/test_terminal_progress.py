"""The CLI's progress bar: only on a terminal, only after the first second, erased at the end."""

from __future__ import annotations

import io

import pytest

from referral_studio import terminal_progress
from referral_studio.terminal_progress import TerminalProgress


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_nothing_is_drawn_when_piped() -> None:
    stream = io.StringIO()
    progress = TerminalProgress("replaying", stream=stream)
    progress.started -= 5
    progress(0.5)
    assert stream.getvalue() == ""


def test_short_runs_show_no_bar() -> None:
    stream = Terminal()
    TerminalProgress("replaying", stream=stream)(0.5)
    assert stream.getvalue() == ""


def test_long_runs_draw_and_erase_the_bar(monkeypatch: pytest.MonkeyPatch) -> None:
    stream = Terminal()
    progress = TerminalProgress("replaying", stream=stream)
    progress.started -= terminal_progress.DELAY_SECONDS + 1
    progress(0.5)
    assert "replaying" in stream.getvalue() and "50%" in stream.getvalue()
    progress.close()
    assert stream.getvalue().endswith("\r")


def test_quiet_draws_nothing() -> None:
    stream = Terminal()
    progress = TerminalProgress("replaying", enabled=False, stream=stream)
    progress.started -= 10
    progress(0.9)
    assert stream.getvalue() == ""
