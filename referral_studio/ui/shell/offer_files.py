"""Offer files from the main window: Import Offer… and Export Offer….

An import whose name is taken in the store offers a free name to confirm (*Spring (2)*); a bad
file or a refused name changes nothing. An export writes what the editor holds, saved first.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from referral_studio.domain.offer_file import OfferFileError, read_offer_file
from referral_studio.ui.activities import activity_dialogs as ask
from referral_studio.ui.activities.activities_model import OFFER
from referral_studio.ui.activities.name_clash_dialog import ask_free_name
from referral_studio.ui.i18n import translate
from referral_studio.ui.shell.activities_host import ActivitiesHost
from referral_studio.ui.widgets.refusals import attempt


class OfferFiles:
    """Reads offer files into the main window's store and writes its selected offer to one."""

    def __init__(self, window: QWidget, host: ActivitiesHost) -> None:
        self.window = window  # the parent of every question and message
        self.host = host

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
        taken = {offer.name for offer in self.host.offers.activities().offers}
        name = ask_free_name(wanted, taken, window) if wanted in taken else None
        if wanted in taken and name is None:
            return False  # the user chose not to import it under another name
        made = attempt(window, title, lambda: self.host.offers.import_offer(path, name))
        if made is not None:
            self.host.reload(select=(OFFER, made))
        return made is not None

    def ask_export(self) -> None:
        name = self.host.selected_offer()
        path = name and ask.offer_file_to_save(self.window, name)
        if path:
            self.export_offer(path)

    def export_offer(self, path: str | Path) -> bool:
        """Write the selected offer (its draft if it has one, else its approved version)."""
        window = self.window
        name = self.host.selected_offer()
        if name is None:
            return False
        self.host.windows.save_editor(name)
        try:
            self.host.offers.export_offer(name, path)
        except OSError as error:
            QMessageBox.warning(
                window, translate("MainWindow", "Offer not exported"), f"{path}: {error.strerror or error}"
            )
            return False
        self.host.statusBar().showMessage(
            translate("MainWindow", "Exported “{name}” to {path}").format(name=name, path=path), 5000
        )
        return True
