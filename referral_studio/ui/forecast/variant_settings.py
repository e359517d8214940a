"""The selected variant's settings, as fields below the variants table.

Ten columns do not fit the study form's width at 1280×720, so the variants table shows each
variant's name and what differs from the base offer, and the settings themselves are edited here,
through the table's own delegate: the same editors, the same model, the same refusals.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSignalBlocker, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from referral_studio.ui.forecast.forecast_variants_model import (
    COL_DIFF,
    COL_GOAL,
    COL_NAME,
    COL_REPEAT,
    HEADERS,
    PATHS,
    ForecastVariantsModel,
    VariantsDelegate,
)
from referral_studio.ui.i18n import translate

SETTING_COLUMNS = tuple(range(COL_GOAL, COL_DIFF))  # the columns a variant overrides, between name and summary


class VariantSettings(QWidget):
    """Fields for the settings of the row selected in `view` (read-only for the base offer's row)."""

    def __init__(self, model: ForecastVariantsModel, view: QTableView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("forecastVariantSettings")
        self.model = model
        self.view = view
        self.delegate = VariantsDelegate(self)
        self.row = 0
        self.fields: dict[int, QWidget] = {}
        form = QFormLayout(self)  # one field a row: two side by side would not fit the study form's width
        form.setContentsMargins(0, 0, 0, 0)
        for column in SETTING_COLUMNS:
            field = self._field(column)
            form.addRow(translate("ForecastPanel", HEADERS[column]) + ":", field)
            self.fields[column] = field
        for column in SETTING_COLUMNS:
            view.setColumnHidden(column, True)
        view.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        model.dataChanged.connect(lambda *_: self.refresh())
        model.modelReset.connect(self.refresh)
        model.rowsRemoved.connect(self.refresh)
        self.refresh()

    def _field(self, column: int) -> QWidget:
        if column == COL_REPEAT:
            box = QCheckBox()
            box.toggled.connect(lambda _on: self._commit(box, column))
            field: QWidget = box
        else:
            field = self.delegate.createEditor(self, QStyleOptionViewItem(), self.model.index(0, column))
            field.setParent(self)
            if isinstance(field, QComboBox):
                field.activated.connect(lambda _i, f=field: self._commit(f, column))
            elif isinstance(field, QSpinBox | QDoubleSpinBox | QLineEdit):
                field.editingFinished.connect(lambda f=field: self._commit(f, column))
        field.setObjectName("forecastVariant_" + "_".join(PATHS[column]))  # forecastVariant_goal_count, for QA scripts
        field.setToolTip(
            translate("ForecastPanel", "{setting} of the selected variant").format(
                setting=translate("ForecastPanel", HEADERS[column])
            )
        )
        return field

    def _on_current_row_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Show the selected row's settings (the base offer's, greyed, when it or nothing is selected)."""
        current = self.view.currentIndex()  # a reset (Open Study…) leaves none: never a row that is not selected
        self.row = current.row() if current.isValid() and current.row() < self.model.rowCount() else 0
        for column, field in self.fields.items():
            index = self.model.index(self.row, column)
            with QSignalBlocker(field):
                if isinstance(field, QCheckBox):
                    field.setChecked(index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked)
                else:
                    self.delegate.setEditorData(field, index)
            font = QFont(self.font())
            font.setBold(index.data(Qt.ItemDataRole.FontRole) is not None)  # what differs from the base offer
            field.setFont(font)
            field.setEnabled(self.row > 0)
        name = self.model.index(self.row, COL_NAME).data()
        self.setAccessibleName(translate("ForecastPanel", "Settings of {variant}").format(variant=name))

    def _commit(self, field: QWidget, column: int) -> None:
        if self.row <= 0:
            return
        index = self.model.index(self.row, column)
        if isinstance(field, QCheckBox):
            state = Qt.CheckState.Checked if field.isChecked() else Qt.CheckState.Unchecked
            if index.data(Qt.ItemDataRole.CheckStateRole) != state:
                self.model.setData(index, state.value, Qt.ItemDataRole.CheckStateRole)
        elif _shown_value(field) != index.data(Qt.ItemDataRole.EditRole):
            self.delegate.setModelData(field, self.model, index)
        self.refresh()  # a refused value shows the setting as it still is


def _shown_value(field: QWidget) -> object:
    """What a field holds, as the model's edit role would give it (None for "any time", "no cap", "open")."""
    if isinstance(field, QComboBox):
        return field.currentData()
    if isinstance(field, QSpinBox | QDoubleSpinBox):
        return field.value() or None
    return object()  # a time field: text to parse, always handed to the model
