""" "Why this credit": the events of the referrer picked in the leaderboard, each with its verdict."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from referral_studio.domain.offer import Offer
from referral_studio.domain.texts import QT_TRANSLATE_NOOP
from referral_studio.engine.event_log import EventLog
from referral_studio.engine.explain import Reason, RowReasons, Verdict, explain, row_reasons
from referral_studio.engine.result import ReplayResult
from referral_studio.ui.i18n import date_time, translate

HEADERS = (  # the short columns first and the long verdict last, stretched, so none is pushed off the table
    QT_TRANSLATE_NOOP("EventInspector", "Time (UTC)"),
    QT_TRANSLATE_NOOP("EventInspector", "Event"),
    QT_TRANSLATE_NOOP("EventInspector", "Person ← referrer"),
    QT_TRANSLATE_NOOP("EventInspector", "Line"),
    QT_TRANSLATE_NOOP("EventInspector", "Verdict"),
)
EVENT, PERSON, VERDICT = 1, 2, 4
WIDEST = 220  # px: a long activity or person name is elided rather than pushing the verdict away
EVENT_KINDS = (
    QT_TRANSLATE_NOOP("EventKind", "share"),
    QT_TRANSLATE_NOOP("EventKind", "visit"),
    QT_TRANSLATE_NOOP("EventKind", "signup"),
    QT_TRANSLATE_NOOP("EventKind", "activity"),
    QT_TRANSLATE_NOOP("EventKind", "js_event"),
)
"""The log's event kinds (kinds.KIND_NAMES), marked so the inspector shows them translated."""
CREDIT_COLOUR, FULFILLMENT_COLOUR = QColor("#e8f5e9"), QColor("#c8e6c9")


class EventInspector(QWidget):
    """A referrer's events in time order; a small table, since one referrer's events are few."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(translate("EventInspector", "<b>Why this credit</b> — pick a referrer in the leaderboard"))
        self.title.setObjectName("eventInspectorTitle")
        self.table = QTableWidget(0, len(HEADERS), objectName="eventInspector")
        self.table.setHorizontalHeaderLabels([translate("EventInspector", header) for header in HEADERS])
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(VERDICT, QHeaderView.ResizeMode.Stretch)  # elided; the tooltip has it whole
        for column in (EVENT, PERSON):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.resizeColumnToContents(column)  # the header's width until rows come
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.table)
        self.verdicts: list[Verdict] = []
        self._reasons: tuple[ReplayResult, RowReasons] | None = None  # (a result, its row reasons), kept between picks

    def use_reasons(self, result: ReplayResult, reasons: RowReasons | None) -> None:
        """Row reasons already computed for the result (on the worker thread), so the first pick is quick."""
        self._reasons = (result, reasons) if reasons is not None else None

    def show_referrer(
        self, offer: Offer, log: EventLog, result: ReplayResult, referrer: str, until: int | None
    ) -> None:
        """List the referrer's events (up to `until`, the time cursor, when set)."""
        if self._reasons is None or self._reasons[0] is not result:  # identity: an id() can be reused after a free
            self._reasons = (result, row_reasons(offer, log, result))
        verdicts = explain(offer, log, referrer, result, reasons=self._reasons[1])
        if until is not None:
            verdicts = [v for v in verdicts if v.time <= until]
        self.verdicts = verdicts
        credits = sum(v.reason is Reason.CREDIT and v.credited == referrer for v in verdicts)
        shown = len(verdicts)
        self.title.setText(
            translate("EventInspector", "<b>Why this credit: {referrer}</b> — {events}, {credits}").format(
                referrer=referrer,
                events=translate("EventInspector", "%Ln events", None, shown),
                credits=translate("EventInspector", "%Ln credits", None, credits),
            )
        )
        self.table.setRowCount(len(verdicts))
        for row, verdict in enumerate(verdicts):
            who = f"{verdict.person} ← {verdict.referrer}" if verdict.referrer else verdict.person
            kind = translate("EventKind", verdict.kind)
            what = f"{kind} “{verdict.name}”" if verdict.name else kind
            cells = (date_time(verdict.time, seconds=True), what, who, str(verdict.line), verdict.text)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(verdict.text)
                if verdict.reason is Reason.CREDIT and verdict.credited == referrer:
                    item.setBackground(FULFILLMENT_COLOUR if verdict.fulfillment else CREDIT_COLOUR)
                self.table.setItem(row, column, item)
        for column in (EVENT, PERSON):
            self.table.resizeColumnToContents(column)
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), WIDEST))
        first_credit = next(
            (row for row, v in enumerate(verdicts) if v.reason is Reason.CREDIT and v.credited == referrer), None
        )
        if first_credit is not None:  # the events that earned credit are what the user asked about
            self.table.doItemsLayout()  # lay the new rows out now, so the scroll lands on the row
            self.table.scrollToItem(self.table.item(first_credit, 0), QAbstractItemView.ScrollHint.PositionAtTop)

    def clear(self) -> None:
        self.verdicts = []
        self._reasons = None
        self.table.setRowCount(0)
        self.title.setText(translate("EventInspector", "<b>Why this credit</b> — pick a referrer in the leaderboard"))
