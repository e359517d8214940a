"""Runs a simulation off the UI thread; widgets are touched only in the slots of its signals."""

from __future__ import annotations

import threading
import traceback

from PySide6.QtCore import QObject, QThread, Signal

from referral_studio.app.simulation import Outcome, Plan, run_simulation
from referral_studio.engine.event_log import EventLog
from referral_studio.engine.log_files import EventLogError
from referral_studio.engine.replay import ReplayCancelled
from referral_studio.engine.simulation import Traffic


class ReplayThread(QThread):
    """One run: `sig_done()` (then `outcome`), `sig_failed(message)`, `sig_crashed(message)` or `sig_cancelled()`,
    with `sig_progress(0–1)` on the way. Whatever the run raises ends in exactly one of them."""

    sig_progress = Signal(float)
    """How far the run is, 0 to 1."""
    sig_done = Signal()
    """Every offer was replayed: the outcome is in `outcome`.

    No Python object travels through a queued signal: PySide 6.12 miscounts references to
    such objects and the interpreter aborts at exit (none_dealloc).
    """
    sig_failed = Signal(str)
    """A message for the user: the traffic could not be read or made."""
    sig_crashed = Signal(str)
    """The run raised an error nobody expected (a bug): its type and message; the traceback went to stderr."""
    sig_cancelled = Signal()
    """The run stopped because cancel() was called."""

    def __init__(self, plan: Plan, traffic: Traffic | EventLog, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.traffic = traffic
        self._stop = threading.Event()
        self.outcome: Outcome | None = None

    def cancel(self) -> None:
        self._stop.set()

    def run(self) -> None:
        try:
            self.outcome = run_simulation(
                self.plan.offers,
                self.traffic,
                self.plan.primary,
                progress=self.sig_progress.emit,
                cancelled=self._stop.is_set,
            )
        except ReplayCancelled:
            self.sig_cancelled.emit()
        except (EventLogError, OSError, ValueError) as error:
            self.sig_failed.emit(str(error))
        except Exception as error:  # noqa: BLE001 - a bug must still end the run on the UI thread, not vanish here
            traceback.print_exc()
            self.sig_crashed.emit(f"{type(error).__name__}: {error}")
        else:
            self.sig_done.emit()
