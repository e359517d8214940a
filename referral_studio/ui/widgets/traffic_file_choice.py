"""The "From a file…" entry of a preset list: a traffic file (`fit` writes them) chosen as the preset.

Shared by the simulation's traffic form and the forecast's study form, so both offer a
traffic file the same way: the entry opens a file dialog, a file that cannot be used is
refused with its message (naming the file and key), and a good one joins the list under
its file name, its full path as the item's data (what `find_preset` reads).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFileDialog, QMessageBox, QWidget

from referral_studio.domain.texts import QT_TRANSLATE_NOOP
from referral_studio.engine.presets import PRESET_ERRORS, Preset, find_preset
from referral_studio.ui.i18n import translate

FROM_FILE = "from-file"  # the entry's data: not a preset's name, nor a file's (no .toml, no separator)
FROM_FILE_TEXT = QT_TRANSLATE_NOOP("TrafficPreset", "From a file…")


def add_from_file_entry(combo: QComboBox) -> None:
    combo.addItem(translate("TrafficPreset", FROM_FILE_TEXT), FROM_FILE)
    tip = translate("TrafficPreset", "A traffic file (NAME.traffic.toml) that referral-studio fit wrote from your log")
    combo.setItemData(combo.count() - 1, tip, Qt.ItemDataRole.ToolTipRole)


def ask_traffic_file(parent: QWidget) -> str | None:
    """The traffic file the user picks, None when they cancel."""
    path, _ = QFileDialog.getOpenFileName(
        parent,
        translate("TrafficPreset", "Traffic File"),
        "",
        translate("TrafficPreset", "Traffic files (*.traffic.toml *.toml);;All files (*)"),
    )
    return path or None


def load_traffic_file(parent: QWidget, path: str, *, ranges_allowed: bool) -> Preset | None:
    """The file as a preset; None after telling the user why it cannot be used here."""
    title = translate("TrafficPreset", "Traffic File")
    try:
        preset = find_preset(str(Path(path).resolve()))
    except PRESET_ERRORS as error:
        QMessageBox.warning(parent, title, str(error))
        return None
    if preset.ranges and not ranges_allowed:
        QMessageBox.warning(
            parent,
            title,
            translate(
                "TrafficPreset",
                "{path} holds ranges ({names}); one simulation needs one value per option. Fit without --ranges, "
                "or use the file in a forecast.",
            ).format(path=path, names=", ".join(sorted(preset.ranges))),
        )
        return None
    return preset


def select_file_preset(combo: QComboBox, preset: Preset) -> None:
    """Show the file in the list (once, just above "From a file…") and select it."""
    index = combo.findData(preset.name)
    if index < 0:
        index = max(combo.findData(FROM_FILE), 0)
        combo.insertItem(index, preset.title, preset.name)
        combo.setItemData(index, preset.name, Qt.ItemDataRole.ToolTipRole)
    combo.setCurrentIndex(index)
