"""The workspace's exports: the chart as PNG or SVG, the result files `simulate` writes, and the traffic as a log."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QPushButton, QWidget

from referral_studio.domain.atomic_file import atomic_write
from referral_studio.engine.event_log import EventLog
from referral_studio.engine.log_files import write_event_log
from referral_studio.engine.outputs import write_results
from referral_studio.engine.result import ReplayResult
from referral_studio.ui.charts.chart_export import chart_png, chart_svg
from referral_studio.ui.charts.referrers_chart import ReferrersChart
from referral_studio.ui.i18n import translate


def error_html(text: str) -> str:
    """A message line's text, marked as an error."""
    return f"<span style='color:#b3261e'>{escape(text, quote=False)}</span>"


class ResultExports(QWidget):
    """Three buttons and what they write; every file is written whole or not at all."""

    sig_reported = Signal(str)
    """What an export did (or why it could not), as rich text for the workspace's message line."""

    def __init__(self, chart: ReferrersChart, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart = chart
        self.name = ""  # the offer's name, for titles and file names
        self.shown: ReplayResult | None = None
        self.log: EventLog | None = None
        self.chart_button = QPushButton(translate("SimulationPanel", "Export Chart…"), objectName="exportChart")
        self.chart_button.setToolTip(translate("SimulationPanel", "Save the referrers chart as PNG or SVG"))
        self.chart_button.clicked.connect(self._on_chart_clicked)
        self.results_button = QPushButton(translate("SimulationPanel", "Export Results…"), objectName="exportResults")
        self.results_button.setToolTip(
            translate(
                "SimulationPanel",
                "Write referrers.csv, fulfillments.csv, summary.json and timeline.csv, as `simulate` does",
            )
        )
        self.results_button.clicked.connect(self._on_results_clicked)
        self.traffic_button = QPushButton(translate("SimulationPanel", "Save Traffic…"), objectName="saveTraffic")
        self.traffic_button.setToolTip(
            translate("SimulationPanel", "Save the replayed events as a CSV or Parquet event log")
        )
        self.traffic_button.clicked.connect(self._on_traffic_clicked)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for button in (self.chart_button, self.results_button, self.traffic_button):
            row.addWidget(button)

    def export_chart(self, path: Path) -> bool:
        """Write the referrers chart as SVG (by the suffix) or PNG, whole or not at all."""
        title = translate("SimulationPanel", "{name}: credited and fulfilled referrers").format(name=self.name)
        data = chart_svg(self.chart, title) if path.suffix.lower() == ".svg" else chart_png(self.chart)
        try:
            with atomic_write(path, binary=True) as stream:
                stream.write(data)
        except OSError as error:
            return self._refused(path, error)
        self.sig_reported.emit(translate("SimulationPanel", "Saved the chart to {path}.").format(path=path))
        return True

    def export_results(self, folder: Path) -> bool:
        """Write the files `simulate` writes, for the result shown."""
        if self.shown is None:
            return False
        try:
            written = write_results(self.shown, folder)
        except OSError as error:
            return self._refused(folder, error)
        self.sig_reported.emit(
            translate("SimulationPanel", "Wrote {files} into {folder}.").format(
                files=", ".join(path.name for path in written), folder=folder
            )
        )
        return True

    def save_traffic(self, path: Path) -> bool:
        """Save the replayed events as an event log (Parquet by the suffix, else CSV)."""
        if self.log is None:
            return False
        try:
            write_event_log(self.log, path)
        except OSError as error:
            return self._refused(path, error)
        count = len(self.log)
        events = translate("SimulationPanel", "%Ln events", None, count)
        self.sig_reported.emit(
            translate("SimulationPanel", "Saved {events} to {path}.").format(events=events, path=path)
        )
        return True

    def _refused(self, path: Path, error: OSError) -> bool:
        text = translate("SimulationPanel", "Could not write {path}: {error}").format(
            path=path, error=error.strerror or error
        )
        self.sig_reported.emit(error_html(text))
        return False

    def _on_chart_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("SimulationPanel", "Export Chart"),
            f"{self.name}.png",
            translate("SimulationPanel", "PNG image (*.png);;SVG drawing (*.svg)"),
        )
        if path:
            self.export_chart(Path(path))

    def _on_results_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, translate("SimulationPanel", "Export Results Into"))
        if folder:
            self.export_results(Path(folder))

    def _on_traffic_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("SimulationPanel", "Save Traffic"),
            "events.csv",
            translate("SimulationPanel", "CSV (*.csv);;Parquet (*.parquet)"),
        )
        if path:
            self.save_traffic(Path(path))
