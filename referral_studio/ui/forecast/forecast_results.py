"""The forecast workspace's results: the bands chart (of the metric picked above it), the ranking of the
variants and the spread of the objective."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSplitter,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from referral_studio.forecast.aggregate import Forecast
from referral_studio.forecast.study import BAND_METRICS
from referral_studio.ui.forecast.forecast_charts import ForecastBandsChart, ObjectiveDistribution
from referral_studio.ui.forecast.forecast_metrics import metric_label
from referral_studio.ui.forecast.forecast_report import headline_text, ranking_headers, ranking_rows
from referral_studio.ui.forecast.forecast_sensitivity import SensitivityView
from referral_studio.ui.i18n import translate
from referral_studio.ui.widgets.read_only_table import read_only_table

RANKING_ROWS_SHOWN, RANKING_ROWS_MOST = 3, 5  # variants the ranking always shows whole; more scroll
BANDS_CHART_HEIGHT, SPREAD_CHART_HEIGHT = 260, 180  # the bands chart's and the spread's least heights in pixels


class ForecastResults(QWidget):
    """Shows one forecast (or none yet): its bands per variant, which variant is best how often, and the spread."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.forecast: Forecast | None = None
        self.verdict = QLabel(objectName="forecastVerdict")
        self.verdict.setWordWrap(True)
        self.verdict.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.verdict.setStyleSheet("font-weight: bold; font-size: 11pt")
        self.verdict.setVisible(False)
        self.band_metric = QComboBox(objectName="forecastBandMetric")
        self.band_metric.addItem(translate("ForecastPanel", "Credited referrers"), BAND_METRICS[0])
        self.band_metric.addItem(translate("ForecastPanel", "Fulfilled referrers"), BAND_METRICS[1])
        self.band_metric.currentIndexChanged.connect(lambda _i: self._show_charts())
        metric_row = QHBoxLayout()
        metric_row.addWidget(QLabel(translate("ForecastPanel", "Chart:")))
        metric_row.addWidget(self.band_metric)
        metric_row.addStretch(1)
        self.bands_chart = ForecastBandsChart()
        self.ranking = read_only_table("forecastRanking", ranking_headers(translate("ForecastPanel", "objective")))
        self.ranking.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.ranking.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # a long name wraps onto a second line in a row as tall as it needs, rather than ending in "…" where
        # "count 3, last touch, cap 2" would read as "count 3…", beside "count 3"
        rows = self.ranking.verticalHeader()
        rows.setMinimumSectionSize(rows.defaultSectionSize())  # a one-line row keeps its usual height
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self._fit_ranking(RANKING_ROWS_SHOWN)
        self.objective_chart = ObjectiveDistribution()
        self.sensitivity = SensitivityView()
        charts = QSplitter(Qt.Orientation.Vertical)
        charts.addWidget(self.bands_chart)
        charts.addWidget(self.ranking)
        charts.addWidget(self.sensitivity)
        charts.addWidget(self.objective_chart)
        charts.setSizes([420, 160, 200, 300])
        charts.setChildrenCollapsible(False)
        self.bands_chart.setMinimumHeight(BANDS_CHART_HEIGHT)
        self.objective_chart.setMinimumHeight(SPREAD_CHART_HEIGHT)
        self.charts_scroll = QScrollArea(
            objectName="forecastResultsScroll"
        )  # a short screen scrolls, never squeezes a chart
        self.charts_scroll.setWidget(charts)
        self.charts_scroll.setWidgetResizable(True)
        self.charts_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.charts_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.verdict)
        layout.addLayout(metric_row)
        layout.addWidget(self.charts_scroll, 1)
        self._show_charts()

    def show_forecast(self, forecast: Forecast) -> None:
        self.forecast = forecast
        self._show_charts()
        self._show_ranking(forecast)
        self.verdict.setText(headline_text(forecast))
        self.verdict.setVisible(True)
        self.sensitivity.show_forecast(forecast)

    def _show_charts(self) -> None:
        self.bands_chart.show_forecast(self.forecast, self.band_metric.currentData())
        self.objective_chart.show_forecast(self.forecast)

    def _show_ranking(self, forecast: Forecast) -> None:
        rows = ranking_rows(forecast)
        self.ranking.setHorizontalHeaderLabels(ranking_headers(metric_label(forecast.study.objective)))
        self.ranking.setRowCount(len(rows))
        for row, cells in enumerate(rows):
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)  # two lines where the report breaks them: room for the names
                if column == 0:
                    item.setToolTip(item.text())  # a long variant name ends in "…" on a narrow window
                else:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.ranking.setItem(row, column, item)
        self._fit_ranking(max(len(rows), RANKING_ROWS_SHOWN))

    def _fit_ranking(self, rows: int) -> None:
        """Keep the ranking tall enough for its header and `rows` rows (at most a few more than three): the
        splitter shares out only what is left, so a short window never cuts the third variant off."""
        table = self.ranking
        shown = min(rows, RANKING_ROWS_MOST)
        table.resizeRowsToContents()
        filled = [table.rowHeight(row) for row in range(min(shown, table.rowCount()))]
        rows_height = sum(filled) + table.verticalHeader().defaultSectionSize() * (shown - len(filled))
        table.setMinimumHeight(table.horizontalHeader().sizeHint().height() + rows_height + 2 * table.frameWidth())
