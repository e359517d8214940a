"""The simulation workspace of one offer: traffic in, replay on a worker thread, results out.

The inputs are laid out by `SimulationColumn`, the outputs by `ResultsView`; `RunDisplay` shows the
last run in them. This panel starts, re-runs and cancels replays and says how they went.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QPushButton, QSplitter, QVBoxLayout, QWidget

from referral_studio.app.simulation import plan
from referral_studio.domain.offer import Offer
from referral_studio.engine.compared_goals import ComparedGoals
from referral_studio.engine.event_log import EventLog
from referral_studio.engine.log_sources import LogFile
from referral_studio.engine.offer_window import window_miss
from referral_studio.engine.result import ReplayResult
from referral_studio.engine.simulation import SimulationRun, Traffic
from referral_studio.ui.i18n import translate
from referral_studio.ui.simulation.compare_goals_dialog import CompareGoalsDialog
from referral_studio.ui.simulation.log_import import LogImport
from referral_studio.ui.simulation.presenter_window import PresenterWindow
from referral_studio.ui.simulation.reconcile_dialog import PlatformReconcile
from referral_studio.ui.simulation.replay_thread import ReplayThread
from referral_studio.ui.simulation.result_exports import ResultExports, error_html
from referral_studio.ui.simulation.results_view import ResultsView
from referral_studio.ui.simulation.run_display import RunDisplay
from referral_studio.ui.simulation.run_sharing import RunSharing
from referral_studio.ui.simulation.simulation_column import SimulationColumn
from referral_studio.ui.simulation.traffic_form import NoTraffic
from referral_studio.ui.widgets.field_tips import apply_tips

RERUN_DELAY_MS = 600


def shown_run(display: RunDisplay) -> tuple[Offer, EventLog, ReplayResult] | None:
    """The shown run's offer, log and result, for reconciling a platform's credits with it."""
    run, planned = display.run, display.plan
    return None if run is None else (planned.offers[planned.primary], run.log, run.results[planned.primary])


class SimulationPanel(QWidget):
    """Replays traffic against one offer (its draft, or its approved version).

    `compare_goal_types` overlays all four goals (and the approved version, when the draft
    differs from it). `set_offer` re-runs the last traffic after a short pause, so editing
    the draft answers "what if" live. The time cursor shows every result as it stood then.
    """

    sig_forecast_requested = Signal()
    """The user asked for a forecast of this offer (the forecast workspace opens beside this one)."""
    sig_finished = Signal()
    """A run ended (done, failed or cancelled) and the widgets show its outcome (a done run's results are drawn
    on the event loop's next turn after the chart, so no single turn blocks the window for long)."""

    def __init__(self, offer: Offer, parent: QWidget | None = None, *, approved: Offer | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SimulationPanel")
        self.offer = offer
        self.approved = approved
        self.store_name = offer.name  # the offer's name in the store, which edits to the draft never change
        self.worker: ReplayThread | None = None
        self.traffic_source: Traffic | None = None  # the options or file the replayed log came from
        self.compared: ComparedGoals | None = None  # the goals Compare Goal Types replays, once the user picked them
        self.comparing = False
        self._rerun_wanted = False
        self._finish_pending = False  # sig_finished waits for the run's results to be drawn
        self._reveal_summary = False  # a finished run scrolls its summary into view once it is drawn
        self._rerun_timer = QTimer(self, singleShot=True, interval=RERUN_DELAY_MS)
        self._rerun_timer.timeout.connect(self._rerun)
        self._build()
        apply_tips(self)
        self._show_offer()
        self.traffic_form.fit_to_window(offer.window)
        self.resize(1440, 920)

    @property
    def run_result(self) -> SimulationRun | None:
        """The last run (None before any, and after a failed one)."""
        return self.display.run

    # Building

    def _build(self) -> None:
        self.results = results = ResultsView()
        self.time_cursor, self.chart, self.inspector = results.time_cursor, results.chart, results.inspector
        self.histogram, self.funnel = results.histogram, results.funnel
        self.views, self.traffic_view, self.fraud_view = results.views, results.traffic_view, results.fraud_view
        self.model, self.table = results.model, results.table
        self.exports = ResultExports(self.chart)
        self.sharing = RunSharing()
        self.sharing.scenario_button.clicked.connect(self._on_save_scenario_clicked)
        self.column = column = SimulationColumn(self.exports, self.sharing)
        self.heading, self.traffic_form, self.controls = column.heading, column.traffic_form, column.controls
        controls = self.controls
        self.run_button, self.cancel_button = controls.run_button, controls.cancel_button
        self.compare_button, self.compared_button = controls.compare_button, controls.compared_button
        self.forecast_button = controls.forecast_button
        self.progress, self.message, self.summary = controls.progress, controls.message, controls.summary
        self.run_button.clicked.connect(self.run)
        self.log_import = LogImport(self.traffic_form, self)
        self.log_import.sig_imported.connect(self.run)
        self.compare_button.clicked.connect(self.compare_goal_types)
        self.compared_button.clicked.connect(self._on_compared_clicked)
        self.cancel_button.clicked.connect(self.cancel)
        self.forecast_button.clicked.connect(self.sig_forecast_requested)
        self.exports.sig_reported.connect(self.message.setText)
        self.sharing.sig_reported.connect(self.message.setText)
        self.display = RunDisplay(results, self.summary, self.exports, self.sharing, self)
        self.display.sig_drawn.connect(self._on_display_drawn)
        display = self.display  # the callable holds the display, not this panel: no reference cycle keeps it alive
        self.platform_reconcile = PlatformReconcile(self, lambda: shown_run(display))
        self.platform_reconcile.dialog.sig_explain.connect(self._on_reconcile_explain)
        self.addAction(self.platform_reconcile.action)
        reconcile_button = QPushButton(self.platform_reconcile.action.text(), objectName="reconcileCredits")
        reconcile_button.setToolTip(self.platform_reconcile.action.toolTip())
        reconcile_button.clicked.connect(self.platform_reconcile.action.trigger)
        self.platform_reconcile.action.enabledChanged.connect(reconcile_button.setEnabled)
        column.add_below(reconcile_button)
        splitter = QSplitter()
        splitter.addWidget(column)
        splitter.addWidget(results)
        splitter.setSizes([column.form_width, 1080])  # the form whole, the rest to the charts
        splitter.setStretchFactor(1, 1)  # a wider window widens the charts, not the form
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._set_running(False)

    def _on_reconcile_explain(self, friend: str) -> None:
        self.views.setCurrentIndex(0)  # the Results view holds "why this credit"
        self.display.explain(friend)

    def _show_offer(self) -> None:
        offer = self.offer
        self.setWindowTitle(
            translate("SimulationPanel", "{name} — Simulation — Referral Studio").format(name=offer.name)
        )
        self.column.show_offer(offer)
        self.exports.name = offer.name

    # Running

    def run(self) -> bool:
        """Replay the form's traffic under this offer."""
        return self._start(self._form_traffic(), comparing=False)

    def compare_goal_types(self) -> bool:
        """Replay the form's traffic under each of the four goal types (and the approved version) and overlay them."""
        return self._start(self._form_traffic(), comparing=True)

    def set_offer(self, offer: Offer) -> None:
        """The offer changed (its draft was edited): show it, and re-run the last traffic after a short pause."""
        if offer == self.offer:
            return
        if offer.window != self.offer.window:
            self.traffic_form.fit_to_window(offer.window)
        self.offer = offer
        self._show_offer()
        if self.run_result is not None:
            self._rerun_timer.start()

    def _rerun(self) -> None:
        if self.worker is not None:
            self._rerun_wanted = True
        elif self.run_result is not None:
            self._start(self.run_result.log, comparing=self.comparing)

    def _form_traffic(self) -> Traffic | None:
        try:
            return self.traffic_form.traffic()
        except NoTraffic as missing:
            self.message.setText(str(missing))
            return None

    def _start(self, traffic: Traffic | EventLog | None, *, comparing: bool) -> bool:
        """Run on a worker thread; False when a run is going or there is no traffic."""
        if self.worker is not None or traffic is None:
            return False
        if not isinstance(traffic, EventLog):
            self.traffic_source = traffic  # a re-run replays the same log, which came from here
        self.comparing = comparing
        self.message.setText(translate("SimulationPanel", "Running…"))
        self.progress.setValue(0)
        planned = plan(self.offer, comparing=comparing, approved=self.approved, compared=self.compared)
        self.worker = ReplayThread(planned, traffic, self)
        # Bound slots of this widget, never lambdas: a lambda would run on the worker thread.
        self.worker.sig_progress.connect(self._on_thread_progress)
        self.worker.sig_done.connect(self._on_thread_done)
        self.worker.sig_failed.connect(self._on_thread_failed)
        self.worker.sig_crashed.connect(self._on_thread_crashed)
        self.worker.sig_cancelled.connect(self._on_thread_cancelled)
        self.worker.finished.connect(self._on_thread_finished)
        self._set_running(True)
        self.worker.start()
        return True

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()

    def _set_running(self, running: bool) -> None:
        self.controls.set_running(running)
        self.exports.setEnabled(self.run_result is not None and not running)
        self.sharing.setEnabled(self.run_result is not None and not running)
        self.platform_reconcile.action.setEnabled(self.run_result is not None and not running)

    def _on_thread_progress(self, fraction: float) -> None:
        self.progress.setValue(int(fraction * 1000))

    def _on_thread_done(self) -> None:
        worker = self.worker
        if worker is None or worker.outcome is None:
            return
        run = worker.outcome.run
        if not isinstance(worker.traffic, EventLog):
            self.display.viral = run.viral_coefficient  # a re-run on the same log keeps the generator's figure
        synthetic = not isinstance(worker.traffic, (EventLog, Path, LogFile))  # generated from the form's preset
        preset = self.traffic_form.preset_name() if synthetic else self.traffic_form.log_preset
        self.display.show_run(worker.outcome, worker.plan, self.traffic_source, self.offer.window, preset)
        self._reveal_summary = True
        events = len(run.log)  # a plain name: pyside6-lupdate misses the text when the count is a call
        self.message.setText(translate("SimulationPanel", "Replayed %Ln events.", None, events))
        self.progress.setValue(1000)
        primary = worker.plan.offers[worker.plan.primary]
        if (miss := window_miss(primary.window, run.log)) is not None:  # all counts zero: say why
            self.message.setText(f"{escape(self.message.text(), quote=False)}<br>{error_html(miss)}")

    def _on_thread_failed(self, message: str) -> None:
        self._show_failure(translate("SimulationPanel", "The traffic could not be used: {error}").format(error=message))

    def _on_thread_crashed(self, problem: str) -> None:
        text = translate(
            "SimulationPanel",
            "The simulation stopped on an error that should not happen ({problem}). Please report this with the "
            "text printed in the terminal.",
        ).format(problem=problem)
        self._show_failure(text)

    def _show_failure(self, text: str) -> None:
        """A run failed: say why, and show no results (nothing shown or exported may belong to another run)."""
        self.display.clear()
        self.controls.show_no_run()
        self.message.setText(error_html(text))
        self.progress.setValue(0)

    def _on_thread_cancelled(self) -> None:
        self.message.setText(translate("SimulationPanel", "Cancelled; the previous results are still shown."))
        self.progress.setValue(0)

    def _on_thread_finished(self) -> None:
        if self.worker is not None:
            self.worker.deleteLater()
        self.worker = None
        self._set_running(False)
        if self._rerun_wanted:
            self._rerun_wanted = False
            self._rerun_timer.start()
        if self.display.drawing():
            self._finish_pending = True  # announced once its results are on screen
        else:
            self.sig_finished.emit()

    def _on_display_drawn(self) -> None:
        if self._reveal_summary:
            self._reveal_summary = False
            self.column.reveal_summary()
        if self._finish_pending:
            self._finish_pending = False
            self.sig_finished.emit()

    # Compared goals, scenarios, presenting

    def pick_compared_goals(self, compared: ComparedGoals) -> None:
        """Compare these goals from now on, and re-run a comparison on the same traffic."""
        self.compared = compared
        if self.run_result is not None and self.comparing:
            self._rerun_timer.start()

    def _on_compared_clicked(self) -> None:
        dialog = CompareGoalsDialog(self.compared or ComparedGoals.for_offer(self.offer), self)
        if dialog.exec():
            self.pick_compared_goals(dialog.compared)

    def save_scenario(self, path: Path) -> bool:
        """Save the run as a QA scenario; the referrer being explained is among those it expects."""
        picked = [self.display.inspected] if self.display.inspected else []
        return self.sharing.save_scenario(path, picked, self.time_cursor.time_ns())

    def _on_save_scenario_clicked(self) -> None:
        if (path := self.sharing.ask_path()) is not None:
            self.save_scenario(path)

    def present(self) -> PresenterWindow | None:
        self.time_cursor.pause()
        return self.sharing.present()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.time_cursor.pause()
        self._rerun_timer.stop()
        if self.worker is not None:
            self.worker.cancel()
            self.worker.wait()
        super().closeEvent(event)
