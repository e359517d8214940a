"""The forecast workspace's files: Open Study… and Save Study… (`*.forecast.toml`), Export Results… (the
folder `referral-studio forecast` writes) and Export Report… (a PDF); each written whole or not at all."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QWidget

from referral_studio.forecast.aggregate import Forecast
from referral_studio.forecast.output_checks import OutputFolderError
from referral_studio.forecast.outputs import write_forecast
from referral_studio.forecast.study import file_stem
from referral_studio.forecast.study_file import SUFFIX, StudyError, read_study, write_study
from referral_studio.ui.forecast.forecast_report import write_report
from referral_studio.ui.forecast.forecast_study_form import StudyForm
from referral_studio.ui.i18n import translate
from referral_studio.ui.widgets.button_row import add_buttons


class ForecastFiles(QWidget):
    """A row of four buttons, and what they read and write: the form's study and the last forecast."""

    sig_reported = Signal(str)
    """What was written or read, for the workspace's message line."""
    sig_problem = Signal(str)
    """Why a file could not be read or written."""

    def __init__(self, form: StudyForm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = form
        self.forecast: Forecast | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        buttons = add_buttons(
            row,
            (
                ("openForecastStudy", translate("ForecastPanel", "Open Study…"), self._on_open_clicked),
                ("saveForecastStudy", translate("ForecastPanel", "Save Study…"), self._on_save_clicked),
                ("exportForecastResults", translate("ForecastPanel", "Export Results…"), self._on_results_clicked),
                ("exportForecastReport", translate("ForecastPanel", "Export Report…"), self._on_report_clicked),
            ),
        )
        self.exports = buttons[2:]  # they need a forecast
        self.set_forecast(None)

    def set_forecast(self, forecast: Forecast | None) -> None:
        """The forecast the exports write (None: nothing to export yet)."""
        self.forecast = forecast
        for button in self.exports:
            button.setEnabled(forecast is not None)

    def save_study(self, path: Path) -> bool:
        return self._done(
            lambda: write_study(self.form.current_study(), path),
            (StudyError, OSError),
            translate("ForecastPanel", "Study saved to {path}.").format(path=path),
        )

    def open_study(self, path: Path) -> bool:
        return self._done(
            lambda: self.form.show_study(read_study(path)),
            (StudyError,),
            translate("ForecastPanel", "Study opened from {path}.").format(path=path),
        )

    def export_results(self, folder: Path) -> bool:
        forecast = self.forecast
        assert forecast is not None
        return self._done(
            lambda: write_forecast(forecast, folder),
            (OutputFolderError, OSError),
            translate("ForecastPanel", "Results written to {folder}.").format(folder=folder),
        )

    def export_report(self, path: Path) -> bool:
        forecast = self.forecast
        assert forecast is not None
        return self._done(
            lambda: write_report(forecast, path),
            (OSError,),
            translate("ForecastPanel", "Report written to {path}.").format(path=path),
        )

    def _done(self, work: Callable[[], object], refusals: tuple[type[Exception], ...], report: str) -> bool:
        """Read or write; report what was done, or why it could not be (the refusals a user can act on)."""
        try:
            work()
        except refusals as error:
            self.sig_problem.emit(str(error))
            return False
        self.sig_reported.emit(report)
        return True

    def _on_open_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("ForecastPanel", "Open Study"),
            "",
            translate("ForecastPanel", "Forecast studies (*.forecast.toml)"),
        )
        if path:
            self.open_study(Path(path))

    def _on_save_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("ForecastPanel", "Save Study"),
            f"{self.form.base.name}{SUFFIX}",
            translate("ForecastPanel", "Forecast studies (*.forecast.toml)"),
        )
        if path:
            self.save_study(Path(path if path.endswith(SUFFIX) else path + SUFFIX))

    def _on_results_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, translate("ForecastPanel", "Export Results to a Folder"))
        if folder:
            self.export_results(Path(folder) / f"{file_stem(self.form.base.name)} forecast")

    def _on_report_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, translate("ForecastPanel", "Export Report"), f"{self.form.base.name} forecast.pdf", "PDF (*.pdf)"
        )
        if path:
            self.export_report(Path(path if path.lower().endswith(".pdf") else path + ".pdf"))
