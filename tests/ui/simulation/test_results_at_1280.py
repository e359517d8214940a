"""The simulation workspace at 1280×720: funnel title and values whole, the summary and the compare table in view."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLabel

from referral_studio.domain.offer import Goal, GoalType, Offer
from tests.ui.simulation.test_simulation_panel import panel_for, run_and_wait

OFFER = Offer(name="Sign-ups", goal=Goal(type=GoalType.REFERRED_SIGNUPS, count=3), promo_codes=("A", "B"))


def test_at_1280x720_the_funnel_summary_and_compare_table_are_whole(qtbot: object) -> None:
    panel = panel_for(qtbot, OFFER)
    panel.resize(1232, 640)  # what a 1280×720 screen leaves a window, less the task bar and the margins
    run_and_wait(qtbot, panel, "compareGoalTypes")
    QApplication.processEvents()
    funnel = panel.funnel
    title = funnel.plotItem.titleLabel
    assert title.item.boundingRect().width() <= title.width()  # the title is not clipped
    bars = funnel.plotItem.vb.sceneBoundingRect()
    assert all(label.sceneBoundingRect().right() <= bars.right() for label in funnel.labels)  # nor the values
    summary = panel.findChild(QLabel, "simulationSummary")
    assert "Compared" in summary.text()  # the compare table, its last row included, is part of the summary
    assert summary.visibleRegion().boundingRect() == summary.rect()  # all of it above the fold


def test_in_swedish_the_histogram_caption_and_title_are_whole(qtbot: object, swedish: None) -> None:
    offer = Offer(name="Besök", goal=Goal(type=GoalType.REFERRED_VISITS, count=12))
    panel = panel_for(qtbot, offer)
    panel.resize(1232, 640)
    run_and_wait(qtbot, panel)
    QApplication.processEvents()
    histogram = panel.histogram
    axis = histogram.getAxis("bottom")
    assert "12" in axis.labelText and axis.label.boundingRect().width() <= axis.width()
    title = histogram.plotItem.titleLabel
    assert title.item.boundingRect().width() <= title.width()
