"""The questions the main window asks before a use case: names, confirmations and offer files.

Each returns the answer, or None when the user cancelled.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from referral_studio.app.offers import Activities
from referral_studio.domain.offer_file import SUFFIX
from referral_studio.ui.activities.new_offer_dialog import NewOfferDialog
from referral_studio.ui.i18n import translate


def offer_filter() -> str:
    """The file dialogs' filter for offer files."""
    return translate("MainWindow", "Offer files (*{suffix});;JSON files (*.json);;All files (*)").format(suffix=SUFFIX)


def text(parent: QWidget, title: str, label: str, current: str = "") -> str | None:
    """A line of text, or None when cancelled."""
    answer, ok = QInputDialog.getText(parent, title, label, text=current)
    return answer if ok else None


def confirm(parent: QWidget, title: str, question: str) -> bool:
    answer = QMessageBox.question(parent, title, question, defaultButton=QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def new_offer(parent: QWidget, activities: Activities, program: str | None) -> tuple[str, str, str | None] | None:
    """(name, program, offer to clone or None) for New Referral Offer."""
    dialog = NewOfferDialog(activities.programs, [o.name for o in activities.offers], program, parent)
    return dialog.chosen if dialog.exec() else None


def clone_name(parent: QWidget, name: str) -> str | None:
    """The name of a copy of the offer (not blank)."""
    new = text(
        parent,
        translate("MainWindow", "Clone Offer"),
        translate("MainWindow", "Name of the copy:"),
        translate("MainWindow", "{name} (copy)").format(name=name),
    )
    return new if new and new.strip() else None


def delete_program(parent: QWidget, name: str) -> bool:
    return confirm(
        parent,
        translate("MainWindow", "Delete Program"),
        translate("MainWindow", "Delete the program “{name}” and every offer in it? This cannot be undone.").format(
            name=name
        ),
    )


def delete_offer(parent: QWidget, name: str) -> bool:
    return confirm(
        parent,
        translate("MainWindow", "Delete Offer"),
        translate(
            "MainWindow", "Delete “{name}” with its approved version, draft and history? This cannot be undone."
        ).format(name=name),
    )


def discard_draft(parent: QWidget, name: str) -> bool:
    return confirm(
        parent,
        translate("MainWindow", "Discard Draft"),
        translate("MainWindow", "Discard the draft of “{name}” and keep the approved version?").format(name=name),
    )


def offer_file_to_open(parent: QWidget) -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, translate("MainWindow", "Import Offer"), "", offer_filter())
    return path or None


def offer_file_to_save(parent: QWidget, name: str) -> str | None:
    path, _ = QFileDialog.getSaveFileName(
        parent, translate("MainWindow", "Export Offer"), f"{name}{SUFFIX}", offer_filter()
    )
    return path or None
