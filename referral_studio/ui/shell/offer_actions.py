"""The Offer menu's changes to the selected offer: approve, discard its draft, clone, rename, delete it,
restore a revision.

Each asks first where it cannot be undone, saves or closes the offer's editor where it must (an
editor never keeps a draft the store no longer has), runs one use case, and shows the outcome in
Marketing Activities; a refusal is shown and changes nothing.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from referral_studio.ui.activities import activity_dialogs as ask
from referral_studio.ui.activities.activities_model import OFFER, PROGRAM
from referral_studio.ui.i18n import translate
from referral_studio.ui.shell.activities_host import ActivitiesHost
from referral_studio.ui.widgets.approval import approve_offer
from referral_studio.ui.widgets.refusals import attempt, succeeds


class OfferActions:
    """The lifecycle of the offer selected in the main window."""

    def __init__(self, window: QWidget, host: ActivitiesHost) -> None:
        self.window = window  # the parent of every question and message
        self.host = host

    def approve(self) -> bool:
        """Approve the selected offer's draft (refused with the problems when blocked)."""
        window = self.window
        name = self.host.selected_offer()
        if name is None or not self.host.windows.save_editor(name) or not approve_offer(window, self.host.offers, name):
            return False
        self.host.windows.drop_editor(name)
        self.host.reload()
        return True

    def ask_discard_draft(self) -> None:
        name = self.host.selected_offer()
        if name and ask.discard_draft(self.window, name):
            self.discard_draft()

    def discard_draft(self) -> bool:
        window = self.window
        name = self.host.selected_offer()
        if name is None:
            return False
        self.host.windows.drop_editor(name)
        ok = succeeds(window, translate("MainWindow", "Discard Draft"), lambda: self.host.offers.discard_draft(name))
        self.host.reload()
        return ok

    def ask_clone(self) -> None:
        window = self.window
        name = self.host.selected_offer()
        copy = name and ask.clone_name(window, name)
        if copy:
            self.host.new_offer(copy, self.host.selected_program() or "", clone_from=name)

    def ask_rename(self) -> None:
        name = self.host.selected_offer()
        new = name and ask.text(
            self.window, translate("MainWindow", "Rename Offer"), translate("MainWindow", "New name:"), name
        )
        if new is not None:
            self.rename(new)

    def rename(self, new: str) -> bool:
        window = self.window
        old = self.host.selected_offer()
        if old is None or not self.host.windows.close_editor(old):
            return False
        made = attempt(window, translate("MainWindow", "Rename Offer"), lambda: self.host.offers.rename_offer(old, new))
        if made is not None:
            self.host.reload(select=(OFFER, made))
        return made is not None

    def ask_delete(self) -> None:
        name = self.host.selected_offer()
        if name and ask.delete_offer(self.window, name):
            self.delete()

    def delete(self) -> bool:
        window = self.window
        name = self.host.selected_offer()
        if name is None:
            return False
        self.host.windows.drop_editor(name)
        program = self.host.selected_program()
        ok = succeeds(window, translate("MainWindow", "Delete Offer"), lambda: self.host.offers.delete_offer(name))
        self.host.reload(select=(PROGRAM, program) if program else None)
        return ok

    def restore_revision(self, number: int) -> bool:
        """Make a saved revision the draft again (as a new revision), the offer's editor closed first."""
        window = self.window
        name = self.host.selected_offer()
        if name is None or not self.host.windows.close_editor(name):
            return False
        ok = succeeds(
            window, translate("MainWindow", "Restore Revision"), lambda: self.host.offers.restore_revision(name, number)
        )
        self.host.reload()
        return ok
