"""Runs a forecast on Dask off the UI thread; widgets are touched only in the slots of its signals."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QThread, Signal

from referral_studio.forecast.aggregate import Forecast
from referral_studio.forecast.execution import Cluster, ForecastCancelled, ForecastError, run_study
from referral_studio.forecast.scheduler import TlsFiles
from referral_studio.forecast.study import Study
from referral_studio.ui.i18n import translate


class ForecastThread(QThread):
    """One forecast: `sig_done()` (then `forecast`), `sig_failed(message)` or `sig_cancelled()`."""

    sig_progress = Signal(int, int)
    """Runs done, runs in all."""
    sig_cluster = Signal(str, str)
    """Where the runs go, in words ("local, 2 workers" or the scheduler's address), and the Dask dashboard's link."""
    sig_done = Signal()
    """Every run is in: the Forecast is in `forecast` (no Python object travels through a queued signal)."""
    sig_failed = Signal(str)
    """A message for the user: the cluster could not be reached, or a worker runs another version."""
    sig_cancelled = Signal()
    """The forecast stopped because cancel() was called."""

    def __init__(
        self, study: Study, scheduler: str | None, parent: QObject | None = None, *, tls: TlsFiles | None = None
    ) -> None:
        super().__init__(parent)
        self.study = study
        self.scheduler = scheduler
        self.tls = tls
        self.forecast: Forecast | None = None
        self._stop = threading.Event()

    def cancel(self) -> None:
        self._stop.set()

    def run(self) -> None:
        try:
            self.forecast = run_study(
                self.study,
                scheduler=self.scheduler,
                tls=self.tls,
                progress=self.sig_progress.emit,
                cancelled=self._stop.is_set,
                on_cluster=self._on_cluster,
            )
        except ForecastCancelled:
            self.sig_cancelled.emit()
        except (ForecastError, OSError) as error:
            self.sig_failed.emit(str(error))
        except Exception as error:  # noqa: BLE001 - any failure on this thread ends the run with its message
            self.sig_failed.emit(f"{type(error).__name__}: {error}")
        else:
            self.sig_done.emit()

    def _on_cluster(self, cluster: Cluster) -> None:
        """Where the study runs, in the UI's words ("this computer, 2 workers"; the core's text is for the CLI)."""
        where = translate("ForecastPanel", "this computer") if cluster.scheduler == "local" else cluster.scheduler
        workers = cluster.workers  # a plain name: pyside6-lupdate misses the text when the count is a call
        text = translate("ForecastPanel", "{where}, %Ln workers", None, workers).format(where=where)
        self.sig_cluster.emit(text, cluster.dashboard or "")
