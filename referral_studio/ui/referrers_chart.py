"""Credited and fulfilled referrers over time, as step lines (pyqtgraph)."""

from __future__ import annotations

import calendar

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QWidget

from referral_studio.engine.result import ReplayResult
from referral_studio.ui.i18n import number, translate

NS = 1e9
COLOURS = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf")


def step_series(times_ns: np.ndarray, counts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """x in seconds and y as a step line that holds each count until the next change."""
    if times_ns.size == 0:
        return np.zeros(0), np.zeros(0)
    x = np.repeat(times_ns / NS, 2)[1:]
    y = np.repeat(counts.astype(float), 2)[:-1]
    return np.concatenate([[times_ns[0] / NS], x]), np.concatenate([[0.0], y])


class LocaleDateAxis(pg.DateAxisItem):
    """UTC dates whose month names follow the UI's locale (pyqtgraph writes them with strftime, in English)."""

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:  # noqa: N802 - pyqtgraph's name
        texts = super().tickStrings(values, scale, spacing)
        locale = QLocale()
        months = {calendar.month_abbr[m]: locale.monthName(m, QLocale.FormatType.ShortFormat) for m in range(1, 13)}
        return [" ".join(months.get(word, word) for word in text.split(" ")) for text in texts]


class ReferrersChart(pg.PlotWidget):
    """One pair of curves per series; curves are made once and updated with setData()."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, axisItems={"bottom": LocaleDateAxis(utcOffset=0)})
        self.setObjectName("creditedReferrersChart")
        self.setBackground("w")
        self.showGrid(x=True, y=True, alpha=0.25)
        self.setLabel("left", translate("ReferrersChart", "Referrers"))
        self.setLabel("bottom", translate("ReferrersChart", "Time (UTC)"))
        self.legend = self.addLegend(offset=(10, 10), labelTextColor="#222", brush=pg.mkBrush(255, 255, 255, 220))
        item = self.getPlotItem()
        item.setDownsampling(auto=True, mode="peak")
        item.setClipToView(True)
        self.curves: dict[str, tuple[pg.PlotDataItem, pg.PlotDataItem]] = {}
        self.marks: list[pg.InfiniteLine] = []
        self.crosshair = pg.InfiniteLine(angle=90, movable=False, pen=pg.mkPen("#888", style=Qt.PenStyle.DashLine))
        self.readout = pg.TextItem(color="#333", anchor=(0, 1))
        self.cursor = pg.InfiniteLine(
            angle=90,
            movable=False,
            pen=pg.mkPen("#e65100", width=2),
            label="cursor",
            labelOpts={"position": 0.05, "color": "#e65100"},
        )
        self.cursor.setVisible(False)
        self.addItem(self.cursor, ignoreBounds=True)
        self.addItem(self.crosshair, ignoreBounds=True)
        self.addItem(self.readout, ignoreBounds=True)
        self.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self._series: dict[str, ReplayResult] = {}

    def show_results(
        self, results: dict[str, ReplayResult], window: tuple[float | None, float | None] = (None, None)
    ) -> None:
        """Draw each labelled result's credited (solid) and fulfilled (dashed) referrers."""
        names = {
            label: translate("ReferrersChart", "{series}: fulfilled (≥ {count} credits)").format(
                series=label, count=number(result.goal_count)
            )
            for label, result in results.items()
        }
        for label in list(self.curves):
            if names.get(label) != self.curves[label][1].name():
                for curve in self.curves.pop(label):
                    self.legend.removeItem(curve)
                    self.removeItem(curve)
        for position, (label, result) in enumerate(results.items()):
            colour = COLOURS[position % len(COLOURS)]
            if label not in self.curves:
                credited = self.plot(
                    name=translate("ReferrersChart", "{series}: credited").format(series=label),
                    pen=pg.mkPen(colour, width=2),
                )
                fulfilled = self.plot(name=names[label], pen=pg.mkPen(colour, width=2, style=Qt.PenStyle.DashLine))
                self.curves[label] = (credited, fulfilled)
            credited, fulfilled = self.curves[label]
            credited.setData(*step_series(result.timeline_time, result.timeline_credited))
            fulfilled.setData(*step_series(result.timeline_time, result.timeline_fulfilled))
        self._series = dict(results)
        for mark in self.marks:
            self.removeItem(mark)
        self.marks = []
        for edge, text in zip(
            window,
            (translate("ReferrersChart", "offer starts"), translate("ReferrersChart", "offer ends")),
            strict=True,
        ):
            if edge is not None:
                mark = pg.InfiniteLine(
                    edge,
                    angle=90,
                    pen=pg.mkPen("#555", width=1),
                    label=text,
                    labelOpts={"position": 0.5, "color": "#555"},
                )
                self.addItem(mark, ignoreBounds=True)  # the view fits the traffic; the edges show when in it
                self.marks.append(mark)
        self.enableAutoRange()

    def set_cursor(self, time_ns: int | None) -> None:
        """Mark the replay-in-time cursor; None hides it (the whole run is shown)."""
        self.cursor.setVisible(time_ns is not None)
        if time_ns is not None:
            self.cursor.setPos(time_ns / NS)

    def _on_mouse_moved(self, position: object) -> None:
        if not self._series or not self.sceneBoundingRect().contains(position):  # type: ignore[arg-type]
            return
        point = self.getPlotItem().vb.mapSceneToView(position)
        seconds = point.x()
        self.crosshair.setPos(seconds)
        lines = []
        for label, result in self._series.items():
            at = int(np.searchsorted(result.timeline_time / NS, seconds, "right")) - 1
            credited = int(result.timeline_credited[at]) if at >= 0 else 0
            fulfilled = int(result.timeline_fulfilled[at]) if at >= 0 else 0
            lines.append(
                translate("ReferrersChart", "{series}: {credited} credited, {fulfilled} fulfilled").format(
                    series=label, credited=number(credited), fulfilled=number(fulfilled)
                )
            )
        self.readout.setText("\n".join(lines))
        self.readout.setPos(seconds, point.y())
