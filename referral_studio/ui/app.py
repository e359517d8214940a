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
        from referral_studio.desktop_entry import APP_ID
        from referral_studio.ui.app_icon import app_icon

        app.setDesktopFileName(APP_ID)  # the task bar matches windows to referral-studio.desktop and its icon
        app.setWindowIcon(app_icon())
        from referral_studio.ui.i18n import install_language
        from referral_studio.ui.settings import UiSettings

        install_language(UiSettings().language)
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
    from referral_studio.ui.main_window import MainWindow
    from referral_studio.ui.store_opening import ask_user, open_store

    app = ensure_application()
    sys.excepthook = show_unexpected_error
    store = open_store(Path(database or default_database_path()), ask_user)
    if store is None:
        return 2
    window = MainWindow(store)
    if demo_log is not None:
        window.use_demo_log(Path(demo_log))
    window.show()
    return app.exec()  # type: ignore[attr-defined]


def show_unexpected_error(kind: type[BaseException], error: BaseException, trace: object) -> None:
    """Errors that reach the event loop become a message, never a traceback in the user's face.

    A StoreError says what the store refused (nothing was changed); anything else is a bug:
    the message says so and the traceback goes to stderr for the report.
    """
    import traceback

    from PySide6.QtWidgets import QMessageBox

    from referral_studio.store.database import StoreError

    if isinstance(error, StoreError):
        QMessageBox.warning(None, APPLICATION_NAME, str(error))
        return
    traceback.print_exception(kind, error, trace)  # type: ignore[arg-type]
    from referral_studio.ui.i18n import translate

    QMessageBox.critical(
        None,
        APPLICATION_NAME,
        translate(
            "App",
            "Something went wrong that should not have ({problem}). Your saved drafts are safe; please report this "
            "with the text printed in the terminal.",
        ).format(problem=f"{kind.__name__}: {error}"),
    )
