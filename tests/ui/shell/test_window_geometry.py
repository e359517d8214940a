"""Windows fit the screen they open on and come back where they were left."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QWidget

from referral_studio.ui.settings import UiSettings
from referral_studio.ui.shell.window_geometry import (
    MARGIN,
    available_geometry,
    fitted_rect,
    place_window,
    remember_window,
)

LAPTOP = QRect(0, 0, 1280, 720 - 32)  # a 1280×720 screen less a task bar
WIDE = QRect(1280, 0, 1920, 1080 - 40)  # a second, larger screen to its right


def test_a_window_larger_than_the_screen_shrinks_to_it_and_is_centred() -> None:
    rect = fitted_rect(QSize(1440, 920), LAPTOP)
    assert LAPTOP.contains(rect) and rect.size() == QSize(1280 - 2 * MARGIN, 688 - 2 * MARGIN)
    assert rect.center() == LAPTOP.center()
    small = fitted_rect(QSize(900, 600), WIDE)
    assert small.size() == QSize(900, 600) and WIDE.contains(small)  # a big screen keeps the preferred size


def test_a_window_opens_within_its_screen_and_remembers_where_it_was(qtbot: object, settings: UiSettings) -> None:
    window = QWidget()
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    screen = available_geometry(window)  # the offscreen screen: 800×800, smaller than the preferred size
    place_window(window, QSize(1440, 920), settings, "testWindow")
    window.show()
    assert screen.contains(window.geometry())
    window.setGeometry(QRect(screen.x() + 10, screen.y() + 20, 500, 400))
    remember_window(window, settings, "testWindow")
    again = QWidget()
    qtbot.addWidget(again)  # type: ignore[attr-defined]
    place_window(again, QSize(1440, 920), settings, "testWindow")
    assert again.geometry().size() == QSize(500, 400)
