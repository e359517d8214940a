"""The simulation workspace of one offer: traffic in, replay on a worker thread, results out."""

from __future__ import annotations

from dataclasses import replace
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyle,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from referral_studio.domain.atomic_file import atomic_write
from referral_studio.domain.offer import GoalType, Offer
from referral_studio.domain.times import to_ns
from referral_studio.engine.cursor import counts_at, state_at
from referral_studio.engine.event_log import EventLog
from referral_studio.engine.generator import JS_EVENT_NAME
from referral_studio.engine.log_files import write_event_log
from referral_studio.engine.outputs import write_results
from referral_studio.engine.result import ReplayResult
from referral_studio.engine.simulation import SimulationRun, Traffic
from referral_studio.ui.chart_export import chart_png, chart_svg
from referral_studio.ui.credits_histogram import CreditsHistogram
from referral_studio.ui.event_inspector import EventInspector
from referral_studio.ui.funnel_chart import FunnelChart
from referral_studio.ui.i18n import counted, goal_label, number, translate
from referral_studio.ui.leaderboard_model import LeaderboardModel
from referral_studio.ui.referrers_chart import ReferrersChart
from referral_studio.ui.replay_thread import ReplayThread
from referral_studio.ui.run_summary import summary_html
from referral_studio.ui.time_cursor import TimeCursor
from referral_studio.ui.traffic_form import NoTraffic, TrafficForm
from referral_studio.ui.traffic_view import TrafficView

RERUN_DELAY_MS = 600


def goal_variants(offer: Offer) -> list[Offer]:
    """The offer under each of the four goal types, filling in what a goal needs to match anything."""
    variants = []
    for goal_type in GoalType:
        goal = replace(offer.goal, type=goal_type)
        if goal_type is GoalType.SMART_LIST_TRIGGER and not any(a.strip() for a in goal.trigger_activities):
            goal = replace(goal, trigger_activities=("Opportunity Created",))
        if goal_type is GoalType.CUSTOM_JS_EVENT and not goal.event_name:
            goal = replace(goal, event_name=JS_EVENT_NAME)
        variants.append(offer.replace(goal=goal))
    return variants


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
        self.thread: ReplayThread | None = None
        self.run_result: SimulationRun | None = None
        self.labels: list[str] = []
        self.primary = 0
        self.comparing = False
        self.viral: float | None = None
        self.shown: ReplayResult | None = None
        self._offers: list[Offer] = []
        self.inspected: str | None = None  # the referrer "why this credit" shows
        self._rerun_wanted = False
        self._finish_pending = False
        self._rerun_timer = QTimer(self, singleShot=True, interval=RERUN_DELAY_MS)
        self._rerun_timer.timeout.connect(self._rerun)
        self._cursor_timer = QTimer(self, singleShot=True, interval=0)  # coalesces cursor moves into one redraw
        self._cursor_timer.timeout.connect(self._show_state)
        self._build()
        self._show_offer()
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
        self.export_chart_button = QPushButton(translate("SimulationPanel", "Export Chart…"), objectName="exportChart")
        self.export_chart_button.setToolTip(translate("SimulationPanel", "Save the referrers chart as PNG or SVG"))
        self.export_chart_button.clicked.connect(self._on_export_chart_clicked)
        self.export_results_button = QPushButton(
            translate("SimulationPanel", "Export Results…"), objectName="exportResults"
        )
        self.export_results_button.setToolTip(
            translate(
                "SimulationPanel",
                "Write referrers.csv, fulfillments.csv, summary.json and timeline.csv, as `simulate` does",
            )
        )
        self.export_results_button.clicked.connect(self._on_export_results_clicked)
        self.save_traffic_button = QPushButton(translate("SimulationPanel", "Save Traffic…"), objectName="saveTraffic")
        self.save_traffic_button.setToolTip(
            translate("SimulationPanel", "Save the replayed events as a CSV or Parquet event log")
        )
        self.save_traffic_button.clicked.connect(self._on_save_traffic_clicked)

        left = QWidget()
        side = QVBoxLayout(left)
        side.addWidget(self.heading)
        side.addWidget(self.traffic_form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.cancel_button)
        side.addLayout(buttons)
        side.addWidget(self.compare_button)
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
        exports = QHBoxLayout()
        exports.setContentsMargins(0, 0, 0, 0)
        for button in (self.export_chart_button, self.export_results_button, self.save_traffic_button):
            exports.addWidget(button)

        self.cursor = TimeCursor()
        self.cursor.sig_moved.connect(self._on_cursor_moved)
        self.chart = ReferrersChart()
        self.histogram = CreditsHistogram()
        self.funnel = FunnelChart()
        self.model = LeaderboardModel(self)
        self.table = QTableView(objectName="leaderboardTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.horizontalHeader().setStretchLastSection(True)
        # Widths from the text they hold: resizing to contents scans rows (over 100 ms at 100k referrers).
        metrics, header = self.table.fontMetrics(), self.table.horizontalHeader().fontMetrics()
        for column, sample in enumerate(("u0000000-wide-name", "1,000,000", "1,000", "2027-03-01T00:00:00Z")):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            width = max(
                metrics.horizontalAdvance(sample), header.horizontalAdvance(title) + 16
            )  # room for the sort arrow
            self.table.setColumnWidth(column, width + 16)
        self.filter = QLineEdit(objectName="leaderboardFilter")
        self.filter.setPlaceholderText(translate("SimulationPanel", "Filter referrers…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.model.set_filter)
        self.table.selectionModel().currentRowChanged.connect(self._on_leaderboard_current_changed)
        board = QWidget()
        board_layout = QVBoxLayout(board)
        board_layout.setContentsMargins(0, 0, 0, 0)
        board_layout.addWidget(self.filter)
        board_layout.addWidget(self.table)
        side_charts = QSplitter(Qt.Orientation.Vertical)
        side_charts.addWidget(self.histogram)
        side_charts.addWidget(self.funnel)
        top = QSplitter()
        top.addWidget(self.chart)
        top.addWidget(side_charts)
        top.setSizes([680, 400])
        self.inspector = EventInspector()
        bottom = QSplitter()
        bottom.addWidget(board)
        bottom.addWidget(self.inspector)
        bottom.setSizes([560, 540])
        results = QSplitter(Qt.Orientation.Vertical)
        results.addWidget(top)
        results.addWidget(bottom)
        results.setSizes([560, 300])
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.cursor)
        self.traffic_view = TrafficView()  # the replayed traffic against published figures
        self.views = QTabWidget(objectName="simulationViews")
        self.views.addTab(results, translate("SimulationPanel", "Results"))
        self.views.addTab(self.traffic_view, translate("SimulationPanel", "Traffic"))
        right_layout.addWidget(self.views, 1)
        # A scroll area keeps the summary's growing text (replaying in time) from widening the column and
        # shifting the charts, and keeps the column's buttons reachable on a short screen.
        left_scroll = QScrollArea()
        left_scroll.setWidget(left)
        left_scroll.setWidgetResizable(True)
        left_scroll.setFrameShape(QFrame.Shape.NoFrame)
        scrollbar = left_scroll.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        left_scroll.setMinimumWidth(max(left.minimumSizeHint().width(), 370) + scrollbar)
        column = QWidget()  # the scrolling form and results, with the exports always in view below
        column_layout = QVBoxLayout(column)
        column_layout.setContentsMargins(0, 0, 0, 0)
        column_layout.addWidget(left_scroll, 1)
        column_layout.addLayout(exports)
        splitter = QSplitter()
        splitter.addWidget(column)
        splitter.addWidget(right)
        splitter.setSizes([360, 1080])
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
        self.offer = offer
        self._show_offer()
        if self.run_result is not None:
            self._rerun_timer.start()

    def _rerun(self) -> None:
        if self.thread is not None:
            self._rerun_wanted = True
        elif self.run_result is not None:
            self._start(self.run_result.log, comparing=self.comparing)

    def _form_traffic(self) -> Traffic | None:
        try:
            return self.traffic_form.traffic()
        except NoTraffic as missing:
            self.message.setText(str(missing))
            return None

    def _variants(self, comparing: bool) -> tuple[list[Offer], list[str], int]:
        """The offers to replay, their labels, and which one the summary and leaderboard show."""
        if not comparing:
            return [self.offer], [self.offer.name], 0
        offers, labels = goal_variants(self.offer), [goal_label(goal) for goal in GoalType]
        if self.approved is not None and self.approved != self.offer:
            offers.append(self.approved)
            labels.append(
                translate("SimulationPanel", "Approved version ({goal})").format(
                    goal=goal_label(self.approved.goal.type)
                )
            )
        return offers, labels, list(GoalType).index(self.offer.goal.type)

    def _start(self, traffic: Traffic | EventLog | None, *, comparing: bool) -> bool:
        """Run on a worker thread; False when a run is going or there is no traffic."""
        if self.thread is not None or traffic is None:
            return False
        offers, self.labels, self.primary = self._variants(comparing)
        self.comparing = comparing
        self.message.setText(translate("SimulationPanel", "Running…"))
        self.progress.setValue(0)
        self.thread = ReplayThread(offers, traffic, self, primary=self.primary)
        # Bound slots of this widget, never lambdas: a lambda would run on the worker thread.
        self.thread.sig_progress.connect(self._on_thread_progress)
        self.thread.sig_done.connect(self._on_thread_done)
        self.thread.sig_failed.connect(self._on_thread_failed)
        self.thread.sig_cancelled.connect(self._on_thread_cancelled)
        self.thread.finished.connect(self._on_thread_finished)
        self._set_running(True)
        self.thread.start()
        return True

    def cancel(self) -> None:
        if self.thread is not None:
            self.thread.cancel()

    def _set_running(self, running: bool) -> None:
        self.run_button.setEnabled(not running)
        self.compare_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        has_result = self.run_result is not None and not running
        for button in (self.export_chart_button, self.export_results_button, self.save_traffic_button):
            button.setEnabled(has_result)

    def _on_thread_progress(self, fraction: float) -> None:
        self.progress.setValue(int(fraction * 1000))

    def _on_thread_done(self) -> None:
        if self.thread is None or self.thread.result is None:
            return
        run = self.thread.result
        self._offers = self.thread.offers  # the offers this run replayed, in its order
        self.inspected = None
        self.inspector.clear()
        self.inspector.use_reasons(run.results[self.primary], self.thread.reasons)
        if not isinstance(self.thread.traffic, EventLog):
            self.viral = run.viral_coefficient  # a re-run on the same log keeps the generator's figure
        self.run_result = run
        synthetic = not isinstance(self.thread.traffic, (EventLog, Path))  # generated from the form's preset
        self.traffic_view.show_log(run.log, self.traffic_form.preset_name() if synthetic else None)
        window = self.offer.window
        edges = tuple(to_ns(edge) / 1e9 if edge else None for edge in (window.start, window.end))
        self.chart.show_results(dict(zip(self.labels, run.results, strict=True)), edges)  # type: ignore[arg-type]
        log = run.log
        self.cursor.set_range(int(log.time[0]) if len(log) else 0, int(log.time[-1]) if len(log) else 0)
        self._cursor_timer.start()  # the rest on the next turn of the event loop, after the chart has painted
        self.message.setText(
            counted(
                len(log),
                translate("SimulationPanel", "Replayed {count} event."),
                translate("SimulationPanel", "Replayed {count} events."),
            )
        )
        self.progress.setValue(1000)

    def _on_thread_failed(self, message: str) -> None:
        text = translate("SimulationPanel", "The traffic could not be used: {error}").format(error=message)
        self.message.setText(f"<span style='color:#b3261e'>{escape(text, quote=False)}</span>")
        self.progress.setValue(0)

    def _on_thread_cancelled(self) -> None:
        self.message.setText(translate("SimulationPanel", "Cancelled; the previous results are still shown."))
        self.progress.setValue(0)

    def _on_thread_finished(self) -> None:
        if self.thread is not None:
            self.thread.deleteLater()
        self.thread = None
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
        at = self.cursor.time_ns()
        whole = result = run.results[self.primary]
        if at is not None:
            result = state_at(whole, run.log, at)
        self.shown = result
        self.chart.set_cursor(at)
        self.model.set_result(result)
        self.histogram.show_result(result, whole)
        self.funnel.show_funnel(result.funnel, whole.funnel)
        self.summary.setText(
            summary_html(
                result,
                self.labels[self.primary],
                viral=self.viral,
                compared=[(label, counts_at(other, at)) for label, other in zip(self.labels, run.results, strict=True)]
                if self.comparing
                else None,
                moment=self.cursor.label.text() if at is not None else None,
            )
        )
        if self.inspected is not None:
            self.explain(self.inspected)
        if self._finish_pending:
            self._finish_pending = False
            self.sig_finished.emit()

    def _on_leaderboard_current_changed(self, current: object, _previous: object) -> None:
        name = self.model.referrer_at(current.row()) if current.isValid() else None  # type: ignore[attr-defined]
        if name is not None:
            self.explain(name)

    def explain(self, referrer: str) -> None:
        """Show "why this credit" for a referrer of the primary result (up to the time cursor)."""
        run = self.run_result
        if run is None:
            return
        self.inspected = referrer
        self.inspector.show_referrer(
            self._offers[self.primary], run.log, run.results[self.primary], referrer, self.cursor.time_ns()
        )

    # Exports

    def export_chart(self, path: Path) -> bool:
        """Write the referrers chart as SVG (by the suffix) or PNG, whole or not at all."""
        title = translate("SimulationPanel", "{name}: credited and fulfilled referrers").format(name=self.offer.name)
        data = chart_svg(self.chart, title) if path.suffix.lower() == ".svg" else chart_png(self.chart)
        try:
            with atomic_write(path, binary=True) as stream:
                stream.write(data)
        except OSError as error:
            return self._refused(path, error)
        self.message.setText(translate("SimulationPanel", "Saved the chart to {path}.").format(path=path))
        return True

    def export_results(self, folder: Path) -> bool:
        """Write the four files `simulate` writes, for the result shown."""
        if self.shown is None:
            return False
        try:
            written = write_results(self.shown, folder)
        except OSError as error:
            return self._refused(folder, error)
        self.message.setText(
            translate("SimulationPanel", "Wrote {files} into {folder}.").format(
                files=", ".join(path.name for path in written), folder=folder
            )
        )
        return True

    def save_traffic(self, path: Path) -> bool:
        """Save the replayed events as an event log (Parquet by the suffix, else CSV)."""
        if self.run_result is None:
            return False
        try:
            write_event_log(self.run_result.log, path)
        except OSError as error:
            return self._refused(path, error)
        self.message.setText(
            translate("SimulationPanel", "Saved {events} to {path}.").format(
                events=counted(
                    len(self.run_result.log),
                    translate("SimulationPanel", "{count} event"),
                    translate("SimulationPanel", "{count} events"),
                ),
                path=path,
            )
        )
        return True

    def _refused(self, path: Path, error: OSError) -> bool:
        text = translate("SimulationPanel", "Could not write {path}: {error}").format(
            path=path, error=error.strerror or error
        )
        self.message.setText(f"<span style='color:#b3261e'>{escape(text, quote=False)}</span>")
        return False

    def _on_export_chart_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("SimulationPanel", "Export Chart"),
            f"{self.offer.name}.png",
            translate("SimulationPanel", "PNG image (*.png);;SVG drawing (*.svg)"),
        )
        if path:
            self.export_chart(Path(path))

    def _on_export_results_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, translate("SimulationPanel", "Export Results Into"))
        if folder:
            self.export_results(Path(folder))

    def _on_save_traffic_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("SimulationPanel", "Save Traffic"),
            "events.csv",
            translate("SimulationPanel", "CSV (*.csv);;Parquet (*.parquet)"),
        )
        if path:
            self.save_traffic(Path(path))

    def closeEvent(self, event: object) -> None:  # noqa: N802 - Qt's name
        self.cursor.pause()
        self._rerun_timer.stop()
        if self.thread is not None:
            self.thread.cancel()
            self.thread.wait()
        super().closeEvent(event)  # type: ignore[arg-type]
