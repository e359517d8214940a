"""The first hour: a welcome page, a Help menu, a search box, imports that clash, the demo beside the store."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QLineEdit

from referral_studio.domain.offer import Offer
from referral_studio.domain.offer_file import write_offer_file
from referral_studio.ui.shell.main_window import MainWindow


def test_an_empty_store_shows_the_next_steps_until_there_is_an_offer(window: MainWindow) -> None:
    assert window.right.currentWidget() is window.welcome and window.welcome.isVisible()
    window.new_offer("First", "P")
    assert window.right.currentWidget() is window.details


def test_the_help_menu_holds_the_rules_the_shortcuts_the_desktop_entry_and_about(window: MainWindow) -> None:
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    names = [a.objectName() for a in menu.actions() if not a.isSeparator()]
    assert names == ["actionCreditRules", "actionShortcuts", "actionInstallDesktopEntry", "actionAbout"]
    window.findChild(QAction, "actionAbout").trigger()
    about = window.findChild(QDialog, "aboutDialog")
    assert about is not None and str(window.store.path) in about.text.text()
    about.close()


def test_the_search_box_narrows_marketing_activities(window: MainWindow) -> None:
    for name in ("Spring 2", "Spring 10", "Autumn"):
        window.new_offer(name, "P")
    search = window.findChild(QLineEdit, "activitiesSearch")
    program = window.model.find("program", "P")
    assert [window.model.index(r, 0, program).data() for r in range(3)] == ["Autumn", "Spring 2", "Spring 10"]
    search.setText("spring")
    assert [window.tree.isRowHidden(r, program) for r in range(3)] == [True, False, False]


def test_an_import_whose_name_is_taken_asks_for_another(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.new_offer("Spring", "P")
    file = tmp_path / "spring.offer.json"
    write_offer_file(Offer(name="Spring", program="P"), file)
    monkeypatch.setattr(QDialog, "exec", lambda self: 1)  # the user accepts the suggested name
    assert window.offer_files.import_offer(file)
    assert window.selected_offer() == "Spring (2)"
    monkeypatch.setattr(QDialog, "exec", lambda self: 0)  # …or cancels: nothing is imported
    assert not window.offer_files.import_offer(file)


def test_the_demo_opens_beside_the_store_s_window_and_says_it_is_the_demo(window: MainWindow, tmp_path: Path) -> None:
    demo = window.open_demo(tmp_path / "demo")
    assert demo is not None and "Demo Workspace" in demo.windowTitle()
    assert demo.pos() != window.pos()
    demo.close()
