"""Windows that fit the screen they open on, and open where the user left them.

A fixed size (the editor's 1060×820, the simulation's 1440×920) puts buttons off a
1280×720 screen; each window asks for its preferred size, gets at most what the screen
it opens on has free (task bars excluded), and remembers its geometry in QSettings.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from referral_studio.ui.settings import UiSettings

MARGIN = 24  # px left free around a window that had to shrink, so its frame and shadow stay on screen


def fitted_rect(preferred: QSize, available: QRect) -> QRect:
    """The preferred size, shrunk to fit `available` (less a margin), centred in it."""
    width = min(preferred.width(), max(available.width() - 2 * MARGIN, 1))
    height = min(preferred.height(), max(available.height() - 2 * MARGIN, 1))
    rect = QRect(0, 0, width, height)
    rect.moveCenter(available.center())
    return rect


def keep_on_screen(window: QWidget) -> None:
    """Move (and if need be shrink) the window so all of it lies in its screen's free area, as placed."""
    available = available_geometry(window)
    if window.width() > available.width() - 2 * MARGIN or window.height() > available.height() - 2 * MARGIN:
        window.setGeometry(fitted_rect(window.size(), available))
    frame = window.frameGeometry()
    x = max(available.left(), min(frame.left(), available.right() + 1 - frame.width()))
    y = max(available.top(), min(frame.top(), available.bottom() + 1 - frame.height()))
    window.move(x, y)


def available_geometry(window: QWidget) -> QRect:
    """The free area of the screen the window opens on: its parent's screen, else its own, else the primary."""
    parent = window.parentWidget()
    screen = (parent.screen() if parent is not None else None) or window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def place_window(window: QWidget, preferred: QSize, settings: UiSettings | None = None, name: str = "") -> None:
    """Restore the window's remembered geometry, or size it for its screen; never larger than the screen's free area."""
    available = available_geometry(window)
    saved = settings.geometry(name) if settings is not None else None
    if saved is None or not window.restoreGeometry(saved):
        window.setGeometry(fitted_rect(preferred, available))
    if window.width() > available.width() or window.height() > available.height():
        window.setGeometry(fitted_rect(window.size(), available))  # saved on a larger screen than this one


def remember_window(window: QWidget, settings: UiSettings, name: str) -> None:
    """Keep the window's geometry for the next time it opens."""
    settings.set_geometry(name, QByteArray(window.saveGeometry()))


class _GeometryKeeper(QObject):
    """Saves a window's geometry as it closes (before a window that deletes itself on close is gone)."""

    def __init__(self, window: QWidget, settings: UiSettings, name: str) -> None:
        super().__init__(window)
        self.settings, self.name = settings, name

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Close and isinstance(watched, QWidget):
            remember_window(watched, self.settings, self.name)
        return False


def fit_and_remember(window: QWidget, preferred: QSize, settings: UiSettings, name: str) -> None:
    """Place the window for its screen (or where it was left) and keep its geometry when it closes."""
    place_window(window, preferred, settings, name)
    window.installEventFilter(_GeometryKeeper(window, settings, name))
