"""One key, one command: no shortcut Qt would call ambiguous, in any window."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence

from referral_studio.ui.shell.main_window import MainWindow
from referral_studio.ui.widgets.shortcuts import REDO_FALLBACK, ambiguous_shortcuts, redo_keys


def test_redo_keys_never_repeat_the_platform_s_own() -> None:
    linux = [QKeySequence("Ctrl+Shift+Z")]  # StandardKey.Redo on Linux desktops
    assert redo_keys(linux) == linux
    assert redo_keys([QKeySequence("Ctrl+Y")]) == [QKeySequence("Ctrl+Y"), REDO_FALLBACK]


def test_no_window_has_an_ambiguous_shortcut(window: MainWindow) -> None:
    window.new_offer("Keys", "P")
    editor = window.edit_draft()
    panel = window.simulate()
    for shown in (window, editor, panel):
        assert ambiguous_shortcuts(shown) == {}, shown.objectName()
    for shown in (window, editor):
        redo = next(a for a in shown.findChildren(QAction) if a.text().replace("&", "").startswith("Redo"))
        assert redo.shortcuts() == redo_keys()
    panel.close()
