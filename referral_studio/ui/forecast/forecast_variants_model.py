"""The forecast workspace's variants table: the base offer first, then each variant's settings that matter.

Each variant is its name and its overrides (offer-file keys), exactly as the study file holds
them; an edit that sets a setting back to the base offer's value drops the override, so the
"differs from the base" column and a saved study only name real differences.
"""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QLineEdit,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from referral_studio.domain.offer import MAX_GOAL_COUNT, AttributionModel, GoalType, Offer
from referral_studio.domain.offer_file import offer_to_dict
from referral_studio.domain.texts import QT_TRANSLATE_NOOP
from referral_studio.domain.times import format_time, parse_time
from referral_studio.forecast.study import Variant, file_stem
from referral_studio.forecast.study_file import StudyError, make_variant
from referral_studio.forecast.variant_text import describe_changes
from referral_studio.ui.i18n import goal_label, translate

Index = QModelIndex | QPersistentModelIndex
COL_NAME, COL_GOAL, COL_COUNT, COL_MODEL, COL_WINDOW_DAYS, COL_REPEAT, COL_CAP, COL_START, COL_END, COL_DIFF = range(10)
PATHS = {
    COL_GOAL: ("goal", "type"),
    COL_COUNT: ("goal", "count"),
    COL_MODEL: ("attribution", "model"),
    COL_WINDOW_DAYS: ("attribution", "window_days"),
    COL_REPEAT: ("rewards", "repeat"),
    COL_CAP: ("rewards", "max_fulfillments"),
    COL_START: ("window", "start"),
    COL_END: ("window", "end"),
}
HEADERS = (
    QT_TRANSLATE_NOOP("ForecastPanel", "Variant"),
    QT_TRANSLATE_NOOP("ForecastPanel", "Goal"),
    QT_TRANSLATE_NOOP("ForecastPanel", "Goal count"),
    QT_TRANSLATE_NOOP("ForecastPanel", "Attribution"),
    QT_TRANSLATE_NOOP("ForecastPanel", "Attribution window (days)"),
    QT_TRANSLATE_NOOP("ForecastPanel", "Repeat rewards"),
    QT_TRANSLATE_NOOP("ForecastPanel", "Most fulfillments"),
    QT_TRANSLATE_NOOP("ForecastPanel", "Offer starts"),
    QT_TRANSLATE_NOOP("ForecastPanel", "Offer ends"),
    QT_TRANSLATE_NOOP("ForecastPanel", "Differs from the base offer"),
)
SOURCE = "this study"


class ForecastVariantsModel(QAbstractTableModel):
    """Row 0 is the base offer (read-only); rows 1… the variants, edited in place."""

    sig_problem = Signal(str)
    """An edit was refused; the message says why."""

    def __init__(self, base: Offer, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.base = base
        self.variants: list[Variant] = []

    # The study's side

    def set_base(self, base: Offer) -> None:
        """A new base offer (the draft was edited): every variant is merged again."""
        self.beginResetModel()
        self.base = base
        kept = []
        for variant in self.variants:
            try:
                kept.append(make_variant(base, variant.name, variant.overrides, SOURCE, variant.costs))
            except StudyError as error:
                self.sig_problem.emit(str(error))
        self.variants = kept
        self.endResetModel()

    def set_variants(self, variants: list[Variant]) -> None:
        self.beginResetModel()
        self.variants = list(variants)
        self.endResetModel()

    def study_variants(self) -> list[dict[str, Any]]:
        """The [[variant]] tables of the study: the base offer first, then each variant."""
        return [{"name": self.base_name()}] + [
            {"name": v.name, **copy.deepcopy(v.overrides), **({"costs": dict(v.costs)} if v.costs else {})}
            for v in self.variants
        ]

    def base_name(self) -> str:
        return translate("ForecastPanel", "Base offer")

    def add(self, name: str | None = None, overrides: dict[str, Any] | None = None) -> int:
        """Append a variant (a copy of the base offer unless `overrides`); returns its row."""
        name = name or self.unused_name(translate("ForecastPanel", "Variant {number}"))
        variant = make_variant(self.base, name, overrides or {}, SOURCE)
        row = len(self.variants) + 1
        self.beginInsertRows(QModelIndex(), row, row)
        self.variants.append(variant)
        self.endInsertRows()
        return row

    def duplicate(self, row: int) -> int:
        """Copy the row's settings into a new variant named after it."""
        source = self.variants[row - 1].overrides if row > 0 else {}
        base_name = self.variants[row - 1].name if row > 0 else self.base_name()
        literal = base_name.replace("{", "{{").replace("}", "}}")
        name = self.unused_name(translate("ForecastPanel", "{name} (copy {number})").replace("{name}", literal))
        return self.add(name, copy.deepcopy(source))

    def remove(self, row: int) -> None:
        if row <= 0:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.variants[row - 1]
        self.endRemoveRows()

    def rename(self, row: int, name: str) -> bool:
        """Rename a variant; refused (sig_problem) when the name is empty, taken or unusable as a file name."""
        name = name.strip()
        problem = self.name_problem(row, name)
        if problem:
            self.sig_problem.emit(problem)
            return False
        old = self.variants[row - 1]
        self.variants[row - 1] = make_variant(self.base, name, old.overrides, SOURCE, old.costs)
        self.dataChanged.emit(self.index(row, COL_NAME), self.index(row, COL_NAME))
        return True

    def name_problem(self, row: int, name: str) -> str | None:
        if not name or len(name) > 80 or any(ord(c) < 32 for c in name):
            return translate("ForecastPanel", "A variant needs a name of 1 to 80 characters, without line breaks.")
        taken = {file_stem(self.base_name()).casefold()} | {
            file_stem(v.name).casefold() for number, v in enumerate(self.variants, start=1) if number != row
        }
        if file_stem(name).casefold() in taken:
            return translate("ForecastPanel", "Another variant is called {name}.").format(name=name)
        return None

    def unused_name(self, pattern: str) -> str:
        number = len(self.variants) + 1
        while self.name_problem(-1, pattern.format(number=number)):
            number += 1
        return pattern.format(number=number)

    def offer_at(self, row: int) -> Offer:
        return self.base if row == 0 else self.variants[row - 1].offer

    # Qt's side

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.variants) + 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("ForecastPanel", HEADERS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.row() == 0 or index.column() == COL_DIFF:
            return flags
        if index.column() == COL_REPEAT:
            return flags | Qt.ItemFlag.ItemIsUserCheckable
        return flags | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        offer = self.offer_at(row)
        if column == COL_NAME:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
                return self.base_name() if row == 0 else self.variants[row - 1].name
            return None
        if column == COL_DIFF:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return (
                    translate("ForecastPanel", "(the offer as it is)")
                    if row == 0
                    else describe_changes(self.base, offer)
                )
            return None
        value = _value(offer, PATHS[column])
        if column == COL_REPEAT:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
            return None
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role == Qt.ItemDataRole.DisplayRole:
            return _shown(column, value)
        if role == Qt.ItemDataRole.FontRole and row > 0 and value != _value(self.base, PATHS[column]):
            font = QFont()
            font.setBold(True)  # what differs from the base offer stands out
            return font
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        row, column = index.row(), index.column()
        if row <= 0:
            return False
        if column == COL_NAME:
            return self.rename(row, str(value))
        if column == COL_REPEAT and role == Qt.ItemDataRole.CheckStateRole:
            value = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != Qt.ItemDataRole.EditRole:
            return False
        variant = self.variants[row - 1]
        section, key = PATHS[column]
        overrides = copy.deepcopy(variant.overrides)
        table = overrides.setdefault(section, {})
        if value == _file_value(self.base, section, key):
            table.pop(key, None)
            if not table:
                overrides.pop(section)
        else:
            table[key] = value
        try:
            self.variants[row - 1] = make_variant(self.base, variant.name, overrides, SOURCE, variant.costs)
        except StudyError as error:
            self.sig_problem.emit(str(error))
            return False
        self.dataChanged.emit(self.index(row, 0), self.index(row, COL_DIFF))
        return True


def _file_value(offer: Offer, section: str, key: str) -> Any:
    return offer_to_dict(offer)[section][key]


def _value(offer: Offer, path: tuple[str, str]) -> Any:
    """The setting as the offer file writes it (enums as their values, times as ISO text)."""
    return _file_value(offer, *path)


def _shown(column: int, value: Any) -> str:
    if column == COL_GOAL:
        return goal_label(GoalType(value))
    if column == COL_MODEL:
        return (
            translate("ForecastPanel", "First touch")
            if value == AttributionModel.FIRST_TOUCH.value
            else translate("ForecastPanel", "Last touch")
        )
    if value is None:
        return {
            COL_WINDOW_DAYS: translate("ForecastPanel", "any time"),
            COL_CAP: translate("ForecastPanel", "no cap"),
            COL_START: translate("ForecastPanel", "open"),
            COL_END: translate("ForecastPanel", "open"),
        }[column]
    if column in (COL_START, COL_END):
        return parse_time(value).strftime("%Y-%m-%d %H:%M")
    return f"{value:g}" if isinstance(value, float) else str(value)


class VariantsDelegate(QStyledItemDelegate):
    """Editors that offer only what a setting allows: goal types, touch models, whole numbers, times."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        column = index.column()
        if column == COL_GOAL:
            box = QComboBox(parent)
            for goal in GoalType:
                box.addItem(goal_label(goal), goal.value)
            return box
        if column == COL_MODEL:
            box = QComboBox(parent)
            box.addItem(translate("ForecastPanel", "First touch"), AttributionModel.FIRST_TOUCH.value)
            box.addItem(translate("ForecastPanel", "Last touch"), AttributionModel.LAST_TOUCH.value)
            return box
        if column in (COL_COUNT, COL_CAP):
            spin = QSpinBox(parent)
            spin.setRange(0 if column == COL_CAP else 1, MAX_GOAL_COUNT)
            if column == COL_CAP:
                spin.setSpecialValueText(translate("ForecastPanel", "no cap"))
            return spin
        if column == COL_WINDOW_DAYS:
            days = QDoubleSpinBox(parent)
            days.setRange(0, 3650)
            days.setDecimals(2)
            days.setSpecialValueText(translate("ForecastPanel", "any time"))
            return days
        if column in (COL_START, COL_END):
            line = QLineEdit(parent)
            line.setPlaceholderText(translate("ForecastPanel", "YYYY-MM-DD HH:MM (UTC), empty: open"))
            return line
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, QSpinBox | QDoubleSpinBox):
            editor.setValue(value or 0)
        elif isinstance(editor, QLineEdit) and index.column() in (COL_START, COL_END):
            editor.setText(parse_time(value).strftime("%Y-%m-%d %H:%M") if value else "")
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        elif isinstance(editor, QSpinBox):
            value = editor.value()
            model.setData(index, None if index.column() == COL_CAP and value == 0 else value)
        elif isinstance(editor, QDoubleSpinBox):
            model.setData(index, editor.value() or None)
        elif isinstance(editor, QLineEdit) and index.column() in (COL_START, COL_END):
            text = editor.text().strip()
            try:
                model.setData(index, format_time(parse_time(text.replace(" ", "T"))) if text else None)
            except ValueError as error:
                model.sig_problem.emit(str(error))
        else:
            super().setModelData(editor, model, index)
