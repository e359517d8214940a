"""The results side of the simulation workspace: time cursor, charts, leaderboard, "why this credit",
and the Traffic and Fraud tabs."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QLineEdit, QSplitter, QTableView, QTabWidget, QVBoxLayout, QWidget

from referral_studio.ui.charts.credits_histogram import CreditsHistogram
from referral_studio.ui.charts.funnel_chart import FunnelChart
from referral_studio.ui.charts.referrers_chart import ReferrersChart
from referral_studio.ui.i18n import translate
from referral_studio.ui.simulation.event_inspector import EventInspector
from referral_studio.ui.simulation.fraud_view import FraudView
from referral_studio.ui.simulation.leaderboard_model import LeaderboardModel
from referral_studio.ui.simulation.time_cursor import TimeCursor
from referral_studio.ui.simulation.traffic_view import TrafficView

COLUMN_SAMPLES = ("u0001237b12", "1,000,000", "1,000", "2027-03-01 00:00:00", "SPRING-001")
"""The widest text each leaderboard column usually holds (resizing to contents scans rows: slow at 100k);
a referrer named longer (a log's e-mail addresses) is elided, its whole name in the tooltip."""


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
        for column, sample in enumerate(COLUMN_SAMPLES):  # the header's own measure: its lines, margins, sort arrow
            self.table.setColumnWidth(
                column, max(metrics.horizontalAdvance(sample) + 16, header.sectionSizeHint(column))
            )
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
        bottom = QSplitter()
        bottom.addWidget(board)
        bottom.addWidget(self.inspector)
        bottom.setSizes([640, 460])  # the leaderboard shows its first four columns whole at 1280×720
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
