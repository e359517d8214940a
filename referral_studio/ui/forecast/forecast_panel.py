"""The forecast workspace of one offer: variants, traffic assumptions, costs and runs in; bands, ranking out.

The study is edited in a form of its own (`StudyForm`), the results are shown by `ForecastResults`, and
the study and result files are read and written by `ForecastFiles`; this panel runs the study on Dask
on a worker thread and says how it went.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from referral_studio.domain.offer import Offer
from referral_studio.forecast.aggregate import Forecast
from referral_studio.forecast.run_logs import response_warnings
from referral_studio.forecast.study_file import StudyError
from referral_studio.ui.forecast.forecast_files import ForecastFiles
from referral_studio.ui.forecast.forecast_results import ForecastResults
from referral_studio.ui.forecast.forecast_study_form import StudyForm
from referral_studio.ui.forecast.forecast_thread import ForecastThread
from referral_studio.ui.i18n import number, translate
from referral_studio.ui.settings import UiSettings
from referral_studio.ui.widgets.field_tips import apply_tips


class ForecastPanel(QWidget):
    """Forecasts one offer: its variants over Monte-Carlo traffic runs, on a local Dask cluster or a scheduler."""

    sig_finished = Signal()
    """A forecast ended (done, failed or cancelled) and the widgets show its outcome."""

    def __init__(self, offer: Offer, parent: QWidget | None = None, *, settings: UiSettings | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ForecastPanel")
        self.settings = settings or UiSettings()
        self.store_name = offer.name  # the offer's name in the store, which edits to the draft never change
        self.worker: ForecastThread | None = None
        self.forecast: Forecast | None = None
        self.warnings: list[str] = []  # what the study's response effects cannot act on
        self.form = StudyForm(offer, self.settings.forecast_scheduler)
        self.form.where_to_run.set_tls_files(self.settings.forecast_tls_files)
        self.form.sig_problem.connect(self._show_problem)
        self._build()
        self.set_offer(offer)
        apply_tips(self)
        self.resize(1440, 920)

    def _build(self) -> None:
        scroll = QScrollArea()
        scroll.setWidget(self.form)
        scroll.setWidgetResizable(True)
        scroll.setMinimumWidth(520)

        results = QWidget()
        right = QVBoxLayout(results)
        right.addLayout(self._run_row())
        self.message = QLabel(objectName="forecastMessage")
        self.message.setWordWrap(True)
        right.addWidget(self.message)
        self.results = ForecastResults()
        right.addWidget(self.results, 1)
        self.files = ForecastFiles(self.form)
        self.files.sig_reported.connect(self.message.setText)
        self.files.sig_problem.connect(self._show_problem)
        right.addWidget(self.files)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(scroll)
        split.addWidget(results)
        split.setStretchFactor(1, 1)
        split.setSizes([560, 880])
        layout = QVBoxLayout(self)
        layout.addWidget(split)

    def _run_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.run_button = QPushButton(translate("ForecastPanel", "&Run Forecast"), objectName="runForecast")
        self.run_button.setDefault(True)
        self.run_button.setShortcut("Ctrl+Return")
        self.run_button.clicked.connect(self.run)
        self.cancel_button = QPushButton(translate("ForecastPanel", "Cancel"), objectName="cancelForecast")
        self.cancel_button.setShortcut("Esc")
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.progress = QProgressBar(objectName="forecastProgress")
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.setFormat(translate("ForecastPanel", "%v of %m runs"))
        self.progress.setTextVisible(False)  # "0 of 1 runs" would say a run is due
        self.where = QLabel(objectName="forecastWhere")
        self.where.setOpenExternalLinks(True)
        for widget in (self.run_button, self.cancel_button):
            row.addWidget(widget)
        row.addWidget(self.progress, 1)
        row.addWidget(self.where)
        return row

    def set_offer(self, offer: Offer) -> None:
        """The base offer (the draft as the editor changes it); variants are merged into it again."""
        self.form.set_offer(offer)
        self.setWindowTitle(translate("ForecastPanel", "Forecast — {offer}").format(offer=offer.name))

    # Running

    def run(self) -> bool:
        """Start the forecast on a worker thread; False (with the reason shown) if the study is not valid."""
        if self.worker is not None:
            return False
        try:
            study = self.form.current_study()
        except StudyError as error:
            self._show_problem(str(error))
            return False
        address = self.form.scheduler.text().strip()
        self.settings.forecast_scheduler = address
        self.settings.forecast_tls_files = self.form.where_to_run.tls_paths()
        self.worker = ForecastThread(study, address or None, self, tls=self.form.where_to_run.tls_files())
        self.worker.sig_progress.connect(self._on_progress)
        self.worker.sig_cluster.connect(self._on_cluster)
        self.worker.sig_done.connect(self._on_done)
        self.worker.sig_failed.connect(self._on_failed)
        self.worker.sig_cancelled.connect(self._on_cancelled)
        self.progress.setRange(0, study.runs)
        self.progress.setValue(0)
        self.progress.setTextVisible(True)
        self.where.setText(translate("ForecastPanel", "starting the cluster…"))
        self.warnings = response_warnings(study)  # said while it runs and beside its result
        self.message.setText(_lines(self.warnings))
        self.run_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.worker.start()
        return True

    def cancel(self) -> None:
        if self.worker is not None:
            self.cancel_button.setEnabled(False)
            self.message.setText(translate("ForecastPanel", "Cancelling…"))
            self.worker.cancel()

    def _on_progress(self, done: int, runs: int) -> None:
        self.progress.setRange(0, runs)
        self.progress.setValue(done)

    def _on_cluster(self, where: str, dashboard: str) -> None:
        text = translate("ForecastPanel", "Running on {where}").format(where=where)
        if dashboard:
            link = translate("ForecastPanel", "Dask dashboard")  # outside the f-string, where lupdate finds it
            text += f' · <a href="{dashboard}">{link}</a>'
        self.where.setText(text)

    def _on_done(self) -> None:
        forecast = self._finish().forecast
        assert forecast is not None
        self.forecast = forecast
        runs = forecast.study.runs
        done = translate("ForecastPanel", "%Ln runs in {seconds} s.", None, runs).format(
            seconds=number(forecast.execution.seconds, 1)
        )
        self.message.setText(_lines([done, *self.warnings]))  # the verdict is the results' headline
        self.results.show_forecast(forecast)
        self.files.set_forecast(forecast)
        self.sig_finished.emit()

    def _on_failed(self, message: str) -> None:
        self._finish()
        self._show_problem(message)
        self.sig_finished.emit()

    def _on_cancelled(self) -> None:
        self._finish()
        self.message.setText(translate("ForecastPanel", "Forecast cancelled; nothing changed."))
        self.sig_finished.emit()

    def _finish(self) -> ForecastThread:
        thread = self.worker
        assert thread is not None
        thread.wait()
        thread.deleteLater()
        self.worker = None
        self.run_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        return thread

    def _show_problem(self, message: str) -> None:
        self.message.setText(f"<span style='color:#b71c1c'>{escape(message)}</span>")

    def closeEvent(self, event: object) -> None:
        if self.worker is not None:
            self.worker.cancel()
            self.worker.wait()
        super().closeEvent(event)  # type: ignore[arg-type]


def _lines(lines: list[str]) -> str:
    """Lines of plain text as the message label's rich text (empty for none)."""
    return f"<span>{'<br>'.join(escape(line, quote=False) for line in lines)}</span>" if lines else ""
