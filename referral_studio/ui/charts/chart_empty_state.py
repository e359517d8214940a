"""What a chart shows before it has a result: a sentence saying what will appear, and no axes."""

from __future__ import annotations

import pyqtgraph as pg

HINT_WIDTH = 260  # px: the hint wraps inside a narrow chart rather than running off it


class EmptyState:
    """Hides a chart's axes and shows a hint in their place until `set_empty(False)`.

    Axes with nothing on them read as data ("0.250", "Credits (x0.001)"); a hint says what
    the chart will hold and how to fill it.
    """

    def __init__(self, plot: pg.PlotWidget, hint: str, axes: tuple[str, ...] = ("left", "bottom")) -> None:
        self.plot, self.axes = plot, axes
        self.first_hint = hint
        self.hint = pg.TextItem(hint, color="#666", anchor=(0.5, 0.5))
        self.hint.setTextWidth(HINT_WIDTH)
        plot.addItem(self.hint, ignoreBounds=True)
        self.empty = False
        self.set_empty(True)

    def set_empty(self, empty: bool, hint: str | None = None) -> None:
        """Show a hint (True; `hint` replaces the one given at first) or the chart's axes (False)."""
        self.empty = empty
        if hint is not None or empty:
            self.hint.setPlainText(hint or self.first_hint)
        self.hint.setVisible(empty)
        for axis in self.axes:
            self.plot.showAxis(axis, not empty)
        if empty:
            self.hint.setPos(0.5, 0.5)
            self.plot.setRange(xRange=(0, 1), yRange=(0, 1), padding=0)
