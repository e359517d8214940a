"""At a small screen's size every window fits, its buttons are on it, and it opens where it was left."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractButton, QWidget

from referral_studio.ui.main_window import MainWindow
from referral_studio.ui.window_geometry import available_geometry


def on_screen(widget: QWidget, screen: QRect) -> bool:
    top_left = widget.mapToGlobal(QPoint(0, 0))
    return widget.isVisible() and screen.contains(QRect(top_left, widget.size()))


def test_every_window_fits_the_free_area_of_its_screen_with_its_buttons_on_it(window: MainWindow) -> None:
    screen = available_geometry(window)  # offscreen: 800×800, smaller than every window's preferred size
    assert screen.width() < 1060 and screen.contains(window.frameGeometry())
    window.new_offer("Small", "P")
    editor = window.edit_draft()
    panel = window.simulate()
    for shown, buttons in (
        (editor, ("approveAndClose", "closeEditor")),
        (panel, ("runSimulation", "compareGoalTypes", "exportResults", "saveScenario", "presentResults")),
    ):
        assert screen.contains(shown.frameGeometry()), shown.objectName()
        for name in buttons:
            assert on_screen(shown.findChild(QAbstractButton, name), screen), name
    panel.close()


def test_a_window_opens_where_it_was_left(window: MainWindow, qtbot: object) -> None:
    window.new_offer("Left", "P")
    editor = window.edit_draft()
    screen = available_geometry(editor)
    editor.setGeometry(QRect(screen.x() + 30, screen.y() + 40, 700, 600))
    size = editor.size()
    editor.close()
    again = window.edit_draft()
    assert again is not editor and again.size() == size
