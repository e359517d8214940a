"""Quit (Ctrl+Q) from any window quits the application after saving drafts; the demo opens on screen, titled once."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QSpinBox

from referral_studio.ui.shell.app import APPLICATION_NAME
from referral_studio.ui.shell.main_window import MainWindow
from referral_studio.ui.shell.window_geometry import available_geometry
from tests.ui.checks import stored_goal_count


def quit_action(window: object) -> QAction:
    actions = [a for a in window.findChildren(QAction) if a.objectName() == "actionQuit"]  # type: ignore[attr-defined]
    [action] = [a for a in actions if a.parent() is window]
    assert action.shortcut() == QKeySequence(QKeySequence.StandardKey.Quit)
    return action


def test_the_demo_opens_on_screen_titled_once(window: MainWindow, tmp_path: Path) -> None:
    window.setGeometry(available_geometry(window))  # a main window filling the screen: the demo opens beside it
    demo = window.open_demo(tmp_path / "demo")
    assert demo is not None
    assert available_geometry(demo).contains(demo.frameGeometry())
    title = demo.windowTitle()  # the platform adds the application's name unless the title ends with it
    assert title.endswith(APPLICATION_NAME) and title.count(APPLICATION_NAME) == 1 and "Demo Workspace" in title
    demo.select("offer", "5 referred sign-ups")
    panel = demo.simulate()
    assert panel.traffic_form.log_preset == "classroom"  # the Traffic tab compares the demo log with its own preset
    panel.close()
    demo.close()


def test_quit_in_the_demo_quits_every_window_and_saves_the_draft(
    window: MainWindow, tmp_path: Path, store_path: Path, qtbot: object
) -> None:
    window.new_offer("Kept", "P")
    editor = window.edit_draft()
    editor.findChild(QSpinBox, "goalCount").setValue(7)  # not yet saved: the autosave waits a second
    demo = window.open_demo(tmp_path / "demo")
    demo.select("offer", "5 referred sign-ups")
    panel = demo.simulate()
    quit_action(demo).trigger()
    for shown in (window, editor, demo, panel):
        assert not shown.isVisible()
    assert stored_goal_count(store_path, "Kept") == 7


def test_quit_in_a_simulation_window_quits_the_app(window: MainWindow, qtbot: object) -> None:
    window.new_offer("Sim", "P")
    panel = window.simulate()
    forecast = window.forecast()
    quit_action(forecast)
    quit_action(panel).trigger()
    assert not window.isVisible() and not panel.isVisible() and not forecast.isVisible()
    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible()]
