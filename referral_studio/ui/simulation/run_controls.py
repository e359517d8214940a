"""The simulation workspace's column of run controls: run, cancel, compare, forecast, progress and the totals."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from referral_studio.ui.i18n import translate


class RunControls(QWidget):
    """The buttons and read-outs under the traffic form; the panel connects them (it owns what they start)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.run_button = QPushButton(translate("SimulationPanel", "&Run Simulation"), objectName="runSimulation")
        self.run_button.setDefault(True)
        self.run_button.setShortcut("Ctrl+Return")
        self.run_button.setToolTip(translate("SimulationPanel", "Replay the traffic under this offer (Ctrl+Enter)"))
        self.compare_button = QPushButton(
            translate("SimulationPanel", "&Compare Goal Types"), objectName="compareGoalTypes"
        )
        self.compare_button.setToolTip(
            translate(
                "SimulationPanel",
                "Replay the same traffic under all four goal types (and the approved version) and overlay them",
            )
        )
        self.compared_button = QPushButton(
            translate("SimulationPanel", "Goals to Compare…"), objectName="goalsToCompare"
        )
        self.compared_button.setToolTip(
            translate("SimulationPanel", "Choose how many credits each compared goal needs and what it counts")
        )
        self.cancel_button = QPushButton(translate("SimulationPanel", "Cancel"), objectName="cancelSimulation")
        self.cancel_button.setShortcut("Esc")
        self.cancel_button.setEnabled(False)
        self.forecast_button = QPushButton(translate("SimulationPanel", "&Forecast…"), objectName="openForecast")
        self.forecast_button.setToolTip(
            translate("SimulationPanel", "Forecast this offer and variants of it over many traffic runs (Ctrl+Shift+R)")
        )
        self.progress = QProgressBar(objectName="simulationProgress")
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.message = QLabel(objectName="simulationMessage")
        self.message.setWordWrap(True)
        self.summary = QLabel(objectName="simulationSummary")
        self.summary.setTextFormat(Qt.TextFormat.RichText)  # no word wrap: a wrapped label mis-sizes its tables
        self.show_no_run()
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        buttons = QHBoxLayout()
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.cancel_button)
        layout.addLayout(buttons)
        compare_row = QHBoxLayout()
        compare_row.addWidget(self.compare_button, 1)
        compare_row.addWidget(self.compared_button)
        layout.addLayout(compare_row)
        for widget in (self.forecast_button, self.progress, self.message, self.summary):
            layout.addWidget(widget)

    def show_no_run(self) -> None:
        """The summary before any run, and after a failed one."""
        self.summary.setText(translate("SimulationPanel", "<i>Run a simulation to see who earns credit.</i>"))

    def set_running(self, running: bool) -> None:
        self.run_button.setEnabled(not running)
        self.compare_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)
