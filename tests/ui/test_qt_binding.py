"""The Qt binding itself keeps Python's reference counts: a binding that does not aborts the app."""

from __future__ import annotations

import importlib.metadata
import sys

from PySide6.QtWidgets import QApplication, QLabel

IMMORTAL = 2**29  # CPython 3.12+ pins an immortal object's count at or above this


def test_void_calls_keep_the_reference_count_of_none(qtbot: object) -> None:
    """PySide6 6.12.0 on Python 3.11 lost one reference to None per call; pyproject.toml pins it out.

    From Python 3.12 None is immortal: its count never moves, so a lost reference cannot free it.
    Either way the test checks what keeps the app alive on the Python it runs on.
    """
    label = QLabel("x")
    qtbot.addWidget(label)  # type: ignore[attr-defined]
    before = sys.getrefcount(None)
    for _ in range(1000):
        label.setText("y")
        label.update()
        QApplication.processEvents()
    after = sys.getrefcount(None)
    if sys.version_info >= (3, 12):
        assert before >= IMMORTAL and after == before, "None must be immortal here"
    else:
        assert before < IMMORTAL and after - before > -100, "a void call lost references to None"


def test_the_installed_binding_is_one_the_pin_allows() -> None:
    """pyproject.toml keeps PySide6 below 6.12 on Python 3.11; an environment that ignored the pin would abort."""
    version = tuple(int(part) for part in importlib.metadata.version("PySide6_Essentials").split(".")[:2])
    assert version >= (6, 6)
    if sys.version_info < (3, 12):
        assert version < (6, 12)
