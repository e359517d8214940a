"""How many referrers earned how many credits, with the goal count marked (pyqtgraph)."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QWidget

from referral_studio.engine.result import ReplayResult
from referral_studio.ui.charts.chart_empty_state import EmptyState
from referral_studio.ui.charts.chart_text import fit_caption, span_title
from referral_studio.ui.i18n import number, translate

MAX_BARS = 40
TAIL_QUANTILE = 0.99  # bars show the credits of this share of referrers; one last bar holds the rest
SHORT, REACHED = "#9bb7d4", "#2e7d32"
GAP = 0.06  # between bars, in credits


def tail_start(credits: np.ndarray, goal: int) -> int | None:
    """The credit count from which one last bar holds every referrer, or None when plain bars show all.

    One referrer with 50,000 credits would make each bar 1,250 credits wide and squeeze
    everyone else into the first; past the 99th percentile (and never at or below the goal)
    the rest go into one bar that says so.
    """
    if credits.size == 0 or int(credits.max()) <= MAX_BARS:
        return None
    usual = max(goal + 1, math.ceil(float(np.quantile(credits, TAIL_QUANTILE))) + 1)
    return usual if int(credits.max()) >= 2 * usual else None


def credit_bins(credits: np.ndarray, goal: int, tail: int | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Bin edges (the lowest credit count of each bar, plus one past the end) and referrers per bar.

    Up to MAX_BARS bars one credit wide; wider bars otherwise, laid so the goal count starts
    a bar and no bar mixes referrers short of the goal with those who reached it. With a
    `tail`, the last bar runs from it to the most credits anyone has.
    """
    most = int(credits.max()) if credits.size else goal
    top = most if tail is None else tail - 1
    width = max(1, math.ceil(top / MAX_BARS))
    below = np.arange(goal, 1, -width)[::-1]
    edges = np.unique(np.concatenate([[1], below, np.arange(goal, top + width + 1, width)]))
    edges = edges[: int(np.searchsorted(edges, top, "right")) + 1]
    if tail is not None:
        edges = np.concatenate([edges[edges < tail], [tail, max(most, tail) + 1]])
    counts, _ = np.histogram(credits, bins=edges)
    return edges, counts


def bin_peaks(credit_referrer: np.ndarray, edges: np.ndarray) -> np.ndarray:
    """The most referrers each bar ever held while the credits came in (credits in processing order).

    Replaying in time shows the bars as they stood at the cursor; sizing the axis to these
    peaks keeps it still for the whole play.
    """
    peaks = np.zeros(edges.size - 1, np.int64)
    total = credit_referrer.size
    if total == 0:
        return peaks
    order = np.argsort(credit_referrer, kind="stable")
    grouped = credit_referrer[order]
    starts = np.concatenate([[0], np.flatnonzero(np.diff(grouped)) + 1])
    first = np.repeat(starts, np.diff(np.concatenate([starts, [total]])))
    nth = np.empty(total, np.int64)
    nth[order] = np.arange(total) - first + 1  # each credit is its referrer's nth
    bar = np.searchsorted(edges, nth, "right") - 1
    step = np.flatnonzero(nth == edges[bar])  # credits that move their referrer into a new bar
    into, out_of = bar[step], bar[step] - 1
    moves = out_of >= 0
    bars = np.concatenate([into, out_of[moves]])
    when = np.concatenate([step, step[moves]])
    delta = np.concatenate([np.ones(step.size, np.int64), -np.ones(int(moves.sum()), np.int64)])
    order = np.lexsort((when, bars))
    bars, running = bars[order], np.cumsum(delta[order])
    group = np.concatenate([[0], np.flatnonzero(np.diff(bars)) + 1])
    before = np.concatenate([[0], running[group[1:] - 1]])
    held = running - np.repeat(before, np.diff(np.concatenate([group, [bars.size]])))
    peaks[bars[group]] = np.maximum.reduceat(held, group)
    return peaks


class CreditsHistogram(pg.PlotWidget):
    """Bars of referrers by credits; green from the goal count up (those referrers were fulfilled).

    The bars and axes come from the whole run (`show_result(state, whole=run)`), so replaying
    in time changes the bars' heights and nothing else.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("creditsHistogram")
        self.setBackground("w")
        self.showGrid(y=True, alpha=0.25)
        self.title = translate("CreditsHistogram", "Credits per referrer")
        self.setTitle(self.title, color="#333", size="10pt")
        span_title(self)  # "· last bar: 12 credits or more" makes it long
        self.setLabel("left", translate("CreditsHistogram", "Referrers"))
        self.caption = translate("CreditsHistogram", "Credits")
        self.setLabel("bottom", self.caption)
        self._caption_width = 0
        self.getAxis("bottom").geometryChanged.connect(self._on_axis_resized)
        self.setMouseEnabled(x=False, y=False)
        self.hideButtons()
        self.bars = pg.BarGraphItem(x0=[], x1=[], height=[], brushes=[])
        self.addItem(self.bars)
        self.goal_line = pg.InfiniteLine(angle=90, movable=False, pen=pg.mkPen(REACHED, width=2))
        self.addItem(self.goal_line, ignoreBounds=True)
        self.tail_label = pg.TextItem(color="#333", anchor=(0.5, 1))
        self.addItem(self.tail_label, ignoreBounds=True)
        self.empty_state = EmptyState(
            self, translate("CreditsHistogram", "Run a simulation to see how many referrers earned how many credits.")
        )
        self.goal_line.setVisible(False)
        self.edges = np.zeros(0, np.int64)
        self.counts = np.zeros(0, np.int64)
        self.tail: int | None = None
        self._whole: ReplayResult | None = None

    def _on_axis_resized(self) -> None:
        width = round(self.getAxis("bottom").width())
        if width != self._caption_width:  # a narrower chart may need the caption smaller, a wider one lets it grow
            self._caption_width = width
            fit_caption(self, self.caption)

    def show_result(self, result: ReplayResult, whole: ReplayResult | None = None) -> None:
        """Draw one result: the run's state at the time cursor, with `whole` the run it belongs to (default itself)."""
        whole = whole or result
        if whole is not self._whole:
            self._lay_out(whole)
        self.counts, _ = np.histogram(result.credits, bins=self.edges)
        self.bars.setOpts(height=self.counts)

    def reset(self) -> None:
        """Back to the hint: no run to show (before the first, or after one failed)."""
        self._whole = None
        self.counts = np.zeros(0, np.int64)
        self.bars.setOpts(x0=[], x1=[], height=[])
        self.goal_line.setVisible(False)
        self.tail_label.setVisible(False)
        self.setTitle(self.title, color="#333", size="10pt")
        self.empty_state.set_empty(True)

    def _lay_out(self, whole: ReplayResult) -> None:
        """Bars, goal line, axis texts and ranges for a new run."""
        self._whole = whole
        goal = whole.goal_count
        self.tail = tail_start(whole.credits, goal)
        self.edges, _ = credit_bins(whole.credits, goal, self.tail)
        width = int(self.edges[1] - self.edges[0]) if self.edges.size > 1 else 1
        left = self.edges[:-1].astype(float) - 0.5 + GAP
        right = self.edges[1:].astype(float) - 0.5 - GAP
        if self.tail is not None:  # the last bar is drawn as wide as the others, past a gap
            left[-1], right[-1] = self.tail - 0.5 + 2 * GAP + width * 0.25, self.tail + width * 1.25 - 0.5 - GAP
        brushes = [pg.mkBrush(REACHED if low >= goal else SHORT) for low in self.edges[:-1]]
        self.bars.setOpts(
            x0=left, x1=right, height=np.zeros(left.size), brushes=brushes, pens=[pg.mkPen(None)] * left.size
        )
        self.goal_line.setPos(goal - 0.5)
        self.goal_line.setVisible(True)
        self.caption = translate("CreditsHistogram", "Credits (goal: %Ln credits; green: fulfilled)", None, goal)
        fit_caption(self, self.caption)
        top = int(bin_peaks(whole.credit_referrer, self.edges).max()) if self.edges.size > 1 else 0
        if self.tail is None:
            self.setTitle(self.title, color="#333", size="10pt")
            self.tail_label.setVisible(False)
        else:
            note = translate("CreditsHistogram", "last bar: {count} credits or more").format(count=number(self.tail))
            self.setTitle(f"{self.title} · {note}", color="#333", size="10pt")
            self.tail_label.setText(f"≥ {number(self.tail)}")
            self.tail_label.setPos((left[-1] + right[-1]) / 2, max(top, 1) * 1.1)
            self.tail_label.setVisible(True)
        high = max(float(right[-1]) + 0.5 if right.size else goal, goal + 0.5)
        if whole.credits.size == 0:  # a run in which nobody earned a credit: say so instead of empty axes
            self.goal_line.setVisible(False)
            self.empty_state.set_empty(True, translate("CreditsHistogram", "No referrer earned a credit in this run."))
            return
        self.empty_state.set_empty(False)
        self.setXRange(0.4, high, padding=0.02)
        self.setYRange(0, max(top, 1) * 1.2, padding=0)
