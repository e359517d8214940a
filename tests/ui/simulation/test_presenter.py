"""Presenter mode: full screen, large type, lines that grow with the cursor, goal types one after another."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from referral_studio.domain.offer import Goal, GoalType, Offer
from referral_studio.ui.simulation.presenter_window import TITLE_POINTS, PresenterWindow
from referral_studio.ui.simulation.simulation_panel import SimulationPanel

OFFER = Offer(name="Visits", goal=Goal(type=GoalType.REFERRED_VISITS, count=3))


def test_presenter_plays_each_goal_type_in_turn(qtbot: object) -> None:
    panel = SimulationPanel(OFFER)
    qtbot.addWidget(panel)  # type: ignore[attr-defined]
    assert not panel.findChild(QPushButton, "presentResults").isEnabled()
    panel.traffic_form.spins["participants"].setValue(200)
    with qtbot.waitSignal(panel.sig_finished, timeout=60_000):  # type: ignore[attr-defined]
        panel.findChild(QPushButton, "compareGoalTypes").click()
    presenter = panel.present()
    assert isinstance(presenter, PresenterWindow) and presenter.isFullScreen() and presenter.playing
    assert presenter.title.font().pointSize() >= TITLE_POINTS and presenter.title.text() == panel.display.labels[0]
    assert len(presenter.chart.curves) == 1  # one series at a time
    presenter.timer.stop()
    presenter.set_fraction(0.5)
    credited = presenter.chart.curves[panel.display.labels[0]][0]
    middle = (presenter.start_ns + (presenter.end_ns - presenter.start_ns) * 0.5) / 1e9
    assert abs(credited.xData[-1] - middle) < 1 and "credited" in presenter.counts.text()
    qtbot.keyClick(presenter, Qt.Key.Key_Right)  # type: ignore[attr-defined]
    assert presenter.series == 1 and presenter.title.text() == panel.display.labels[1] and presenter.fraction == 0
    assert panel.display.labels[0] in presenter.shown_before.text()  # what was shown stays listed with its counts
    presenter.set_fraction(1.0)
    for _ in range(60):  # the finished series pauses, then the next one starts
        presenter._on_timer_timeout()
    assert presenter.series == 2
    qtbot.keyClick(presenter, Qt.Key.Key_Escape)  # type: ignore[attr-defined]
    assert not presenter.isVisible()


def test_presenter_fills_the_screen_and_its_chart_keeps_the_height_as_goals_pile_up(qtbot: object) -> None:
    approved = Offer(name="Visits", goal=Goal(type=GoalType.REFERRED_VISITS, count=5))
    panel = SimulationPanel(OFFER, approved=approved)  # four goal types and the approved version: five series
    qtbot.addWidget(panel)  # type: ignore[attr-defined]
    panel.traffic_form.spins["participants"].setValue(200)
    with qtbot.waitSignal(panel.sig_finished, timeout=60_000):  # type: ignore[attr-defined]
        panel.findChild(QPushButton, "compareGoalTypes").click()
    presenter = panel.present()
    assert presenter is not None
    presenter.timer.stop()
    assert presenter.geometry() == panel.screen().geometry() and presenter.isFullScreen()
    heights = []
    for series in range(len(panel.display.labels)):
        presenter.show_series(series)
        QApplication.processEvents()
        heights.append(presenter.chart.height())
    assert len(heights) == 5 and presenter.shown_before.text().count("credited") == 4
    assert min(heights) >= 0.7 * presenter.height()  # at the last goal type as at the first
    chart_right = presenter.chart.mapTo(presenter, presenter.chart.rect().topRight()).x()
    assert presenter.shown_before.mapTo(presenter, presenter.shown_before.rect().topLeft()).x() > chart_right
    qtbot.keyClick(presenter, Qt.Key.Key_Escape)  # type: ignore[attr-defined]
    assert not presenter.isVisible()
