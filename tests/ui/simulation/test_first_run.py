"""A marketer's first simulation counts something, or says why it cannot."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtWidgets import QDateTimeEdit, QPushButton

from referral_studio.domain.offer import Goal, GoalType, Offer, Window
from referral_studio.ui.simulation.simulation_panel import SimulationPanel
from referral_studio.ui.widgets.qt_times import to_qdatetime

START = datetime(2027, 9, 1, tzinfo=UTC)  # not the generator's default March 2027
OFFER = Offer(
    name="Autumn",
    goal=Goal(type=GoalType.REFERRED_VISITS, count=2),
    window=Window(start=START, end=START + timedelta(days=14)),
)


def run(qtbot: object, panel: SimulationPanel) -> None:
    panel.traffic_form.spins["participants"].setValue(200)
    with qtbot.waitSignal(panel.sig_finished, timeout=60_000):  # type: ignore[attr-defined]
        panel.findChild(QPushButton, "runSimulation").click()


def test_synthetic_traffic_starts_at_the_offer_window_and_lasts_as_long(qtbot: object) -> None:
    panel = SimulationPanel(OFFER)
    qtbot.addWidget(panel)  # type: ignore[attr-defined]
    start = panel.findChild(QDateTimeEdit, "trafficStart")
    assert start.dateTime() == to_qdatetime(START) and "UTC" in start.text()
    assert panel.traffic_form.spins["days"].value() == 14
    run(qtbot, panel)
    totals = panel.run_result.results[0].totals
    assert totals.events_in_window == totals.events_read > 0 and totals.credits > 0
    assert "outside" not in panel.message.text() and "No event" not in panel.message.text()
    later = OFFER.replace(window=Window(start=START + timedelta(days=30)))
    panel.set_offer(later)  # moving the window moves the traffic's start with it
    assert start.dateTime() == to_qdatetime(START + timedelta(days=30))
    panel.close()


def test_a_run_that_misses_the_window_says_why(qtbot: object) -> None:
    panel = SimulationPanel(OFFER)
    qtbot.addWidget(panel)  # type: ignore[attr-defined]
    panel.findChild(QDateTimeEdit, "trafficStart").setDateTime(to_qdatetime(datetime(2027, 3, 1, tzinfo=UTC)))
    panel.traffic_form.spins["days"].setValue(10)
    run(qtbot, panel)
    assert panel.run_result.results[0].totals.events_in_window == 0
    text = panel.message.text()
    assert "Replayed" in text and "No event falls inside the offer window" in text
    assert "before the window starts 2027-09-01 00:00 UTC" in text


def test_a_failed_run_clears_the_old_results_and_disables_export(qtbot: object, tmp_path: Path) -> None:
    panel = SimulationPanel(OFFER)
    qtbot.addWidget(panel)  # type: ignore[attr-defined]
    run(qtbot, panel)
    exports = panel.findChild(QPushButton, "exportResults")
    assert exports.isEnabled() and panel.model.rowCount() > 0
    bad = tmp_path / "bad.csv"
    bad.write_text("time,kind,person\nnot a time,visit,ann\n")
    panel.traffic_form.use_log_file(str(bad))
    with qtbot.waitSignal(panel.sig_finished, timeout=60_000):  # type: ignore[attr-defined]
        panel.findChild(QPushButton, "runSimulation").click()
    assert "could not be used" in panel.message.text() and panel.run_result is None
    assert not exports.isEnabled() and not panel.findChild(QPushButton, "saveScenario").isEnabled()
    assert panel.model.rowCount() == 0 and panel.chart.empty_state.hint.isVisible()
    assert "Run a simulation" in panel.summary.text()
