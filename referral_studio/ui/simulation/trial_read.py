"""The mapping dialog's trial read, off the GUI thread: a big export takes seconds to read whole.

Each read carries the number of the edit it answers; the dialog shows only the newest one's
result, so a slow read finishing after a later edit never overwrites what the user sees.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal

from referral_studio.engine.mapping_file import Mapping
from referral_studio.engine.mapping_preview import try_mapping


class TrialRead(QThread):
    """Reads `export` through `mapping` with bad rows skipped; `sig_read` gives (edit number, report or refusal)."""

    sig_read = Signal(int, object)
    """The read finished: the edit number it was started for, and a ReadReport or the refusal in words."""

    def __init__(self, edit: int, export: Path, mapping: Mapping, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.edit, self.export, self.mapping = edit, export, mapping

    def run(self) -> None:
        self.sig_read.emit(self.edit, try_mapping(self.export, self.mapping))
