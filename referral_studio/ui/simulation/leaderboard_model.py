"""Referrers by credits, as a real table model: sorting and filtering run on arrays, so a
million rows stay smooth (no per-row Python work beyond the rows on screen)."""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from referral_studio.domain.texts import QT_TRANSLATE_NOOP
from referral_studio.engine.result import ReplayResult
from referral_studio.ui.i18n import date_time, number, translate
from referral_studio.ui.widgets.table_headers import two_lines

COL_REFERRER, COL_CREDITS, COL_FULFILLMENTS, COL_FIRST, COL_CODES = range(5)
HEADERS = (
    QT_TRANSLATE_NOOP("LeaderboardModel", "Referrer"),
    QT_TRANSLATE_NOOP("LeaderboardModel", "Credits"),
    QT_TRANSLATE_NOOP("LeaderboardModel", "Fulfillments"),
    QT_TRANSLATE_NOOP("LeaderboardModel", "First fulfilled (UTC)"),
    QT_TRANSLATE_NOOP("LeaderboardModel", "Promo codes"),
)
HEADER_TIPS = {  # headers said in full: the narrow column shows its header on two lines
    COL_FIRST: QT_TRANSLATE_NOOP(
        "LeaderboardModel", "When the referrer first reached the goal, in UTC (empty: not yet)"
    ),
}
Index = QModelIndex | QPersistentModelIndex


class LeaderboardModel(QAbstractTableModel):
    """Rows are positions into the result's per-referrer arrays, in the current order and filter."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.result: ReplayResult | None = None
        self._names = pa.array([], pa.string())
        self._rows = np.zeros(0, np.int64)
        self._ledger_order = np.zeros(0, np.int64)  # ledger entries grouped by leaderboard position
        self._ledger_positions = np.zeros(0, np.int64)  # the position of each entry, in that grouping
        self._filter = ""
        self._sort = (COL_CREDITS, Qt.SortOrder.DescendingOrder)
        self.compact = False  # first-fulfilled times as "03-24 08:15" (a narrow screen), the full time in the tooltip

    def set_compact(self, compact: bool) -> None:
        """Write first-fulfilled times short (month, day, hour, minute) or in full."""
        if compact != self.compact:
            self.compact = compact
            if self.rowCount():
                self.dataChanged.emit(self.index(0, COL_FIRST), self.index(self.rowCount() - 1, COL_FIRST))

    def set_result(self, result: ReplayResult | None) -> None:
        """Show a new result (a reset: bulk load)."""
        self.beginResetModel()
        self.result = result
        self._names = result.names(result.referrer) if result is not None else pa.array([], pa.string())
        if result is not None:
            positions = np.searchsorted(result.referrer, result.ledger_referrer)
            self._ledger_order = np.argsort(positions, kind="stable")
            self._ledger_positions = positions[self._ledger_order]
        self._arrange()
        self.endResetModel()

    def set_filter(self, text: str) -> None:
        """Show only referrers whose name contains the text (case-insensitive)."""
        self.beginResetModel()
        self._filter = text
        self._arrange()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:  # noqa: D102
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._arrange()
        self.layoutChanged.emit()

    def _arrange(self) -> None:
        result = self.result
        if result is None:
            self._rows = np.zeros(0, np.int64)
            return
        column, order = self._sort
        descending = order == Qt.SortOrder.DescendingOrder
        if column == COL_REFERRER:
            rows = pc.array_sort_indices(self._names, order="descending" if descending else "ascending").to_numpy()
        else:
            key = {
                COL_CREDITS: result.credits,
                COL_FULFILLMENTS: result.fulfillments,
                COL_CODES: result.fulfillments,
                COL_FIRST: np.where(result.fulfillments > 0, result.first_fulfilled, np.iinfo(np.int64).max),
            }[column]
            rows = result.ranked if column == COL_CREDITS else np.argsort(key, kind="stable")
            if column == COL_CREDITS and not descending:
                rows = rows[::-1]
            elif column != COL_CREDITS and descending:
                rows = rows[::-1]
        if self._filter:
            keep = pc.match_substring(self._names, self._filter, ignore_case=True).to_numpy(zero_copy_only=False)
            rows = rows[keep[rows]]
        self._rows = np.asarray(rows, dtype=np.int64)

    def longest_name(self) -> str:
        """The result's longest referrer name (by characters; arrays, not rows), to size its column."""
        if not len(self._names):
            return ""
        lengths = pc.utf8_length(self._names)
        return str(self._names[int(pc.index(lengths, pc.max(lengths)).as_py())].as_py())

    def referrer_at(self, row: int) -> str | None:
        """The referrer shown in a row."""
        if not 0 <= row < self._rows.size:
            return None
        return self._names[int(self._rows[row])].as_py()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else int(self._rows.size)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            text = translate("LeaderboardModel", HEADERS[section])
            return two_lines(text) if section in HEADER_TIPS else text
        if role == Qt.ItemDataRole.ToolTipRole and section in HEADER_TIPS:
            return translate("LeaderboardModel", HEADER_TIPS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or self.result is None:
            return None
        position = int(self._rows[index.row()])
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (COL_CREDITS, COL_FULFILLMENTS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        result = self.result
        if column == COL_REFERRER:
            return self._names[position].as_py()
        if column == COL_CREDITS:
            return number(result.credits[position])
        if column == COL_FULFILLMENTS:
            return number(result.fulfillments[position])
        if column == COL_FIRST:
            if not result.fulfillments[position]:
                return ""
            full = date_time(int(result.first_fulfilled[position]), seconds=True)
            return full[5:16] if self.compact and role == Qt.ItemDataRole.DisplayRole else full
        return ", ".join(self._promo_codes(result, position))

    def _promo_codes(self, result: ReplayResult, position: int) -> list[str]:
        """The codes a referrer's fulfillments took, in order (found by binary search, not stored per row)."""
        lo, hi = np.searchsorted(self._ledger_positions, [position, position + 1])
        codes = (result.ledger_code[i] for i in self._ledger_order[lo:hi].tolist())
        return [code for code in codes if code is not None]
