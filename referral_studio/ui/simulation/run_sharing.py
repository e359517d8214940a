"""Passing a run on: as a QA scenario that expects what it showed, or on a trainer's full screen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QPushButton, QWidget

from referral_studio.domain.offer import Offer
from referral_studio.engine.simulation import SimulationRun, Traffic
from referral_studio.qa.scenario_writer import SUFFIX, save_scenario
from referral_studio.ui.i18n import translate
from referral_studio.ui.simulation.presenter_window import PresenterWindow
from referral_studio.ui.simulation.result_exports import error_html


class RunSharing(QWidget):
    """Save as Scenario… and Present…, for the run `set_run` last gave."""

    sig_reported = Signal(str)
    """What a save did (or why it could not), as rich text for the workspace's message line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.run: SimulationRun | None = None
        self.offer: Offer | None = None  # the primary offer the run replayed
        self.primary = 0
        self.labels: list[str] = []
        self.traffic: Traffic | None = None
        self.window_edges: tuple[float | None, float | None] = (None, None)
        self.scenario_button = QPushButton(translate("SimulationPanel", "Save as Scenario…"), objectName="saveScenario")
        self.scenario_button.setToolTip(
            translate(
                "SimulationPanel",
                "Write a QA scenario (.scenario.toml) that expects what this run shows: its totals, the top referrers "
                "and the one you picked; `referral-studio check` keeps it so",
            )
        )
        self.present_button = QPushButton(translate("SimulationPanel", "Present…"), objectName="presentResults")
        self.present_button.setToolTip(
            translate(
                "SimulationPanel",
                "Presenter mode for trainers: full screen, large type, the lines growing as the campaign plays, "
                "compared goal types one after another (F5)",
            )
        )
        self.present_button.setShortcut("F5")
        self.present_button.clicked.connect(self.present)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.scenario_button)
        row.addWidget(self.present_button)

    def set_run(
        self,
        run: SimulationRun,
        offer: Offer,
        primary: int,
        labels: list[str],
        traffic: Traffic | None,
        window_edges: tuple[float | None, float | None],
    ) -> None:
        """The run to share: its results, the offer shown first, the series' labels and where its log came from."""
        self.run, self.offer, self.primary, self.labels = run, offer, primary, labels
        self.traffic, self.window_edges = traffic, window_edges

    def save_scenario(self, path: Path, picked: list[str], at: int | None) -> bool:
        """Write a QA scenario expecting what the run shows (the whole run; the cursor's moment as a timeline point)."""
        if self.run is None or self.offer is None or self.traffic is None:
            return False
        if not path.name.endswith(SUFFIX):
            path = path.with_name(path.name.removesuffix(".toml") + SUFFIX)
        try:
            saved = save_scenario(path, self.offer, self.traffic, self.run.results[self.primary], picked, at)
        except OSError as error:
            text = translate("SimulationPanel", "Could not write {path}: {error}").format(
                path=path, error=error.strerror or error
            )
            self.sig_reported.emit(error_html(text))
            return False
        self.sig_reported.emit(
            translate("SimulationPanel", "Saved the scenario to {path} (its offer beside it as {offer}).").format(
                path=saved.scenario, offer=saved.offer.name
            )
        )
        return True

    def ask_path(self) -> Path | None:
        name = self.offer.name if self.offer is not None else "scenario"
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("SimulationPanel", "Save as Scenario"),
            f"{name}{SUFFIX}",
            translate("SimulationPanel", "QA scenario (*.scenario.toml)"),
        )
        return Path(path) if path else None

    def present(self) -> PresenterWindow | None:
        """Open the run in presenter mode (full screen)."""
        if self.run is None:
            return None
        presenter = PresenterWindow(self.run, list(self.labels), self.window_edges, self)
        presenter.present()
        return presenter
