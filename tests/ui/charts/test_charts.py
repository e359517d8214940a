"""The charts read right: still axes while replaying, heavy tails, legends and readouts that hide nothing."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QPushButton, QSlider

from referral_studio.domain.offer import Goal, GoalType, Offer
from referral_studio.engine.generator import generate
from referral_studio.engine.replay import replay
from referral_studio.engine.traffic_options import TrafficOptions
from referral_studio.ui.charts.credits_histogram import CreditsHistogram, bin_peaks, credit_bins, tail_start
from referral_studio.ui.simulation.simulation_panel import SimulationPanel

OFFER = Offer(name="Visits", goal=Goal(type=GoalType.REFERRED_VISITS, count=3))


def ran_panel(qtbot: object, *, compare: bool = False) -> SimulationPanel:
    panel = SimulationPanel(OFFER)
    qtbot.addWidget(panel)  # type: ignore[attr-defined]
    panel.resize(1280, 720)
    panel.show()
    panel.traffic_form.spins["participants"].setValue(300)
    with qtbot.waitSignal(panel.sig_finished, timeout=60_000):  # type: ignore[attr-defined]
        panel.findChild(QPushButton, "compareGoalTypes" if compare else "runSimulation").click()
    return panel


def inside(item: pg.GraphicsObject, view: pg.ViewBox) -> bool:
    return view.sceneBoundingRect().contains(item.sceneBoundingRect())


def test_bar_peaks_are_the_most_each_bar_held_at_any_step() -> None:
    rng = np.random.default_rng(3)
    for _ in range(30):
        referrers = rng.integers(0, 6, size=rng.integers(1, 60)).astype(np.int32)
        credits = np.bincount(referrers)
        edges, _ = credit_bins(credits[credits > 0], goal=int(rng.integers(1, 5)))
        expected = np.zeros(edges.size - 1, np.int64)
        for step in range(1, referrers.size + 1):
            so_far = np.bincount(referrers[:step])
            expected = np.maximum(expected, np.histogram(so_far[so_far > 0], bins=edges)[0])
        assert bin_peaks(referrers, edges).tolist() == expected.tolist()


def test_one_huge_referrer_gets_a_last_bar_of_its_own_and_the_chart_says_so(qtbot: object) -> None:
    credits = np.concatenate([np.arange(1, 200) % 12 + 1, [50_000]])
    tail = tail_start(credits, goal=3)
    assert tail is not None and tail <= 13
    edges, counts = credit_bins(credits, 3, tail)
    assert np.all(np.diff(edges[:-1]) == 1) and counts[-1] == 1 and counts.sum() == credits.size
    assert tail_start(np.arange(1, 30), goal=3) is None  # nothing to clip: plain bars
    log = generate(TrafficOptions(participants=300, seed=2)).log
    result = replay(OFFER, log)
    histogram = CreditsHistogram()
    qtbot.addWidget(histogram)  # type: ignore[attr-defined]
    histogram.show_result(result)
    assert "or more" not in histogram.plotItem.titleLabel.text and not histogram.tail_label.isVisible()
    histogram.show_result(replace(result, credits=credits))  # the same run, with one referrer far ahead
    assert "last bar: 13 credits or more" in histogram.plotItem.titleLabel.text
    assert histogram.tail_label.isVisible() and histogram.tail_label.toPlainText() == "≥ 13"
    assert histogram.counts[-1] == 1 and histogram.getViewBox().viewRange()[0][1] < 20  # no axis out to 50,000


def test_before_a_run_the_charts_say_what_they_will_show_instead_of_empty_axes(qtbot: object) -> None:
    panel = SimulationPanel(OFFER)
    qtbot.addWidget(panel)  # type: ignore[attr-defined]
    for chart in (panel.chart, panel.histogram, panel.funnel):
        assert chart.empty_state.hint.isVisible() and "Run a simulation" in chart.empty_state.hint.toPlainText()
        assert not chart.getAxis("left").isVisible()
    panel = ran_panel(qtbot)
    for chart in (panel.chart, panel.histogram, panel.funnel):
        assert not chart.empty_state.hint.isVisible() and chart.getAxis("left").isVisible()


def test_replaying_in_time_keeps_axes_and_layout_still_and_grows_the_lines(qtbot: object) -> None:
    panel = ran_panel(qtbot, compare=True)
    slider = panel.findChild(QSlider, "timeCursor")
    charts = (panel.chart, panel.histogram, panel.funnel)
    seen = set()
    for value in (slider.maximum() // 5, slider.maximum() // 2, slider.maximum() * 4 // 5, slider.maximum()):
        slider.setValue(value)
        qtbot.waitUntil(lambda: not panel.display._cursor_timer.isActive())  # type: ignore[attr-defined]
        qtbot.wait(10)  # type: ignore[attr-defined]
        seen.add(
            tuple(tuple(map(tuple, chart.getViewBox().viewRange())) for chart in charts)
            + tuple(chart.mapTo(panel, chart.rect().topLeft()).toTuple() for chart in charts)
            + tuple(chart.getAxis("left").width() for chart in charts)
            + (panel.time_cursor.label.width(),)
        )
        at = panel.time_cursor.time_ns()
        credited = panel.chart.curves[panel.display.labels[0]][0]
        if at is not None:
            assert credited.xData.size == 0 or credited.xData[-1] == at / 1e9
            assert np.all(credited.xData <= at / 1e9)
    assert len(seen) == 1
    assert credited.xData[-1] == panel.run_result.results[0].timeline_time[-1] / 1e9  # at the end: the whole run


def test_the_legend_sits_below_the_plot_and_the_readout_stays_inside_it(qtbot: object) -> None:
    panel = ran_panel(qtbot, compare=True)
    chart = panel.chart
    view = chart.getViewBox()
    qtbot.wait(20)  # type: ignore[attr-defined]
    assert len(chart.legend.items) == 4
    assert not chart.legend.sceneBoundingRect().intersects(view.sceneBoundingRect())
    area = view.sceneBoundingRect()
    for corner in (area.topRight(), area.bottomRight(), area.topLeft(), area.bottomLeft()):
        towards_middle = (area.center() - corner) * 0.02
        chart._on_mouse_moved(corner + towards_middle)
        assert chart.readout.isVisible() and inside(chart.readout, view)
    assert chart.readout.fill.color().alpha() > 200  # readable over the lines


def test_the_goal_is_named_in_full_on_the_histogram(qtbot: object) -> None:
    panel = ran_panel(qtbot)
    axis = panel.histogram.getAxis("bottom")
    assert "goal: 3 credits" in axis.labelText
    shown = panel.histogram.mapToScene(panel.histogram.viewport().rect()).boundingRect()
    label = axis.label.sceneBoundingRect()  # the whole text is on screen, not "al: 3 credits"
    assert shown.left() <= label.left() and label.right() <= shown.right() and label.top() < shown.bottom()
    assert panel.histogram.goal_line.value() == 2.5


def test_a_run_without_credits_says_so_instead_of_inviting_a_run(qtbot: object) -> None:
    panel = SimulationPanel(OFFER.replace(goal=Goal(type=GoalType.CUSTOM_JS_EVENT, count=1, event_name="Never fired")))
    qtbot.addWidget(panel)  # type: ignore[attr-defined]
    panel.traffic_form.spins["participants"].setValue(100)
    with qtbot.waitSignal(panel.sig_finished, timeout=60_000):  # type: ignore[attr-defined]
        panel.findChild(QPushButton, "runSimulation").click()
    assert panel.run_result.results[0].totals.credits == 0
    for chart in (panel.chart, panel.histogram):
        assert (
            chart.empty_state.hint.isVisible() and "No referrer earned a credit" in chart.empty_state.hint.toPlainText()
        )
        assert not chart.getAxis("left").isVisible()
    assert not panel.funnel.empty_state.hint.isVisible()  # the traffic itself is there
