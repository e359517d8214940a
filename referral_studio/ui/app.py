"""Starting the desktop app: the platform check, the QApplication, the main window."""

from __future__ import annotations

import os
import sys

from referral_studio.ui.platform_check import platform_problem

APPLICATION_NAME = "Referral Studio"
ORGANIZATION = "Referral Studio"


def ensure_application() -> object:
    """The process's QApplication, created with the app's names on first use."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
        app.setApplicationName(APPLICATION_NAME)
        app.setOrganizationName(ORGANIZATION)
        app.setApplicationDisplayName(APPLICATION_NAME)
    return app


def run_app(database: str | os.PathLike[str] | None) -> int:
    """Open the main window on the store and run until it closes; returns the exit code."""
    problem = platform_problem()
    if problem:
        print(f"referral-studio: cannot open the desktop app: {problem}", file=sys.stderr)
        return 1
    from referral_studio.store.database import Store, StoreError, default_database_path
    from referral_studio.ui.main_window import MainWindow

    app = ensure_application()
    try:
        store = Store(database or default_database_path())
    except StoreError as error:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, APPLICATION_NAME, f"The store cannot be opened.\n\n{error}")
        return 2
    window = MainWindow(store)
    window.show()
    return app.exec()  # type: ignore[attr-defined]
