"""The offer window's times: whole minutes unless a file says otherwise, what is shown is what is stored,
and a click on a part of a date selects it so typed digits replace it."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QDateTimeEdit, QLineEdit

from referral_studio.domain.offer import Window
from referral_studio.ui.shell.main_window import MainWindow
from tests.ui.editor.test_offer_editor import child, open_editor


def click_at_character(qtbot: object, edit: QDateTimeEdit, index: int) -> None:
    """One click on the field's text, just after its character `index` (inside a part, as a person clicks)."""
    line = edit.findChild(QLineEdit)
    line.setCursorPosition(index)
    x = line.cursorRect().center().x()
    line.setCursorPosition(0)
    qtbot.mouseClick(line, Qt.MouseButton.LeftButton, pos=QPoint(x, line.height() // 2))  # type: ignore[attr-defined]
    qtbot.wait(10)  # type: ignore[attr-defined]  # the part is selected on the event loop's next turn


def test_ticking_starts_stores_a_whole_minute(window: MainWindow) -> None:
    editor = open_editor(window)
    child(editor, QCheckBox, "windowStartSet").click()
    start = editor.offer.window.start
    assert start is not None and start.second == 0 and start.microsecond == 0
    edit = child(editor, QDateTimeEdit, "windowStart")
    assert edit.text().endswith(f"{start:%H:%M} UTC")


def test_typing_into_a_clicked_part_replaces_it_and_stores_what_is_shown(window: MainWindow, qtbot: object) -> None:
    editor = open_editor(window)
    editor.show()
    editor.activateWindow()
    child(editor, QCheckBox, "windowStartSet").click()
    edit = child(editor, QDateTimeEdit, "windowStart")
    edit.setDateTime(edit.dateTime().addSecs(48 - edit.dateTime().time().second()))  # seconds Qt keeps out of view
    editor.focus_field("window")  # the page that holds the offer window
    text = edit.text()  # yyyy-MM-dd HH:mm UTC
    click_at_character(qtbot, edit, 9)  # between the day's two digits
    qtbot.keyClicks(edit, "15")  # type: ignore[attr-defined]
    click_at_character(qtbot, edit, 12)  # inside the hour
    qtbot.keyClicks(edit, "09")  # type: ignore[attr-defined]
    click_at_character(qtbot, edit, 15)  # inside the minutes
    qtbot.keyClicks(edit, "00")  # type: ignore[attr-defined]
    assert edit.text() == f"{text[:8]}15 09:00 UTC"
    start = editor.offer.window.start
    assert start == datetime(int(text[:4]), int(text[5:7]), 15, 9, 0, tzinfo=UTC)  # no hidden :48


def test_a_time_with_seconds_from_a_file_shows_and_keeps_them(window: MainWindow) -> None:
    editor = open_editor(window)
    moment = datetime(2027, 3, 1, 9, 0, 30, tzinfo=UTC)
    editor.document.replace(editor.offer.with_value("window.start", moment))
    edit = child(editor, QDateTimeEdit, "windowStart")
    assert edit.text() == "2027-03-01 09:00:30 UTC"
    child(editor, QCheckBox, "windowStartSet").click()
    child(editor, QCheckBox, "windowStartSet").click()  # off and on again: the value shown comes back
    assert editor.offer.window.start == moment
