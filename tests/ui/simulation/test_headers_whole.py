"""Table headers read whole at 1280×720, in English and Swedish: the leaderboard's and the Fraud tab's."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDoubleSpinBox, QHeaderView, QTableView, QTableWidget

from referral_studio.domain.offer import Fraud, Goal, GoalType, Offer
from referral_studio.ui.simulation.leaderboard_model import COL_FIRST
from referral_studio.ui.simulation.simulation_panel import SimulationPanel
from tests.ui.simulation.test_simulation_panel import run_and_wait

RULES = Fraud(same_ip=True, same_email=True, blocked_email_domains=("mailinator.com",), max_credits_per_day=2)


@pytest.fixture(params=["en", "sv"])
def panel(request: pytest.FixtureRequest, qtbot: object) -> SimulationPanel:
    """A run with fraud labels, rules and a review queue, at 1280×720 in the parameter's language."""
    if request.param == "sv":
        request.getfixturevalue("swedish")
    panel = SimulationPanel(Offer(name="F", goal=Goal(type=GoalType.REFERRED_SIGNUPS), fraud=RULES))
    qtbot.addWidget(panel)  # type: ignore[attr-defined]
    panel.resize(1280, 720)
    panel.show()
    panel.traffic_form.use_preset("classroom")
    panel.traffic_form.spins["participants"].setValue(300)
    panel.findChild(QDoubleSpinBox, "trafficFraudRate").setValue(0.3)
    run_and_wait(qtbot, panel)
    return panel


def whole_in_view(table: QTableView, column: int) -> bool:
    """The column's header is as wide as its text needs and lies inside the table, nothing scrolled."""
    header: QHeaderView = table.horizontalHeader()
    end = header.sectionPosition(column) + header.sectionSize(column)
    return header.sectionSize(column) >= header.sectionSizeHint(column) and end <= table.viewport().width()


def test_the_leaderboards_first_fulfilled_header_is_whole_on_two_lines_with_a_tooltip(panel: SimulationPanel) -> None:
    QApplication.processEvents()
    table = panel.findChild(QTableView, "leaderboardTable")
    model = table.model()
    assert table.horizontalScrollBar().value() == 0
    assert all(whole_in_view(table, column) for column in range(COL_FIRST + 1))
    assert "\n" in model.headerData(COL_FIRST, Qt.Orientation.Horizontal)
    assert model.headerData(COL_FIRST, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    header = table.horizontalHeader()
    assert header.height() >= header.sectionSizeFromContents(COL_FIRST).height()  # both lines show


def test_the_fraud_tabs_credits_and_review_queue_show_every_header_whole(panel: SimulationPanel, qtbot: object) -> None:
    panel.views.setCurrentIndex(2)
    QApplication.processEvents()
    queue = panel.findChild(QTableWidget, "fraudReviewQueue")
    credits = panel.findChild(QTableWidget, "fraudCredits")
    assert queue.rowCount() and credits.rowCount()
    for table in (credits, queue):
        for column in range(table.columnCount()):
            assert whole_in_view(table, column), (table.objectName(), table.horizontalHeaderItem(column).text())
    for column in (3, 4):  # the counts' long headers, on two lines, said in full in their tooltips
        item = queue.horizontalHeaderItem(column)
        assert "\n" in item.text() and item.toolTip()
    panel.resize(1920, 1080)  # room for the two side by side again
    qtbot.wait(20)  # type: ignore[attr-defined]
    assert panel.fraud_view.tables.orientation() == Qt.Orientation.Horizontal
    assert all(whole_in_view(queue, column) for column in range(queue.columnCount()))
