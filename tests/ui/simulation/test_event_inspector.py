""" "Why this credit" at 1280×720: every verdict reads whole, wrapped, without scrolling sideways."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QPushButton

from referral_studio.domain.offer import Goal, GoalType, Offer
from referral_studio.ui.simulation.event_inspector import verdict_row
from referral_studio.ui.simulation.simulation_panel import SimulationPanel

OFFER = Offer(name="Sign-ups", goal=Goal(type=GoalType.REFERRED_SIGNUPS, count=3))


def test_verdicts_wrap_to_the_table_width_at_1280x720(qtbot: object) -> None:
    panel = SimulationPanel(OFFER)
    qtbot.addWidget(panel)  # type: ignore[attr-defined]
    panel.resize(1280, 720)
    panel.show()
    panel.traffic_form.use_preset("classroom")  # milestones and JavaScript events: long event names too
    panel.traffic_form.spins["participants"].setValue(400)
    with qtbot.waitSignal(panel.sig_finished, timeout=60_000):  # type: ignore[attr-defined]
        panel.findChild(QPushButton, "runSimulation").click()
    panel.table.selectRow(0)
    table = panel.inspector.table
    qtbot.waitUntil(lambda: table.rowCount() > 0)  # type: ignore[attr-defined]
    room = table.viewport().width()
    assert room < 500  # the narrow inspector of a small laptop's screen
    columns = sum(table.columnWidth(column) for column in range(table.columnCount()))
    assert columns <= room and table.horizontalScrollBar().maximum() == 0  # nothing to scroll sideways to
    metrics = table.fontMetrics()
    long_ones = 0
    for index, verdict in enumerate(panel.inspector.verdicts):
        item = table.item(verdict_row(index), 0)
        assert item.text() == verdict.text
        shown = table.visualItemRect(item)
        assert shown.width() >= room - 2  # across the whole table
        needed = metrics.boundingRect(QRect(0, 0, shown.width() - 8, 10_000), Qt.TextFlag.TextWordWrap, item.text())
        assert shown.height() >= needed.height(), verdict.text  # tall enough for every wrapped line
        long_ones += metrics.horizontalAdvance(verdict.text) > room
    assert long_ones > 0  # some verdicts are wider than the table: they wrapped
