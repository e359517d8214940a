"""The Program menu's work: a new program, a renamed one, a deleted one (with every offer in it).

Each asks first, runs one use case, and shows the outcome in Marketing Activities; it lives apart
from the main window, which holds the offers, so the window stays a view of the store.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from referral_studio.ui.activities import activity_dialogs as ask
from referral_studio.ui.activities.activities_model import PROGRAM
from referral_studio.ui.i18n import translate
from referral_studio.ui.shell.activities_host import ActivitiesHost
from referral_studio.ui.widgets.refusals import attempt, succeeds


class ProgramActions:
    """The programs of the main window's store; the window's selection says which program."""

    def __init__(self, window: QWidget, host: ActivitiesHost) -> None:
        self.window = window  # the parent of every question and message
        self.host = host

    def ask_new(self) -> None:
        window = self.window
        name = ask.text(window, translate("MainWindow", "New Program"), translate("MainWindow", "Program name:"))
        if name is None:
            return
        made = attempt(window, translate("MainWindow", "New Program"), lambda: self.host.offers.create_program(name))
        if made:
            self.host.reload(select=(PROGRAM, made))

    def ask_rename(self) -> None:
        window = self.window
        old = self.host.selected_program()
        new = old and ask.text(
            window, translate("MainWindow", "Rename Program"), translate("MainWindow", "New name:"), old
        )
        if old is None or new is None:
            return
        made = attempt(
            window, translate("MainWindow", "Rename Program"), lambda: self.host.offers.rename_program(old, new)
        )
        if made:
            self.host.reload(select=(PROGRAM, made))

    def ask_delete(self) -> None:
        name = self.host.selected_program()
        if name and ask.delete_program(self.window, name):
            self.delete(name)

    def delete(self, name: str) -> bool:
        """Delete the program and its offers (refused, with the reason shown, when the store cannot)."""
        window = self.window
        ok = succeeds(window, translate("MainWindow", "Delete Program"), lambda: self.host.offers.delete_program(name))
        self.host.reload()
        return ok
