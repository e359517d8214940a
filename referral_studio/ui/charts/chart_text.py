"""Titles and captions of the small side charts, kept whole when a chart is narrow (1280×720, longer Swedish words).

pyqtgraph puts a plot's title over its data area only, beside the left axis's labels, and
clips a bottom caption wider than the axis; these helpers give the title the chart's whole
width and step a caption's type down until it fits.
"""

from __future__ import annotations

import pyqtgraph as pg

CAPTION_POINTS = (9, 8, 7)  # a caption's sizes, largest first; below the last it would not be read


def span_title(plot: pg.PlotWidget) -> None:
    """Lay the title across the whole chart, over the left axis too."""
    title, layout = plot.plotItem.titleLabel, plot.plotItem.layout
    layout.removeItem(title)
    layout.addItem(title, 0, 0, 1, 3)


def fit_caption(plot: pg.PlotWidget, text: str) -> None:
    """Set the bottom axis's caption in the largest size at which it fits the axis's width."""
    axis = plot.getAxis("bottom")
    for points in CAPTION_POINTS:
        plot.setLabel("bottom", text, **{"font-size": f"{points}pt"})
        if axis.label.boundingRect().width() <= axis.width():
            break
    axis.resizeEvent()  # pyqtgraph centres a label only on resize, not when its text changes
