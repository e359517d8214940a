"""What the Help menu's items do, for any window that has one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from referral_studio.desktop_entry import install_desktop_entry
from referral_studio.ui.about_dialog import AboutDialog
from referral_studio.ui.help_dialogs import CreditRulesDialog, ShortcutsDialog
from referral_studio.ui.i18n import translate


def show_credit_rules(parent: QWidget) -> CreditRulesDialog:
    dialog = CreditRulesDialog(parent)
    dialog.show()
    return dialog


def show_shortcuts(parent: QWidget, windows: list[tuple[str, QWidget]]) -> ShortcutsDialog:
    dialog = ShortcutsDialog(windows, parent)
    dialog.show()
    return dialog


def show_about(parent: QWidget, store_path: Path | None) -> AboutDialog:
    dialog = AboutDialog(store_path, parent)
    dialog.show()
    return dialog


def install_desktop_entry_from_app(parent: QWidget, home: Path | None = None) -> bool:
    """Help › Install Desktop Entry: the menu entry and icons under the user's data folder, then where they went."""
    try:
        written = install_desktop_entry(home)
    except OSError as error:
        QMessageBox.warning(
            parent,
            translate("HelpActions", "Desktop entry not installed"),
            translate("HelpActions", "Could not write {path}: {error}").format(
                path=error.filename or "", error=error.strerror or error
            ),
        )
        return False
    QMessageBox.information(
        parent,
        translate("HelpActions", "Desktop entry installed"),
        translate(
            "HelpActions",
            "Referral Studio is now in your desktop's application menu, with its icon.\n\nThe entry: {entry}",
        ).format(entry=written[-1]),
    )
    return True
