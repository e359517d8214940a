"""Saving the editor's draft: a second after the last edit, on request, and again every few seconds while
the store refuses (busy, full, read-only), so an edit is never lost nor half-written.

A save that finds the draft changed elsewhere (another window or process saved it since) asks
whose version to keep instead of overwriting it silently.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from referral_studio.app.offers import Offers
from referral_studio.store.repository import DraftConflict
from referral_studio.ui.editor.offer_document import OfferDocument
from referral_studio.ui.i18n import translate

AUTOSAVE_MS = 1000
RETRY_MS = 5000  # after the store refused a save (busy, full, read-only)


class DraftAutosave(QObject):
    """Writes one offer's draft (the document) when the undo stack is not clean; `label` says how it stands."""

    sig_saved = Signal(str)
    """The draft of the named offer was written to the store."""
    sig_save_refused = Signal(str)
    """The store refused a save (the message says why); the edit stays in the editor and a retry is due."""

    def __init__(
        self,
        offers: Offers,
        name: str,
        revision: int | None,
        document: OfferDocument,
        stack: QUndoStack,
        window: QWidget,
    ) -> None:
        super().__init__(window)
        self.offers, self.name, self.revision = offers, name, revision
        self.document, self.stack, self.window = document, stack, window
        self.label = QLabel(objectName="savedState")
        self._failing = False
        self._timer = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self._timer.timeout.connect(self.save)

    def schedule(self, _stack_index: int = 0) -> None:
        """An edit was made or undone (the undo stack moved): save a second after the last one."""
        self.label.setText(translate("OfferEditor", "Unsaved changes…"))
        self._timer.start(AUTOSAVE_MS)

    def save(self) -> bool:
        """Write the draft now if it changed; keeps the edit in memory and says why when the store refuses."""
        self._timer.stop()
        if self.stack.isClean():
            return True
        try:
            self.revision = self.offers.save_draft(self.name, self.document.offer, self.revision or 0)
        except DraftConflict as conflict:
            return self._resolve_conflict(conflict)
        except Exception as error:  # noqa: BLE001 - any store failure: keep the edit, tell the user, retry
            self.label.setText(
                translate("OfferEditor", "Not saved — retrying every {seconds} s").format(seconds=RETRY_MS // 1000)
            )
            self._timer.start(RETRY_MS)
            self.sig_save_refused.emit(str(error))
            if not self._failing:  # once per failing streak, not at every retry
                self._failing = True
                QMessageBox.warning(
                    self.window,
                    translate("OfferEditor", "Draft not saved"),
                    translate(
                        "OfferEditor",
                        "The draft could not be saved; your edits are kept here and saving is retried "
                        "every {seconds} s.\n\n{error}",
                    ).format(seconds=RETRY_MS // 1000, error=error),
                )
            return False
        self._failing = False
        self.stack.setClean()
        self.label.setText(
            translate("OfferEditor", "Saved · revision {number}").format(number=self.revision)
            if self.revision
            else translate("OfferEditor", "Same as the approved version · no draft")
        )
        self.sig_saved.emit(self.name)
        return True

    def _resolve_conflict(self, conflict: DraftConflict) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            translate("OfferEditor", "The draft changed elsewhere"),
            translate("OfferEditor", "Another window saved this draft (revision {number}) after you opened it.").format(
                number=conflict.actual
            ),
            parent=self.window,
        )
        keep = box.addButton(translate("OfferEditor", "Keep Mine"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(translate("OfferEditor", "Use Theirs"), QMessageBox.ButtonRole.DestructiveRole)
        box.exec()
        if box.clickedButton() is keep:
            self.revision = conflict.actual
            return self.save()
        theirs = self.offers.draft(self.name)
        self.revision = conflict.actual
        if theirs is not None:
            self.document.replace(theirs)
        self.stack.clear()
        return True
