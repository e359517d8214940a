"""A progress bar on stderr for long CLI runs: only on a terminal, only after the first second."""

from __future__ import annotations

import sys
import time
from typing import TextIO

DELAY_SECONDS = 1.0
WIDTH = 30


class TerminalProgress:
    """Call with a fraction (0–1); draws `label [####······]  42%` in place, then clears itself."""

    def __init__(self, label: str, *, enabled: bool = True, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stderr
        self.enabled = enabled and self.stream.isatty()
        self.label = label
        self.started = time.monotonic()
        self.drawn = False

    def stage(self, label: str) -> None:
        """Name the step now running."""
        self.label = label
        self(0.0)

    def __call__(self, fraction: float) -> None:
        if not self.enabled or time.monotonic() - self.started < DELAY_SECONDS:
            return
        filled = int(WIDTH * min(max(fraction, 0.0), 1.0))
        bar = "#" * filled + "·" * (WIDTH - filled)
        self.stream.write(f"\r{self.label:<22} [{bar}] {fraction:4.0%}")
        self.stream.flush()
        self.drawn = True

    def close(self) -> None:
        """Erase the bar so the next line starts clean."""
        if self.drawn:
            self.stream.write("\r" + " " * (WIDTH + 32) + "\r")
            self.stream.flush()
            self.drawn = False
