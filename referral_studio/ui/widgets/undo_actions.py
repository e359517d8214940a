"""Undo and Redo for a window: one pair of actions on an undo stack or group, with the usual shortcuts."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence, QUndoGroup, QUndoStack
from PySide6.QtWidgets import QWidget

from referral_studio.ui.widgets.shortcuts import redo_keys


def undo_redo_actions(window: QWidget, source: QUndoStack | QUndoGroup, undo: str, redo: str) -> tuple[QAction, ...]:
    """(Undo, Redo) acting on `source`, named actionUndo and actionRedo; their texts name the next step."""
    undo_action = source.createUndoAction(window, undo)
    undo_action.setObjectName("actionUndo")
    undo_action.setShortcut(QKeySequence.StandardKey.Undo)
    redo_action = source.createRedoAction(window, redo)
    redo_action.setObjectName("actionRedo")
    # Built here, not at import: a standard key's binding needs the running application's platform theme.
    redo_action.setShortcuts(redo_keys())  # the platform's Redo keys and Ctrl+Shift+Z, never bound twice
    return undo_action, redo_action
