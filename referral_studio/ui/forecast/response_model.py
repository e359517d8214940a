"""The forecast's "How people respond" assumptions: the four effects, each a value or a low–high range.

Effects the study leaves alone show their "off" value in grey and are not written to the
study; typing a value sets it, typing a high end too makes it a range drawn per run. Each
row's tooltip says what the effect does and names its source (engine/response.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from referral_studio.domain.texts import QT_TRANSLATE_NOOP
from referral_studio.engine.response import RESPONSE_KEYS, RESPONSE_LIMITS, RESPONSE_SOURCES, Response
from referral_studio.ui.forecast.ranged_cells import (
    COL_HIGH,
    COL_NAME,
    Index,
    RangedTableModel,
    set_end,
    shown_end,
)
from referral_studio.ui.i18n import key_label, number, translate

COL_EFFECT = COL_NAME
LABELS = {
    "goal_gradient": QT_TRANSLATE_NOOP("ResponseEffect", "Sharing speeds up near a reward"),
    "after_reward": QT_TRANSLATE_NOOP("ResponseEffect", "Sharing once nothing more can be earned"),
    "reward_elasticity": QT_TRANSLATE_NOOP("ResponseEffect", "More sharers for a bigger reward"),
    "friend_reward_lift": QT_TRANSLATE_NOOP("ResponseEffect", "More friends sign up when rewarded"),
}
OFF = Response()


class ResponseModel(RangedTableModel):
    """Rows: the effects; columns: effect, value (the low end of a range), high end (empty: fixed)."""

    def row_names(self) -> Sequence[str]:
        return RESPONSE_KEYS

    def name_header(self) -> str:
        return translate("ForecastPanel", "Effect")

    def set_response(self, values: dict[str, float | list[float]]) -> None:
        self.beginResetModel()
        self.values = dict(values)
        self.endResetModel()

    def table(self) -> dict[str, float | list[float]]:
        """The study's [response] table (effects in their fixed order)."""
        return {key: self.values[key] for key in RESPONSE_KEYS if key in self.values}

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() != COL_EFFECT:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        key = RESPONSE_KEYS[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole:
            low, high = RESPONSE_LIMITS[key]
            return translate(
                "ForecastPanel", "{help} From {low} to {high}; off: {off} (in a study file: {key})"
            ).format(
                help=translate("Response", RESPONSE_SOURCES[key]),
                low=number(low),
                high=number(high),
                off=number(getattr(OFF, key)),
                key=key,
            )
        if index.column() == COL_EFFECT:
            return key_label("ResponseEffect", LABELS, key) if role == Qt.ItemDataRole.DisplayRole else None
        given = self.values.get(key)
        if role == Qt.ItemDataRole.ForegroundRole and given is None:
            return QColor("#888888")
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        value = shown_end(given, index.column() == COL_HIGH, lambda: getattr(OFF, key))
        if value == "":
            return ""
        return number(value, 2).rstrip("0").rstrip(".,") if role == Qt.ItemDataRole.DisplayRole else repr(value)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole:
            return False
        key = RESPONSE_KEYS[index.row()]
        text = str(value).strip()
        try:
            parsed = float(text.replace(",", ".")) if text else None
        except ValueError:
            self.sig_problem.emit(
                translate("ForecastPanel", "{effect}: {text} is not a number").format(
                    effect=key_label("ResponseEffect", LABELS, key), text=text
                )
            )
            return False
        set_end(self.values, key, parsed, index.column() == COL_HIGH, lambda: float(getattr(OFF, key)))
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), 2))
        return True
