"""At 1280×720 the leaderboard and the Fraud tab's tables show every column without a sideways scroll,
in English and Swedish; at 1920×1080 the leaderboard keeps its full times."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableView, QTableWidget

from referral_studio.ui.simulation.leaderboard_model import COL_FIRST
from referral_studio.ui.simulation.simulation_panel import SimulationPanel
from tests.ui.simulation.test_headers_whole import panel  # noqa: F401  (the fixture: a run at 1280×720, en and sv)


def test_the_leaderboard_needs_no_sideways_scroll_at_1280x720(panel: SimulationPanel) -> None:  # noqa: F811
    QApplication.processEvents()
    table = panel.findChild(QTableView, "leaderboardTable")
    assert table.model().rowCount()
    assert table.horizontalScrollBar().maximum() == 0
    header = table.horizontalHeader()
    last = header.count() - 1
    assert header.sectionPosition(last) + header.sectionSize(last) <= table.viewport().width()


def test_the_fraud_tables_need_no_sideways_scroll_at_1280x720(panel: SimulationPanel) -> None:  # noqa: F811
    panel.views.setCurrentIndex(2)
    QApplication.processEvents()
    for name in ("fraudCredits", "fraudReviewQueue"):
        table = panel.findChild(QTableWidget, name)
        assert table.rowCount(), name
        assert table.horizontalScrollBar().maximum() == 0, name


def test_a_short_time_says_the_full_time_in_its_tooltip_and_1920x1080_shows_it_whole(
    panel: SimulationPanel,  # noqa: F811
    qtbot: object,
) -> None:
    QApplication.processEvents()
    table = panel.findChild(QTableView, "leaderboardTable")
    model = table.model()
    row = next(row for row in range(model.rowCount()) if model.data(model.index(row, COL_FIRST)))
    index = model.index(row, COL_FIRST)
    full = model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert len(full) == len("2027-03-01 00:00:00")
    assert model.data(index) in (full, full[5:16])  # "03-01 00:00" where the full time leaves too little room
    panel.resize(1920, 1080)
    qtbot.wait(20)  # type: ignore[attr-defined]
    assert model.data(index) == full
    assert table.horizontalScrollBar().maximum() == 0
    assert panel.results.bottom.sizes()[0] >= 0.55 * sum(panel.results.bottom.sizes())  # its share of old


def test_filtering_keeps_the_split_the_user_dragged(panel: SimulationPanel) -> None:  # noqa: F811
    QApplication.processEvents()
    bottom = panel.results.bottom
    dragged = [bottom.sizes()[0] - 40, bottom.sizes()[1] + 40]
    bottom.setSizes(dragged)
    panel.results.filter.setText("u00")
    QApplication.processEvents()
    assert bottom.sizes() == dragged
