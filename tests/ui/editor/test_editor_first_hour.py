"""The editor does what a user expects: 0 is named a problem, codes edit one by one, dead fields are off."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QListWidget, QPushButton, QSpinBox

from referral_studio.ui.shell.main_window import MainWindow


def test_goal_count_zero_is_refused_with_a_word_and_blocked_approval_disables_the_menu(
    window: MainWindow, qtbot: object
) -> None:
    window.new_offer("Zero", "P")
    editor = window.edit_draft()
    count = editor.findChild(QSpinBox, "goalCount")
    problem = editor.findChild(QLabel, "goalCountProblem")
    count.setFocus()
    count.lineEdit().selectAll()
    qtbot.keyClicks(count, "0")  # type: ignore[attr-defined]
    assert problem.isVisibleTo(editor) and "at least 1" in problem.text()  # said, not silently reverted
    assert editor.offer.goal.count == 1  # an offer never holds a count it could not be saved with
    qtbot.keyClicks(count, "5")  # type: ignore[attr-defined]
    assert not problem.isVisibleTo(editor)
    approve = next(a for a in editor.findChildren(QAction) if a.text() == "Approve and Close")
    blocked = not editor.findChild(QPushButton, "approveAndClose").isEnabled()
    assert approve.isEnabled() == (not blocked)  # the menu item follows the button
    assert blocked  # a new offer lacks its fulfillment email and rules URL


def test_promo_codes_are_edited_one_by_one_with_undo(window: MainWindow) -> None:
    window.new_offer("Codes", "P")
    editor = window.edit_draft()
    codes = editor.details_page.codes
    codes.add_code()
    codes.list.item(0).setText("SPRING-1 ")
    assert editor.offer.promo_codes == ("SPRING-1 ",) and codes.list.item(0).text() == "SPRING-1·"
    problems = editor.findChild(QListWidget, "validationMessages")
    assert any("spaces" in problems.item(row).text() for row in range(problems.count()))
    editor.stack.undo()
    assert editor.offer.promo_codes == () and codes.list.count() == 0


def test_privacy_title_and_url_are_off_until_the_policy_is_shown(window: MainWindow) -> None:
    window.new_offer("Privacy", "P")
    editor = window.edit_draft()
    shown = editor.findChild(QCheckBox, "privacyShown")
    title, url = editor.findChild(QLineEdit, "privacyTitle"), editor.findChild(QLineEdit, "privacyUrl")
    assert not shown.isChecked() and not title.isEnabled() and not url.isEnabled()
    shown.setChecked(True)
    assert title.isEnabled() and url.isEnabled()


def test_once_and_every_time_are_explained_at_the_field(window: MainWindow) -> None:
    window.new_offer("Smart", "P")
    editor = window.edit_draft()
    help_text = editor.findChild(QLabel, "qualificationHelp").text()
    assert "Once:" in help_text and "Every time:" in help_text
