"""Undoable edits: each changes one setting of the offer through the document.

Typing and spin-box drags on one setting merge into one step (`merge=True`), so a
typed word or a drag is undone at once; clicks and picks stay steps of their own
(glue's command stack; Qt's QUndoStack docs).
"""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from referral_studio.domain.offer import SettingPath
from referral_studio.ui.editor.offer_document import OfferDocument
from referral_studio.ui.i18n import translate

_IDS: dict[str, int] = {}


def _command_id(path: str) -> int:
    """A stable id per setting, so only edits of the same setting merge."""
    return _IDS.setdefault(path, 1000 + len(_IDS))


class SetValueCommand(QUndoCommand):
    """Set one offer setting; undo puts the old value back."""

    def __init__(
        self, document: OfferDocument, path: SettingPath, value: object, label: str, *, merge: bool = False
    ) -> None:
        super().__init__(translate("SetValueCommand", "Change {setting}").format(setting=label))
        self.merge = merge
        self.document = document
        self.path = path
        self.old = document.offer.value(path)
        self.new = value

    def id(self) -> int:  # noqa: A003 - Qt's name
        return _command_id(self.path) if self.merge else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        if not isinstance(other, SetValueCommand) or other.path != self.path:
            return False
        self.new = other.new
        self.setObsolete(self.new == self.old)
        return True

    def redo(self) -> None:
        self.document.set_value(self.path, self.new)

    def undo(self) -> None:
        self.document.set_value(self.path, self.old)
