"""The forecast workspace on real widgets, a real store and a real local Dask cluster."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QGroupBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableView,
    QTableWidget,
)

from referral_studio.domain.offer import Goal, GoalType, Offer
from referral_studio.forecast import execution
from referral_studio.forecast.execution import run_in_process
from referral_studio.forecast.headline import amount
from referral_studio.forecast.outputs import ranking_text
from referral_studio.forecast.study import Range
from referral_studio.forecast.study_file import dumps_study, read_study
from referral_studio.forecast.verdict import verdict as verdict_of
from referral_studio.ui.forecast.forecast_charts import ForecastBandsChart
from referral_studio.ui.forecast.forecast_panel import ForecastPanel
from referral_studio.ui.forecast.forecast_report import headline_text, ranking_headers
from referral_studio.ui.forecast.forecast_results import ForecastResults
from referral_studio.ui.forecast.forecast_sensitivity import assumption_label, flips_sentences
from referral_studio.ui.forecast.forecast_variants_model import COL_COUNT, COL_DIFF, COL_MODEL, COL_NAME, COL_REPEAT
from referral_studio.ui.forecast.traffic_assumptions_model import COL_HIGH, COL_VALUE, OPTIONS
from referral_studio.ui.settings import UiSettings
from referral_studio.ui.shell.main_window import MainWindow
from referral_studio.ui.widgets.qt_times import to_qdatetime

EXAMPLE = Path(__file__).resolve().parents[3] / "examples" / "spring.forecast.toml"
OFFER = Offer(name="Spring", goal=Goal(type=GoalType.REFERRED_SIGNUPS, count=3))


def panel_on(qtbot: object, settings: UiSettings, runs: int = 12, participants: int = 120) -> ForecastPanel:
    panel = ForecastPanel(OFFER, settings=settings)
    qtbot.addWidget(panel)  # type: ignore[attr-defined]
    panel.show()
    panel.findChild(QSpinBox, "forecastRuns").setValue(runs)
    set_traffic(panel, "participants", str(participants))
    return panel


def set_traffic(panel: ForecastPanel, name: str, value: str, high: str | None = None) -> None:
    row = [option.name for option in OPTIONS].index(name)
    assert panel.form.traffic.setData(panel.form.traffic.index(row, COL_VALUE), value)
    if high is not None:
        assert panel.form.traffic.setData(panel.form.traffic.index(row, COL_HIGH), high)


def test_variants_table_edits_show_differences_and_refuse_bad_names(qtbot: object, settings: UiSettings) -> None:
    panel = panel_on(qtbot, settings)
    model = panel.form.variants
    view = panel.findChild(QTableView, "forecastVariants")
    assert (
        view.model() is model
        and model.rowCount() == 1
        and model.flags(model.index(0, COL_COUNT)) & (Qt.ItemFlag.ItemIsEditable) == Qt.ItemFlag(0)
    )
    row = panel.form.add_variant()
    assert model.setData(model.index(row, COL_COUNT), 5)
    assert model.setData(model.index(row, COL_MODEL), "last_touch")
    assert model.setData(model.index(row, COL_REPEAT), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert model.data(model.index(row, COL_DIFF)) == (
        "goal count 5 (base: 3); attribution last touch (base: first touch); repeat rewards on (base: off)"
    )
    assert model.setData(model.index(row, COL_COUNT), 3)  # back to the base: the override is dropped
    assert "goal count" not in model.data(model.index(row, COL_DIFF))
    copy = panel.form.duplicate_variant()
    assert model.data(model.index(copy, COL_DIFF)) == model.data(model.index(row, COL_DIFF))
    assert not model.rename(copy, model.data(model.index(row, COL_NAME)))  # taken
    assert "Another variant" in panel.message.text()
    assert not model.setData(model.index(row, COL_COUNT), 0)  # out of range, refused with the key named
    assert "goal.count" in panel.message.text()
    assert model.rename(copy, "Cap 2")
    panel.form.variants_view.selectRow(copy)
    panel.form.remove_variant()
    assert model.rowCount() == 2


def test_traffic_ranges_and_bad_values(qtbot: object, settings: UiSettings) -> None:
    panel = panel_on(qtbot, settings)
    set_traffic(panel, "share_rate", "0.2", "0.4")
    row = [option.name for option in OPTIONS].index("participants")
    assert not panel.form.traffic.setData(panel.form.traffic.index(row, COL_VALUE), "many")
    assert "Organic participants: many is not a whole number" in panel.message.text()
    study = panel.form.current_study()
    assert dict(study.traffic)["share_rate"] == Range(0.2, 0.4) and study.preset == "classroom"
    set_traffic(panel, "share_rate", "0.9", "0.4")
    assert not panel.run()  # low above high: refused before anything runs, the key named
    assert "traffic.share_rate" in panel.message.text()


def test_save_and_open_study_round_trip(qtbot: object, settings: UiSettings, tmp_path: Path) -> None:
    panel = panel_on(qtbot, settings, runs=321)
    panel.form.add_variant()
    panel.form.variants.setData(panel.form.variants.index(1, COL_COUNT), 7)
    set_traffic(panel, "signup_rate", "0.1", "0.3")
    panel.form.costs["reward_per_fulfillment"].setValue(12.5)
    panel.form.seed.setValue(99)
    panel.form.objective.setCurrentIndex(panel.form.objective.findData("cost"))
    panel.form.minimize.setChecked(True)
    before = panel.form.current_study()
    path = tmp_path / "spring.forecast.toml"
    assert panel.files.save_study(path)
    other = ForecastPanel(Offer(name="Other"), settings=settings)
    qtbot.addWidget(other)  # type: ignore[attr-defined]
    assert other.files.open_study(path)
    assert dumps_study(other.form.current_study()) == dumps_study(before)
    assert other.form.variants.rowCount() == 2 and other.form.runs.value() == 321 and other.form.minimize.isChecked()


def test_run_shows_bands_and_ranking_and_exports_results_and_report(
    qtbot: object, settings: UiSettings, tmp_path: Path
) -> None:
    panel = panel_on(qtbot, settings)
    panel.form.add_variant()
    panel.form.variants.setData(panel.form.variants.index(1, COL_COUNT), 1)
    panel.form.costs["value_per_referred_signup"].setValue(10)
    panel.form.costs["reward_per_fulfillment"].setValue(4)
    with qtbot.waitSignal(panel.sig_finished, timeout=120_000):  # type: ignore[attr-defined]
        panel.findChild(QPushButton, "runForecast").click()
    assert panel.forecast is not None, panel.message.text()
    progress = panel.findChild(QProgressBar, "forecastProgress")
    assert progress.value() == progress.maximum() == 12
    assert panel.where.text().startswith("Running on this computer, ") and "worker" in panel.where.text()
    expected = run_in_process(panel.form.current_study())
    assert ranking_text(panel.forecast) == ranking_text(expected)
    assert np.array_equal(panel.forecast.bands, expected.bands)
    ranking = panel.findChild(QTableWidget, "forecastRanking")
    names = [ranking.item(row, 0).text() for row in range(ranking.rowCount())]
    assert names == [name for name, _, _ in expected.ranking()]
    verdict = panel.findChild(QLabel, "forecastVerdict")
    assert verdict.isVisible() and verdict.text() == headline_text(expected)
    assert not verdict.text().startswith("Best by") or " — ahead of " in verdict.text()  # never "best" alone
    assert "Best by" not in panel.message.text()
    leader_column = ranking_headers("")[:5].index("vs. leader")
    assert ranking.item(0, leader_column).text() == "—"
    difference = verdict_of(expected).differences[names[1]]
    assert ranking.item(1, leader_column).text().startswith(f"{amount(difference.p50)}\n(")  # two lines, as the report
    assert "share_rate" in expected.study.ranges()  # the form's default draws it from a range
    assert panel.findChild(QGroupBox, "forecastSensitivity").isVisible()
    assert len(panel.results.bands_chart.items) == 4 * 2  # per variant: low, high, shaded band, median
    assert settings.forecast_scheduler == ""
    assert panel.files.export_results(tmp_path / "results")
    assert (tmp_path / "results" / "runs.csv").read_text().count("\n") == 1 + 2 * 12
    report = tmp_path / "report.pdf"
    assert panel.findChild(QPushButton, "exportForecastReport").isEnabled()
    assert panel.files.export_report(report) and report.read_bytes().startswith(b"%PDF-")


def test_cancel_stops_a_forecast(qtbot: object, settings: UiSettings) -> None:
    panel = panel_on(qtbot, settings, runs=800, participants=300)
    assert panel.run()
    qtbot.waitUntil(lambda: panel.progress.value() > 0, timeout=120_000)  # type: ignore[attr-defined]
    with qtbot.waitSignal(panel.sig_finished, timeout=120_000):  # type: ignore[attr-defined]
        panel.findChild(QPushButton, "cancelForecast").click()
    assert panel.forecast is None and "cancelled" in panel.message.text()
    assert panel.run_button.isEnabled() and not panel.cancel_button.isEnabled()


def test_unreachable_scheduler_is_reported_and_remembered(
    qtbot: object, settings: UiSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(execution, "CONNECT_SECONDS", 1)  # a refused port is retried until the timeout
    panel = panel_on(qtbot, settings)
    panel.form.scheduler.setText("tcp://127.0.0.1:9")
    with qtbot.waitSignal(panel.sig_finished, timeout=60_000):  # type: ignore[attr-defined]
        assert panel.run()
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in panel.message.text()
    assert settings.forecast_scheduler == "tcp://127.0.0.1:9"
    assert ForecastPanel(OFFER, settings=settings).form.scheduler.text() == "tcp://127.0.0.1:9"


def test_offer_menu_and_simulation_button_open_the_workspace(window: MainWindow, qtbot: object) -> None:
    window.new_offer("Forecast me", "P")
    action = window.findChild(QAction, "actionForecast")
    assert action.shortcut() == QKeySequence("Ctrl+Shift+R") and action.isEnabled()
    action.trigger()
    workspaces = window.windows.workspaces
    panel = next(p for p in workspaces if isinstance(p, ForecastPanel))
    assert panel.objectName() == "ForecastPanel" and panel.form.base.name == "Forecast me"
    simulation = window.simulate()
    simulation.findChild(QPushButton, "openForecast").click()
    assert sum(isinstance(p, ForecastPanel) for p in workspaces) == 2
    editor = window.edit_draft()  # the forecast follows the draft as it is edited, as simulations do
    with qtbot.waitSignal(editor.document.sig_changed, timeout=5_000):  # type: ignore[attr-defined]
        editor.findChild(QSpinBox, "goalCount").setValue(4)
    assert panel.form.base.goal.count == 4
    editor.stack.setClean()
    editor.close()
    for opened in list(workspaces):
        opened.close()


def test_what_the_answer_depends_on_shows_when_a_value_is_drawn_from_a_range(qtbot: object) -> None:
    forecast = run_in_process(read_study(EXAMPLE))
    results = ForecastResults()
    qtbot.addWidget(results)  # type: ignore[attr-defined]
    results.resize(1280, 720)
    results.show()
    results.show_forecast(forecast)
    view = results.findChild(QGroupBox, "forecastSensitivity")
    assert view.isVisible() and view.title() == "What the answer depends on"
    assert view.words.text() == "<br>".join(flips_sentences(forecast))
    table = view.table
    assert table.rowCount() == len(forecast.study.ranges()) * len(forecast.study.variants)
    assert [table.item(row, 0).text() for row in range(table.rowCount())] == [
        assumption_label(name) for name in forecast.study.ranges() for _ in forecast.study.variants
    ]
    assert table.item(0, 0).text() == "Share rate"  # as the traffic table names it, not the file's share_rate
    assert "share_rate" not in view.words.text() and "reward_elasticity" not in view.words.text()
    results.resize(680, 720)  # the results' side of the workspace at 1280×720
    QApplication.processEvents()
    assert not table.horizontalScrollBar().isVisible()  # the figures fit; long names end in "…"
    assert table.item(0, 0).toolTip() == "Share rate"
    fixed = dataclasses.replace(forecast.study, traffic=(("participants", 100),), response=(), runs=3)
    results.show_forecast(run_in_process(fixed))
    assert not view.isVisible()  # nothing drawn from a range: nothing to depend on


def test_coinciding_series_are_named_in_the_legend_and_drawn_dashed(qtbot: object) -> None:
    forecast = run_in_process(dataclasses.replace(read_study(EXAMPLE), response=()))  # people ignore the offer
    credited = forecast.bands[:, 0]
    assert np.array_equal(credited[0], credited[1])  # goal count 3 and 5 credit the same referrers
    chart = ForecastBandsChart()
    qtbot.addWidget(chart)  # type: ignore[attr-defined]
    chart.show_forecast(forecast, "credited_referrers")
    labels = [label.text for _, label in chart.legend.items]
    assert labels == ["count 3", "count 5 (same as count 3)", "count 3, last touch, cap 2"]
    medians = chart.items[3::4]
    assert [item.opts["pen"].style() for item in medians] == [
        Qt.PenStyle.SolidLine,
        Qt.PenStyle.DashLine,  # over count 3's line, which shows between the dashes
        Qt.PenStyle.SolidLine,
    ]
    chart.show_forecast(forecast, "fulfilled_referrers")  # these differ: plain names
    assert [label.text for _, label in chart.legend.items] == [variant.name for variant in forecast.study.variants]


def test_forecast_from_a_simulation_starts_from_exactly_its_traffic(window: MainWindow) -> None:
    window.new_offer("Forecast me", "P")
    simulation = window.simulate()
    form = simulation.traffic_form
    form.use_preset("retail")
    form.start.setDateTime(to_qdatetime(datetime(2027, 3, 1, 9, 0, tzinfo=UTC)))
    form.spins["days"].setValue(30.62)
    form.spins["participants"].setValue(750)
    form.spins["share_rate"].setValue(0.35)
    preset, wanted = form.generator_traffic()
    assert (preset, wanted.start.hour, wanted.days, wanted.share_rate) == ("retail", 9, 30.62, 0.35)
    simulation.findChild(QPushButton, "openForecast").click()
    panel = next(p for p in window.windows.workspaces if isinstance(p, ForecastPanel))
    study = panel.form.current_study()
    assert study.preset == "retail" and study.ranges() == {}  # nothing drawn: the simulation's values as they are
    assert dataclasses.replace(study.options(0, {}), seed=wanted.seed) == wanted  # every option, exactly
    for opened in list(window.windows.workspaces):
        opened.close()
