"""The forecast workspace shows and edits a study's synthetic fraud like any other traffic assumption, and a
forecast started from a simulation keeps the simulation's fraud rate."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from referral_studio.engine.fraud_traffic import FRAUD_OPTION_KEYS, FraudTrafficOptions, SyntheticFraud
from referral_studio.forecast.execution import run_in_process
from referral_studio.forecast.study import Range
from referral_studio.forecast.study_file import loads_study, read_study
from referral_studio.ui.forecast.forecast_assumptions import assumptions_html
from referral_studio.ui.forecast.forecast_panel import ForecastPanel
from referral_studio.ui.forecast.traffic_assumptions_model import COL_HIGH, COL_OPTION, COL_VALUE, OPTIONS
from referral_studio.ui.settings import UiSettings
from referral_studio.ui.shell.main_window import MainWindow
from tests.forecast.test_output_checks import TINY

ROOT = Path(__file__).resolve().parents[3]
EXAMPLE = ROOT / "examples" / "fraud-rules.forecast.toml"


def test_a_studys_fraud_options_are_shown_edited_and_kept(qtbot: object, settings: UiSettings) -> None:
    study = read_study(EXAMPLE)
    panel = ForecastPanel(study.base, settings=settings)
    qtbot.addWidget(panel)  # type: ignore[attr-defined]
    panel.form.show_study(study)
    traffic = panel.form.traffic
    names = [option.name for option in OPTIONS]
    assert names[-len(FRAUD_OPTION_KEYS) :] == list(FRAUD_OPTION_KEYS)
    rate, mix, shared = (names.index(key) for key in ("fraud_rate", "fraud_mix", "shared_ip_rate"))
    assert traffic.data(traffic.index(rate, COL_OPTION)) == "Fraud rate"
    assert "fraud_rate" in traffic.data(traffic.index(rate, COL_OPTION), Qt.ItemDataRole.ToolTipRole)
    assert (traffic.data(traffic.index(rate, COL_VALUE)), traffic.data(traffic.index(rate, COL_HIGH))) == (
        "0.05",
        "0.2",
    )
    assert traffic.data(traffic.index(mix, COL_VALUE)) == "same_ip=2,same_email=1,disposable_email=1,refund=1"
    assert not traffic.flags(traffic.index(mix, COL_HIGH)) & Qt.ItemFlag.ItemIsEditable  # text: never a range
    assert traffic.data(traffic.index(shared, COL_VALUE)) == "0.05"  # the default, greyed: not in the study
    assert traffic.data(traffic.index(shared, COL_VALUE), Qt.ItemDataRole.ForegroundRole) is not None
    assert traffic.setData(traffic.index(shared, COL_VALUE), "0.2")
    again = panel.form.current_study()
    assert dict(again.traffic)["fraud_rate"] == Range(0.05, 0.2)
    assert dict(again.traffic)["shared_ip_rate"] == 0.2
    assert again.fraud_options(3, {"fraud_rate": 0.1}).shared_ip_rate == 0.2  # type: ignore[union-attr]


def test_the_report_lists_synthetic_fraud_only_when_the_study_has_it(qapp) -> None:
    fraud = loads_study(EXAMPLE.read_text().replace("runs = 40", "runs = 2"), str(EXAMPLE), EXAMPLE.parent)
    assumptions = assumptions_html(run_in_process(fraud))
    assert "Fraud rate" in assumptions and "Fraud mix" in assumptions and "Refund rate (honest)" not in assumptions
    plain = assumptions_html(run_in_process(loads_study(TINY, "tiny.forecast.toml")))
    assert "Fraud" not in plain


def test_forecast_from_a_simulation_keeps_its_fraud_rate(window: MainWindow) -> None:
    window.new_offer("Guarded", "P")
    simulation = window.simulate()
    form = simulation.traffic_form
    form.use_preset("classroom")
    form.fraud_rate.setValue(0.15)
    preset, traffic = form.generator_traffic()  # type: ignore[misc]
    assert preset == "classroom" and isinstance(traffic, SyntheticFraud) and traffic.fraud.rate == 0.15
    simulation.findChild(QPushButton, "openForecast").click()
    panel = next(p for p in window.windows.workspaces if isinstance(p, ForecastPanel))
    study = panel.form.current_study()
    assert dict(study.traffic)["fraud_rate"] == 0.15
    assert study.fraud_options(7, {}) == FraudTrafficOptions(rate=0.15, seed=7)  # as the simulation made it
    assert dataclasses.replace(study.options(0, {}), seed=traffic.traffic.seed) == traffic.traffic
    for opened in list(window.windows.workspaces):
        opened.close()
