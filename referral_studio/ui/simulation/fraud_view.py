"""The simulation workspace's Fraud view: what each rule blocked, how right it was, and what it cost.

Per rule: credits taken, precision and recall against the log's `fraud` labels (when it
has them), the reward cost saved and wrongly withheld; the review queue with each
referrer's recent credits; and the credits one rule took, each openable in "why this credit".
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from referral_studio.domain.texts import QT_TRANSLATE_NOOP
from referral_studio.engine.event_log import EventLog
from referral_studio.engine.fraud_report import FraudLabelError, FraudReport, enabled_rules, fraud_report
from referral_studio.engine.fraud_rules import RULE_NAMES, Outcome, Rule
from referral_studio.engine.result import ReplayResult
from referral_studio.ui.i18n import date_time, number, translate
from referral_studio.ui.widgets.read_only_table import read_only_table
from referral_studio.ui.widgets.table_headers import needed_width, two_lines

DAY = 86_400 * 1_000_000_000
RULE_LABELS = {
    Rule.SAME_IP: QT_TRANSLATE_NOOP("FraudView", "Same IP"),
    Rule.SAME_DEVICE: QT_TRANSLATE_NOOP("FraudView", "Same device"),
    Rule.SAME_EMAIL: QT_TRANSLATE_NOOP("FraudView", "Same email"),
    Rule.BLOCKED_EMAIL_DOMAIN: QT_TRANSLATE_NOOP("FraudView", "Blocked email domain"),
    Rule.VELOCITY: QT_TRANSLATE_NOOP("FraudView", "Velocity (review)"),
    Rule.REFUND: QT_TRANSLATE_NOOP("FraudView", "Refund during hold"),
}
RULE_HEADERS = (
    QT_TRANSLATE_NOOP("FraudView", "Rule"),
    QT_TRANSLATE_NOOP("FraudView", "Credits"),
    QT_TRANSLATE_NOOP("FraudView", "Fraud caught"),
    QT_TRANSLATE_NOOP("FraudView", "Honest caught"),
    QT_TRANSLATE_NOOP("FraudView", "Precision"),
    QT_TRANSLATE_NOOP("FraudView", "Recall"),
    QT_TRANSLATE_NOOP("FraudView", "Cost saved"),
    QT_TRANSLATE_NOOP("FraudView", "Wrongly withheld"),
)
RULE_TIPS = (
    QT_TRANSLATE_NOOP("FraudView", "The fraud rule; All rules: every rule together"),
    QT_TRANSLATE_NOOP("FraudView", "Credits the rule took: blocked, sent to review or reversed by a refund"),
    QT_TRANSLATE_NOOP("FraudView", "Of the credits taken, those the traffic labels fraud"),
    QT_TRANSLATE_NOOP("FraudView", "Of the credits taken, those the traffic labels honest: real customers held back"),
    QT_TRANSLATE_NOOP("FraudView", "Fraud caught ÷ credits taken: how often the rule is right when it acts"),
    QT_TRANSLATE_NOOP("FraudView", "Fraud caught ÷ all fraudulent credits: how much of the fraud the rule finds"),
    QT_TRANSLATE_NOOP(
        "FraudView",
        "Fulfillments the caught fraud would have earned × the reward per fulfillment; 0 when those referrers "
        "were paid by earlier credits anyway",
    ),
    QT_TRANSLATE_NOOP("FraudView", "Fulfillments honest referrers lost × the reward per fulfillment"),
)
CREDIT_HEADERS = (
    QT_TRANSLATE_NOOP("FraudView", "Time (UTC)"),
    QT_TRANSLATE_NOOP("FraudView", "Line"),
    QT_TRANSLATE_NOOP("FraudView", "Friend"),
    QT_TRANSLATE_NOOP("FraudView", "Referrer"),
    QT_TRANSLATE_NOOP("FraudView", "Value"),
    QT_TRANSLATE_NOOP("FraudView", "Label"),
)
QUEUE_HEADERS = (
    QT_TRANSLATE_NOOP("FraudView", "Time (UTC)"),
    QT_TRANSLATE_NOOP("FraudView", "Friend"),
    QT_TRANSLATE_NOOP("FraudView", "Referrer"),
    QT_TRANSLATE_NOOP("FraudView", "Credit within 24 h"),
    QT_TRANSLATE_NOOP("FraudView", "Referrer's credits, past 7 days"),
)
QUEUE_TIPS = {  # the counts' headers, on two lines, said in full
    3: QT_TRANSLATE_NOOP(
        "FraudView",
        "This credit's number among the referrer's counting credits in the 24 hours up to it (over the limit)",
    ),
    4: QT_TRANSLATE_NOOP(
        "FraudView", "The referrer's earlier credits in the 7 days before this one, whatever became of them"
    ),
}


def _table(name: str, headers: tuple[str, ...]) -> QTableWidget:
    table = read_only_table(name, [translate("FraudView", header) for header in headers])
    table.verticalHeader().setDefaultSectionSize(22)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for row, cells in enumerate(rows):
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if column and text[:1].isdigit():
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(row, column, item)


def _label_text(label: str) -> str:
    """A credit's ground-truth label in words."""
    if label == "true":
        return translate("FraudView", "fraud")
    return translate("FraudView", "honest") if label == "false" else label


def _share(value: float | None) -> str:
    return "—" if value is None else translate("FraudView", "{value}%").format(value=number(100 * value, 0))


def outcome_summary(total: int, fates: dict[Outcome, int]) -> str:
    """What became of the credits, each count with its own plural (Swedish: "1 räknad", "2 räknade")."""
    counted, blocked, review = fates[Outcome.COUNTED], fates[Outcome.BLOCKED], fates[Outcome.REVIEW]
    reversed_, pending = fates[Outcome.REVERSED], fates[Outcome.PENDING]
    return translate("FraudView", "{credits}: {counted}, {blocked}, {review}, {reversed}, {pending}.").format(
        credits=translate("FraudView", "<b>%Ln</b> credits by the base rules", None, total),
        counted=translate("FraudView", "<b>%Ln</b> counted", None, counted),
        blocked=translate("FraudView", "%Ln blocked", None, blocked),
        review=translate("FraudView", "%Ln in review", None, review),
        reversed=translate("FraudView", "%Ln reversed by refunds", None, reversed_),
        pending=translate("FraudView", "%Ln pending", None, pending),
    )


class FraudView(QWidget):
    """Shows one replay's fraud outcomes; `sig_explain(referrer)` asks for "why this credit"."""

    sig_explain = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fraudView")
        self.result: ReplayResult | None = None
        self.log: EventLog | None = None
        self.report: FraudReport | None = None
        self.outcomes = QLabel(objectName="fraudOutcomes")
        self.outcomes.setWordWrap(True)
        self.reward = QDoubleSpinBox(objectName="fraudReward")
        self.reward.setRange(0, 1_000_000)
        self.reward.setDecimals(2)
        self.reward.setValue(25)
        self.reward.setAccessibleName(translate("FraudView", "Reward per fulfillment"))
        self.reward.valueChanged.connect(self._show_rules)
        self.rules = _table("fraudRules", RULE_HEADERS)
        self.rules.horizontalHeader().setStretchLastSection(False)
        self.rules.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, tip in enumerate(RULE_TIPS):  # the figures' headers on two lines leave the rules' names room
            text = translate("FraudView", RULE_HEADERS[column])
            header = QTableWidgetItem(two_lines(text) if column else text)
            header.setToolTip(translate("FraudView", tip))
            self.rules.setHorizontalHeaderItem(column, header)
        self.rules.setMaximumHeight(8 * 22 + 46)  # six rules and "All rules" under a two-line header, no scroll bar
        self.rule_picker = QComboBox(objectName="fraudRulePicker")
        self.rule_picker.setAccessibleName(translate("FraudView", "Rule whose credits are listed"))
        self.rule_picker.currentIndexChanged.connect(self._show_credits)
        self.credits = _table("fraudCredits", CREDIT_HEADERS)
        self.credits.setToolTip(translate("FraudView", "Double-click a credit to see why, in the Results view"))
        self.credits.cellActivated.connect(self._on_credit_activated)
        self.credits.cellDoubleClicked.connect(self._on_credit_activated)
        self.queue = _table("fraudReviewQueue", QUEUE_HEADERS)
        for column, tip in QUEUE_TIPS.items():  # the counts' long headers on two lines: a narrower queue
            header = QTableWidgetItem(two_lines(translate("FraudView", QUEUE_HEADERS[column])))
            header.setToolTip(translate("FraudView", tip))
            self.queue.setHorizontalHeaderItem(column, header)
        self.queue.cellDoubleClicked.connect(lambda row, _column: self._explain_row(self.queue, row, 2))
        self._listed: list[int] = []

        reward_row = QHBoxLayout()
        reward_row.addWidget(QLabel(translate("FraudView", "Reward per fulfillment:")))
        reward_row.addWidget(self.reward)
        reward_row.addStretch(1)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.outcomes)
        top_layout.addLayout(reward_row)
        top_layout.addWidget(self.rules)
        chosen = QWidget()
        chosen_layout = QVBoxLayout(chosen)
        chosen_layout.setContentsMargins(0, 0, 0, 0)
        picker_row = QHBoxLayout()
        picker_row.addWidget(QLabel(translate("FraudView", "<b>Credits taken by</b>")))
        picker_row.addWidget(self.rule_picker, 1)
        chosen_layout.addLayout(picker_row)
        chosen_layout.addWidget(self.credits)
        queue = QWidget()
        queue_layout = QVBoxLayout(queue)
        queue_layout.setContentsMargins(0, 0, 0, 0)
        queue_layout.addWidget(QLabel(translate("FraudView", "<b>Review queue</b> — credits over the velocity limit")))
        queue_layout.addWidget(self.queue)
        self.tables = bottom = QSplitter()  # side by side where both fit, else one above the other
        bottom.addWidget(chosen)
        bottom.addWidget(queue)
        bottom.setSizes([640, 460])
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(bottom)
        split.setSizes([250, 400])
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self.clear()

    def clear(self) -> None:
        self.result = self.log = self.report = None
        self.outcomes.setText(translate("FraudView", "<i>Run a simulation to see what the fraud rules catch.</i>"))
        for table in (self.rules, self.credits, self.queue):
            table.setRowCount(0)
        self.rule_picker.clear()

    def show_result(self, result: ReplayResult, log: EventLog) -> None:
        """Show a finished replay (the offer's own, never a compared variant)."""
        self.result, self.log = result, log
        self.report = None
        fates = result.fates
        text = outcome_summary(fates.row.size, {outcome: fates.count(outcome) for outcome in Outcome})
        if not result.offer.fraud.active:
            text += " " + translate("FraudView", "This offer has no fraud rules: switch some on under Fraud & Holds.")
        elif "fraud" not in log.coded:
            text += " " + translate(
                "FraudView",
                "The log has no fraud labels, so precision and recall are unknown "
                "(synthetic traffic with a fraud rate has them).",
            )
        self.outcomes.setText(text)
        self._show_rules()
        current = self.rule_picker.currentData()
        self.rule_picker.blockSignals(True)
        self.rule_picker.clear()
        for rule in enabled_rules(result.offer.fraud):
            self.rule_picker.addItem(translate("FraudView", RULE_LABELS[rule]), int(rule))
        if current is not None and self.rule_picker.findData(current) >= 0:
            self.rule_picker.setCurrentIndex(self.rule_picker.findData(current))
        self.rule_picker.blockSignals(False)
        self._show_credits()
        self._show_queue()

    def _show_rules(self) -> None:
        result, log = self.result, self.log
        if result is None or log is None:
            return
        if "fraud" in log.coded:
            try:
                self.report = fraud_report(result, log, str(log.source or "log"), self.reward.value())
            except FraudLabelError as error:
                self.report = None
                self.outcomes.setText(self.outcomes.text() + "<br>" + str(error))
        fates = result.fates
        rows = []
        scores = {score.rule: score for score in self.report.scores} if self.report else {}
        for rule in enabled_rules(result.offer.fraud):
            taken = int(np.count_nonzero(fates.rule == rule))
            score = scores.get(RULE_NAMES[rule])
            rows.append(self._rule_row(translate("FraudView", RULE_LABELS[rule]), taken, score))
        if rows:
            score = scores.get("all")
            taken = int(np.count_nonzero(np.isin(fates.outcome, (Outcome.BLOCKED, Outcome.REVIEW, Outcome.REVERSED))))
            rows.append(self._rule_row(translate("FraudView", "All rules"), taken, score))
        _fill(self.rules, rows)

    def _rule_row(self, label: str, taken: int, score: object) -> list[str]:
        if score is None:
            return [label, number(taken), "—", "—", "—", "—", "—", "—"]
        return [
            label,
            number(taken),
            number(score.true_positives),  # type: ignore[attr-defined]
            number(score.false_positives),  # type: ignore[attr-defined]
            _share(score.precision),  # type: ignore[attr-defined]
            _share(score.recall),  # type: ignore[attr-defined]
            number(round(score.cost_saved, 2)),  # type: ignore[attr-defined]
            number(round(score.cost_wrongly_withheld, 2)),  # type: ignore[attr-defined]
        ]

    def _labels(self) -> list[str] | None:
        if self.log is None or self.result is None or "fraud" not in self.log.coded:
            return None
        column = self.log.coded["fraud"]
        values = column.values.to_pylist()
        return [values[code] if code >= 0 else "" for code in column.codes[self.result.fates.row].tolist()]

    def _show_credits(self) -> None:
        result = self.result
        rule = self.rule_picker.currentData()
        if result is None or rule is None:
            self.credits.setRowCount(0)
            self._listed = []
            return
        fates = result.fates
        listed = np.flatnonzero(fates.rule == rule)
        labels = self._labels()
        names = result.people
        self._listed = listed.tolist()
        rows = [
            [
                date_time(int(fates.time[i]), seconds=True),
                str(int(fates.line[i])),
                names[int(fates.friend[i])].as_py(),
                names[int(fates.referrer[i])].as_py(),
                fates.value.get(i, ""),
                _label_text(labels[i]) if labels else "",
            ]
            for i in self._listed[:5000]
        ]
        _fill(self.credits, rows)
        self._arrange_tables()

    def _show_queue(self) -> None:
        result = self.result
        if result is None:
            return
        fates = result.fates
        review = np.flatnonzero(fates.outcome == Outcome.REVIEW)
        rows = []
        for i in review[:5000].tolist():
            mine = fates.referrer == fates.referrer[i]
            recent = int(np.count_nonzero(mine & (fates.time > fates.time[i] - 7 * DAY) & (fates.row < fates.row[i])))
            rows.append(
                [
                    date_time(int(fates.time[i]), seconds=True),
                    result.people[int(fates.friend[i])].as_py(),
                    result.people[int(fates.referrer[i])].as_py(),
                    fates.value.get(i, ""),
                    number(recent),
                ]
            )
        _fill(self.queue, rows)
        self._arrange_tables()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._arrange_tables()

    def _arrange_tables(self) -> None:
        """The credits and the review queue side by side when the width shows both whole, headers included;
        else the queue under the credits, each as wide as the view (at 1280×720 neither scrolls sideways)."""
        widths = [needed_width(self.credits), needed_width(self.queue)]
        side_by_side = sum(widths) + self.tables.handleWidth() <= self.tables.width()
        orientation = Qt.Orientation.Horizontal if side_by_side else Qt.Orientation.Vertical
        if orientation != self.tables.orientation():
            self.tables.setOrientation(orientation)
            self.tables.setSizes(widths if side_by_side else [1, 1])

    def _on_credit_activated(self, row: int, _column: int) -> None:
        self._explain_row(self.credits, row, 3)

    def _explain_row(self, table: QTableWidget, row: int, column: int) -> None:
        item = table.item(row, column)
        if item is not None:
            self.sig_explain.emit(item.text())
