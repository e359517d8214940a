"""The Program menu's work: a new program, a renamed one, a deleted one (with every offer in it).

Each asks first, runs one use case, and shows the outcome in Marketing Activities; it lives apart
from the main window, which holds the offers, so the window stays a view of the store.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from referral_studio.ui import activity_dialogs as ask
from referral_studio.ui.activities_model import PROGRAM
from referral_studio.ui.i18n import translate
from referral_studio.ui.refusals import attempt, succeeds

if TYPE_CHECKING:
    from referral_studio.ui.main_window import MainWindow


class ProgramActions:
    """The programs of the main window's store; the window's selection says which program."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window

    def ask_new(self) -> None:
        window = self.window
        name = ask.text(window, translate("MainWindow", "New Program"), translate("MainWindow", "Program name:"))
        if name is None:
            return
        made = attempt(window, translate("MainWindow", "New Program"), lambda: window.offers.create_program(name))
        if made:
            window.reload(select=(PROGRAM, made))

    def ask_rename(self) -> None:
        window = self.window
        old = window.selected_program()
        new = old and ask.text(
            window, translate("MainWindow", "Rename Program"), translate("MainWindow", "New name:"), old
        )
        if old is None or new is None:
            return
        made = attempt(
            window, translate("MainWindow", "Rename Program"), lambda: window.offers.rename_program(old, new)
        )
        if made:
            window.reload(select=(PROGRAM, made))

    def ask_delete(self) -> None:
        name = self.window.selected_program()
        if name and ask.delete_program(self.window, name):
            self.delete(name)

    def delete(self, name: str) -> bool:
        """Delete the program and its offers (refused, with the reason shown, when the store cannot)."""
        window = self.window
        ok = succeeds(window, translate("MainWindow", "Delete Program"), lambda: window.offers.delete_program(name))
        window.reload()
        return ok
