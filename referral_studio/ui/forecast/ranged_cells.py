"""Tables of assumptions that are each a value or a `[low, high]` range, as a study file holds them.

The traffic assumptions and the response effects are both such tables: a name column, the value
(a range's low end), and the high end (empty: a fixed value). Both models derive from
`RangedTableModel` and read and write their cells through `shown_end` and `set_end`, so they
agree on what an edit does.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal

from referral_studio.ui.i18n import translate

Index = QModelIndex | QPersistentModelIndex
COL_NAME, COL_VALUE, COL_HIGH = range(3)


class RangedTableModel(QAbstractTableModel):
    """Rows: `row_names()`; columns: the name (headed `name_header()`), the value or low end, the high end."""

    sig_problem = Signal(str)
    """An entry was refused; the message says what is allowed."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.values: dict[str, Any] = {}  # name → value or [low, high], as the study's table holds it

    def row_names(self) -> Sequence[str]:
        raise NotImplementedError

    def name_header(self) -> str:
        raise NotImplementedError

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.row_names())

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                self.name_header(),
                translate("ForecastPanel", "Value (or low)"),
                translate("ForecastPanel", "High (a range)"),
            )[section]
        return None


def shown_end(given: Any, high: bool, default: Callable[[], Any]) -> Any:
    """What a cell shows: the value or low end (the default when the study leaves it alone), the high end or ""."""
    if isinstance(given, list):
        return given[1] if high else given[0]
    if high:
        return ""
    return default() if given is None else given


def set_end(values: dict[str, Any], key: str, parsed: Any, high: bool, default: Callable[[], Any]) -> None:
    """Store an edited end: an empty value drops the entry, a high end makes a range (and an empty one ends it)."""
    current = values.get(key)
    if not high:
        if parsed is None:
            values.pop(key, None)
        else:
            values[key] = [parsed, current[1]] if isinstance(current, list) else parsed
        return
    low = current[0] if isinstance(current, list) else current
    low = default() if low is None else low
    values[key] = low if parsed is None else [low, parsed]
