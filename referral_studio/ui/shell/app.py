"""Starting the desktop app: the platform check, the QApplication, the main window."""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

from referral_studio.ui.shell.platform_check import platform_problem

if TYPE_CHECKING:  # Qt loads only when the app opens
    from PySide6.QtCore import QCoreApplication

APPLICATION_NAME = "Referral Studio"
ORGANIZATION = "Referral Studio"


def ensure_application() -> QCoreApplication:
    """The process's QApplication, created with the app's names on first use."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
        app.setApplicationName(APPLICATION_NAME)
        app.setOrganizationName(ORGANIZATION)
        app.setApplicationDisplayName(APPLICATION_NAME)
        from referral_studio.desktop_entry import APP_ID
        from referral_studio.ui.app_icon import app_icon

        app.setDesktopFileName(APP_ID)  # the task bar matches windows to referral-studio.desktop and its icon
        app.setWindowIcon(app_icon())
        from referral_studio.ui.i18n import install_language
        from referral_studio.ui.settings import UiSettings

        install_language(UiSettings().language)
        from referral_studio.ui.shell.gui_thread_gc import collect_on_gui_thread

        collect_on_gui_thread(app)  # worker threads must never free Qt objects
    from referral_studio.ui.widgets.field_mouse import install_field_mouse

    if isinstance(app, QApplication):  # also on an application a QA script made itself
        install_field_mouse(app)  # the wheel edits only a focused field, in every window
    return app


def run_app(database: str | os.PathLike[str] | None, *, demo_log: os.PathLike[str] | None = None) -> int:
    """Open the main window on the store and run until it closes; returns the exit code.

    `demo_log` marks the demo workspace: its simulation panels start on that event log.
    """
    problem = platform_problem()
    if problem:
        print(f"referral-studio: cannot open the desktop app: {problem}", file=sys.stderr)
        return 1
    from pathlib import Path

    from referral_studio.store.database import default_database_path
    from referral_studio.ui.shell.error_dialogs import install_error_dialogs
    from referral_studio.ui.shell.main_window import MainWindow
    from referral_studio.ui.shell.store_opening import ask_user, open_store

    app = ensure_application()
    install_error_dialogs()
    store = open_store(Path(database or default_database_path()), ask_user)
    if store is None:
        return 2
    window = MainWindow(store)
    if demo_log is not None:
        window.use_demo_log(Path(demo_log))
    window.show()
    return app.exec()
