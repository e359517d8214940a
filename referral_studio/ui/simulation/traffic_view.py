"""The Traffic view: a replayed log's traffic measures beside a preset's published figures, as a table and a chart.

The measures are computed off the GUI thread (a large log takes a few hundred milliseconds),
so a finished run never stalls the window; the preset compared with can be changed at will.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import Qt, QThread, Signal
from PySide6.QtGui import QColor, QFontMetrics
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from referral_studio.domain.texts import QT_TRANSLATE_NOOP
from referral_studio.engine.event_log import EventLog
from referral_studio.engine.presets import DEFAULT_PRESET, PRESETS, Preset, find_preset
from referral_studio.engine.traffic_measures import MEASURE_NAMES, TrafficMeasures, measure
from referral_studio.engine.traffic_report import COUNTS, MEASURE_HELP, PERCENTAGES, ReportRow, report_rows
from referral_studio.ui.charts.chart_empty_state import EmptyState
from referral_studio.ui.i18n import number, translate
from referral_studio.ui.widgets.read_only_table import read_only_table

LABELS = {
    "participants": QT_TRANSLATE_NOOP("TrafficView", "All participants"),
    "share_rate": QT_TRANSLATE_NOOP("TrafficView", "Share rate"),
    "clicks_per_share": QT_TRANSLATE_NOOP("TrafficView", "Clicks per share"),
    "referred_visitors": QT_TRANSLATE_NOOP("TrafficView", "Referred visitors"),
    "referred_signups": QT_TRANSLATE_NOOP("TrafficView", "Referred sign-ups"),
    "signup_rate": QT_TRANSLATE_NOOP("TrafficView", "Sign-ups per click"),
    "conversion_rate": QT_TRANSLATE_NOOP("TrafficView", "Conversions per click"),
    "signups_per_share": QT_TRANSLATE_NOOP("TrafficView", "Sign-ups per share"),
    "organic_visitors": QT_TRANSLATE_NOOP("TrafficView", "Organic visitors"),
    "organic_conversion": QT_TRANSLATE_NOOP("TrafficView", "Organic conversion"),
    "referred_lift": QT_TRANSLATE_NOOP("TrafficView", "Referred lift"),
    "top_sharer_share": QT_TRANSLATE_NOOP("TrafficView", "Shares by the top 10%"),
    "onward_share_rate": QT_TRANSLATE_NOOP("TrafficView", "Onward share rate"),
}
IN_RANGE, OUT_OF_RANGE = QColor("#2e7d32"), QColor("#c62828")
_running: set[QThread] = set()  # measuring threads outlive a closed view until they finish


def measure_text(name: str, value: float | None) -> str:
    """A measure in the UI's locale: counts whole, rates in percent, '—' when undefined."""
    if value is None:
        return "—"
    if name in COUNTS:
        return number(value)
    if name in PERCENTAGES:
        return translate("TrafficView", "{value}%").format(value=number(100 * value, 2))
    if name == "signups_per_share" and 0 < value <= 0.5:  # "1 per 69" reads better than 0.0145; not "1 per 1"
        return translate("TrafficView", "{value} (1 per {count})").format(
            value=number(value, 4), count=number(round(1 / value))
        )
    return number(value, 2)


class _MeasureThread(QThread):
    sig_measured = Signal(object, object)  # log, TrafficMeasures

    def __init__(self, log: EventLog) -> None:
        super().__init__()
        self.log = log

    def run(self) -> None:
        self.sig_measured.emit(self.log, measure(self.log))


class TrafficChart(pg.PlotWidget):
    """Each published figure's range as a band around 1 (= the figure) and the measured value as a dot."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trafficChart")
        self.setBackground("w")
        self.setTitle(translate("TrafficView", "Measured against published"), color="#333", size="10pt")
        self.setLabel("bottom", translate("TrafficView", "measured ÷ published (band: range)"))
        self.setMouseEnabled(x=False, y=False)
        self.hideButtons()
        self.bands = pg.BarGraphItem(x0=[], y=[], height=0.5, width=[], brush=pg.mkBrush("#c8e6c9"), pen=None)
        self.addItem(self.bands)
        self.dots = pg.ScatterPlotItem(size=12, pen=pg.mkPen("w"))
        self.addItem(self.dots)
        self.published = pg.InfiniteLine(1.0, angle=90, pen=pg.mkPen("#555", style=Qt.PenStyle.DashLine))
        self.published.setVisible(False)  # shown with figures: over a hint it is a stray line at the edge
        self.addItem(self.published)
        self.empty_state = EmptyState(
            self, translate("TrafficView", "Run a simulation to compare its traffic with published figures.")
        )

    def show_rows(self, rows: list[ReportRow]) -> None:
        """Draw the rows that have a published figure (top to bottom in table order)."""
        compared = [row for row in rows if row.target is not None]
        if not compared:
            self.bands.setOpts(x0=[], y=[], width=[])
            self.dots.setData([])
            self.empty_state.set_empty(
                True, translate("TrafficView", "This preset publishes no figures to compare with.")
            )
            self.published.setVisible(False)
            return
        ratios = [(row.value or 0) / row.target.published for row in compared]  # type: ignore[union-attr]
        measured = [index for index, row in enumerate(compared) if row.value is not None]  # no dot at 0 for "—"
        right = max([2.0, *(ratio * 1.1 for ratio in ratios)])
        lows = [(row.target.low or 0) / row.target.published for row in compared]  # type: ignore[union-attr]
        highs = [
            (row.target.high / row.target.published) if row.target.high is not None else right  # type: ignore[union-attr]
            for row in compared
        ]
        ys = [-index for index in range(len(compared))]
        self.empty_state.set_empty(False)
        self.published.setVisible(True)
        self.bands.setOpts(x0=lows, y=ys, width=[high - low for low, high in zip(lows, highs, strict=True)])
        self.dots.setData(
            x=[ratios[index] for index in measured],
            y=[ys[index] for index in measured],
            brush=[pg.mkBrush(IN_RANGE if compared[index].holds else OUT_OF_RANGE) for index in measured],
        )
        axis = self.getAxis("left")
        labels = [translate("TrafficView", LABELS[row.measure]) for row in compared]
        axis.setWidth(max(QFontMetrics(axis.font()).horizontalAdvance(label) for label in labels) + 24)
        axis.setTicks([list(zip(ys, labels, strict=True))])
        self.setRange(xRange=(0, right), yRange=(min(ys) - 0.6, 0.6), padding=0)


class TrafficView(QWidget):
    """`show_log(log, preset)` measures the log and compares it with the preset chosen in `presetCompared`."""

    sig_measured = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trafficView")
        self.log: EventLog | None = None
        self.measures: TrafficMeasures | None = None
        self.compare = QComboBox(objectName="presetCompared")
        for preset in PRESETS.values():
            self.compare.addItem(translate("TrafficPreset", preset.title), preset.name)
        self.compare.setCurrentIndex(self.compare.findData(DEFAULT_PRESET))
        self.compare.setAccessibleName(translate("TrafficView", "Compare with preset"))
        self.compare.currentIndexChanged.connect(self._show)
        self.made_with: str | None = None  # the preset the shown traffic was made with, when known
        self.compared_note = QLabel(objectName="presetComparedNote")  # whether that is the preset compared with
        self.source = QLabel(objectName="trafficSourceNote")
        self.source.setWordWrap(True)
        self.source.setTextFormat(Qt.TextFormat.RichText)
        self.table = read_only_table(
            "trafficTable",
            [
                translate("TrafficView", "Measure"),
                translate("TrafficView", "Measured"),
                translate("TrafficView", "Published"),
                translate("TrafficView", "In range"),
            ],
            len(MEASURE_NAMES),
        )
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setSizeAdjustPolicy(QTableWidget.SizeAdjustPolicy.AdjustToContents)
        for row, name in enumerate(MEASURE_NAMES):
            item = QTableWidgetItem(translate("TrafficView", LABELS[name]))
            item.setToolTip(translate("TrafficReport", MEASURE_HELP[name]))
            self.table.setItem(row, 0, item)
        self.chart = TrafficChart()
        top = QHBoxLayout()
        top.addWidget(QLabel(translate("TrafficView", "Compare with:")))
        top.addWidget(self.compare)
        top.addWidget(self.compared_note, 1)
        split = QSplitter()
        split.addWidget(self.table)
        split.addWidget(self.chart)
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 1)  # a wider window widens the chart; the table keeps its columns' width
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.source)
        layout.addWidget(split, 1)
        self._show()

    def _compared_text(self, preset: Preset) -> str:
        if self.log is None:
            return ""
        if self.made_with == preset.name:
            return translate("TrafficView", "the preset this traffic was made with")
        if self.made_with is not None:
            made_with = (  # a traffic file is named by its file
                translate("TrafficPreset", PRESETS[self.made_with].title)
                if self.made_with in PRESETS
                else Path(self.made_with).name
            )
            return translate("TrafficView", "this traffic was made with {preset}").format(preset=made_with)
        return translate("TrafficView", "which preset made this log is not known: pick the nearest")

    def preset(self) -> Preset:
        return find_preset(str(self.compare.currentData()))

    def show_log(self, log: EventLog, preset: str | None = None) -> None:
        """Measure the log on a worker thread; compare it with `preset`, the one it was made with (when not known,
        with the one chosen, and the note says so)."""
        self.made_with = preset
        if preset is not None and self.compare.findData(preset) >= 0:  # a traffic file publishes no figures
            self.compare.setCurrentIndex(self.compare.findData(preset))
        self.log, self.measures = log, None
        thread = _MeasureThread(log)
        thread.sig_measured.connect(self._on_measured)
        thread.finished.connect(lambda: _running.discard(thread))
        _running.add(thread)
        thread.start()
        self._show()

    def _on_measured(self, log: EventLog, measures: TrafficMeasures) -> None:
        if log is self.log:  # a newer log may have come meanwhile
            self.measures = measures
            self._show()
            self.sig_measured.emit()

    def _show(self) -> None:
        preset = self.preset()
        self.compared_note.setText(self._compared_text(preset))
        note = translate("TrafficReport", preset.note) if preset.note else ""
        self.source.setText(
            "<small>"
            + escape(
                translate("TrafficForm", "Source: {source}").format(source=translate("TrafficPreset", preset.source))
            )
            + (f"<br><i>{escape(note)}</i>" if note else "")
            + "</small>"
        )
        if self.measures is None:
            for index in range(len(MEASURE_NAMES)):
                for column in (1, 2, 3):
                    self.table.setItem(index, column, QTableWidgetItem(""))
            return
        rows = report_rows(self.measures, preset)
        for index, report in enumerate(rows):
            unmeasured = report.target is not None and report.value is None
            verdict = QTableWidgetItem(
                "—"
                if unmeasured
                else ""
                if report.holds is None
                else translate("TrafficView", "yes")
                if report.holds
                else translate("TrafficView", "no")
            )
            if unmeasured:  # not "no": nothing was out of range, there was nothing to measure
                verdict.setToolTip(translate("TrafficView", "This traffic gives no value to compare."))
            elif report.holds is not None:
                verdict.setForeground(IN_RANGE if report.holds else OUT_OF_RANGE)
            value = QTableWidgetItem(measure_text(report.measure, report.value))
            value.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(index, 1, value)
            self.table.setItem(index, 2, QTableWidgetItem(report.target.text if report.target else ""))
            self.table.setItem(index, 3, verdict)
        self.chart.show_rows(rows)
        self.table.setMinimumWidth(self.table.sizeHint().width())
