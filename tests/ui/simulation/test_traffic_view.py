"""The preset dropdown of the traffic form and the Traffic tab of the simulation workspace."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton, QTableWidget

from referral_studio.domain.offer import Goal, GoalType, Offer
from referral_studio.engine.event_log import EventLog
from referral_studio.engine.log_files import write_event_log
from referral_studio.engine.presets import PRESETS, UnknownPreset, preset_options
from referral_studio.engine.traffic_measures import MEASURE_NAMES, measure
from referral_studio.ui.simulation.simulation_panel import SimulationPanel
from referral_studio.ui.simulation.traffic_form import TrafficForm
from referral_studio.ui.simulation.traffic_view import TrafficView, measure_text
from tests.engine.test_traffic_measures import HAND_MADE

OFFER = Offer(name="Sign-ups", goal=Goal(type=GoalType.REFERRED_SIGNUPS, count=1))


def test_a_preset_fills_the_rates_names_its_source_and_keeps_size_and_seed(qtbot: object) -> None:
    form = TrafficForm()
    qtbot.addWidget(form)  # type: ignore[attr-defined]
    combo = form.findChild(QComboBox, "trafficPreset")
    assert combo.count() == len(PRESETS) + 1 and combo.currentData() == "ecommerce"  # and "From a file…"
    form.spins["participants"].setValue(1234)
    form.spins["seed"].setValue(9)
    combo.setCurrentIndex(combo.findData("b2b"))
    b2b = preset_options("b2b")
    assert form.spins["share_rate"].value() == b2b.share_rate and form.spins["signup_rate"].value() == b2b.signup_rate
    assert form.spins["participants"].value() == 1234 and form.spins["seed"].value() == 9
    assert "Extole" in form.findChild(QLabel, "trafficPresetSource").text()
    assert form.options() == preset_options("b2b", participants=1234, seed=9, days=30.0)  # the hidden options too
    form.spins["share_rate"].setValue(0.2)
    assert form.options().share_rate == 0.2 and form.options().purchase_rate == b2b.purchase_rate
    form.use_preset("books")
    assert form.options().share_mode == "recommendation" and "Leskovec" in form.preset_source.text()
    with pytest.raises(UnknownPreset):
        form.use_preset("atlantis")


def wait_measured(qtbot: object, view: TrafficView) -> None:
    qtbot.waitUntil(lambda: view.measures is not None, timeout=30_000)  # type: ignore[attr-defined]


def table_rows(view: TrafficView) -> dict[str, list[str]]:
    table = view.findChild(QTableWidget, "trafficTable")
    return {name: [table.item(row, column).text() for column in range(1, 4)] for row, name in enumerate(MEASURE_NAMES)}


def test_the_view_shows_a_hand_made_logs_known_measures_against_any_preset(qtbot: object) -> None:
    view = TrafficView()
    qtbot.addWidget(view)  # type: ignore[attr-defined]
    view.show_log(EventLog.from_records(HAND_MADE), "retail")
    wait_measured(qtbot, view)
    rows = table_rows(view)
    assert rows["participants"] == [measure_text("participants", 7), "", ""]
    assert rows["share_rate"] == [measure_text("share_rate", 3 / 7), "7.7% ±25%", "no"]
    assert rows["signup_rate"] == [measure_text("signup_rate", 0.2), "16.2% ±25%", "yes"]
    assert rows["clicks_per_share"][1:] == ["", ""]
    assert len(view.chart.dots.data) == 3 and not view.chart.empty_state.empty
    assert "per participant" in view.findChild(QLabel, "trafficSourceNote").text()
    view.compare.setCurrentIndex(view.compare.findData("ecommerce"))
    assert table_rows(view)["clicks_per_share"] == [measure_text("clicks_per_share", 1.0), "1.8–2.8", "no"]
    view.compare.setCurrentIndex(view.compare.findData("classroom"))
    assert all(cells[1:] == ["", ""] for cells in table_rows(view).values()) and view.chart.empty_state.empty


def test_a_run_on_a_preset_shows_every_published_figure_in_range(qtbot: object) -> None:
    panel = SimulationPanel(OFFER)
    qtbot.addWidget(panel)  # type: ignore[attr-defined]
    panel.show()
    panel.traffic_form.use_preset("banks")
    panel.traffic_form.spins["participants"].setValue(20_000)
    with qtbot.waitSignal(panel.traffic_view.sig_measured, timeout=60_000):  # type: ignore[attr-defined]
        panel.findChild(QPushButton, "runSimulation").click()
    view = panel.traffic_view
    assert panel.findChild(QComboBox, "presetCompared").currentData() == "banks"
    expected = measure(panel.run_result.log).as_dict()
    rows = table_rows(view)
    assert all(rows[name][0] == measure_text(name, expected[name]) for name in MEASURE_NAMES)
    assert [rows[target.measure][2] for target in PRESETS["banks"].targets] == ["yes", "yes", "yes"]
    panel.views.setCurrentWidget(view)
    assert view.isVisible()


def test_a_log_file_run_keeps_the_preset_chosen_for_comparison(qtbot: object, tmp_path: Path) -> None:
    from referral_studio.engine.generator import generate

    events = tmp_path / "events.csv"
    write_event_log(generate(preset_options("b2b", participants=500)).log, events)
    panel = SimulationPanel(OFFER)
    qtbot.addWidget(panel)  # type: ignore[attr-defined]
    panel.traffic_view.compare.setCurrentIndex(panel.traffic_view.compare.findData("b2b"))
    panel.findChild(QComboBox, "trafficSource").setCurrentIndex(1)
    panel.findChild(QLineEdit, "eventLogPath").setText(str(events))
    with qtbot.waitSignal(panel.traffic_view.sig_measured, timeout=60_000):  # type: ignore[attr-defined]
        panel.run()
    assert panel.traffic_view.preset().name == "b2b" and panel.traffic_form.preset_name() == "ecommerce"


def test_the_traffic_tab_compares_a_log_with_the_preset_that_made_it_and_says_which(
    qtbot: object, tmp_path: Path
) -> None:
    path = tmp_path / "classroom.csv"
    from referral_studio.engine.generator import generate

    write_event_log(generate(preset_options("classroom", participants=300, seed=4)).log, path)
    panel = SimulationPanel(OFFER)
    qtbot.addWidget(panel)  # type: ignore[attr-defined]
    panel.traffic_form.use_log_file(str(path), "classroom")  # as the demo workspace names its log's preset
    with qtbot.waitSignal(panel.traffic_view.sig_measured, timeout=60_000):  # type: ignore[attr-defined]
        panel.run()
    note = panel.findChild(QLabel, "presetComparedNote")
    assert panel.findChild(QComboBox, "presetCompared").currentData() == "classroom"
    assert note.text() == "the preset this traffic was made with"
    verdicts = [panel.traffic_view.table.item(row, 3).text() for row in range(len(MEASURE_NAMES))]
    assert "no" not in verdicts  # no red marks against another preset's figures
    panel.traffic_view.compare.setCurrentIndex(panel.traffic_view.compare.findData("retail"))
    assert note.text() == "this traffic was made with Classroom (exaggerated)"
    panel.findChild(QLineEdit, "eventLogPath").textEdited.emit("other.csv")  # another file: its preset is unknown
    with qtbot.waitSignal(panel.traffic_view.sig_measured, timeout=60_000):  # type: ignore[attr-defined]
        panel.run()
    assert note.text().startswith("which preset made this log is not known")
