"""Qt windows, views, undo commands and charts (PySide6, pyqtgraph).

`create_main_window` is the entry point for QA scripts; Qt loads only when it is called.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from referral_studio.ui.settings import UiSettings
    from referral_studio.ui.shell.main_window import MainWindow


def create_main_window(database: str | os.PathLike[str], settings: UiSettings | None = None) -> MainWindow:
    """The main window on the given store file, shown, without entering the event loop."""
    from referral_studio.store.database import Store
    from referral_studio.ui.shell.app import ensure_application
    from referral_studio.ui.shell.main_window import MainWindow

    ensure_application()
    window = MainWindow(Store(database), settings)
    window.show()
    return window
