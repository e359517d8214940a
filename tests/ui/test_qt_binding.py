"""The Qt binding itself keeps Python's reference counts: a binding that does not aborts the app."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel


def test_void_calls_keep_the_reference_count_of_none(qtbot: object) -> None:
    """PySide6 6.12.0 on Python 3.11 lost one reference to None per call; pyproject.toml pins it out."""
    label = QLabel("x")
    qtbot.addWidget(label)  # type: ignore[attr-defined]
    before = sys.getrefcount(None)
    for _ in range(1000):
        label.setText("y")
        label.update()
        QApplication.processEvents()
    assert sys.getrefcount(None) - before > -100
