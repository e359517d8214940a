"""The forecast workspace at 1280×720: the ranking shows three variants whole."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QTableWidget, QTableWidgetItem

from referral_studio.domain.offer import Goal, GoalType, Offer
from referral_studio.ui.forecast.forecast_panel import ForecastPanel
from referral_studio.ui.settings import UiSettings


def test_the_ranking_s_third_row_is_whole_at_1280x720(qtbot: object, settings: UiSettings) -> None:
    panel = ForecastPanel(Offer(name="F", goal=Goal(type=GoalType.REFERRED_SIGNUPS, count=2)), settings=settings)
    qtbot.addWidget(panel)  # type: ignore[attr-defined]
    panel.resize(1280, 720)
    panel.show()
    ranking = panel.findChild(QTableWidget, "forecastRanking")
    ranking.setRowCount(3)  # three variants ranked, as a forecast of the base offer and two variants gives
    for row in range(3):
        ranking.setItem(row, 0, QTableWidgetItem(f"Variant {row}"))
    QApplication.processEvents()
    third = ranking.visualItemRect(ranking.item(2, 0))
    assert third.top() >= 0 and third.bottom() <= ranking.viewport().height()
