"""The funnel's step names and counts are whole at 1280×720 in both languages, long counts included."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QApplication

from referral_studio.domain.offer import Goal, GoalType, Offer
from tests.ui.simulation.test_simulation_panel import panel_for, run_and_wait

OFFER = Offer(name="Sign-ups", goal=Goal(type=GoalType.REFERRED_SIGNUPS, count=3))


@pytest.mark.parametrize("language", ["en", "sv"])
def test_every_count_and_step_name_fits_beside_its_bar(
    qtbot: object, language: str, request: pytest.FixtureRequest
) -> None:
    if language == "sv":
        request.getfixturevalue("swedish")
    panel = panel_for(qtbot, OFFER)
    panel.resize(1280, 720)
    panel.traffic_form.spins["participants"].setValue(5_000)  # five-digit counts ("11 334" in Swedish)
    run_and_wait(qtbot, panel)
    QApplication.processEvents()
    funnel = panel.funnel
    assert max(funnel.values) >= 10_000
    for size in ((1280, 720), (1920, 1080), (1280, 720)):  # the scale follows the chart's width
        panel.resize(*size)
        QApplication.processEvents()
        bars = funnel.plotItem.vb.sceneBoundingRect()
        for label in funnel.labels:
            shown = label.mapRectToScene(label.textItem.boundingRect())  # the text's own box, in the scene
            assert shown.left() >= bars.left() and shown.right() <= bars.right() + 0.5, (size, label.toPlainText())
        axis = funnel.getAxis("left")
        metrics = QFontMetricsF(axis.style["tickFont"] or axis.font())
        longest = max(metrics.horizontalAdvance(text) for _value, text in axis._tickLevels[0])
        assert axis.width() >= longest + axis.style["tickTextOffset"][0]  # every step name whole
    panel.close()
