"""The simulation workspace driven through its automation names."""

from __future__ import annotations

import csv
from dataclasses import replace
from html import escape
from pathlib import Path

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSlider,
    QSpinBox,
    QTableView,
    QTableWidget,
    QToolButton,
)

from referral_studio.cli import main
from referral_studio.domain.offer import Goal, GoalType, Offer
from referral_studio.domain.offer_file import write_offer_file
from referral_studio.engine.compared_goals import ComparedGoals
from referral_studio.engine.event_log import EventLog
from referral_studio.engine.explain import Reason
from referral_studio.engine.generator import generate
from referral_studio.engine.log_files import read_event_log, write_event_log
from referral_studio.engine.traffic_options import TrafficOptions
from referral_studio.ui.i18n import number
from referral_studio.ui.shell.main_window import MainWindow
from referral_studio.ui.simulation.event_inspector import fact_row, verdict_row
from referral_studio.ui.simulation.leaderboard_model import COL_CREDITS, COL_REFERRER, LeaderboardModel
from referral_studio.ui.simulation.simulation_panel import SimulationPanel

OFFER = Offer(name="Visits", goal=Goal(type=GoalType.REFERRED_VISITS, count=3), promo_codes=("A", "B"))


def panel_for(qtbot: object, offer: Offer = OFFER) -> SimulationPanel:
    panel = SimulationPanel(offer)
    qtbot.addWidget(panel)  # type: ignore[attr-defined]
    panel.show()
    return panel


def run_and_wait(qtbot: object, panel: SimulationPanel, button: str = "runSimulation") -> None:
    with qtbot.waitSignal(panel.sig_finished, timeout=60_000):  # type: ignore[attr-defined]
        panel.findChild(QPushButton, button).click()


def use_log(panel: SimulationPanel, path: Path) -> None:
    panel.findChild(QComboBox, "trafficSource").setCurrentIndex(1)
    panel.findChild(QLineEdit, "eventLogPath").setText(str(path))


def leaderboard(panel: SimulationPanel) -> list[tuple[str, int]]:
    model = panel.findChild(QTableView, "leaderboardTable").model()
    return [
        (model.index(r, COL_REFERRER).data(), int(model.index(r, COL_CREDITS).data().replace(",", "")))
        for r in range(model.rowCount())
    ]


def test_a_log_file_run_equals_the_cli(qtbot: object, tmp_path: Path) -> None:
    events = tmp_path / "events.csv"
    write_event_log(generate(TrafficOptions(participants=400, seed=3)).log, events)
    offer_file = tmp_path / "o.offer.json"
    write_offer_file(OFFER, offer_file)
    assert (
        main(
            ["simulate", "--offer", str(offer_file), "--events", str(events), "--out", str(tmp_path / "out"), "--quiet"]
        )
        == 0
    )
    panel = panel_for(qtbot)
    use_log(panel, events)
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
    panel.traffic_form.spins["participants"].setValue(300)
    run_and_wait(qtbot, panel)
    first = leaderboard(panel)
    run_and_wait(qtbot, panel)
    assert leaderboard(panel) == first and first
    panel.traffic_form.spins["seed"].setValue(99)
    run_and_wait(qtbot, panel)
    assert leaderboard(panel) != first


def test_a_bad_log_shows_a_message(qtbot: object, tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("time,kind,person\n2027-03-01T00:00:00Z,click,a\n")
    panel = panel_for(qtbot)
    use_log(panel, bad)
    run_and_wait(qtbot, panel)
    text = panel.message.text()
    assert "bad.csv: line 2: field 'kind' is 'click'" in text and "Traceback" not in text
    assert panel.findChild(QPushButton, "runSimulation").isEnabled()


def test_cancel_stops_the_run(qtbot: object) -> None:
    panel = panel_for(qtbot)
    panel.traffic_form.spins["participants"].setValue(400_000)
    with qtbot.waitSignal(panel.sig_finished, timeout=120_000):  # type: ignore[attr-defined]
        panel.findChild(QPushButton, "runSimulation").click()
        assert panel.findChild(QPushButton, "cancelSimulation").isEnabled()
        panel.findChild(QPushButton, "cancelSimulation").click()
    assert "Cancelled" in panel.message.text()
    assert panel.model.rowCount() == 0 and panel.findChild(QPushButton, "runSimulation").isEnabled()


def test_compare_shows_four_labelled_series(qtbot: object) -> None:
    panel = panel_for(qtbot, OFFER.replace(goal=Goal(type=GoalType.REFERRED_SIGNUPS)))
    panel.traffic_form.use_preset("classroom")  # exaggerated rates: every goal type pays out
    panel.traffic_form.spins["participants"].setValue(500)
    run_and_wait(qtbot, panel, "compareGoalTypes")
    chart = panel.findChild(pg.PlotWidget, "creditedReferrersChart")
    assert list(chart.curves) == [  # each series says what it counted
        "Referred Visits × 1",
        "Referred Sign-Ups × 1",
        "Smart List Trigger: Opportunity Created × 1",
        "Custom JavaScript Event: Referral CTA Click × 1",
    ]
    labels = [item[1].text for item in chart.legend.items]
    assert labels == list(chart.curves)
    assert all(np.max(curves[0].yData) > 0 for curves in chart.curves.values())
    assert "Referred Sign-Ups" in panel.summary.text()
    table = panel.summary.text().split("Compared")[1]  # the four goal types side by side, with their totals
    for label, result in zip(chart.curves, panel.run_result.results, strict=True):
        assert escape(label) in table and f"&nbsp;{number(result.totals.credits)}</td>" in table


def test_leaderboard_sorts_and_filters(qtbot: object) -> None:
    panel = panel_for(qtbot)
    panel.traffic_form.spins["participants"].setValue(300)
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


def test_editing_the_draft_in_the_editor_reruns_the_open_panel(window: MainWindow, qtbot: object) -> None:
    window.new_offer("Live", "P")
    editor = window.edit_draft()
    panel = window.simulate()
    panel.traffic_form.spins["participants"].setValue(300)
    run_and_wait(qtbot, panel)
    before = panel.run_result.results[0].totals.fulfilled_referrers
    with qtbot.waitSignal(panel.sig_finished, timeout=30_000):  # type: ignore[attr-defined]
        editor.findChild(QSpinBox, "goalCount").setValue(3)
    assert panel.offer.goal.count == 3 and panel.run_result.results[0].goal_count == 3
    assert panel.run_result.results[0].totals.fulfilled_referrers < before
    panel.close()


def test_histogram_and_funnel_show_the_result(qtbot: object) -> None:
    panel = panel_for(qtbot)
    panel.traffic_form.spins["participants"].setValue(400)
    run_and_wait(qtbot, panel)
    result = panel.run_result.results[0]
    histogram = panel.findChild(pg.PlotWidget, "creditsHistogram")
    assert int(histogram.counts.sum()) == result.totals.credited_referrers
    reached = histogram.counts[histogram.edges[:-1] >= OFFER.goal.count].sum()
    assert reached == result.totals.fulfilled_referrers and reached > 0
    assert (
        histogram.goal_line.value() == OFFER.goal.count - 0.5
        and "goal: 3 credits" in histogram.getAxis("bottom").labelText
    )
    funnel = panel.findChild(pg.PlotWidget, "funnelChart")
    assert funnel.values[:5] == [
        result.funnel.shares,
        result.funnel.visits,
        result.funnel.referred_visits,
        result.funnel.signups,
        result.funnel.referred_signups,
    ]


def test_the_time_cursor_shows_the_state_then(qtbot: object, tmp_path: Path) -> None:
    events = tmp_path / "events.csv"
    log = generate(TrafficOptions(participants=400, seed=5)).log
    write_event_log(log, events)
    panel = panel_for(qtbot)
    use_log(panel, events)
    run_and_wait(qtbot, panel)
    full = leaderboard(panel)
    slider = panel.findChild(QSlider, "timeCursor")
    slider.setValue(slider.maximum() // 2)
    at = panel.time_cursor.time_ns()
    display = panel.display
    qtbot.waitUntil(lambda: display.shown is not None and display.shown.totals.events_read < len(log))  # type: ignore[attr-defined]
    # The same log cut at the cursor, through the CLI.
    cut = tmp_path / "cut.csv"
    keep = log.time <= at
    write_event_log(
        EventLog.build(
            log.time[keep], log.kind[keep], log.person[keep], log.referrer[keep], log.name[keep], log.people, log.names
        ),
        cut,
    )
    offer_file = tmp_path / "o.offer.json"
    write_offer_file(OFFER, offer_file)
    assert (
        main(["simulate", "--offer", str(offer_file), "--events", str(cut), "--out", str(tmp_path / "out"), "--quiet"])
        == 0
    )
    with (tmp_path / "out" / "referrers.csv").open(newline="") as stream:
        expected = [(row["referrer"], int(row["credits"])) for row in csv.DictReader(stream)]
    assert leaderboard(panel) == expected and len(expected) < len(full)
    assert panel.chart.cursor.isVisible() and "at " in panel.summary.text()
    play = panel.findChild(QToolButton, "playPause")
    panel.findChild(QComboBox, "playSpeed").setCurrentIndex(4)
    play.click()
    qtbot.waitUntil(lambda: not play.isChecked(), timeout=10_000)  # type: ignore[attr-defined]
    assert slider.value() == slider.maximum() and panel.time_cursor.time_ns() is None
    qtbot.waitUntil(lambda: leaderboard(panel) == full)  # type: ignore[attr-defined]
    assert not panel.chart.cursor.isVisible()


def test_editing_the_offer_reruns_the_same_traffic(qtbot: object) -> None:
    panel = panel_for(qtbot)
    panel.traffic_form.spins["participants"].setValue(300)
    run_and_wait(qtbot, panel)
    log = panel.run_result.log
    fulfilled = panel.run_result.results[0].totals.fulfilled_referrers
    panel.traffic_form.spins["seed"].setValue(77)  # the form no longer matters: the re-run keeps the traffic
    with qtbot.waitSignal(panel.sig_finished, timeout=30_000):  # type: ignore[attr-defined]
        panel.set_offer(OFFER.replace(goal=Goal(type=GoalType.REFERRED_VISITS, count=1)))
        panel.set_offer(OFFER.replace(goal=Goal(type=GoalType.REFERRED_VISITS, count=2)))
    assert panel.run_result.log is log
    result = panel.run_result.results[0]
    assert result.goal_count == 2 and result.totals.fulfilled_referrers > fulfilled
    assert "× 2" in panel.findChild(QLabel, "simulationOffer").text()


def test_compare_overlays_the_approved_version_when_the_draft_differs(qtbot: object) -> None:
    approved = OFFER.replace(goal=Goal(type=GoalType.REFERRED_VISITS, count=1))
    panel = SimulationPanel(OFFER, approved=approved)
    qtbot.addWidget(panel)  # type: ignore[attr-defined]
    panel.traffic_form.spins["participants"].setValue(300)
    run_and_wait(qtbot, panel, "compareGoalTypes")
    assert list(panel.chart.curves)[-1] == "Approved version (Referred Visits)" and len(panel.chart.curves) == 5
    assert panel.run_result.results[4].goal_count == 1


def test_exports_write_the_chart_and_the_cli_files(qtbot: object, tmp_path: Path) -> None:
    events = tmp_path / "events.csv"
    write_event_log(generate(TrafficOptions(participants=300, seed=8)).log, events)
    panel = panel_for(qtbot)
    assert not panel.findChild(QPushButton, "exportChart").isEnabled()
    use_log(panel, events)
    run_and_wait(qtbot, panel)
    assert panel.exports.export_chart(tmp_path / "chart.png") and panel.exports.export_chart(tmp_path / "chart.svg")
    assert (tmp_path / "chart.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "<svg" in (tmp_path / "chart.svg").read_text()
    assert panel.exports.export_results(tmp_path / "gui")
    offer_file = tmp_path / "o.offer.json"
    write_offer_file(OFFER, offer_file)
    assert (
        main(
            ["simulate", "--offer", str(offer_file), "--events", str(events), "--out", str(tmp_path / "cli"), "--quiet"]
        )
        == 0
    )
    for name in ("referrers.csv", "fulfillments.csv", "summary.json", "timeline.csv"):
        assert (tmp_path / "gui" / name).read_bytes() == (tmp_path / "cli" / name).read_bytes(), name
    assert panel.exports.save_traffic(tmp_path / "saved.parquet")
    assert len(read_event_log(tmp_path / "saved.parquet")) == len(panel.run_result.log)
    assert not panel.exports.export_chart(tmp_path / "missing" / "chart.png")
    assert "Could not write" in panel.message.text() and not (tmp_path / "missing").exists()


def test_picking_a_referrer_explains_each_of_their_events(qtbot: object, tmp_path: Path) -> None:
    events = tmp_path / "events.csv"
    write_event_log(generate(TrafficOptions(participants=300, seed=4)).log, events)
    panel = panel_for(qtbot)
    use_log(panel, events)
    run_and_wait(qtbot, panel)
    top, credits = leaderboard(panel)[0]
    panel.resize(1920, 1000)
    panel.table.selectRow(0)
    inspector = panel.findChild(QTableWidget, "eventInspector")
    verdicts = panel.inspector.verdicts
    assert inspector.rowCount() == 2 * len(verdicts) > 0  # each event's facts, and its verdict below them
    mine = [v for v in verdicts if v.reason is Reason.CREDIT and v.credited == top]
    assert len(mine) == credits and top in panel.inspector.title.text()
    first = next(i for i in range(len(verdicts)) if inspector.item(verdict_row(i), 0).text().startswith("credit 1 to"))
    assert inspector.item(verdict_row(first), 0).text().startswith(f"credit 1 to {top}")
    for column in range(inspector.columnCount()):  # every column starts inside the visible table
        assert inspector.columnViewportPosition(column) < inspector.viewport().width() - 20
    assert (
        inspector.viewport().rect().contains(inspector.visualItemRect(inspector.item(fact_row(first), 0)).topLeft())
    )  # scrolled to it
    before = inspector.rowCount()
    slider = panel.findChild(QSlider, "timeCursor")
    slider.setValue(slider.maximum() // 10)  # the inspector follows the cursor
    qtbot.waitUntil(lambda: inspector.rowCount() < before)  # type: ignore[attr-defined]
    assert all(v.time <= panel.time_cursor.time_ns() for v in panel.inspector.verdicts)


def test_the_leaderboard_is_a_well_behaved_qt_model(qtbot: object, qtmodeltester: object) -> None:
    panel = panel_for(qtbot)
    panel.traffic_form.spins["participants"].setValue(200)
    run_and_wait(qtbot, panel)
    model = LeaderboardModel(QApplication.instance())  # outlives the test, as the tester checks it to the end
    qtmodeltester.check(model, force_py=True)  # type: ignore[attr-defined]
    model.set_result(panel.run_result.results[0])
    model.set_filter("u00001")
    model.sort(COL_REFERRER)
    qtmodeltester.check(model, force_py=True)  # type: ignore[attr-defined]
    assert model.rowCount() > 0


def test_an_unexpected_error_in_a_replay_is_shown_and_the_panel_stays_usable(
    qtbot: object, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    """A bug on the worker thread must not leave "Running…" on screen: the run ends with its message."""
    from referral_studio.ui.simulation import replay_thread

    def broken(*_args: object, **_kwargs: object) -> None:
        raise KeyError("no such column")  # stands for any bug the replay might have

    monkeypatch.setattr(replay_thread, "run_simulation", broken)
    panel = panel_for(qtbot)
    panel.traffic_form.spins["participants"].setValue(100)
    run_and_wait(qtbot, panel)
    message = panel.findChild(QLabel, "simulationMessage").text()
    assert "KeyError: 'no such column'" in message and "Running" not in message
    assert panel.findChild(QPushButton, "runSimulation").isEnabled() and panel.worker is None
    assert "Traceback" in capsys.readouterr().err
    monkeypatch.undo()
    run_and_wait(qtbot, panel)
    assert panel.run_result is not None and "Replayed" in panel.findChild(QLabel, "simulationMessage").text()


def test_the_compared_goals_are_the_user_s_pick_and_a_click_shows_one(qtbot: object) -> None:
    panel = panel_for(qtbot, OFFER.replace(goal=Goal(type=GoalType.REFERRED_VISITS, count=3)))
    panel.traffic_form.use_preset("classroom")
    panel.traffic_form.spins["participants"].setValue(300)
    run_and_wait(qtbot, panel, "compareGoalTypes")
    compared = ComparedGoals.for_offer(panel.offer)
    smart = replace(compared.goal(GoalType.SMART_LIST_TRIGGER), count=1, trigger_activities=("Purchase",))
    with qtbot.waitSignal(panel.sig_finished, timeout=30_000):  # type: ignore[attr-defined]
        panel.pick_compared_goals(compared.with_goal(smart))
    assert "Smart List Trigger: Purchase × 1" in panel.chart.curves
    assert panel.run_result.results[2].goal_count == 1 and panel.display.plan.offers[2].goal.trigger_activities == (
        "Purchase",
    )
    before = [row for row in leaderboard(panel)]
    panel.summary.linkActivated.emit("series:2")  # a click on the Smart List Trigger line of the compare table
    qtbot.waitUntil(lambda: leaderboard(panel) != before)  # type: ignore[attr-defined]
    assert panel.histogram.counts.sum() == panel.run_result.results[2].totals.credited_referrers
    assert "Smart List Trigger: Purchase × 1" in panel.summary.text().split("Compared")[0]
