"""The Offer menu's changes to the selected offer: approve, discard its draft, clone, rename, delete it,
restore a revision.

Each asks first where it cannot be undone, saves or closes the offer's editor where it must (an
editor never keeps a draft the store no longer has), runs one use case, and shows the outcome in
Marketing Activities; a refusal is shown and changes nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from referral_studio.ui import activity_dialogs as ask
from referral_studio.ui.activities_model import OFFER, PROGRAM
from referral_studio.ui.approval import approve_offer
from referral_studio.ui.i18n import translate
from referral_studio.ui.refusals import attempt, succeeds

if TYPE_CHECKING:
    from referral_studio.ui.main_window import MainWindow


class OfferActions:
    """The lifecycle of the offer selected in the main window."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window

    def approve(self) -> bool:
        """Approve the selected offer's draft (refused with the problems when blocked)."""
        window = self.window
        name = window.selected_offer()
        if name is None or not window.windows.save_editor(name) or not approve_offer(window, window.offers, name):
            return False
        window.windows.drop_editor(name)
        window.reload()
        return True

    def ask_discard_draft(self) -> None:
        name = self.window.selected_offer()
        if name and ask.discard_draft(self.window, name):
            self.discard_draft()

    def discard_draft(self) -> bool:
        window = self.window
        name = window.selected_offer()
        if name is None:
            return False
        window.windows.drop_editor(name)
        ok = succeeds(window, translate("MainWindow", "Discard Draft"), lambda: window.offers.discard_draft(name))
        window.reload()
        return ok

    def ask_clone(self) -> None:
        window = self.window
        name = window.selected_offer()
        copy = name and ask.clone_name(window, name)
        if copy:
            window.new_offer(copy, window.selected_program() or "", clone_from=name)

    def ask_rename(self) -> None:
        name = self.window.selected_offer()
        new = name and ask.text(
            self.window, translate("MainWindow", "Rename Offer"), translate("MainWindow", "New name:"), name
        )
        if new is not None:
            self.rename(new)

    def rename(self, new: str) -> bool:
        window = self.window
        old = window.selected_offer()
        if old is None or not window.windows.close_editor(old):
            return False
        made = attempt(window, translate("MainWindow", "Rename Offer"), lambda: window.offers.rename_offer(old, new))
        if made is not None:
            window.reload(select=(OFFER, made))
        return made is not None

    def ask_delete(self) -> None:
        name = self.window.selected_offer()
        if name and ask.delete_offer(self.window, name):
            self.delete()

    def delete(self) -> bool:
        window = self.window
        name = window.selected_offer()
        if name is None:
            return False
        window.windows.drop_editor(name)
        program = window.selected_program()
        ok = succeeds(window, translate("MainWindow", "Delete Offer"), lambda: window.offers.delete_offer(name))
        window.reload(select=(PROGRAM, program) if program else None)
        return ok

    def restore_revision(self, number: int) -> bool:
        """Make a saved revision the draft again (as a new revision), the offer's editor closed first."""
        window = self.window
        name = window.selected_offer()
        if name is None or not window.windows.close_editor(name):
            return False
        ok = succeeds(
            window, translate("MainWindow", "Restore Revision"), lambda: window.offers.restore_revision(name, number)
        )
        window.reload()
        return ok
