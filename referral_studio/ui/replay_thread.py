"""Runs a simulation off the UI thread; widgets are touched only in the slots of its signals."""

from __future__ import annotations

import threading
from collections.abc import Sequence

from PySide6.QtCore import QThread, Signal

from referral_studio.domain.offer import Offer
from referral_studio.engine.event_log import EventLog
from referral_studio.engine.explain import row_reasons
from referral_studio.engine.log_files import EventLogError
from referral_studio.engine.replay import ReplayCancelled
from referral_studio.engine.simulation import SimulationRun, Traffic, simulate


class ReplayThread(QThread):
    """One run: `sig_done()` (then `result`), `sig_failed(message)` or `sig_cancelled()`, with `sig_progress(0–1)` on the way."""

    sig_progress = Signal(float)
    """How far the run is, 0 to 1."""
    sig_done = Signal()
    """Every offer was replayed: the SimulationRun is in `result`.

    No Python object travels through a queued signal: PySide 6.12 miscounts references to
    such objects and the interpreter aborts at exit (none_dealloc).
    """
    sig_failed = Signal(str)
    """A message for the user: the traffic could not be read or made."""
    sig_cancelled = Signal()
    """The run stopped because cancel() was called."""

    def __init__(
        self, offers: Sequence[Offer], traffic: Traffic | EventLog, parent: object = None, *, primary: int = 0
    ) -> None:
        super().__init__(parent)
        self.offers = list(offers)
        self.primary = primary
        self.reasons: tuple | None = None  # row_reasons of the primary result, for "why this credit"
        self.traffic = traffic
        self._stop = threading.Event()
        self.result: SimulationRun | None = None

    def cancel(self) -> None:
        self._stop.set()

    def run(self) -> None:
        try:
            self.result = simulate(
                self.offers, self.traffic, progress=self.sig_progress.emit, cancelled=self._stop.is_set
            )
            for result in self.result.results:
                _ = result.ranked  # the leaderboard's order, sorted here rather than on the GUI thread
            self.reasons = row_reasons(self.offers[self.primary], self.result.log, self.result.results[self.primary])
        except ReplayCancelled:
            self.sig_cancelled.emit()
        except (EventLogError, OSError, ValueError) as error:
            self.sig_failed.emit(str(error))
        else:
            self.sig_done.emit()
