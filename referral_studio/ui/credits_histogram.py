"""How many referrers earned how many credits, with the goal count marked (pyqtgraph)."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QWidget

from referral_studio.engine.result import ReplayResult
from referral_studio.ui.i18n import translate

MAX_BARS = 40
SHORT, REACHED = "#9bb7d4", "#2e7d32"


def credit_bins(credits: np.ndarray, goal: int) -> tuple[np.ndarray, np.ndarray]:
    """Bin edges (the lowest credit count of each bar, plus one past the end) and referrers per bar.

    Up to MAX_BARS bars one credit wide; wider bars otherwise, laid so the goal count starts
    a bar and no bar mixes referrers short of the goal with those who reached it.
    """
    top = int(credits.max()) if credits.size else goal
    width = max(1, math.ceil(top / MAX_BARS))
    below = np.arange(goal, 1, -width)[::-1]
    edges = np.unique(np.concatenate([[1], below, np.arange(goal, top + width + 1, width)]))
    edges = edges[: int(np.searchsorted(edges, top, "right")) + 1]
    counts, _ = np.histogram(credits, bins=edges)
    return edges, counts


class CreditsHistogram(pg.PlotWidget):
    """Bars of referrers by credits; green from the goal count up (those referrers were fulfilled)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("creditsHistogram")
        self.setBackground("w")
        self.showGrid(y=True, alpha=0.25)
        self.setTitle(translate("CreditsHistogram", "Credits per referrer"), color="#333")
        self.setLabel("left", translate("CreditsHistogram", "Referrers"))
        self.setLabel("bottom", translate("CreditsHistogram", "Credits"))
        self.setMouseEnabled(x=False, y=False)
        self.bars = pg.BarGraphItem(x0=[], x1=[], height=[], brushes=[])
        self.addItem(self.bars)
        self.goal_line = pg.InfiniteLine(
            angle=90,
            movable=False,
            pen=pg.mkPen("#2e7d32", width=2),
            label="goal",
            labelOpts={"position": 0.9, "color": "#2e7d32", "anchors": [(0, 0), (0, 0)]},
        )
        self.addItem(self.goal_line)
        self.edges = np.zeros(0, np.int64)
        self.counts = np.zeros(0, np.int64)

    def show_result(self, result: ReplayResult) -> None:
        """Redraw for one result; bars span the credit counts they hold (x = credits, centred on integers)."""
        goal = result.goal_count
        self.edges, self.counts = credit_bins(result.credits, goal)
        left = self.edges[:-1] - 0.5 + 0.06
        right = self.edges[1:] - 0.5 - 0.06
        brushes = [pg.mkBrush(REACHED if low >= goal else SHORT) for low in self.edges[:-1]]
        self.bars.setOpts(x0=left, x1=right, height=self.counts, brushes=brushes, pens=[pg.mkPen(None)] * len(brushes))
        self.goal_line.setPos(goal - 0.5)
        self.goal_line.label.setFormat(translate("CreditsHistogram", "goal: %Ln credits", None, goal))
        high = max(int(self.edges[-1]) if self.edges.size else goal, goal + 1)
        # The label reads away from the nearer edge, so it is never cut off.
        side = (1, 0) if goal > high / 2 else (0, 0)
        self.goal_line.label.anchors = [side, side]
        self.setXRange(0.4, high - 0.4, padding=0.02)
        self.setYRange(0, max(int(self.counts.max()) if self.counts.size else 0, 1) * 1.1, padding=0)
