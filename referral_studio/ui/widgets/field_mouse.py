"""How the mouse edits fields, in every window: the wheel only a focused one; a click in a date picks a part.

Scrolling a form at 1280×720 once changed a traffic setting (sign-up rate 0.075 → 0.575) as
the pointer passed over a spin box. One filter on the application covers every spin box, combo
box and date/time field in every window, including those made later, so no form can forget it:
such a field never takes focus from the wheel, and an unfocused one passes the wheel to the
nearest scroll area it sits in (or lets it go, when there is none).

A click on a date/time field's day (or hour, …) selects that part, so digits typed next replace
it; Qt leaves a bare cursor there, and typing into the middle of "06" made "016", which a date
field silently refuses.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QLineEdit,
    QWidget,
)

GUARDED = (QAbstractSpinBox, QComboBox)  # date/time fields are spin boxes too
_WHEEL, _POLISH, _RELEASE = QEvent.Type.Wheel, QEvent.Type.Polish, QEvent.Type.MouseButtonRelease


class FieldMouse(QObject):
    """An application event filter; `install_field_mouse` puts one on the application."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind != _WHEEL and kind != _POLISH and kind != _RELEASE:  # the common case first: it runs for every event
            return False
        if kind == _RELEASE:
            if isinstance(watched, QLineEdit) and isinstance(edit := watched.parentWidget(), QDateTimeEdit):
                QTimer.singleShot(0, edit, lambda: _select_section(edit))  # once the click has placed the cursor
            return False
        if not isinstance(watched, GUARDED):
            return False
        if kind == _POLISH:
            if watched.focusPolicy() == Qt.FocusPolicy.WheelFocus:  # the wheel would focus it, then edit it
                watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            return False
        if watched.hasFocus():
            return False
        assert isinstance(event, QWheelEvent)
        _scroll_around(watched, event)
        event.accept()  # handled here: Qt would otherwise offer it to the parents as well
        return True


def _select_section(edit: QDateTimeEdit) -> None:
    """Select the part of the date the cursor is in, unless the user dragged out a selection of their own."""
    line = edit.findChild(QLineEdit)
    if line is not None and not line.hasSelectedText():
        edit.setSelectedSection(edit.currentSection())


def _scroll_around(field: QWidget, event: QWheelEvent) -> None:
    """Give the wheel to the nearest scroll area holding the field (its viewport scrolls as if pointed at)."""
    parent = field.parentWidget()
    while parent is not None and not isinstance(parent, QAbstractScrollArea):
        parent = parent.parentWidget()
    if parent is None:
        return
    viewport = parent.viewport()
    position = viewport.mapFromGlobal(event.globalPosition())
    forwarded = QWheelEvent(
        position,
        event.globalPosition(),
        event.pixelDelta(),
        event.angleDelta(),
        event.buttons(),
        event.modifiers(),
        event.phase(),
        event.inverted(),
    )
    QApplication.sendEvent(viewport, forwarded)


def install_field_mouse(app: QApplication) -> FieldMouse:
    """Filter the application's events (once: a second call returns the filter already there)."""
    guard = app.findChild(FieldMouse)
    if guard is None:
        guard = FieldMouse(app)
        app.installEventFilter(guard)
    return guard
