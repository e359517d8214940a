"""The simulation workspace of one offer: traffic in, replay on a worker thread, results out."""

from __future__ import annotations

from dataclasses import replace
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from referral_studio.app.simulation import Plan, plan
from referral_studio.domain.offer import Offer
from referral_studio.domain.times import to_ns
from referral_studio.engine.cursor import counts_at, state_at
from referral_studio.engine.event_log import EventLog
from referral_studio.engine.compared_goals import ComparedGoals, compared_label
from referral_studio.engine.offer_window import window_miss
from referral_studio.engine.result import ReplayResult
from referral_studio.engine.simulation import SimulationRun, Traffic
from referral_studio.ui.field_tips import apply_tips
from referral_studio.ui.fraud_view import FraudView
from referral_studio.ui.i18n import goal_label, number, translate
from referral_studio.ui.replay_thread import ReplayThread
from referral_studio.ui.result_exports import ResultExports, error_html
from referral_studio.ui.results_view import ResultsView
from referral_studio.ui.compare_goals_dialog import CompareGoalsDialog
from referral_studio.ui.presenter_window import PresenterWindow
from referral_studio.ui.run_sharing import RunSharing
from referral_studio.ui.run_summary import summary_html
from referral_studio.ui.traffic_form import NoTraffic, TrafficForm

RERUN_DELAY_MS = 600


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
        self.run_result: SimulationRun | None = None
        self.labels: list[str] = []
        self.plan = plan(offer)
        self.comparing = False
        self.viral: float | None = None
        self.shown: ReplayResult | None = None
        self.inspected: str | None = None  # the referrer "why this credit" shows
        self._rerun_wanted = False
        self._finish_pending = False
        self._rerun_timer = QTimer(self, singleShot=True, interval=RERUN_DELAY_MS)
        self._rerun_timer.timeout.connect(self._rerun)
        self._cursor_timer = QTimer(self, singleShot=True, interval=0)  # coalesces cursor moves into one redraw
        self._cursor_timer.timeout.connect(self._show_state)
        self._build()
        apply_tips(self)
        self._show_offer()
        self.traffic_form.fit_to_window(offer.window)
        self.resize(1440, 920)

    # Building

    def _build(self) -> None:
        self.heading = QLabel(objectName="simulationOffer")
        self.heading.setWordWrap(True)
        self.traffic_form = TrafficForm()
        self.run_button = QPushButton(translate("SimulationPanel", "&Run Simulation"), objectName="runSimulation")
        self.run_button.setDefault(True)
        self.run_button.setShortcut("Ctrl+Return")
        self.run_button.setToolTip(translate("SimulationPanel", "Replay the traffic under this offer (Ctrl+Enter)"))
        self.run_button.clicked.connect(self.run)
        self.compare_button = QPushButton(
            translate("SimulationPanel", "&Compare Goal Types"), objectName="compareGoalTypes"
        )
        self.compare_button.setToolTip(
            translate(
                "SimulationPanel",
                "Replay the same traffic under all four goal types (and the approved version) and overlay them",
            )
        )
        self.compare_button.clicked.connect(self.compare_goal_types)
        self.compared_button = QPushButton(translate("SimulationPanel", "Goals to Compare…"), objectName="goalsToCompare")
        self.compared_button.setToolTip(
            translate("SimulationPanel", "Choose how many credits each compared goal needs and what it counts")
        )
        self.compared_button.clicked.connect(self._on_compared_clicked)
        self.cancel_button = QPushButton(translate("SimulationPanel", "Cancel"), objectName="cancelSimulation")
        self.cancel_button.setShortcut("Esc")
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.progress = QProgressBar(objectName="simulationProgress")
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.message = QLabel(objectName="simulationMessage")
        self.message.setWordWrap(True)
        self.summary = QLabel(objectName="simulationSummary")
        self.summary.setTextFormat(Qt.TextFormat.RichText)  # no word wrap: a wrapped label mis-sizes its tables
        self.summary.setText(translate("SimulationPanel", "<i>Run a simulation to see who earns credit.</i>"))
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.summary.linkActivated.connect(self._on_summary_link_activated)
        self.results = ResultsView()
        self.results.time_cursor.sig_moved.connect(self._on_cursor_moved)
        self.results.sig_referrer_picked.connect(self.explain)
        self.time_cursor, self.chart, self.inspector = (
            self.results.time_cursor,
            self.results.chart,
            self.results.inspector,
        )
        self.histogram, self.funnel = self.results.histogram, self.results.funnel
        self.views, self.traffic_view = self.results.views, self.results.traffic_view
        self.fraud_view = FraudView()  # what the offer's fraud rules took, and how right they were
        self.fraud_view.sig_explain.connect(self._on_fraud_explain)
        self.views.addTab(self.fraud_view, translate("SimulationPanel", "Fraud"))
        self.model, self.table = self.results.model, self.results.table
        self.exports = ResultExports(self.chart)
        self.exports.sig_reported.connect(self.message.setText)
        self.sharing = RunSharing()
        self.sharing.sig_reported.connect(self.message.setText)
        self.sharing.scenario_button.clicked.connect(self._on_save_scenario_clicked)

        left = QWidget()
        side = QVBoxLayout(left)
        side.addWidget(self.heading)
        side.addWidget(self.traffic_form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.cancel_button)
        side.addLayout(buttons)
        compare_row = QHBoxLayout()
        compare_row.addWidget(self.compare_button, 1)
        compare_row.addWidget(self.compared_button)
        side.addLayout(compare_row)
        self.forecast_button = QPushButton(translate("SimulationPanel", "&Forecast…"), objectName="openForecast")
        self.forecast_button.setToolTip(
            translate("SimulationPanel", "Forecast this offer and variants of it over many traffic runs (Ctrl+Shift+R)")
        )
        self.forecast_button.clicked.connect(self.sig_forecast_requested)
        side.addWidget(self.forecast_button)
        side.addWidget(self.progress)
        side.addWidget(self.message)
        side.addWidget(self.summary)
        side.addStretch(1)
        # A scroll area keeps the summary's growing text (replaying in time) from widening the column and
        # shifting the charts, and keeps the column's buttons reachable on a short screen.
        left_scroll = QScrollArea()
        left_scroll.setWidget(left)
        left_scroll.setWidgetResizable(True)
        left_scroll.setFrameShape(QFrame.Shape.NoFrame)
        scrollbar = left_scroll.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        left_scroll.setMinimumWidth(300 + scrollbar)  # narrower scrolls sideways; a small screen still fits
        column = QWidget()  # the scrolling form and results, with the exports always in view below
        column_layout = QVBoxLayout(column)
        column_layout.setContentsMargins(0, 0, 0, 0)
        column_layout.addWidget(left_scroll, 1)
        column_layout.addWidget(self.exports)
        column_layout.addWidget(self.sharing)
        splitter = QSplitter()
        splitter.addWidget(column)
        splitter.addWidget(self.results)
        splitter.setSizes([max(left.sizeHint().width(), 390) + scrollbar, 1080])  # the form whole, the rest to the charts
        splitter.setStretchFactor(1, 1)  # a wider window widens the charts, not the form
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._set_running(False)

    def _show_offer(self) -> None:
        offer = self.offer
        self.setWindowTitle(
            translate("SimulationPanel", "{name} — Simulation — Referral Studio").format(name=offer.name)
        )
        self.heading.setText(
            f"<b>{escape(offer.name)}</b><br>{goal_label(offer.goal.type)} × {number(offer.goal.count)}"
        )
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

    def _labels(self, planned: Plan) -> list[str]:
        """Each replayed offer's name in the chart and the compare table."""
        if not planned.comparing:
            return [planned.variants[0].offer.name]
        return [
            compared_label(variant.offer.goal)
            if variant.goal is not None
            else translate("SimulationPanel", "Approved version ({goal})").format(
                goal=goal_label(variant.offer.goal.type)
            )
            for variant in planned.variants
        ]

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
        self.run_button.setEnabled(not running)
        self.compare_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        self.exports.setEnabled(self.run_result is not None and not running)
        self.sharing.setEnabled(self.run_result is not None and not running)

    def _on_thread_progress(self, fraction: float) -> None:
        self.progress.setValue(int(fraction * 1000))

    def _on_thread_done(self) -> None:
        if self.worker is None or self.worker.outcome is None:
            return
        run = self.worker.outcome.run
        self.plan = self.worker.plan  # what the results shown replayed, in its order
        self.labels = self._labels(self.plan)
        self.inspected = None
        self.inspector.clear()
        self.inspector.use_reasons(run.results[self.plan.primary], self.worker.outcome.reasons)
        if not isinstance(self.worker.traffic, EventLog):
            self.viral = run.viral_coefficient  # a re-run on the same log keeps the generator's figure
        self.run_result = run
        synthetic = not isinstance(self.worker.traffic, (EventLog, Path))  # generated from the form's preset
        self.traffic_view.show_log(run.log, self.traffic_form.preset_name() if synthetic else None)
        self.fraud_view.show_result(run.results[self.plan.primary], run.log)
        window = self.offer.window
        start, end = (to_ns(edge) / 1e9 if edge else None for edge in (window.start, window.end))
        edges = (start, end)
        self.chart.show_results(dict(zip(self.labels, run.results, strict=True)), edges)
        log = run.log
        self.time_cursor.set_range(int(log.time[0]) if len(log) else 0, int(log.time[-1]) if len(log) else 0)
        self.exports.log = log
        self._cursor_timer.start()  # the rest on the next turn of the event loop, after the chart has painted
        events = len(log)
        self.message.setText(translate("SimulationPanel", "Replayed %Ln events.", None, events))
        self.progress.setValue(1000)
        primary = self.plan.offers[self.plan.primary]
        self.sharing.set_run(run, primary, self.plan.primary, self.labels, self.traffic_source, edges)
        if (miss := window_miss(primary.window, log)) is not None:  # all counts zero: say why
            self.message.setText(f"{escape(self.message.text(), quote=False)}<br>{error_html(miss)}")

    def _on_thread_failed(self, message: str) -> None:
        text = translate("SimulationPanel", "The traffic could not be used: {error}").format(error=message)
        self._clear_results()
        self.message.setText(error_html(text))
        self.progress.setValue(0)

    def _clear_results(self) -> None:
        """A run failed: its predecessor's results go too, so nothing shown or exported belongs to another run."""
        self.run_result = self.shown = self.exports.shown = self.exports.log = None
        self.sharing.run = None
        self.results.clear()
        self.summary.setText(translate("SimulationPanel", "<i>Run a simulation to see who earns credit.</i>"))

    def _on_thread_crashed(self, problem: str) -> None:
        text = translate(
            "SimulationPanel",
            "The simulation stopped on an error that should not happen ({problem}). Please report this with the "
            "text printed in the terminal.",
        ).format(problem=problem)
        self._clear_results()
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
        if self._cursor_timer.isActive():
            self._finish_pending = True  # _show_state announces the run once its results are on screen
        else:
            self.sig_finished.emit()

    # Showing a result at the cursor

    def _on_cursor_moved(self, _time_ns: object) -> None:
        self._cursor_timer.start()

    def _show_state(self) -> None:
        """Show the primary result as it stood at the cursor (all of it at the end)."""
        run = self.run_result
        if run is None:
            return
        at = self.time_cursor.time_ns()
        whole = result = run.results[self.plan.primary]
        if at is not None:
            result = state_at(whole, run.log, at)
        self.shown = self.exports.shown = result
        self.chart.set_cursor(at)
        self.model.set_result(result)
        self.histogram.show_result(result, whole)
        self.funnel.show_funnel(result.funnel, whole.funnel)
        self.summary.setText(
            summary_html(
                result,
                self.labels[self.plan.primary],
                viral=self.viral,
                compared=[(label, counts_at(other, at)) for label, other in zip(self.labels, run.results, strict=True)]
                if self.plan.comparing
                else None,
                moment=self.time_cursor.label.text() if at is not None else None,
            )
        )
        if self.inspected is not None:
            self.explain(self.inspected)
        if self._finish_pending:
            self._finish_pending = False
            self.sig_finished.emit()

    def _on_fraud_explain(self, referrer: str) -> None:
        self.views.setCurrentIndex(0)  # the Results view holds "why this credit"
        self.explain(referrer)

    def explain(self, referrer: str) -> None:
        """Show "why this credit" for a referrer of the primary result (up to the time cursor)."""
        run = self.run_result
        if run is None:
            return
        self.inspected = referrer
        self.inspector.show_referrer(
            self.plan.offers[self.plan.primary],
            run.log,
            run.results[self.plan.primary],
            referrer,
            self.time_cursor.time_ns(),
        )

    def show_series(self, index: int) -> None:
        """Show one compared series' histogram, leaderboard and summary (the chart keeps them all)."""
        if self.run_result is None or not 0 <= index < len(self.plan.variants):
            return
        self.plan = replace(self.plan, primary=index)
        self.inspected = None
        self.inspector.clear()
        self.inspector.use_reasons(self.run_result.results[index], None)
        edges = self.sharing.window_edges
        self.sharing.set_run(self.run_result, self.plan.offers[index], index, self.labels, self.traffic_source, edges)
        self._show_state()

    def _on_summary_link_activated(self, link: str) -> None:
        if link.startswith("series:"):
            self.show_series(int(link.removeprefix("series:")))

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
        picked = [self.inspected] if self.inspected else []
        return self.sharing.save_scenario(path, picked, self.time_cursor.time_ns())

    def _on_save_scenario_clicked(self) -> None:
        if (path := self.sharing.ask_path()) is not None:
            self.save_scenario(path)

    def present(self) -> PresenterWindow | None:
        self.time_cursor.pause()
        return self.sharing.present()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self.time_cursor.pause()
        self._rerun_timer.stop()
        if self.worker is not None:
            self.worker.cancel()
            self.worker.wait()
        super().closeEvent(event)
