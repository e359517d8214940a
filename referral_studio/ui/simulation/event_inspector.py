""" "Why this credit": the events of the referrer picked in the leaderboard, each with its verdict."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QResizeEvent
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
from referral_studio.ui.widgets.table_headers import two_lines

HEADERS = (  # each event's facts on one row; its verdict on the row below, across the table, wrapped
    QT_TRANSLATE_NOOP("EventInspector", "Time (UTC)"),
    QT_TRANSLATE_NOOP("EventInspector", "Event"),
    QT_TRANSLATE_NOOP("EventInspector", "Person ← referrer"),
    QT_TRANSLATE_NOOP("EventInspector", "Line"),
)
TIME, EVENT, PERSON, LINE = range(4)
WIDEST = 220  # px: a long activity name is elided rather than pushing the other facts off the table
TIME_SAMPLE = "2027-04-27 06:33:07"  # every time has this width; measured, not read off rows (verdicts span it)
CELL_MARGINS = 16  # px: a cell's text margins and grid line
EVENT_KINDS = (
    QT_TRANSLATE_NOOP("EventKind", "share"),
    QT_TRANSLATE_NOOP("EventKind", "visit"),
    QT_TRANSLATE_NOOP("EventKind", "signup"),
    QT_TRANSLATE_NOOP("EventKind", "activity"),
    QT_TRANSLATE_NOOP("EventKind", "js_event"),
)
"""The log's event kinds (kinds.KIND_NAMES), marked so the inspector shows them translated."""
CREDIT_COLOUR, FULFILLMENT_COLOUR = QColor("#e8f5e9"), QColor("#c8e6c9")


def fact_row(index: int) -> int:
    """The table row of the index-th event's facts (time, event, person, line)."""
    return 2 * index


def verdict_row(index: int) -> int:
    """The table row of the index-th event's verdict, under its facts and across every column."""
    return 2 * index + 1


class EventInspector(QWidget):
    """A referrer's events in time order; a small table, since one referrer's events are few."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(translate("EventInspector", "<b>Why this credit</b> — pick a referrer in the leaderboard"))
        self.title.setObjectName("eventInspectorTitle")
        self.title.setWordWrap(True)  # a long referrer id wraps: the pane may narrow so the leaderboard fits (1280×720)
        self.table = QTableWidget(0, len(HEADERS), objectName="eventInspector")
        self.table.setHorizontalHeaderLabels(  # the longer headers on two lines: the pane narrows at 1280×720
            [
                two_lines(text) if column in (TIME, PERSON) else text
                for column, text in enumerate(translate("EventInspector", header) for header in HEADERS)
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)  # a verdict reads whole at any width, without scrolling sideways
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # the columns share its width
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # set by _fit_columns
        self.table.viewport().installEventFilter(self)  # a new width: columns shared out again, rows rewrapped
        self._natural: list[int] = []  # the columns' widths with nothing wrapped
        self._measure_columns()
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
        self.table.clearSpans()
        self.table.setRowCount(2 * len(verdicts))
        for index, verdict in enumerate(verdicts):
            who = f"{verdict.person} ← {verdict.referrer}" if verdict.referrer else verdict.person
            kind = translate("EventKind", verdict.kind)
            what = f"{kind} “{verdict.name}”" if verdict.name else kind
            cells = (date_time(verdict.time, seconds=True), what, who, str(verdict.line))
            for column, text in enumerate(cells):
                self.table.setItem(fact_row(index), column, self._item(text, verdict, referrer))
            self.table.setItem(verdict_row(index), 0, self._item(verdict.text, verdict, referrer))
            self.table.setSpan(verdict_row(index), 0, 1, len(HEADERS))
        self._measure_columns()
        self._fit_columns()
        first_credit = next(
            (row for row, v in enumerate(verdicts) if v.reason is Reason.CREDIT and v.credited == referrer), None
        )
        if first_credit is not None:  # the events that earned credit are what the user asked about
            self.table.doItemsLayout()  # lay the new rows out now, so the scroll lands on the row
            self.table.scrollToItem(
                self.table.item(fact_row(first_credit), 0), QAbstractItemView.ScrollHint.PositionAtTop
            )

    def _item(self, text: str, verdict: Verdict, referrer: str) -> QTableWidgetItem:
        item = QTableWidgetItem(text)
        item.setToolTip(verdict.text)
        if verdict.reason is Reason.CREDIT and verdict.credited == referrer:
            item.setBackground(FULFILLMENT_COLOUR if verdict.fulfillment else CREDIT_COLOUR)
        return item

    def _measure_columns(self) -> None:
        """Each column's width with nothing wrapped: its widest fact (an activity's name at most WIDEST) or header."""
        header = self.table.horizontalHeader()
        time = self.table.fontMetrics().horizontalAdvance(TIME_SAMPLE) + CELL_MARGINS  # verdicts span this column
        contents = [time, min(self.table.sizeHintForColumn(EVENT), WIDEST)]
        contents += [self.table.sizeHintForColumn(column) for column in (PERSON, LINE)]
        self._natural = [max(width, header.sectionSizeHint(column)) for column, width in enumerate(contents)]

    def _floors(self) -> list[int]:
        """Each column's least width: its header whole, a time's date whole (its time wraps under), a line unwrapped."""
        floors = [self.table.horizontalHeader().sectionSizeHint(column) for column in range(len(HEADERS))]
        date = self.table.fontMetrics().horizontalAdvance(TIME_SAMPLE.split()[0]) + CELL_MARGINS
        floors[TIME] = max(floors[TIME], date)
        floors[LINE] = self._natural[LINE]  # a line number cannot wrap
        return floors

    def needed_width(self, *, wrapped: bool) -> int:
        """The width that shows every column at its floor (wrapped) or with nothing wrapped, none scrolled."""
        columns = sum(self._floors() if wrapped else self._natural)
        return columns + 2 * self.table.frameWidth() + self.table.verticalScrollBar().sizeHint().width()

    def _fit_columns(self) -> None:
        """Share the table's width out: the facts at their width when they fit (the person's column takes what is
        left), else wrapped in proportion, each at least its header; then every row as tall as its wrapped text."""
        room = self.table.viewport().width()
        widths = list(self._natural)
        if sum(widths) > room:
            floors = self._floors()
            spare = max(room - sum(floors), 0)
            extra = [width - floor for width, floor in zip(widths, floors, strict=True)]
            widths = [floor + spare * more // max(sum(extra), 1) for floor, more in zip(floors, extra, strict=True)]
        widths[PERSON] += max(room - sum(widths), 0)
        for column, width in enumerate(widths):
            self.table.setColumnWidth(column, width)
        self.table.resizeRowsToContents()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            resized = cast(QResizeEvent, event)
            if resized.size().width() != resized.oldSize().width():  # a taller table wraps nothing anew
                self._fit_columns()
        return super().eventFilter(watched, event)

    def clear(self) -> None:
        self.verdicts = []
        self._reasons = None
        self.table.clearSpans()
        self.table.setRowCount(0)
        self.title.setText(translate("EventInspector", "<b>Why this credit</b> — pick a referrer in the leaderboard"))
