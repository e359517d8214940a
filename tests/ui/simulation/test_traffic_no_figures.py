"""A run on a preset with no published figures: the Traffic tab's chart says so, in English and Swedish."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QPushButton

from referral_studio.ui.i18n import translate
from referral_studio.ui.simulation.simulation_panel import SimulationPanel
from tests.ui.simulation.test_traffic_view import OFFER


@pytest.mark.parametrize("language", ["en", "sv"])
def test_the_chart_says_the_preset_publishes_no_figures_after_a_run(
    qtbot: object, language: str, request: pytest.FixtureRequest
) -> None:
    if language == "sv":
        request.getfixturevalue("swedish")
    panel = SimulationPanel(OFFER)
    qtbot.addWidget(panel)  # type: ignore[attr-defined]
    panel.resize(1280, 720)
    panel.show()
    panel.traffic_form.use_preset("classroom")
    panel.traffic_form.spins["participants"].setValue(200)
    with qtbot.waitSignal(panel.traffic_view.sig_measured, timeout=60_000):  # type: ignore[attr-defined]
        panel.findChild(QPushButton, "runSimulation").click()
    panel.views.setCurrentWidget(panel.traffic_view)
    QApplication.processEvents()
    chart = panel.traffic_view.chart
    assert chart.empty_state.empty and chart.empty_state.hint.isVisible() and not chart.published.isVisible()
    said = chart.empty_state.hint.toPlainText()
    assert said == translate("TrafficView", "This preset publishes no figures to compare with.")
    assert ("publishes no figures" if language == "en" else "inga publicerade siffror") in said
    panel.traffic_view.compare.setCurrentIndex(panel.traffic_view.compare.findData("banks"))  # one with figures
    assert not chart.empty_state.empty and not chart.empty_state.hint.isVisible() and chart.published.isVisible()
