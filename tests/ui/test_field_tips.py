"""Every field of the editor and the simulation and forecast workspaces says what it is for."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialogButtonBox,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QWidget,
)

from referral_studio.ui.shell.main_window import MainWindow

FIELDS = (QAbstractSpinBox, QComboBox, QLineEdit, QAbstractButton, QPlainTextEdit, QListWidget)
INSIDE = (QAbstractSpinBox, QComboBox)  # their own line edits and buttons are parts of the field
STANDARD = QDialogButtonBox  # a dialog's Close, OK and Cancel say what they do


def fields_without_tips(window: QWidget) -> list[str]:
    missing = []
    for kind in FIELDS:
        for field in window.findChildren(kind):
            part = isinstance(field.parent(), (*INSIDE, STANDARD)) or field.objectName().startswith("qt_")
            tab_scroller = field.objectName() in ("ScrollLeftButton", "ScrollRightButton") or not (
                field.objectName() or getattr(field, "text", lambda: "x")()
            )
            if not part and not tab_scroller and not field.toolTip():
                missing.append(f"{type(field).__name__} {field.objectName()}")
    return missing


def test_every_field_has_a_tooltip(window: MainWindow) -> None:
    window.new_offer("Tips", "P")
    editor = window.edit_draft()
    panel = window.simulate()
    forecast = window.forecast()
    assert fields_without_tips(editor) == [] and fields_without_tips(panel) == []
    assert fields_without_tips(forecast) == []
    panel.close()
    forecast.close()
