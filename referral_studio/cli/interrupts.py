"""Ctrl+C held back while Qt draws: an interrupt raised inside a Qt call can surface as a SystemError.

During such work SIGINT only sets a flag; the work polls it at points where stopping is safe
(forecast_report.write_report's `cancelled`) and stops there, as Ctrl+C asked.
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Callable, Iterator
from types import FrameType


@contextlib.contextmanager
def held_interrupts() -> Iterator[Callable[[], bool]]:
    """Within: Ctrl+C is noted, not raised; yields a function that says whether it came."""
    if threading.current_thread() is not threading.main_thread():
        yield lambda: False
        return
    came: list[int] = []

    def note(number: int, _frame: FrameType | None) -> None:
        came.append(number)

    previous = signal.signal(signal.SIGINT, note)
    try:
        yield lambda: bool(came)
    finally:
        signal.signal(signal.SIGINT, previous)
