"""Reconcile with Platform Credits… in the simulation workspace: the differences, each opening Why this credit."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QPushButton, QTableWidget

from referral_studio.domain.offer import Goal, GoalType, Offer
from referral_studio.domain.offer_file import read_offer_file
from referral_studio.domain.times import format_ns
from referral_studio.engine.reconcile import rules_credits
from referral_studio.ui.simulation.simulation_panel import SimulationPanel
from tests.ui.simulation.test_simulation_panel import panel_for, run_and_wait

OFFER = Offer(name="Sign-ups", goal=Goal(type=GoalType.REFERRED_SIGNUPS, count=3))


def ran_panel(qtbot: object) -> SimulationPanel:
    """The workspace at 1280×720 after a classroom run of 300 participants: a few hundred credits."""
    panel = panel_for(qtbot, OFFER)
    assert not panel.findChild(QPushButton, "reconcileCredits").isEnabled()  # nothing to reconcile with yet
    panel.resize(1280, 720)
    panel.traffic_form.use_preset("classroom")
    panel.traffic_form.spins["participants"].setValue(300)
    run_and_wait(qtbot, panel)
    assert panel.findChild(QPushButton, "reconcileCredits").isEnabled()
    return panel


def test_the_differences_are_listed_and_a_row_opens_why_this_credit(qtbot: object, tmp_path: Path) -> None:
    panel = ran_panel(qtbot)
    run = panel.run_result
    assert run is not None
    credits, _ = rules_credits(OFFER, run.log, run.results[0])
    kept, dropped = credits[1:], credits[0]  # the platform missed one credit…
    late = kept[0]
    with (tmp_path / "platform.csv").open("w", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(["time", "referrer", "person"])
        writer.writerow([format_ns(late.time + 7_200 * 10**9), late.referrer, late.person])  # … and dated one late
        writer.writerows([format_ns(c.time), c.referrer, c.person] for c in kept[1:])
    action = panel.findChild(QAction, "actionReconcile")
    assert action is not None and action.text() == "Reconcile with Platform &Credits…"
    assert panel.platform_reconcile.open_file(tmp_path / "platform.csv")
    dialog = panel.platform_reconcile.dialog
    table = dialog.findChild(QTableWidget, "reconcileTable")
    assert table.rowCount() == 2
    rows = {table.item(row, 1).text(): table.item(row, 0).text() for row in range(table.rowCount())}
    assert rows == {dropped.person: "missing on the platform", late.person: "time differs"}
    assert "2 differences" in dialog.heading.text() and "platform.csv" in dialog.heading.text()
    row = next(row for row in range(2) if table.item(row, 1).text() == dropped.person)
    assert table.item(row, 7).text().startswith("credit ")
    dialog.resize(1100, 480)
    dialog.grab().save(str(tmp_path / "reconcile.png"))
    table.cellActivated.emit(row, 0)
    assert panel.inspector.verdicts and any(v.person == dropped.person for v in panel.inspector.verdicts)
    assert dropped.person in panel.inspector.title.text()


def test_a_bad_credits_file_is_refused_with_its_line(qtbot: object, tmp_path: Path) -> None:
    panel = ran_panel(qtbot)
    (tmp_path / "bad.csv").write_text("time,referrer,person\nsoon,a,b\n")
    texts: list[str] = []

    def close() -> None:
        box = QApplication.activeModalWidget()
        if box is not None:
            texts.append(str(box.property("text")))
            box.close()

    QTimer.singleShot(200, close)
    assert not panel.platform_reconcile.open_file(tmp_path / "bad.csv")
    assert "bad.csv: line 2: field 'time' is 'soon'" in texts[0]
    assert not panel.platform_reconcile.dialog.isVisible()


def test_a_credits_export_with_its_mapping_beside_it_is_read_through_it(qtbot: object, tmp_path: Path) -> None:
    panel = ran_panel(qtbot)
    run = panel.run_result
    assert run is not None
    credits, _ = rules_credits(OFFER, run.log, run.results[0])
    lines = ["Credited;Friend;Referrer"] + [f"{format_ns(c.time)};{c.person};{c.referrer}" for c in credits[1:]]
    (tmp_path / "platform.csv").write_text("\n".join(lines) + "\n")
    (tmp_path / "platform.csv.mapping.toml").write_text(
        '[fields]\ntime = "Credited"\nperson = "Friend"\nreferrer = "Referrer"\n'
    )
    assert panel.platform_reconcile.open_file(tmp_path / "platform.csv")
    table = panel.platform_reconcile.dialog.findChild(QTableWidget, "reconcileTable")
    assert table.rowCount() == 1 and table.item(0, 1).text() == credits[0].person


def test_the_example_s_differences_each_take_one_line_when_the_dialog_first_opens(qtbot: object) -> None:
    examples = Path(__file__).resolve().parents[3] / "examples"
    panel = panel_for(qtbot, read_offer_file(examples / "spring.offer.json"))
    panel.resize(1280, 720)
    panel.traffic_form.use_log_file(str(examples / "own-traffic.csv"))
    run_and_wait(qtbot, panel)
    assert panel.platform_reconcile.open_file(examples / "platform-credits.csv")
    table = panel.platform_reconcile.dialog.findChild(QTableWidget, "reconcileTable")
    QApplication.processEvents()
    one_line = table.fontMetrics().lineSpacing() * 2  # one line and its padding, well short of two lines' rows
    assert table.rowCount() == 4 and all(table.rowHeight(row) < one_line for row in range(4))
    headers = [table.horizontalHeaderItem(column).text() for column in range(table.columnCount())]
    assert headers[2:4] == ["Rules' referrer", "Platform's referrer"] and "Log line" in headers  # say what they hold
