"""A fitted traffic file, with its ranges, taken into a forecast study's traffic assumptions."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtWidgets import QComboBox

from referral_studio.engine.presets import preset_options
from referral_studio.forecast.study import Range
from referral_studio.ui.forecast.forecast_panel import ForecastPanel
from referral_studio.ui.settings import UiSettings
from referral_studio.ui.widgets.traffic_file_choice import FROM_FILE
from tests.ui.forecast.test_forecast_panel import OFFER, set_traffic
from tests.ui.simulation.test_traffic_file_preset import fitted_files


def test_a_traffic_file_fills_the_assumptions_and_its_ranges_are_drawn(
    qtbot: object, settings: UiSettings, tmp_path: Path
) -> None:
    _plain, ranged = fitted_files(tmp_path)
    panel = ForecastPanel(OFFER, settings=settings)
    qtbot.addWidget(panel)  # type: ignore[attr-defined]
    combo = panel.findChild(QComboBox, "forecastPreset")
    assert combo.findData(FROM_FILE) == combo.count() - 1
    set_traffic(panel, "participants", "250")
    assert panel.form.use_traffic_file(str(ranged))
    study = panel.form.current_study()
    traffic = dict(study.traffic)
    assert isinstance(traffic["share_rate"], Range) and traffic["share_rate"].low < traffic["share_rate"].high
    assert "share_rate" in study.drawn and traffic["participants"] == 250  # what the study gave stays
    assert combo.currentData() == "ecommerce" and study.preset == "ecommerce"


def test_forecast_from_a_simulation_on_a_traffic_file_keeps_its_traffic(
    qtbot: object, settings: UiSettings, tmp_path: Path
) -> None:
    plain, _ranged = fitted_files(tmp_path)
    options = preset_options(str(plain), participants=321, seed=4)
    panel = ForecastPanel(OFFER, settings=settings)
    qtbot.addWidget(panel)  # type: ignore[attr-defined]
    panel.form.use_traffic(str(plain), options)
    study = panel.form.current_study()
    assert panel.findChild(QComboBox, "forecastPreset").currentData() == "ecommerce"
    assert replace(study.options(options.seed, {}), seed=options.seed) == options
