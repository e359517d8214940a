"""Charts read at 1280×720 and 1920×1080: date labels that never overlap, legends that show every name."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime

import pyqtgraph as pg
import pytest
from PySide6.QtGui import QFont, QImage, QPainter

from referral_studio.engine.simulation import simulate
from referral_studio.engine.traffic_options import TrafficOptions
from referral_studio.ui.charts.referrers_chart import LocaleDateAxis, ReferrersChart
from referral_studio.ui.simulation.presenter_window import PresenterWindow
from tests.ui.charts.test_charts import OFFER, ran_panel

START = datetime(2027, 3, 1, tzinfo=UTC).timestamp()


def drawn_labels(axis: pg.AxisItem, size: tuple[int, int]) -> list[tuple[object, str]]:
    """The tick labels as the axis lays them out to paint: (rectangle, text)."""
    image = QImage(*size, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        _axis, _ticks, texts = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    return [(rect, text) for rect, _flags, text in texts]


@pytest.mark.parametrize("points", [9, 16])  # the workspace's type, and presenter mode's
@pytest.mark.parametrize("width", [420, 530, 940, 1400])  # the time chart's width at 1280 and 1920 px, presenter
def test_month_and_day_labels_never_overlap_on_long_time_axes(qtbot: object, width: int, points: int) -> None:
    axis = LocaleDateAxis(utcOffset=0)
    font = QFont()
    font.setPointSize(points)
    axis.setStyle(tickFont=font)
    chart = pg.PlotWidget(axisItems={"bottom": axis})
    chart.setLabel("bottom", "Time (UTC)")  # as on the app's charts: the label gives the tick text its room
    qtbot.addWidget(chart)  # type: ignore[attr-defined]
    chart.resize(width, 400)
    chart.show()
    for days in (20, 45, 92, 200, 365, 800):
        chart.setXRange(START, START + days * 86_400, padding=0)
        chart.grab()  # a first paint sizes the axis to its type
        labels = drawn_labels(axis, (width, 400))
        assert labels, days  # the axis still says when
        for (first, a), (second, b) in itertools.combinations(labels, 2):
            assert not first.intersects(second), f"{days} days at {width} px: {a!r} overlaps {b!r}"


def test_presenter_mode_draws_thicker_lines_and_larger_type_than_the_workspace(qtbot: object) -> None:
    run = simulate([OFFER], TrafficOptions(participants=200, seed=3))
    edges = (float(run.log.time[0]) / 1e9, float(run.log.time[-1]) / 1e9)
    screen = ReferrersChart()
    qtbot.addWidget(screen)  # type: ignore[attr-defined]
    screen.show_results({"Visits": run.results[0]}, edges)
    presenter = PresenterWindow(run, ["Visits"], edges)
    qtbot.addWidget(presenter)  # type: ignore[attr-defined]
    big = presenter.chart

    def width(item: pg.GraphicsObject) -> float:
        return float(item.opts["pen"].widthF() if hasattr(item, "opts") else item.pen.widthF())

    for on_screen, projected in (
        (screen.curves["Visits"][0], big.curves["Visits"][0]),  # credited
        (screen.curves["Visits"][1], big.curves["Visits"][1]),  # fulfilled
        (screen.cursor, big.cursor),
        (screen.marks[0], big.marks[0]),  # the offer window's edges
    ):
        assert width(projected) >= 2 * width(on_screen)
    assert big.marks[0].label.textItem.font().pointSize() >= 1.5 * screen.marks[0].label.textItem.font().pointSize()
    assert big.getAxis("bottom").style["tickFont"].pointSize() >= 16 > screen.font().pointSize()


def test_every_compared_goal_is_named_whole_inside_the_chart_at_1280x720(qtbot: object) -> None:
    panel = ran_panel(qtbot, compare=True)  # at 1280×720
    chart = panel.chart
    for size in ((1280, 720), (1920, 1080), (1280, 720)):  # back from a wide screen, the names wrap again
        panel.resize(*size)
        qtbot.wait(20)  # type: ignore[attr-defined]
        names = [label.item.toPlainText() for _sample, label in chart.legend.items]
        assert names == panel.display.labels and any(len(name) > 35 for name in names)  # whole, long ones too
        seen = chart.viewport().rect()
        for _sample, label in chart.legend.items:
            shown = chart.mapFromScene(label.sceneBoundingRect()).boundingRect()
            assert seen.contains(shown), (size, label.item.toPlainText())
        assert chart.getPlotItem().width() <= seen.width()  # the plot, axes and legend fit the widget
