"""A row of push buttons, each with its automation name and the slot it calls, then the row's free space."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QHBoxLayout, QPushButton


def add_buttons(row: QHBoxLayout, buttons: Sequence[tuple[str, str, Callable[[], object]]]) -> list[QPushButton]:
    """Add a button per (objectName, text, slot) to the row, in order, and a stretch after them."""
    made = []
    for name, text, slot in buttons:
        button = QPushButton(text, objectName=name)
        button.clicked.connect(lambda _checked=False, slot=slot: slot())  # the slot takes no `checked`
        row.addWidget(button)
        made.append(button)
    row.addStretch(1)
    return made
