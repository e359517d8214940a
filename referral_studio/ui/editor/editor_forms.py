"""Small helpers that lay out the editor's forms alike: aligned labels, named widgets, rows of several widgets."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QSizePolicy, QWidget

W = TypeVar("W", bound=QWidget)


def form_layout(parent: QWidget | None = None) -> QFormLayout:
    form = QFormLayout(parent)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return form


def add_row(form: QFormLayout, text: str, row: QHBoxLayout, buddy: QWidget) -> None:
    """A labelled row of several widgets; the label's shortcut focuses `buddy`."""
    label = QLabel(text)
    label.setBuddy(buddy)
    form.addRow(label, row)


def wide_text(label: QLabel) -> QLabel:
    """A wrapped note under a field takes the field's whole width (a form keeps other fields at their size hint,
    which for wrapped text is a narrow column)."""
    label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    return label


def named(widget: W, name: str, accessible: str) -> W:
    if name:
        widget.setObjectName(name)
    widget.setAccessibleName(accessible)
    return widget
