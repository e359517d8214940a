"""The simulation workspace of one offer: traffic in, replay on a worker thread, results out."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from referral_studio.domain.offer import GOAL_LABELS, GoalType, Offer
from referral_studio.domain.times import to_ns
from referral_studio.engine.generator import JS_EVENT_NAME, TrafficOptions
from referral_studio.engine.simulation import SimulationRun, Traffic
from referral_studio.ui.leaderboard_model import LeaderboardModel
from referral_studio.ui.referrers_chart import ReferrersChart
from referral_studio.ui.replay_thread import ReplayThread

SYNTHETIC, LOG_FILE = 0, 1


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
    """Replays traffic against one offer; `compare_goal_types` overlays all four goals."""

    sig_finished = Signal()
    """A run ended (done, failed or cancelled) and the widgets show its outcome."""

    def __init__(self, offer: Offer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SimulationPanel")
        self.setWindowTitle(f"{offer.name} — Simulation — Referral Studio")
        self.offer = offer
        self.thread: ReplayThread | None = None
        self.run_result: SimulationRun | None = None
        self.labels: list[str] = []
        self.primary = 0
        self._build()
        self.resize(1280, 800)

    def _build(self) -> None:
        self.source = QComboBox(objectName="trafficSource")
        self.source.addItems(["Synthetic traffic", "Event log file"])
        self.source.setAccessibleName("Traffic source")
        self.options_stack = QStackedWidget()
        synthetic = QWidget()
        form = QFormLayout(synthetic)
        defaults = TrafficOptions()
        self.participants = self._spin(QSpinBox(), 0, 5_000_000, defaults.participants, "Organic participants")
        self.days = self._spin(QDoubleSpinBox(), 1, 3650, defaults.days, "Campaign days")
        self.share_rate = self._spin(QDoubleSpinBox(), 0, 1, defaults.share_rate, "Share rate", 0.05)
        self.visits_per_share = self._spin(QDoubleSpinBox(), 0, 100, defaults.visits_per_share, "Visits per share", 0.5)
        self.signup_rate = self._spin(QDoubleSpinBox(), 0, 1, defaults.signup_rate, "Sign-up rate", 0.05)
        self.milestone_rate = self._spin(QDoubleSpinBox(), 0, 1, defaults.milestone_rate, "Milestone rate", 0.05)
        self.seed = self._spin(QSpinBox(), 0, 2**31 - 1, defaults.seed, "Seed")
        for label, widget in (("Participants:", self.participants), ("Campaign days:", self.days),
                              ("Share rate:", self.share_rate), ("Visits per share:", self.visits_per_share),
                              ("Sign-up rate:", self.signup_rate), ("Milestone rate:", self.milestone_rate),
                              ("Seed:", self.seed)):
            form.addRow(label, widget)
        log_page = QWidget()
        row = QHBoxLayout(log_page)
        self.log_path = QLineEdit(objectName="eventLogPath")
        self.log_path.setPlaceholderText("events.csv or events.parquet")
        self.log_path.setAccessibleName("Event log file")
        browse = QPushButton("Browse…")
        browse.clicked.connect(self._on_browse_clicked)
        row.addWidget(self.log_path, 1)
        row.addWidget(browse)
        self.options_stack.addWidget(synthetic)
        self.options_stack.addWidget(log_page)
        self.source.currentIndexChanged.connect(self.options_stack.setCurrentIndex)

        self.run_button = QPushButton("&Run Simulation", objectName="runSimulation")
        self.run_button.setDefault(True)
        self.run_button.clicked.connect(self.run)
        self.compare_button = QPushButton("&Compare Goal Types", objectName="compareGoalTypes")
        self.compare_button.setToolTip("Replay the same traffic under all four goal types and overlay them")
        self.compare_button.clicked.connect(self.compare_goal_types)
        self.cancel_button = QPushButton("Cancel", objectName="cancelSimulation")
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.progress = QProgressBar(objectName="simulationProgress")
        self.progress.setRange(0, 1000)
        self.progress.setValue(0)
        self.progress.setTextVisible(False)
        self.message = QLabel()
        self.message.setObjectName("simulationMessage")
        self.message.setWordWrap(True)
        self.summary = QLabel(objectName="simulationSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setText("<i>Run a simulation to see who earns credit.</i>")

        traffic = QGroupBox("Traffic")
        column = QVBoxLayout(traffic)
        column.addWidget(self.source)
        column.addWidget(self.options_stack)
        left = QWidget()
        side = QVBoxLayout(left)
        side.addWidget(QLabel(f"<b>{self.offer.name}</b><br>{GOAL_LABELS[self.offer.goal.type]} × {self.offer.goal.count:,}"))
        side.addWidget(traffic)
        buttons = QHBoxLayout()
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.cancel_button)
        side.addLayout(buttons)
        side.addWidget(self.compare_button)
        side.addWidget(self.progress)
        side.addWidget(self.message)
        side.addWidget(self.summary)
        side.addStretch(1)

        self.chart = ReferrersChart()
        self.model = LeaderboardModel(self)
        self.table = QTableView(objectName="leaderboardTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.filter = QLineEdit(objectName="leaderboardFilter")
        self.filter.setPlaceholderText("Filter referrers…")
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.model.set_filter)
        board = QWidget()
        board_layout = QVBoxLayout(board)
        board_layout.setContentsMargins(0, 0, 0, 0)
        board_layout.addWidget(self.filter)
        board_layout.addWidget(self.table)
        results = QSplitter(Qt.Orientation.Vertical)
        results.addWidget(self.chart)
        results.addWidget(board)
        results.setSizes([480, 320])
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(results)
        splitter.setSizes([330, 950])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    @staticmethod
    def _spin(spin: QSpinBox | QDoubleSpinBox, low: float, high: float, value: float, name: str, step: float = 1):
        spin.setRange(low, high)  # type: ignore[arg-type]
        spin.setValue(value)  # type: ignore[arg-type]
        spin.setSingleStep(step)  # type: ignore[arg-type]
        spin.setAccessibleName(name)
        if isinstance(spin, QSpinBox):
            spin.setGroupSeparatorShown(True)
        return spin

    def traffic_options(self) -> TrafficOptions:
        """The generator options the form shows."""
        return TrafficOptions(participants=self.participants.value(), days=self.days.value(),
                              share_rate=self.share_rate.value(), visits_per_share=self.visits_per_share.value(),
                              signup_rate=self.signup_rate.value(), milestone_rate=self.milestone_rate.value(),
                              seed=self.seed.value())

    def _traffic(self) -> Traffic | None:
        if self.source.currentIndex() == SYNTHETIC:
            return self.traffic_options()
        text = self.log_path.text().strip()
        if not text:
            self.message.setText("Choose an event log file first (CSV or Parquet).")
            return None
        return Path(text)

    def _on_browse_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Event Log", "", "Event logs (*.csv *.parquet);;All files (*)")
        if path:
            self.log_path.setText(path)

    def run(self) -> bool:
        """Replay the traffic under this offer."""
        return self._start([self.offer], [self.offer.name], primary=0)

    def compare_goal_types(self) -> bool:
        """Replay the same traffic under each of the four goal types and overlay them."""
        own = list(GoalType).index(self.offer.goal.type)
        return self._start(goal_variants(self.offer), [GOAL_LABELS[goal] for goal in GoalType], primary=own)

    def _start(self, offers: list[Offer], labels: list[str], primary: int) -> bool:
        """Run on a worker thread; `primary` is the result the summary and leaderboard show."""
        if self.thread is not None:
            return False
        traffic = self._traffic()
        if traffic is None:
            return False
        self.labels = labels
        self.primary = primary
        self.message.setText("Running…")
        self.progress.setValue(0)
        self.thread = ReplayThread(offers, traffic, self)
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

    def _on_thread_progress(self, fraction: float) -> None:
        self.progress.setValue(int(fraction * 1000))

    def _on_thread_done(self, run: SimulationRun) -> None:
        self.run_result = run
        window = self.offer.window
        edges = tuple(to_ns(edge) / 1e9 if edge else None for edge in (window.start, window.end))
        self.chart.show_results(dict(zip(self.labels, run.results, strict=True)), edges)  # type: ignore[arg-type]
        self.model.set_result(run.results[self.primary])
        self.table.resizeColumnsToContents()
        self.summary.setText(self._summary_html(run))
        self.message.setText(f"Replayed {len(run.log):,} events.")
        self.progress.setValue(1000)

    def _summary_html(self, run: SimulationRun) -> str:
        result = run.results[self.primary]
        totals, funnel = result.totals, result.funnel
        exhausted = "never" if totals.promo_codes_exhausted_at is None else result.totals.as_dict()["promo_codes_exhausted_at"]
        viral = f"{run.viral_coefficient:.2f}" if run.viral_coefficient is not None else "—"
        rows = [
            ("Credits", f"{totals.credits:,}"),
            ("Credited referrers", f"{totals.credited_referrers:,}"),
            ("Fulfilled referrers", f"{totals.fulfilled_referrers:,}"),
            ("Fulfillments", f"{totals.fulfillments:,}"),
            ("Promo codes used", f"{totals.promo_codes_used:,} (ran out: {exhausted})"),
            ("Viral coefficient", viral),
            ("Funnel", f"{funnel.shares:,} shares → {funnel.visits:,} visits → {funnel.unique_visitors:,} visitors → "
                       f"{funnel.signups:,} sign-ups → {funnel.activities:,} milestones · {funnel.js_events:,} JS events"),
        ]
        title = f"<b>{self.labels[self.primary]}</b>" + (" (this offer's goal, of the four compared)" if len(run.results) > 1 else "")
        return title + "<table>" + "".join(f"<tr><td>{k}:&nbsp;</td><td><b>{v}</b></td></tr>" for k, v in rows) + "</table>"

    def _on_thread_failed(self, message: str) -> None:
        self.message.setText(f"<span style='color:#b3261e'>The traffic could not be used: {message}</span>")
        self.progress.setValue(0)

    def _on_thread_cancelled(self) -> None:
        self.message.setText("Cancelled; the previous results are still shown.")
        self.progress.setValue(0)

    def _on_thread_finished(self) -> None:
        if self.thread is not None:
            self.thread.deleteLater()
        self.thread = None
        self._set_running(False)
        self.sig_finished.emit()

    def closeEvent(self, event: object) -> None:  # noqa: N802 - Qt's name
        if self.thread is not None:
            self.thread.cancel()
            self.thread.wait()
        super().closeEvent(event)  # type: ignore[arg-type]
