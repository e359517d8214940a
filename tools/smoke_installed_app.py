"""Start the installed app offscreen and check what a wheel must carry: translations, icon, migrations.

CI runs this with the Python of a fresh virtual environment into which only the built
wheel was installed (.ci/run), from outside the source tree, so the package it imports is
the installed one. Exit 0 when the main window was shown; 1 with the reason otherwise.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    import referral_studio
    from referral_studio.ui import create_main_window
    from referral_studio.ui.i18n import install_language, translate

    package = Path(referral_studio.__file__).resolve().parent
    if "site-packages" not in package.parts:
        return fail(f"imported the source tree ({package}), not the installed wheel")
    with tempfile.TemporaryDirectory() as folder:
        window = create_main_window(Path(folder) / "store.sqlite3")  # the store's migrations run here
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance()
        QApplication.processEvents()
        if not window.isVisible() or window.objectName() != "MainWindow":
            return fail("the main window was not shown")
        if app.windowIcon().isNull() or not app.windowIcon().availableSizes():
            return fail("the application icon is missing from the wheel")
        if install_language("sv") != "sv" or translate("AboutDialog", "About Referral Studio") == "About Referral Studio":
            return fail("the Swedish translations are missing from the wheel")
        window.close()
    print(f"referral-studio {referral_studio.__version__}: the installed app opened its main window ({package})")
    return 0


def fail(reason: str) -> int:
    print(f"smoke test failed: {reason}", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
