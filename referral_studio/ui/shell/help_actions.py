"""What the main window's Help menu does: the credit rules, the keyboard shortcuts of the open
windows, the desktop entry and About; a part of its own, so the window only names these slots."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from referral_studio.desktop_entry import install_desktop_entry
from referral_studio.ui.help.about_dialog import AboutDialog
from referral_studio.ui.help.help_dialogs import CreditRulesDialog, ShortcutsDialog
from referral_studio.ui.i18n import translate


class HelpMenu:
    """The Help menu's items for a window on one store; the shortcuts are read off the windows open at the time."""

    def __init__(self, parent: QWidget, store_path: Path | None, windows: Callable[[], list[QWidget]]) -> None:
        self.parent = parent
        self.store_path = store_path
        self.windows = windows

    def show_credit_rules(self) -> CreditRulesDialog:
        dialog = CreditRulesDialog(self.parent)
        dialog.show()
        return dialog

    def show_shortcuts(self) -> ShortcutsDialog:
        dialog = ShortcutsDialog([(window.windowTitle(), window) for window in self.windows()], self.parent)
        dialog.show()
        return dialog

    def show_about(self) -> AboutDialog:
        dialog = AboutDialog(self.store_path, self.parent)
        dialog.show()
        return dialog

    def install_desktop_entry(self, home: Path | None = None) -> bool:
        """Install Desktop Entry: the menu entry and icons under the user's data folder, then where they went."""
        try:
            written = install_desktop_entry(home)
        except OSError as error:
            QMessageBox.warning(
                self.parent,
                translate("HelpActions", "Desktop entry not installed"),
                translate("HelpActions", "Could not write {path}: {error}").format(
                    path=error.filename or "", error=error.strerror or error
                ),
            )
            return False
        QMessageBox.information(
            self.parent,
            translate("HelpActions", "Desktop entry installed"),
            translate(
                "HelpActions",
                "Referral Studio is now in your desktop's application menu, with its icon.\n\nThe entry: {entry}",
            ).format(entry=written[-1]),
        )
        return True
