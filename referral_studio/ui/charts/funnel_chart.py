"""The traffic funnel inside the offer window, as horizontal bars (pyqtgraph)."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QWidget

from referral_studio.domain.texts import QT_TRANSLATE_NOOP
from referral_studio.engine.funnel import Funnel
from referral_studio.ui.charts.chart_empty_state import EmptyState
from referral_studio.ui.charts.chart_text import span_title
from referral_studio.ui.i18n import number, translate

STEPS = (  # every visit and sign-up ("all": organic and referred), each followed by its referred part
    QT_TRANSLATE_NOOP("FunnelChart", "Shares"),
    QT_TRANSLATE_NOOP("FunnelChart", "All visits"),
    QT_TRANSLATE_NOOP("FunnelChart", "Referred visits"),
    QT_TRANSLATE_NOOP("FunnelChart", "All sign-ups"),
    QT_TRANSLATE_NOOP("FunnelChart", "Referred sign-ups"),
    QT_TRANSLATE_NOOP("FunnelChart", "Milestones"),
    QT_TRANSLATE_NOOP("FunnelChart", "JS events"),
)
COLOURS = ("#5c6bc0", "#1e88e5", "#64b5f6", "#00897b", "#4db6ac", "#7cb342", "#c0ca33")


def funnel_values(funnel: Funnel) -> list[int]:
    """The funnel's steps in STEPS order."""
    return [
        funnel.shares,
        funnel.visits,
        funnel.referred_visits,
        funnel.signups,
        funnel.referred_signups,
        funnel.activities,
        funnel.js_events,
    ]


class FunnelChart(pg.PlotWidget):
    """One bar per step, top to bottom, each with its count written beside it.

    The scale comes from the whole run (`show_funnel(state, whole=run)`): replaying in time
    grows the bars against a still axis.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("funnelChart")
        self.setBackground("w")
        self.setTitle(translate("FunnelChart", "Funnel in the offer window"), color="#333", size="10pt")
        span_title(self)  # across the step names as well as the bars: a narrow chart still shows it whole
        self.setMouseEnabled(x=False, y=False)
        self.hideButtons()
        axis = self.getAxis("left")
        names = [translate("FunnelChart", step) for step in STEPS]
        axis.setTicks([[(-row, name) for row, name in enumerate(names)]])
        metrics = QFontMetricsF(axis.style["tickFont"] or axis.font())
        axis.setWidth(  # the longest step name whole, in any language (not the width of the names painted so far)
            max(metrics.horizontalAdvance(name) for name in names) + axis.style["tickTextOffset"][0] + 4
        )
        self.hideAxis("bottom")
        self.bars = pg.BarGraphItem(
            x0=[0] * len(STEPS),
            y=[-row for row in range(len(STEPS))],
            height=0.7,
            width=[0] * len(STEPS),
            brushes=[pg.mkBrush(c) for c in COLOURS],
            pen=pg.mkPen(None),
        )
        self.addItem(self.bars)
        self.labels = [pg.TextItem(color="#222", anchor=(0, 0.5)) for _ in STEPS]
        for row, label in enumerate(self.labels):
            label.setPos(0, -row)
            self.addItem(label)
        self.values = [0] * len(STEPS)
        self.scale_values: list[int] = []  # the values the axis is scaled for (the whole run's, and the shown)
        self.getViewBox().sigResized.connect(self._fit_counts)
        self.empty_state = EmptyState(
            self,
            translate("FunnelChart", "Run a simulation to see shares, visits and sign-ups step by step."),
            ("left",),
        )
        for label in self.labels:
            label.setVisible(False)

    def show_funnel(self, funnel: Funnel, whole: Funnel | None = None) -> None:
        """Draw a funnel (the run's state at the time cursor); the scale is `whole`'s (default its own)."""
        self.values = funnel_values(funnel)
        self.bars.setOpts(width=self.values)
        self.scale_values = funnel_values(whole or funnel) + self.values
        for value, label in zip(self.values, self.labels, strict=True):
            label.setText(number(value))
            label.setPos(value, label.pos().y())  # the text's own margin keeps it off the bar
            label.setVisible(True)
        self.empty_state.set_empty(False)
        self._fit_counts()
        self.setYRange(-len(STEPS) + 0.4, 0.6, padding=0)

    def _fit_counts(self) -> None:
        """Scale the bars so every count, measured in its font, fits beside its bar at the chart's width.

        A bar of value v ends at v / end of the plot's width; its count needs its text's width after it.
        """
        if not self.scale_values:
            return
        pixels = self.getViewBox().width()
        label = self.labels[0]
        metrics = QFontMetricsF(label.textItem.font())
        margin = 2 * label.textItem.document().documentMargin()
        end = max(max(self.scale_values), 1)
        for value in self.scale_values:
            room = pixels - metrics.horizontalAdvance(number(value)) - margin - 2
            end = max(end, value * pixels / room if room > 0 else value * 2)
        self.setXRange(0, end, padding=0)

    def reset(self) -> None:
        """Back to the hint: no run to show (before the first, or after one failed)."""
        self.values = [0] * len(STEPS)
        self.scale_values = []
        self.bars.setOpts(width=self.values)
        for label in self.labels:
            label.setVisible(False)
        self.empty_state.set_empty(True)
