"""Offer files from the main window: Import Offer… and Export Offer….

An import whose name is taken in the store offers a free name to confirm (*Spring (2)*); a bad
file or a refused name changes nothing. An export writes what the editor holds, saved first.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox

from referral_studio.domain.offer_file import OfferFileError, read_offer_file
from referral_studio.ui import activity_dialogs as ask
from referral_studio.ui.activities_model import OFFER
from referral_studio.ui.i18n import translate
from referral_studio.ui.name_clash_dialog import ask_free_name
from referral_studio.ui.refusals import attempt

if TYPE_CHECKING:
    from referral_studio.ui.main_window import MainWindow


class OfferFiles:
    """Reads offer files into the main window's store and writes its selected offer to one."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window

    def ask_import(self) -> None:
        path = ask.offer_file_to_open(self.window)
        if path:
            self.import_offer(path)

    def import_offer(self, path: str | Path) -> bool:
        """Add an offer file as a draft; a bad file or a name clash changes nothing."""
        window = self.window
        title = translate("MainWindow", "Offer not imported")
        try:
            wanted = read_offer_file(path).name.strip()
        except OfferFileError as error:
            QMessageBox.warning(window, title, str(error))
            return False
        taken = {offer.name for offer in window.offers.activities().offers}
        name = ask_free_name(wanted, taken, window) if wanted in taken else None
        if wanted in taken and name is None:
            return False  # the user chose not to import it under another name
        made = attempt(window, title, lambda: window.offers.import_offer(path, name))
        if made is not None:
            window.reload(select=(OFFER, made))
        return made is not None

    def ask_export(self) -> None:
        name = self.window.selected_offer()
        path = name and ask.offer_file_to_save(self.window, name)
        if path:
            self.export_offer(path)

    def export_offer(self, path: str | Path) -> bool:
        """Write the selected offer (its draft if it has one, else its approved version)."""
        window = self.window
        name = window.selected_offer()
        if name is None:
            return False
        window.windows.save_editor(name)
        try:
            window.offers.export_offer(name, path)
        except OSError as error:
            QMessageBox.warning(
                window, translate("MainWindow", "Offer not exported"), f"{path}: {error.strerror or error}"
            )
            return False
        window.statusBar().showMessage(
            translate("MainWindow", "Exported “{name}” to {path}").format(name=name, path=path), 5000
        )
        return True
