"""Help › About and the application icon."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel, QTableWidget

from referral_studio import __version__
from referral_studio.about import shipped_parts
from referral_studio.desktop_entry import PNG_SIZES
from referral_studio.ui.app_icon import app_icon
from referral_studio.ui.help.about_dialog import AboutDialog


def test_about_names_the_version_the_store_and_each_part_with_its_licence(qtbot: object, tmp_path: Path) -> None:
    store = tmp_path / "my store.sqlite3"
    dialog = AboutDialog(store)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    text = dialog.findChild(QLabel, "aboutText").text()
    assert f"Referral Studio {__version__}" in text and str(store) in text and "MIT" in text
    table = dialog.findChild(QTableWidget, "aboutParts")
    shown = {table.item(r, 0).text(): table.item(r, 2).text() for r in range(table.rowCount())}
    parts = shipped_parts()
    assert {"PySide6-Essentials", "pyqtgraph", "numpy", "SQLAlchemy"} <= set(shown)
    assert all(shown[part.name] == part.licence and part.licence for part in parts)
    assert "LGPL" in shown["PySide6-Essentials"]


def test_the_application_icon_comes_in_every_size(qtbot: object) -> None:
    icon = app_icon()  # ensure_application sets it on the app (tools/smoke_installed_app.py checks that)
    assert {size.width() for size in icon.availableSizes()} == set(PNG_SIZES)
    assert not icon.pixmap(48, 48).toImage().isNull()
