"""A chart as image bytes: PNG through pyqtgraph, SVG through Qt (vector, titled)."""

from __future__ import annotations

import pyqtgraph as pg
import pyqtgraph.exporters
from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QPainter
from PySide6.QtSvg import QSvgGenerator

MIN_PNG_WIDTH = 1600  # a PNG wide enough for slides, whatever the window's size


def chart_png(chart: pg.PlotWidget) -> bytes:
    """The chart's plot as a PNG at least MIN_PNG_WIDTH pixels wide."""
    exporter = pyqtgraph.exporters.ImageExporter(chart.getPlotItem())
    exporter.parameters()["width"] = max(MIN_PNG_WIDTH, int(chart.width()))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    exporter.export(toBytes=True).save(buffer, "PNG")
    return bytes(buffer.data())


def chart_svg(chart: pg.PlotWidget, title: str) -> bytes:
    """The chart as drawn, as SVG. Qt's own generator: pyqtgraph's SVGExporter fails on the
    closed paths Qt 6.10+ writes (pyqtgraph issue 3495)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(chart.size())
    generator.setViewBox(chart.rect())
    generator.setTitle(title)
    painter = QPainter(generator)
    chart.render(painter)
    painter.end()
    return bytes(buffer.data())
