"""Reconcile with Platform Credits…: a live platform's credits against the last run's, the differences listed.

The pairing is the engine's (engine/reconcile.py), the same as `referral-studio reconcile`;
this dialog only reads the credits file the user picks and shows what differs. A row opens
"Why this credit" on its friend in the workspace (`sig_explain`), where the replay's verdict
on every event of theirs is spelled out.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from referral_studio.domain.offer import Offer
from referral_studio.domain.texts import QT_TRANSLATE_NOOP
from referral_studio.engine.event_log import EventLog
from referral_studio.engine.log_files import EventLogError
from referral_studio.engine.mapping_preview import saved_mapping_path
from referral_studio.engine.platform_credits import (
    CreditsFileError,
    read_mapped_platform_credits,
    read_platform_credits,
)
from referral_studio.engine.reconcile import Pairing, counts, reconcile
from referral_studio.engine.result import ReplayResult
from referral_studio.ui.i18n import date_time, number, translate
from referral_studio.ui.widgets.read_only_table import read_only_table

HEADERS = (
    QT_TRANSLATE_NOOP("Reconcile", "Status"),
    QT_TRANSLATE_NOOP("Reconcile", "Friend"),
    QT_TRANSLATE_NOOP("Reconcile", "Rules' referrer"),  # whom each side credited for the friend
    QT_TRANSLATE_NOOP("Reconcile", "Platform's referrer"),
    QT_TRANSLATE_NOOP("Reconcile", "Rules' time (UTC)"),
    QT_TRANSLATE_NOOP("Reconcile", "Platform's time (UTC)"),
    QT_TRANSLATE_NOOP("Reconcile", "Log line"),  # the event log's line of the friend's deciding row
    QT_TRANSLATE_NOOP("Reconcile", "Why (the rules' verdict)"),
)
COL_FRIEND = 1
STATUS_TEXTS = {
    "matched": QT_TRANSLATE_NOOP("Reconcile", "matched"),
    "time_differs": QT_TRANSLATE_NOOP("Reconcile", "time differs"),
    "other_referrer": QT_TRANSLATE_NOOP("Reconcile", "other referrer"),
    "missing": QT_TRANSLATE_NOOP("Reconcile", "missing on the platform"),
    "extra": QT_TRANSLATE_NOOP("Reconcile", "extra on the platform"),
}
LastRun = Callable[[], tuple[Offer, EventLog, ReplayResult] | None]


class ReconcileDialog(QDialog):
    """The differences between a platform's credits and the rules'; `sig_explain(friend)` asks for "why this credit"."""

    sig_explain = Signal(str)
    """The user opened a difference: show "why this credit" on this friend."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reconcileDialog")
        self.setWindowTitle(translate("Reconcile", "Reconcile with Platform Credits"))
        self.heading = QLabel(objectName="reconcileSummary")
        self.heading.setWordWrap(True)
        self.table = read_only_table("reconcileTable", [translate("Reconcile", header) for header in HEADERS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(translate("Reconcile", "Differences"))
        self.table.setToolTip(translate("Reconcile", "Double-click a difference, or press Enter, for Why this credit"))
        self.table.cellActivated.connect(self._on_cell_activated)
        hint = QLabel(
            translate("Reconcile", "Open a row (double-click or Enter) to see Why this credit for its friend.")
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.pairings: list[Pairing] = []
        self.resize(1200, 480)  # every column whole, "why" on one line, on a 1280×720 screen

    def show_pairings(self, pairings: Sequence[Pairing], source: str) -> None:
        """List the differences among `pairings` (the platform's file named in the heading)."""
        self.pairings = [pairing for pairing in pairings if pairing.differs]
        found = counts(pairings)
        tally = ", ".join(
            f"{number(count)} {translate('Reconcile', STATUS_TEXTS[status])}" for status, count in found.items()
        )
        if differences := len(self.pairings):  # a plain name: lupdate drops a plural call counting an expression
            verdict = translate("Reconcile", "%Ln differences", None, differences)
        else:
            verdict = translate("Reconcile", "every credit matches")
        self.heading.setText(
            translate("Reconcile", "<b>{file}</b> against the rules: {verdict} ({tally}).").format(
                file=source, verdict=verdict, tally=tally
            )
        )
        self.table.setRowCount(len(self.pairings))
        for row, pairing in enumerate(self.pairings):
            cells = (
                translate("Reconcile", STATUS_TEXTS[pairing.status]),
                pairing.person,
                pairing.referrer or "—",
                pairing.platform_referrer or "—",
                date_time(pairing.time, seconds=True) if pairing.time is not None else "—",
                date_time(pairing.platform_time, seconds=True) if pairing.platform_time is not None else "—",
                str(pairing.line) if pairing.line is not None else "",
                pairing.why,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(pairing.why)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        if self.pairings:
            self.table.selectRow(0)

    def showEvent(self, event: QShowEvent) -> None:
        """Fit the rows to the columns as shown: filled before the first showing, they were fitted to a narrow
        table, and each long "why" would stand in a row three lines tall."""
        super().showEvent(event)
        self.table.resizeRowsToContents()

    def _on_cell_activated(self, row: int, _column: int) -> None:
        item = self.table.item(row, COL_FRIEND)
        if item is not None:
            self.sig_explain.emit(item.text())


class PlatformReconcile(QObject):
    """The workspace's "Reconcile with Platform Credits…" (`actionReconcile`) and the dialog it opens.

    Receives what it needs from the workspace: a way to get the last run. The workspace connects
    `dialog.sig_explain` to its "why this credit".
    """

    def __init__(self, parent: QWidget, last_run: LastRun) -> None:
        super().__init__(parent)
        self.last_run = last_run  # holds no reference to the workspace: it must not outlive its window
        self.action = QAction(
            translate("Reconcile", "Reconcile with Platform &Credits…"), parent, objectName="actionReconcile"
        )
        self.action.setToolTip(
            translate("Reconcile", "Compare a live platform's credits (CSV: time, referrer, person) with this run's")
        )
        self.action.triggered.connect(self._on_action_triggered)
        self.dialog = ReconcileDialog(parent)

    def _window(self) -> QWidget | None:
        parent = self.parent()
        return parent if isinstance(parent, QWidget) else None

    def open_file(self, path: Path) -> bool:
        """Reconcile the credits file with the last run and show the dialog; False after saying why it could not."""
        title = translate("Reconcile", "Reconcile with Platform Credits")
        run = self.last_run()
        if run is None:
            QMessageBox.information(self._window(), title, translate("Reconcile", "Run a simulation first."))
            return False
        mapping = saved_mapping_path(path)  # a credits export in another shape: its mapping saved beside it
        try:
            if mapping.is_file():
                platform = read_mapped_platform_credits(path, mapping)
            else:
                platform = read_platform_credits(path)
        except (CreditsFileError, EventLogError) as error:
            QMessageBox.warning(self._window(), title, str(error))
            return False
        offer, log, result = run
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            pairings = reconcile(offer, log, platform, result=result)
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.dialog.show_pairings(pairings, path.name)
        self.dialog.show()
        self.dialog.raise_()
        return True

    def _on_action_triggered(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self._window(),
            translate("Reconcile", "Platform Credits"),
            "",
            translate("Reconcile", "Credits (*.csv);;All files (*)"),
        )
        if path:
            self.open_file(Path(path))
