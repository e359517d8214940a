"""Opening the store at start-up, and what the user may do when it is refused.

A damaged, foreign or too-new file is never repaired or overwritten: the user may open a
working copy of the latest automatic backup, pick another file, or quit.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from referral_studio.store.backups import latest_backup, restore_copy
from referral_studio.store.database import Store, StoreError
from referral_studio.ui.i18n import translate

Chooser = Callable[[Path, str, Path | None], Path | None]
"""(refused store, why, latest backup or None) → the next file to try, or None to give up."""


def open_store(path: Path, choose: Chooser) -> Store | None:
    """The store at `path`, or at whatever the user chooses instead; None when they give up."""
    while True:
        try:
            return Store(path)
        except StoreError as error:
            chosen = choose(path, str(error), latest_backup(path))
            if chosen is None:
                return None
            path = chosen


def refusal_box(path: Path, why: str, backup: Path | None, parent: QWidget | None = None) -> QMessageBox:
    """The question asked when the store is refused (buttons: backup when there is one, another file, quit)."""
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        translate("StoreOpening", "Referral Studio"),
        translate("StoreOpening", "The store cannot be opened.\n\n{why}").format(why=why),
        parent=parent,
    )
    box.setObjectName("storeRefused")
    if backup is not None:
        box.setInformativeText(
            translate(
                "StoreOpening",
                "The latest automatic backup is {backup}. Opening it makes a working copy "
                "beside the store; the refused file and the backup stay as they are.",
            ).format(backup=backup.name)
        )
        box.addButton(translate("StoreOpening", "Open Latest Backup"), QMessageBox.ButtonRole.AcceptRole).setObjectName(
            "openLatestBackup"
        )
    box.addButton(translate("StoreOpening", "Open Another File…"), QMessageBox.ButtonRole.ActionRole).setObjectName(
        "openAnotherStore"
    )
    box.addButton(translate("StoreOpening", "Quit"), QMessageBox.ButtonRole.RejectRole).setObjectName("quit")
    return box


def ask_user(path: Path, why: str, backup: Path | None) -> Path | None:
    """The desktop chooser: a message box, then a working copy of the backup or a file dialog."""
    box = refusal_box(path, why, backup)
    box.exec()
    clicked = box.clickedButton()
    name = clicked.objectName() if clicked is not None else "quit"
    if name == "openLatestBackup" and backup is not None:
        try:
            return restore_copy(backup, path)
        except OSError as error:
            QMessageBox.critical(
                None,
                translate("StoreOpening", "Referral Studio"),
                translate("StoreOpening", "The backup could not be copied: {error}").format(error=error),
            )
            return None
    if name == "openAnotherStore":
        chosen, _ = QFileDialog.getOpenFileName(
            None,
            translate("StoreOpening", "Open Store"),
            str(path.parent),
            translate("StoreOpening", "Referral Studio stores (*.sqlite3);;All files (*)"),
        )
        return Path(chosen) if chosen else None
    return None
