"""Credited and fulfilled referrers over time, as step lines (pyqtgraph)."""

from __future__ import annotations

import calendar

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QDateTime, QLocale, Qt, QTimeZone
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import QWidget

from referral_studio.engine.result import ReplayResult
from referral_studio.ui.charts.chart_empty_state import EmptyState
from referral_studio.ui.i18n import number, translate

NS = 1e9
LINE_WIDTH = 2  # px: the series' lines on screen
LEGEND_SAMPLE = 40  # px a legend entry takes beside its name: the line sample and the spacing around it
TICK_LABEL_GAP = 8  # px: the least room between two date labels on the time axis
DAY = 86_400  # s: pyqtgraph's spacing of day ticks
EDGE_REACH = 0.25  # an offer window's edge this close to the run (a share of its span) widens the axis to show it
COLOURS = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf")


def step_series(times_ns: np.ndarray, counts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """x in seconds and y as a step line that holds each count until the next change."""
    if times_ns.size == 0:
        return np.zeros(0), np.zeros(0)
    x = np.repeat(times_ns / NS, 2)[1:]
    y = np.repeat(counts.astype(float), 2)[:-1]
    return np.concatenate([[times_ns[0] / NS], x]), np.concatenate([[0.0], y])


def until(x: np.ndarray, y: np.ndarray, seconds: float | None) -> tuple[np.ndarray, np.ndarray]:
    """A step series cut at a moment (held flat up to it), so a replay's lines grow with the time cursor."""
    if seconds is None or x.size == 0:
        return x, y
    keep = int(np.searchsorted(x, seconds, "right"))
    if keep == 0:
        return x[:0], y[:0]
    return np.append(x[:keep], seconds), np.append(y[:keep], y[keep - 1])


class LocaleDateAxis(pg.DateAxisItem):
    """UTC dates whose month names follow the UI's locale (pyqtgraph writes them with strftime, in English).

    pyqtgraph spaces each level of ticks (months, then days) on its own, so a day's label can land on a
    month's ("Apr" over "02"); ticks whose label would touch a label already placed are left out.
    """

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list[tuple[float, list[float]]]:
        levels = super().tickValues(minVal, maxVal, size)
        if maxVal <= minVal or size <= 0:
            return levels
        pixels_per_second = size / (maxVal - minVal)
        taken: list[tuple[float, float]] = []  # the label spans placed so far, in pixels along the axis
        kept_levels = []
        for spacing, values in levels:  # coarsest first: a month keeps its place, the day beside it yields
            kept = []
            for value, text in zip(values, self.tickStrings(values, 1.0, spacing), strict=True):
                half = (self.fontMetrics.boundingRect(text).width() + TICK_LABEL_GAP) / 2
                middle = (value - minVal) * pixels_per_second
                if all(middle + half <= left or right <= middle - half for left, right in taken):
                    taken.append((middle - half, middle + half))
                    kept.append(value)
            kept_levels.append((spacing, kept))
        return kept_levels

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:  # noqa: N802 - pyqtgraph's name
        if spacing == DAY:  # a day with its month ("8 Mar"): pyqtgraph writes "08", which reads as any month
            locale, utc = QLocale(), QTimeZone.utc()
            return [locale.toString(QDateTime.fromSecsSinceEpoch(int(v), utc).date(), "d MMM") for v in values]
        texts = super().tickStrings(values, scale, spacing)
        locale = QLocale()
        months = {calendar.month_abbr[m]: locale.monthName(m, QLocale.FormatType.ShortFormat) for m in range(1, 13)}
        return [" ".join(months.get(word, word) for word in text.split(" ")) for text in texts]


class ReferrersChart(pg.PlotWidget):
    """One pair of curves per series; curves are made once and updated with setData().

    The legend sits below the plot, one entry per series in two columns, so it never covers a
    line; a name longer than its column wraps onto a second line rather than running off the
    chart. The axes are fitted to the whole run, so lines that grow with the time cursor
    never rescale them.
    """

    _built = False

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, axisItems={"bottom": LocaleDateAxis(utcOffset=0)})
        self.setObjectName("creditedReferrersChart")
        self.setBackground("w")
        self.showGrid(x=True, y=True, alpha=0.25)
        self.setTitle(
            translate("ReferrersChart", "Referrers: solid credited, dashed fulfilled"),
            color="#333",
            size="10pt",
        )
        self.setLabel("left", translate("ReferrersChart", "Referrers"))
        self.setLabel("bottom", translate("ReferrersChart", "Time (UTC)"))
        item = self.getPlotItem()
        self.legend = pg.LegendItem(labelTextColor="#222", colCount=2)
        self.legend.setParentItem(item)
        item.legend = self.legend  # so plot(name=...) adds its entry
        item.layout.addItem(self.legend, 4, 1)
        item.setDownsampling(auto=True, mode="peak")
        item.setClipToView(True)
        self.curves: dict[str, tuple[pg.PlotDataItem, pg.PlotDataItem]] = {}
        self.marks: list[pg.InfiniteLine] = []
        self.line_width: float = LINE_WIDTH  # px; wider in presenter mode (scale_for_projector)
        self.mark_font: QFont | None = None  # the offer window's and the cursor's labels; None: pyqtgraph's
        self.crosshair = pg.InfiniteLine(angle=90, movable=False, pen=pg.mkPen("#888", style=Qt.PenStyle.DashLine))
        self.readout = pg.TextItem(
            color="#222", anchor=(0, 1), fill=pg.mkBrush(255, 255, 255, 235), border=pg.mkPen("#999")
        )
        self.readout.setZValue(20)
        self.crosshair.setVisible(False)
        self.readout.setVisible(False)
        self.cursor = pg.InfiniteLine(
            angle=90,
            movable=False,
            pen=pg.mkPen("#e65100", width=2),
            label=translate("ReferrersChart", "cursor"),
            labelOpts={"position": 0.05, "color": "#e65100"},
        )
        self.cursor.setVisible(False)
        self.addItem(self.cursor, ignoreBounds=True)
        self.addItem(self.crosshair, ignoreBounds=True)
        self.addItem(self.readout, ignoreBounds=True)
        self.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self._series: dict[str, ReplayResult] = {}
        self._steps: dict[str, tuple[tuple[np.ndarray, np.ndarray], tuple[np.ndarray, np.ndarray]]] = {}
        self._cursor_seconds: float | None = None
        self.empty_state = EmptyState(
            self,
            translate("ReferrersChart", "Run a simulation to see credited and fulfilled referrers over time."),
        )
        self.no_credit_hint = translate("ReferrersChart", "No referrer earned a credit in this run.")
        self.setMouseEnabled(x=False, y=False)
        self._built = True

    def show_results(
        self, results: dict[str, ReplayResult], window: tuple[float | None, float | None] = (None, None)
    ) -> None:
        """Draw each labelled result's credited (solid) and fulfilled (dashed) referrers."""
        for label in list(self.curves):
            if label not in results:
                for curve in self.curves.pop(label):
                    self.legend.removeItem(curve)
                    self.removeItem(curve)
        for position, (label, result) in enumerate(results.items()):
            colour = COLOURS[position % len(COLOURS)]
            if label not in self.curves:  # one legend entry per series; the title says which line is which
                credited = self.plot(name=label, pen=pg.mkPen(colour, width=self.line_width))
                fulfilled = self.plot(pen=pg.mkPen(colour, width=self.line_width, style=Qt.PenStyle.DashLine))
                self.curves[label] = (credited, fulfilled)
            self._steps[label] = (
                step_series(result.timeline_time, result.timeline_credited),
                step_series(result.timeline_time, result.timeline_fulfilled),
            )
        self._series = dict(results)
        self._steps = {label: self._steps[label] for label in results}
        self._draw_lines()
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
                    pen=pg.mkPen("#555", width=self.line_width / LINE_WIDTH),
                    label=text,
                    labelOpts={"position": 0.5, "color": "#555"},
                )
                if self.mark_font is not None:
                    mark.label.setFont(self.mark_font)
                self.addItem(mark, ignoreBounds=True)  # the view fits the traffic; the edges show when in it
                self.marks.append(mark)
        self._fit_whole_run()

    def scale_for_projector(self, line_scale: float, points: int) -> None:
        """Thicker lines and larger type, for a room reading the chart off a projector (presenter mode)."""
        self.line_width = LINE_WIDTH * line_scale
        font = QFont(self.font())
        font.setPointSize(points)
        self.mark_font = font
        for side in ("left", "bottom"):
            axis = self.getAxis(side)
            axis.setStyle(tickFont=font)
            axis.label.setFont(font)
        self.legend.setLabelTextSize(f"{points}pt")
        self._fit_legend()
        self.setTitle(self.plotItem.titleLabel.text, size=f"{points}pt", color="#333")
        self.cursor.setPen(pg.mkPen("#e65100", width=self.line_width))
        self.cursor.label.setFont(font)
        self.crosshair.setPen(pg.mkPen("#888", width=line_scale, style=Qt.PenStyle.DashLine))
        self.readout.setFont(font)
        for credited, fulfilled in self.curves.values():
            for curve in (credited, fulfilled):
                pen = pg.mkPen(curve.opts["pen"])
                pen.setWidthF(self.line_width)
                curve.setPen(pen)
        for mark in self.marks:
            mark.setPen(pg.mkPen("#555", width=line_scale))
            mark.label.setFont(font)

    def resizeEvent(self, event: QResizeEvent | None) -> None:  # noqa: N802 - Qt's name
        if self._built:  # first (pyqtgraph resizes the view while it is still being built)
            self._fit_legend()  # the names of a wider chart, rewrapped before the plot takes the new width
        super().resizeEvent(event)

    def _fit_legend(self) -> None:
        """Wrap each legend name that is wider than its column, so every name shows whole inside the chart."""
        # the widget's width, not the plot's: a legend too wide makes the plot wider than the widget
        axis = self.getPlotItem().getAxis("left")  # the legend sits beside it; its width is fixed, shown or not
        room = self.viewport().width() - axis.maximumWidth()
        column = max(room / self.legend.columnCount - LEGEND_SAMPLE, LEGEND_SAMPLE)
        for _sample, label in self.legend.items:
            text = label.item
            text.setTextWidth(-1)  # its own width first: only a name too long for its column wraps
            if text.boundingRect().width() > column:
                text.setTextWidth(column)
            label.updateMin()
        self.legend.updateSize()

    def reset(self) -> None:
        """Back to the hint: no run to show (before the first, or after one failed)."""
        self.show_results({})
        self.set_cursor(None)
        self.readout.setText("")
        self.crosshair.setVisible(False)

    def _fit_whole_run(self) -> None:
        """Axes that hold every series' whole run, fixed until the next run (replaying never rescales them)."""
        xs = [x for credited, _ in self._steps.values() for x in (credited[0],) if x.size]
        empty = not xs
        self.empty_state.set_empty(empty, self.no_credit_hint if empty and self._series else None)
        self.legend.setVisible(not empty)
        self.setMouseEnabled(x=not empty, y=not empty)
        if empty:
            return
        low, high = min(float(x[0]) for x in xs), max(float(x[-1]) for x in xs)
        reach = max(high - low, 1) * EDGE_REACH
        for mark in self.marks:  # an edge just outside the run is shown; one far off would squeeze the lines
            edge = float(mark.value())
            if low - reach <= edge <= high + reach:
                low, high = min(low, edge), max(high, edge)
            mark.setVisible(low <= edge <= high)  # else only a cut-off piece of its label would show
        top = max(float(credited[1].max()) for credited, _ in self._steps.values() if credited[1].size)
        self.setXRange(low, max(high, low + 1), padding=0.02)
        self.setYRange(0, max(top, 1), padding=0.05)
        self._fit_legend()

    def _draw_lines(self) -> None:
        """Each curve up to the time cursor (the whole run when the cursor is at the end)."""
        for label, (credited_steps, fulfilled_steps) in self._steps.items():
            credited, fulfilled = self.curves[label]
            credited.setData(*until(*credited_steps, self._cursor_seconds))
            fulfilled.setData(*until(*fulfilled_steps, self._cursor_seconds))

    def set_cursor(self, time_ns: int | None) -> None:
        """Mark the replay-in-time cursor; None hides it (the whole run is shown)."""
        self.cursor.setVisible(time_ns is not None)
        self._cursor_seconds = None if time_ns is None else time_ns / NS
        if time_ns is not None:
            self.cursor.setPos(time_ns / NS)
        self._draw_lines()

    def _on_mouse_moved(self, position: object) -> None:
        view = self.getPlotItem().vb
        inside = bool(self._series) and view.sceneBoundingRect().contains(position)
        self.crosshair.setVisible(inside)
        self.readout.setVisible(inside)
        if not inside:
            return
        point = view.mapSceneToView(position)
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
        # The readout opens away from the nearer edges, so it stays inside the plot.
        (x_low, x_high), (y_low, y_high) = view.viewRange()
        self.readout.setAnchor(
            (1 if seconds > (x_low + x_high) / 2 else 0, 0 if point.y() > (y_low + y_high) / 2 else 1)
        )
        self.readout.setPos(seconds, point.y())
