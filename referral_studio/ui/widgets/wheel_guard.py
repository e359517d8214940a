"""The mouse wheel edits a field only when it has focus; otherwise it scrolls the panel around it.

Scrolling a form at 1280×720 once changed a traffic setting (sign-up rate 0.075 → 0.575) as
the pointer passed over a spin box. One filter on the application covers every spin box, combo
box and date/time field in every window, including those made later, so no form can forget it:
such a field never takes focus from the wheel, and an unfocused one passes the wheel to the
nearest scroll area it sits in (or lets it go, when there is none).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QApplication, QComboBox, QWidget

GUARDED = (QAbstractSpinBox, QComboBox)  # date/time fields are spin boxes too
_WHEEL, _POLISH = QEvent.Type.Wheel, QEvent.Type.Polish


class WheelGuard(QObject):
    """An application event filter; `install_wheel_guard` puts one on the application."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind != _WHEEL and kind != _POLISH:  # the common case first: this runs for every event
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


def install_wheel_guard(app: QApplication) -> WheelGuard:
    """Filter the application's events (once: a second call returns the guard already there)."""
    guard = app.findChild(WheelGuard)
    if guard is None:
        guard = WheelGuard(app)
        app.installEventFilter(guard)
    return guard
