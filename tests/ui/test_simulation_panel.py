"""The simulation workspace driven through its automation names."""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton, QTableView

from referral_studio.cli import main
from referral_studio.domain.offer import Goal, GoalType, Offer
from referral_studio.domain.offer_file import write_offer_file
from referral_studio.engine.generator import TrafficOptions, generate
from referral_studio.engine.log_files import write_event_log
from referral_studio.ui.leaderboard_model import COL_CREDITS, COL_REFERRER
from referral_studio.ui.main_window import MainWindow
from referral_studio.ui.simulation_panel import SimulationPanel

OFFER = Offer(name="Visits", goal=Goal(type=GoalType.REFERRED_VISITS, count=3), promo_codes=("A", "B"))


def panel_for(qtbot: object, offer: Offer = OFFER) -> SimulationPanel:
    panel = SimulationPanel(offer)
    qtbot.addWidget(panel)  # type: ignore[attr-defined]
    panel.show()
    return panel


def run_and_wait(qtbot: object, panel: SimulationPanel, button: str = "runSimulation") -> None:
    with qtbot.waitSignal(panel.sig_finished, timeout=60_000):  # type: ignore[attr-defined]
        panel.findChild(QPushButton, button).click()


def leaderboard(panel: SimulationPanel) -> list[tuple[str, int]]:
    model = panel.findChild(QTableView, "leaderboardTable").model()
    return [(model.index(r, COL_REFERRER).data(), int(model.index(r, COL_CREDITS).data().replace(",", "")))
            for r in range(model.rowCount())]


def test_a_log_file_run_equals_the_cli(qtbot: object, tmp_path: Path) -> None:
    events = tmp_path / "events.csv"
    write_event_log(generate(TrafficOptions(participants=400, seed=3)).log, events)
    offer_file = tmp_path / "o.offer.json"
    write_offer_file(OFFER, offer_file)
    assert main(["simulate", "--offer", str(offer_file), "--events", str(events), "--out", str(tmp_path / "out"), "--quiet"]) == 0
    panel = panel_for(qtbot)
    panel.findChild(QComboBox, "trafficSource").setCurrentIndex(1)
    panel.findChild(QLineEdit, "eventLogPath").setText(str(events))
    run_and_wait(qtbot, panel)
    with (tmp_path / "out" / "referrers.csv").open(newline="") as stream:
        expected = [(row["referrer"], int(row["credits"])) for row in csv.DictReader(stream)]
    assert leaderboard(panel) == expected
    with (tmp_path / "out" / "timeline.csv").open(newline="") as stream:
        timeline = list(csv.DictReader(stream))
    credited, fulfilled = panel.chart.curves["Visits"]
    assert credited.yData.max() == int(timeline[-1]["credited_referrers"])
    assert fulfilled.yData.max() == int(timeline[-1]["fulfilled_referrers"])
    assert "Credits" in panel.findChild(QLabel, "simulationSummary").text()


def test_synthetic_runs_are_reproducible_by_seed(qtbot: object) -> None:
    panel = panel_for(qtbot)
    panel.participants.setValue(300)
    run_and_wait(qtbot, panel)
    first = leaderboard(panel)
    run_and_wait(qtbot, panel)
    assert leaderboard(panel) == first and first
    panel.seed.setValue(99)
    run_and_wait(qtbot, panel)
    assert leaderboard(panel) != first


def test_a_bad_log_shows_a_message(qtbot: object, tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("time,kind,person\n2027-03-01T00:00:00Z,click,a\n")
    panel = panel_for(qtbot)
    panel.findChild(QComboBox, "trafficSource").setCurrentIndex(1)
    panel.findChild(QLineEdit, "eventLogPath").setText(str(bad))
    run_and_wait(qtbot, panel)
    text = panel.message.text()
    assert "bad.csv: line 2: field 'kind' is 'click'" in text and "Traceback" not in text
    assert panel.findChild(QPushButton, "runSimulation").isEnabled()


def test_cancel_stops_the_run(qtbot: object) -> None:
    panel = panel_for(qtbot)
    panel.participants.setValue(400_000)
    with qtbot.waitSignal(panel.sig_finished, timeout=120_000):  # type: ignore[attr-defined]
        panel.findChild(QPushButton, "runSimulation").click()
        assert panel.findChild(QPushButton, "cancelSimulation").isEnabled()
        panel.findChild(QPushButton, "cancelSimulation").click()
    assert "Cancelled" in panel.message.text()
    assert panel.model.rowCount() == 0 and panel.findChild(QPushButton, "runSimulation").isEnabled()


def test_compare_shows_four_labelled_series(qtbot: object) -> None:
    panel = panel_for(qtbot, OFFER.replace(goal=Goal(type=GoalType.REFERRED_SIGNUPS)))
    panel.participants.setValue(500)
    run_and_wait(qtbot, panel, "compareGoalTypes")
    chart = panel.findChild(pg.PlotWidget, "creditedReferrersChart")
    assert list(chart.curves) == ["Referred Visits", "Referred Sign-Ups", "Smart List Trigger", "Custom JavaScript Event"]
    labels = [item[1].text for item in chart.legend.items]
    assert "Referred Sign-Ups: credited" in labels and len(labels) == 8
    assert all(np.max(curves[0].yData) > 0 for curves in chart.curves.values())
    assert "Referred Sign-Ups" in panel.summary.text()


def test_leaderboard_sorts_and_filters(qtbot: object) -> None:
    panel = panel_for(qtbot)
    panel.participants.setValue(300)
    run_and_wait(qtbot, panel)
    rows = leaderboard(panel)
    panel.model.sort(COL_CREDITS, order=panel.table.horizontalHeader().sortIndicatorOrder().AscendingOrder)
    assert [c for _, c in leaderboard(panel)] == sorted(c for _, c in rows)
    name = rows[0][0]
    panel.findChild(QLineEdit, "leaderboardFilter").setText(name[-3:])
    assert all(name[-3:] in n for n, _ in leaderboard(panel)) and leaderboard(panel)


def test_simulate_action_opens_the_panel_on_the_selected_offer(window: MainWindow) -> None:
    window.new_offer("Sim", "P")
    panel = window.simulate()
    assert panel is not None and panel.objectName() == "SimulationPanel" and panel.offer.name == "Sim"
    panel.close()
