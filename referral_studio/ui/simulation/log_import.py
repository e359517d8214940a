"""Event log → Import… (`actionImportEventLog`): an export picked, mapped in the mapping dialog, and loaded.

The form's Import… button beside its event-log field triggers the action. After OK the form names the export
with its mapping (a LogFile), and `sig_imported` asks the workspace to replay it. The mapping
saved beside an export (or the newest in its folder) is offered again for the next file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QWidget

from referral_studio.engine.mapping_preview import offered_mapping
from referral_studio.ui.i18n import translate
from referral_studio.ui.simulation.mapping_dialog import MappingDialog
from referral_studio.ui.simulation.traffic_form import TrafficForm


class LogImport(QObject):
    """Owns the Import… action; the dialog it opens is `dialog` while it is open."""

    sig_imported = Signal()
    """An export was mapped and the traffic form now names it: replay it."""

    def __init__(self, form: TrafficForm, parent: QWidget) -> None:
        super().__init__(parent)
        self.form = form  # the window is only our Qt parent: a Python reference to it would keep it alive in a cycle
        self.dialog: MappingDialog | None = None
        self.action = QAction(translate("TrafficForm", "Import…"), parent, objectName="actionImportEventLog")
        self.action.setToolTip(
            translate(
                "TrafficForm",
                "Read an export from another tool (CSV or JSON Lines, any separator, encoding or time format) "
                "through a mapping",
            )
        )
        self.action.triggered.connect(self._on_action_triggered)
        form.import_button.setToolTip(self.action.toolTip())
        form.import_button.clicked.connect(self.action.trigger)
        parent.addAction(self.action)

    def _on_action_triggered(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self._window(),
            translate("TrafficForm", "Import Event Log"),
            "",
            translate("TrafficForm", "Exports (*.csv *.tsv *.txt *.jsonl *.ndjson *.json);;All files (*)"),
        )
        if path:
            self.open_dialog(Path(path))

    def open_dialog(self, export: Path) -> MappingDialog:
        """Open the mapping dialog on an export (window-modal); OK loads it into the workspace."""
        dialog = MappingDialog(export, offered_mapping(export), self._window())
        dialog.accepted.connect(lambda: self._on_dialog_accepted(dialog))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _window(self) -> QWidget:
        window = self.parent()
        assert isinstance(window, QWidget)
        return window

    def _on_dialog_accepted(self, dialog: MappingDialog) -> None:
        self.dialog = None
        if dialog.mapping is not None:
            self.form.use_log_file(str(dialog.export), mapping=dialog.mapping)
            self.sig_imported.emit()
