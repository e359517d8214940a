"""The editor's Fraud & Holds section and the simulation workspace's Fraud view, driven by automation names."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QCheckBox, QComboBox, QDoubleSpinBox, QLineEdit, QPlainTextEdit, QPushButton, QTableWidget

from referral_studio.cli import main
from referral_studio.domain.offer import Fraud, Goal, GoalType, Offer
from referral_studio.engine.fraud_report import fraud_report
from referral_studio.engine.log_files import read_event_log
from referral_studio.engine.replay import replay
from referral_studio.ui.shell.main_window import MainWindow
from referral_studio.ui.simulation.simulation_panel import SimulationPanel
from tests.ui.editor.test_offer_editor import child, open_editor

RULES = Fraud(same_ip=True, same_email=True, blocked_email_domains=("mailinator.com",), max_credits_per_day=2)


def test_fraud_and_holds_edits_are_undoable_and_reach_the_offer(window: MainWindow) -> None:
    editor = open_editor(window)
    assert "Fraud & Holds" in [editor.sections.topLevelItem(0).child(i).text(0) for i in range(4)]
    editor._go(3)
    child(editor, QCheckBox, "fraud_same_ip").click()
    child(editor, QPlainTextEdit, "fraudBlockedDomains").setPlainText("mailinator.com\n\n@Yopmail.com")
    child(editor, QCheckBox, "fraudVelocitySet").click()
    child(editor, QDoubleSpinBox, "fraudHoldDays").setValue(14)
    fraud = editor.offer.fraud
    assert fraud == Fraud(
        same_ip=True, blocked_email_domains=("mailinator.com", "@Yopmail.com"), max_credits_per_day=3, hold_days=14
    )
    editor.undo_action.trigger()
    assert editor.offer.fraud.hold_days == 0
    editor.undo_action.trigger()
    assert editor.offer.fraud.max_credits_per_day is None
    assert not child(editor, QCheckBox, "fraudVelocitySet").isChecked()
    editor.redo_action.trigger()
    assert editor.offer.fraud.max_credits_per_day == 3


def labelled_log(tmp_path: Path) -> Path:
    path = tmp_path / "fraud.csv"
    args = ["generate", "--preset", "classroom", "--participants", "300", "--days", "15", "--quiet"]
    assert main([*args, "--fraud-rate", "0.3", "--out", str(path)]) == 0
    return path


def run_panel(qtbot: object, offer: Offer, log: Path) -> SimulationPanel:
    panel = SimulationPanel(offer)
    qtbot.addWidget(panel)  # type: ignore[attr-defined]
    panel.show()
    panel.findChild(QComboBox, "trafficSource").setCurrentIndex(1)
    panel.findChild(QLineEdit, "eventLogPath").setText(str(log))
    with qtbot.waitSignal(panel.sig_finished, timeout=60_000):  # type: ignore[attr-defined]
        panel.findChild(QPushButton, "runSimulation").click()
    return panel


def column(table: QTableWidget, index: int) -> list[str]:
    return [table.item(row, index).text() for row in range(table.rowCount())]


def test_fraud_view_scores_each_rule_and_opens_a_blocked_credit(qtbot: object, tmp_path: Path) -> None:
    path = labelled_log(tmp_path)
    offer = Offer(name="F", goal=Goal(type=GoalType.REFERRED_SIGNUPS), fraud=RULES)
    panel = run_panel(qtbot, offer, path)
    rules = panel.findChild(QTableWidget, "fraudRules")
    assert column(rules, 0) == ["Same IP", "Same email", "Blocked email domain", "Velocity (review)", "All rules"]
    log = read_event_log(path)
    expected = {s.rule: s for s in fraud_report(replay(offer, log), log, str(path), 25.0).scores}
    assert column(rules, 2)[-1] == str(expected["all"].true_positives)
    assert column(rules, 3)[0] == str(expected["same_ip"].false_positives)
    # The credits one rule took, each opened in "why this credit".
    picker = panel.findChild(QComboBox, "fraudRulePicker")
    picker.setCurrentIndex(picker.findText("Same IP"))
    credits = panel.findChild(QTableWidget, "fraudCredits")
    assert credits.rowCount() == expected["same_ip"].credits
    referrer = credits.item(0, 3).text()
    credits.cellDoubleClicked.emit(0, 3)
    assert panel.views.currentIndex() == 0 and panel.display.inspected == referrer
    texts = [verdict.text for verdict in panel.inspector.verdicts]
    assert any(text.startswith("blocked: shares IP") for text in texts)
    queue = panel.findChild(QTableWidget, "fraudReviewQueue")
    assert queue.rowCount() == int((replay(offer, log).fates.outcome == 2).sum())


def test_switching_a_rule_off_reruns_and_the_numbers_move(qtbot: object, tmp_path: Path) -> None:
    offer = Offer(name="F", goal=Goal(type=GoalType.REFERRED_SIGNUPS), fraud=RULES)
    panel = run_panel(qtbot, offer, labelled_log(tmp_path))
    before = column(panel.findChild(QTableWidget, "fraudRules"), 0)
    with qtbot.waitSignal(panel.sig_finished, timeout=60_000):  # type: ignore[attr-defined]
        panel.set_offer(offer.replace(fraud=Fraud(same_ip=True)))
    after = column(panel.findChild(QTableWidget, "fraudRules"), 0)
    assert before != after and after == ["Same IP", "All rules"]


def test_synthetic_traffic_with_a_fraud_rate_is_labelled_and_scored(qtbot: object) -> None:
    offer = Offer(name="F", goal=Goal(type=GoalType.REFERRED_SIGNUPS), fraud=RULES)
    panel = SimulationPanel(offer)
    qtbot.addWidget(panel)  # type: ignore[attr-defined]
    panel.traffic_form.use_preset("classroom")
    panel.traffic_form.spins["participants"].setValue(300)
    panel.findChild(QDoubleSpinBox, "trafficFraudRate").setValue(0.3)
    with qtbot.waitSignal(panel.sig_finished, timeout=60_000):  # type: ignore[attr-defined]
        panel.findChild(QPushButton, "runSimulation").click()
    assert "fraud" in panel.run_result.log.coded  # type: ignore[union-attr]
    precision = column(panel.findChild(QTableWidget, "fraudRules"), 4)
    assert precision and all(cell.endswith("%") for cell in precision[-1:])
