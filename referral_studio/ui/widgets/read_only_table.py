"""The read-only tables of the app's views and dialogs: headers, no row numbers, no editing."""

from __future__ import annotations

from PySide6.QtWidgets import QTableWidget


def read_only_table(name: str, headers: list[str], rows: int = 0) -> QTableWidget:
    """A table the user reads, sorts by eye and selects from, but never edits (its cells are results)."""
    table = QTableWidget(rows, len(headers), objectName=name)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    return table
