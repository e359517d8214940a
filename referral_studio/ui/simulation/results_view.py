"""The results side of the simulation workspace: time cursor, charts, leaderboard, "why this credit",
and the Traffic and Fraud tabs."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtWidgets import QLineEdit, QSplitter, QTableView, QTabWidget, QVBoxLayout, QWidget

from referral_studio.ui.charts.credits_histogram import CreditsHistogram
from referral_studio.ui.charts.funnel_chart import FunnelChart
from referral_studio.ui.charts.referrers_chart import ReferrersChart
from referral_studio.ui.i18n import translate
from referral_studio.ui.simulation.event_inspector import EventInspector
from referral_studio.ui.simulation.fraud_view import FraudView
from referral_studio.ui.simulation.leaderboard_model import COL_FIRST, COL_REFERRER, LeaderboardModel
from referral_studio.ui.simulation.time_cursor import TimeCursor
from referral_studio.ui.simulation.traffic_view import TrafficView

COLUMN_SAMPLES = ("u0001237b12", "1,000,000", "1,000", "2027-03-01 00:00:00", "SPRING-001")
"""The widest text each leaderboard column usually holds (resizing to contents scans rows: slow at 100k);
a referrer named longer (a log's e-mail addresses) is elided, its whole name in the tooltip."""
SHORT_TIME_SAMPLE = "03-01 00:00"
"""The first-fulfilled time where the full one leaves the leaderboard too little room (1280×720)."""


class ResultsView(QWidget):
    """Lays out the result widgets; `RunDisplay` fills them and reacts to the cursor and the picked referrer."""

    sig_referrer_picked = Signal(str)
    """The user picked this referrer in the leaderboard."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.time_cursor = TimeCursor()
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
        metrics, header = self.table.fontMetrics(), self.table.horizontalHeader()
        self._widths = [  # the header's own measure: its lines, margins, sort arrow
            max(metrics.horizontalAdvance(sample) + 16, header.sectionSizeHint(column))
            for column, sample in enumerate(COLUMN_SAMPLES)
        ]
        self._referrer_widest = self._widths[COL_REFERRER]  # longer names elide
        self._fitted_to: object = None  # the result the columns were last fitted to (a filter keeps the split)
        self.model.modelReset.connect(self._on_model_reset)  # a run's own names may need less
        self._short_first = max(metrics.horizontalAdvance(SHORT_TIME_SAMPLE) + 16, header.sectionSizeHint(COL_FIRST))
        for column, width in enumerate(self._widths):
            self.table.setColumnWidth(column, width)
        self.filter = QLineEdit(objectName="leaderboardFilter")
        self.filter.setPlaceholderText(translate("SimulationPanel", "Filter referrers…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.model.set_filter)
        self.table.selectionModel().currentRowChanged.connect(self._on_leaderboard_current_changed)
        self.inspector = EventInspector()

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
        self.bottom = bottom = QSplitter()  # the leaderboard as wide as its columns need, "why this credit" beside
        bottom.addWidget(board)
        bottom.addWidget(self.inspector)
        bottom.setSizes([640, 460])
        bottom.installEventFilter(self)
        results = QSplitter(Qt.Orientation.Vertical)
        results.addWidget(top)
        results.addWidget(bottom)
        results.setSizes([560, 300])
        self.traffic_view = TrafficView()  # the replayed traffic against published figures
        self.views = QTabWidget(objectName="simulationViews")
        self.views.addTab(results, translate("SimulationPanel", "Results"))
        self.views.addTab(self.traffic_view, translate("SimulationPanel", "Traffic"))
        self.fraud_view = FraudView()  # what the offer's fraud rules took, and how right they were
        self.views.addTab(self.fraud_view, translate("SimulationPanel", "Fraud"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.time_cursor)
        layout.addWidget(self.views, 1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.bottom and event.type() == QEvent.Type.Resize:
            self._fit_leaderboard()
        return super().eventFilter(watched, event)

    def _on_model_reset(self) -> None:
        if self.model.result is not self._fitted_to:
            self._fitted_to = self.model.result
            self._fit_leaderboard()

    def _fit_leaderboard(self) -> None:
        """Give the leaderboard the width its columns need, never less than its share of old; where the full
        times leave "why this credit" too narrow (1280×720), write them short: no column scrolls out of view."""
        room = self.bottom.width() - self.bottom.handleWidth()
        if room <= 0:
            return
        metrics, header = self.table.fontMetrics(), self.table.horizontalHeader()
        names = metrics.horizontalAdvance(self.model.longest_name()) + 16
        self._widths[COL_REFERRER] = min(max(names, header.sectionSizeHint(COL_REFERRER)), self._referrer_widest)
        self.table.setColumnWidth(COL_REFERRER, self._widths[COL_REFERRER])
        chrome = 2 * self.table.frameWidth() + self.table.verticalScrollBar().sizeHint().width()
        full = sum(self._widths) + chrome
        beside = self.inspector.needed_width(wrapped=True)  # "why this credit" with its headers whole
        compact = full > room - self.inspector.needed_width(wrapped=False)  # short times where it would wrap
        self.model.set_compact(compact)
        self.table.setColumnWidth(COL_FIRST, self._short_first if compact else self._widths[COL_FIRST])
        needed = full - (self._widths[COL_FIRST] - self._short_first if compact else 0)
        board = min(max(needed, room * 640 // 1100), max(room - beside, needed), room)
        self.bottom.setSizes([board, room - board])

    def clear(self) -> None:
        """Show no run: nothing on screen may belong to a run other than the last one started."""
        self.chart.reset()
        self.histogram.reset()
        self.funnel.reset()
        self.model.set_result(None)
        self.inspector.clear()
        self.time_cursor.set_range(0, 0)

    def _on_leaderboard_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        name = self.model.referrer_at(current.row()) if current.isValid() else None
        if name is not None:
            self.sig_referrer_picked.emit(name)
