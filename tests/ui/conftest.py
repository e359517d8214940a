"""Widget tests build real windows on a real temporary store."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from referral_studio.store.database import Store
from referral_studio.ui.settings import UiSettings
from referral_studio.ui.shell.main_window import MainWindow


@pytest.fixture
def settings(tmp_path: Path) -> UiSettings:
    return UiSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "store.sqlite3"


@pytest.fixture
def window(qtbot: object, store_path: Path, settings: UiSettings) -> Iterator[MainWindow]:
    main = MainWindow(Store(store_path), settings)
    qtbot.addWidget(main)  # type: ignore[attr-defined]
    main.show()
    yield main
    for editor in list(main.editors.values()):
        editor.stack.setClean()
        editor.close()


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Message boxes answer at once (Yes to questions) and their texts are collected, so no test blocks."""
    shown: list[str] = []

    def record(_parent: object, title: str, text: str, *args: object, **kwargs: object) -> QMessageBox.StandardButton:
        shown.append(f"{title}: {text}")
        return QMessageBox.StandardButton.Yes

    for name in ("warning", "critical", "information", "question"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(record))
    return shown


@pytest.fixture(autouse=True, scope="session")
def gui_thread_gc(qapp: object) -> None:
    """As in the app: garbage is collected on the GUI thread only (a forecast's Dask thread once freed charts)."""
    from referral_studio.ui.shell.gui_thread_gc import collect_on_gui_thread

    collect_on_gui_thread(qapp)  # type: ignore[arg-type]


@pytest.fixture(autouse=True, scope="session")
def field_mouse(qapp: object) -> None:
    """As in the app: the wheel edits a spin box, combo box or date field only when it has focus."""
    from referral_studio.ui.widgets.field_mouse import install_field_mouse

    install_field_mouse(qapp)  # type: ignore[arg-type]


@pytest.fixture(autouse=True, scope="session")
def english(qapp: object) -> None:
    """The app's English, as it starts (its English file holds the plural forms: "1 event", "2 events")."""
    from referral_studio.ui.i18n import install_language

    install_language("en")


@pytest.fixture
def swedish() -> Iterator[None]:
    """The Swedish UI for one test, then English again (with the English locale's numbers)."""
    from PySide6.QtCore import QLocale

    from referral_studio.ui.i18n import install_language

    install_language("sv")
    yield
    install_language("en")
    QLocale.setDefault(QLocale("en_US"))
