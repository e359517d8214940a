"""Keyboard shortcuts without clashes: one key sequence, one command, in each window."""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QWidget

REDO_FALLBACK = QKeySequence("Ctrl+Shift+Z")


def redo_keys(platform: list[QKeySequence] | None = None) -> list[QKeySequence]:
    """The platform's Redo keys, plus Ctrl+Shift+Z where the platform's list lacks it (never twice).

    On Linux StandardKey.Redo already is Ctrl+Shift+Z: binding it again makes Qt call the
    shortcut ambiguous, and Redo by keyboard then does nothing. `platform` stands in for the
    platform's list (tests run offscreen, whose list is another desktop's).
    """
    keys = list(QKeySequence.keyBindings(QKeySequence.StandardKey.Redo) if platform is None else platform)
    if REDO_FALLBACK not in keys:
        keys.append(REDO_FALLBACK)
    return keys


def ambiguous_shortcuts(window: QWidget) -> dict[str, list[str]]:
    """Key sequences that more than one shortcut of the window answers to (an action listing a key twice counts
    twice: Qt registers both and then finds them ambiguous), with what owns them."""
    owners: dict[str, list[str]] = defaultdict(list)

    def mine(owner: object) -> bool:
        parent = owner.parent() if isinstance(owner, QAction | QShortcut) else owner
        return isinstance(parent, QWidget) and parent.window() is window

    for action in window.findChildren(QAction):
        if mine(action) and action.shortcutContext() != Qt.ShortcutContext.WidgetShortcut:
            for key in action.shortcuts():
                if not key.isEmpty():
                    owners[key.toString()].append(action.objectName() or action.text())
    for shortcut in window.findChildren(QShortcut):
        if mine(shortcut) and not shortcut.key().isEmpty():
            owners[shortcut.key().toString()].append(shortcut.objectName() or "QShortcut")
    for button in window.findChildren(QAbstractButton):
        key = button.shortcut()
        if mine(button) and not key.isEmpty() and key != QKeySequence.mnemonic(button.text()):
            owners[key.toString()].append(button.objectName() or button.text())
    return {key: names for key, names in owners.items() if len(names) > 1}
