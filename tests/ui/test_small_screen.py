"""At a small screen's size every window fits, its buttons are on it, and it opens where it was left."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit, QListWidget, QWidget

from referral_studio.ui.editor.offer_editor import FORM_WIDTH
from referral_studio.ui.shell.main_window import MainWindow
from referral_studio.ui.shell.window_geometry import available_geometry, fitted_rect

LAPTOP = QRect(0, 0, 1280, 720 - 32)  # a 1280×720 screen less a task bar: the smallest the app is made for


def inside(widget: QWidget, window: QWidget) -> bool:
    top_left = widget.mapTo(window, QPoint(0, 0))
    return widget.isVisible() and window.rect().contains(QRect(top_left, widget.size()))


def test_every_window_fits_a_small_laptop_with_its_buttons_on_it(window: MainWindow) -> None:
    screen = available_geometry(window)  # offscreen: 800×800
    assert screen.contains(window.frameGeometry())  # the main window fits even this
    window.new_offer("Small", "P")
    editor = window.edit_draft()
    panel = window.simulate()
    assert screen.contains(editor.frameGeometry())
    for shown, buttons in (
        (window, ()),
        (editor, ("approveAndClose", "closeEditor")),
        (panel, ("runSimulation", "compareGoalTypes", "exportResults", "saveScenario", "presentResults")),
    ):
        size = fitted_rect(QSize(1920, 1080), LAPTOP).size()
        hint = shown.minimumSizeHint()
        assert hint.width() <= size.width() and hint.height() <= size.height(), shown.objectName()
        shown.resize(size)
        QApplication.processEvents()
        for name in buttons:
            assert inside(shown.findChild(QAbstractButton, name), shown), name
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


def test_on_a_wide_screen_fields_keep_a_readable_width_and_the_code_list_grows(window: MainWindow) -> None:
    window.new_offer("Wide", "P")
    editor = window.edit_draft()
    editor.resize(1920, 1040)
    QApplication.processEvents()
    email = editor.findChild(QLineEdit, "fulfillmentEmail")
    codes = editor.findChild(QListWidget, "promoCodeList")
    assert email.width() <= FORM_WIDTH and codes.height() > 8 * 22  # more than the old eight rows
