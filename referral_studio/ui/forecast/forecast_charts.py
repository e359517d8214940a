"""The forecast's charts: a fan chart per variant (median, shaded 5–95% band) and the objective's spread."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QWidget

from referral_studio.forecast.aggregate import Forecast
from referral_studio.forecast.study import BAND_METRICS
from referral_studio.ui.charts.chart_empty_state import EmptyState
from referral_studio.ui.forecast.forecast_metrics import metric_label
from referral_studio.ui.forecast.forecast_report import SERIES_COLOURS
from referral_studio.ui.forecast.series_labels import coinciding, series_labels
from referral_studio.ui.i18n import number, translate

BAND_ALPHA = 50


class ForecastBandsChart(pg.PlotWidget):
    """Per variant: the median run's count at the end of each day, and the band 90% of runs fall in."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("forecastBandsChart")
        self.setBackground("w")
        self.showGrid(x=True, y=True, alpha=0.25)
        self.setLabel("bottom", translate("ForecastPanel", "Day of the campaign"))
        self.setLabel("left", translate("ForecastPanel", "Referrers"))
        item = self.getPlotItem()
        self.legend = pg.LegendItem(labelTextColor="#222", colCount=3)
        self.legend.setParentItem(item)
        item.layout.addItem(self.legend, 4, 1)
        self.setMouseEnabled(x=False, y=False)
        self.items: list[pg.GraphicsObject] = []
        self.forecast: Forecast | None = None
        self.metric = 0
        self.crosshair = pg.InfiniteLine(angle=90, movable=False, pen=pg.mkPen("#888", style=Qt.PenStyle.DashLine))
        self.readout = pg.TextItem(
            color="#222", anchor=(0, 0), fill=pg.mkBrush(255, 255, 255, 235), border=pg.mkPen("#999")
        )
        self.readout.setZValue(20)
        for marker in (self.crosshair, self.readout):
            marker.setVisible(False)
            self.addItem(marker, ignoreBounds=True)
        self.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.empty_state = EmptyState(
            self, translate("ForecastPanel", "Run a forecast to see each variant's median and 90% band per day.")
        )
        self._title()

    def _title(self) -> None:
        titles = (
            translate("ForecastPanel", "Credited referrers at the end of each day — median and 5–95% band"),
            translate("ForecastPanel", "Fulfilled referrers at the end of each day — median and 5–95% band"),
        )
        self.setTitle(titles[self.metric], color="#333", size="10pt")

    def show_forecast(self, forecast: Forecast | None, metric: str = BAND_METRICS[0]) -> None:
        """Draw the bands of `metric` (credited or fulfilled referrers), or the hint when there is no forecast."""
        for item in self.items:
            self.removeItem(item)
        self.legend.clear()
        self.items = []
        self.forecast, self.metric = forecast, BAND_METRICS.index(metric)
        self._title()
        self.empty_state.set_empty(forecast is None)
        self.legend.setVisible(forecast is not None)
        if forecast is None:
            self.crosshair.setVisible(False)
            self.readout.setVisible(False)
            return
        days = np.arange(1, forecast.days + 1, dtype=float)
        same = coinciding(forecast, self.metric)
        for index, label in enumerate(series_labels(forecast, self.metric)):
            colour = pg.mkColor(SERIES_COLOURS[index % len(SERIES_COLOURS)])
            band = forecast.bands[index, self.metric]
            low = pg.PlotDataItem(days, band[:, 0], pen=pg.mkPen(None))
            high = pg.PlotDataItem(days, band[:, 2], pen=pg.mkPen(None))
            fill = _shaded(colour)
            shade = pg.FillBetweenItem(low, high, brush=pg.mkBrush(fill))
            style = Qt.PenStyle.SolidLine if same[index] is None else Qt.PenStyle.DashLine  # seen over its twin
            median = pg.PlotDataItem(days, band[:, 1], pen=pg.mkPen(colour, width=2, style=style), name=label)
            for item in (low, high, shade, median):
                self.addItem(item)
                self.items.append(item)
            self.legend.addItem(median, label)
        self.setXRange(1, max(forecast.days, 2), padding=0.02)
        self.setYRange(0, max(float(forecast.bands[:, self.metric].max()), 1.0), padding=0.05)

    def _on_mouse_moved(self, position: QPointF) -> None:
        forecast = self.forecast
        if forecast is None or not self.sceneBoundingRect().contains(position):
            return
        point = self.getPlotItem().vb.mapSceneToView(position)
        day = round(point.x())
        if not 1 <= day <= forecast.days:
            self.crosshair.setVisible(False)
            self.readout.setVisible(False)
            return
        self.crosshair.setPos(day)
        lines = [translate("ForecastPanel", "Day {day}").format(day=day)]
        for index, variant in enumerate(forecast.study.variants):
            low, median, high = forecast.bands[index, self.metric, day - 1]
            lines.append(f"{variant.name}: {number(round(median))} ({number(round(low))}–{number(round(high))})")
        self.readout.setText("\n".join(lines))
        view = self.getPlotItem().vb.viewRange()
        self.readout.setPos(view[0][0] + (view[0][1] - view[0][0]) * 0.02, view[1][1])
        self.crosshair.setVisible(True)
        self.readout.setVisible(True)


def _shaded(colour: object) -> object:
    """The colour, see-through: bands of several variants overlap readably."""
    shaded = pg.mkColor(colour)
    shaded.setAlpha(BAND_ALPHA)
    return shaded


class ObjectiveDistribution(pg.PlotWidget):
    """A box per variant: the middle half of the runs boxed, whiskers at the 5th and 95th percentiles."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("forecastObjectiveChart")
        self.setBackground("w")
        self.showGrid(y=True, alpha=0.25)
        self.setMouseEnabled(x=False, y=False)
        self.items: list[pg.GraphicsObject] = []
        self.empty_state = EmptyState(
            self, translate("ForecastPanel", "Run a forecast to see how the objective spreads.")
        )

    def show_forecast(self, forecast: Forecast | None) -> None:
        for item in self.items:
            self.removeItem(item)
        self.items = []
        self.empty_state.set_empty(forecast is None)
        if forecast is None:
            return
        study = forecast.study
        values = forecast.objective()
        self.setTitle(
            translate("ForecastPanel", "{objective} per run — box: middle half, whiskers: 5th–95th percentile").format(
                objective=metric_label(study.objective)
            ),
            color="#333",
            size="10pt",
        )
        x = np.arange(len(study.variants), dtype=float)
        p5, p25, p50, p75, p95 = np.quantile(values, [0.05, 0.25, 0.5, 0.75, 0.95], axis=0)
        brushes = [pg.mkBrush(_shaded(SERIES_COLOURS[i % len(SERIES_COLOURS)])) for i in range(x.size)]
        boxes = pg.BarGraphItem(x=x, y0=p25, height=np.maximum(p75 - p25, 1e-9), width=0.5, brushes=brushes, pen="#555")
        whiskers = pg.ErrorBarItem(x=x, y=p50, top=p95 - p50, bottom=p50 - p5, beam=0.2, pen=pg.mkPen("#555"))
        medians = pg.PlotDataItem(
            np.repeat(x, 2) + np.tile([-0.25, 0.25], x.size),
            np.repeat(p50, 2),
            connect="pairs",
            pen=pg.mkPen("#111", width=3),
        )
        for item in (boxes, whiskers, medians):
            self.addItem(item)
            self.items.append(item)
        self.getAxis("bottom").setTicks([[(float(i), v.name) for i, v in enumerate(study.variants)]])
        self.setXRange(-0.6, x.size - 0.4, padding=0)
        self.setYRange(float(p5.min()), float(p95.max()), padding=0.1)
