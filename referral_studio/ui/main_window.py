"""The main window: Marketing Activities, the offer actions, and the selected offer's details."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar
from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QUndoGroup
from PySide6.QtWidgets import (
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStyle,
    QTreeView,
    QWidget,
)

from referral_studio.domain.offer_file import OfferFileError, SUFFIX, read_offer_file, write_offer_file
from referral_studio.store import repository as repo
from referral_studio.store.database import Store, StoreError
from referral_studio.ui.activities_model import (
    COL_GOAL,
    COL_NAME,
    COL_STATE,
    KIND_ROLE,
    NAME_ROLE,
    OFFER,
    PROGRAM,
    ActivitiesModel,
)
from referral_studio.ui.i18n import translate
from referral_studio.ui.new_offer_dialog import NewOfferDialog
from referral_studio.ui.offer_details import OfferDetails
from referral_studio.ui.offer_editor import OfferEditor
from referral_studio.ui.settings import UiSettings
from referral_studio.ui.forecast_panel import ForecastPanel
from referral_studio.ui.simulation_panel import SimulationPanel


W = TypeVar("W", bound=QWidget)


def _show_kept(window: W, kept: list[W]) -> W:
    """Show a window that deletes itself on close, held in `kept` (so Python keeps it) until then."""
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    kept.append(window)
    window.destroyed.connect(lambda _obj=None: kept.remove(window) if window in kept else None)
    window.show()
    return window


def offer_filter() -> str:
    """The file dialogs' filter for offer files."""
    return translate("MainWindow", "Offer files (*{suffix});;JSON files (*.json);;All files (*)").format(suffix=SUFFIX)


class MainWindow(QMainWindow):
    """Marketing Activities on one store; editors open in windows of their own."""

    def __init__(self, store: Store, settings: UiSettings | None = None) -> None:
        super().__init__()
        self.store = store
        self.settings = settings or UiSettings()
        self.editors: dict[str, OfferEditor] = {}
        self.panels: list[SimulationPanel] = []
        self.demo_log: Path | None = None  # set on the demo workspace: its panels start on this event log
        self.demo_windows: list[MainWindow] = []
        self.undo_group = QUndoGroup(self)
        self.setObjectName("MainWindow")
        self.setWindowTitle(translate("MainWindow", "Referral Studio"))
        self.model = ActivitiesModel(self)
        self.tree = QTreeView(objectName="activitiesTree")
        self.tree.setModel(self.model)
        self.tree.setAccessibleName(translate("MainWindow", "Marketing Activities"))
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_STATE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_GOAL, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.tree.doubleClicked.connect(lambda index: self.edit_draft() if self._kind(index) == OFFER else None)
        self.details = OfferDetails()
        self.details.sig_restore_requested.connect(self.restore_revision)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([640, 460])
        self.setCentralWidget(self.splitter)
        self._build_actions()
        self.resize(1180, 740)
        self.statusBar().showMessage(translate("MainWindow", "Store: {path}").format(path=store.path))
        self.reload()
        self.tree.selectionModel().currentChanged.connect(self._on_tree_current_changed)
        self._restore_settings()
        self._show_selection()

    # Actions

    def _action(
        self,
        name: str,
        text: str,
        slot: Callable[[], object],
        shortcut: object = None,
        icon: QStyle.StandardPixmap | None = None,
        tip: str = "",
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(shortcut)  # type: ignore[arg-type]
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        action.setStatusTip(tip or text.replace("&", "").rstrip("…"))
        action.triggered.connect(lambda: slot())
        return action

    def _build_actions(self) -> None:
        sp = QStyle.StandardPixmap
        self.action_new = self._action(
            "actionNewReferralOffer",
            translate("MainWindow", "&New Referral Offer…"),
            self.ask_new_offer,
            QKeySequence.StandardKey.New,
            sp.SP_FileIcon,
        )
        self.action_new_program = self._action(
            "actionNewProgram",
            translate("MainWindow", "New &Program…"),
            self.ask_new_program,
            "Ctrl+Shift+N",
            sp.SP_FileDialogNewFolder,
        )
        self.action_rename_program = self._action(
            "actionRenameProgram", translate("MainWindow", "Rena&me Program…"), self.ask_rename_program
        )
        self.action_delete_program = self._action(
            "actionDeleteProgram", translate("MainWindow", "Delete Pro&gram…"), self.ask_delete_program
        )
        self.action_edit = self._action(
            "actionEditDraft",
            translate("MainWindow", "&Edit Draft"),
            self.edit_draft,
            "Ctrl+Return",
            sp.SP_FileDialogDetailedView,
        )
        self.action_approve = self._action(
            "actionApprove", translate("MainWindow", "&Approve"), self.approve, "Ctrl+Shift+A", sp.SP_DialogApplyButton
        )
        self.action_discard = self._action(
            "actionDiscardDraft",
            translate("MainWindow", "&Discard Draft"),
            self.ask_discard_draft,
            None,
            sp.SP_DialogDiscardButton,
        )
        self.action_clone = self._action(
            "actionCloneOffer", translate("MainWindow", "&Clone…"), self.ask_clone, "Ctrl+D"
        )
        self.action_rename = self._action(
            "actionRenameOffer", translate("MainWindow", "&Rename…"), self.ask_rename, "F2"
        )
        self.action_delete = self._action(
            "actionDeleteOffer",
            translate("MainWindow", "De&lete…"),
            self.ask_delete,
            QKeySequence.StandardKey.Delete,
            sp.SP_TrashIcon,
        )
        self.action_simulate = self._action(
            "actionSimulate",
            translate("MainWindow", "&Simulate…"),
            self.simulate,
            "Ctrl+R",
            sp.SP_MediaPlay,
            translate("MainWindow", "Replay traffic against the selected offer"),
        )
        self.action_forecast = self._action(
            "actionForecast",
            translate("MainWindow", "&Forecast…"),
            self.forecast,
            "Ctrl+Shift+R",
            sp.SP_FileDialogDetailedView,
            translate("MainWindow", "Forecast the selected offer and variants of it over many traffic runs"),
        )
        self.action_import = self._action(
            "actionImportOffer",
            translate("MainWindow", "&Import Offer…"),
            self.ask_import,
            "Ctrl+I",
            sp.SP_DialogOpenButton,
        )
        self.action_export = self._action(
            "actionExportOffer",
            translate("MainWindow", "E&xport Offer…"),
            self.ask_export,
            "Ctrl+E",
            sp.SP_DialogSaveButton,
        )
        self.action_undo = self.undo_group.createUndoAction(self, translate("MainWindow", "&Undo"))
        self.action_undo.setObjectName("actionUndo")
        self.action_undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.action_redo = self.undo_group.createRedoAction(self, translate("MainWindow", "&Redo"))
        self.action_redo.setObjectName("actionRedo")
        self.action_redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence.StandardKey.Redo])
        quit_action = self._action(
            "actionQuit", translate("MainWindow", "&Quit"), self.close, QKeySequence.StandardKey.Quit
        )
        self.action_demo = self._action(
            "actionOpenDemo",
            translate("MainWindow", "Open &Demo Workspace"),
            lambda: self.open_demo(),
            None,
            None,
            translate(
                "MainWindow",
                "Marketo's example offers, one per goal type, with an event log — your store is not touched",
            ),
        )

        menu = self.menuBar()
        file = menu.addMenu(translate("MainWindow", "&File"))
        for action in (
            self.action_new,
            self.action_new_program,
            None,
            self.action_import,
            self.action_export,
            None,
            self.action_demo,
            None,
            quit_action,
        ):
            file.addSeparator() if action is None else file.addAction(action)
        edit = menu.addMenu(translate("MainWindow", "&Edit"))
        edit.addAction(self.action_undo)
        edit.addAction(self.action_redo)
        offer = menu.addMenu(translate("MainWindow", "&Offer"))
        for action in (
            self.action_edit,
            self.action_approve,
            self.action_discard,
            None,
            self.action_simulate,
            self.action_forecast,
            None,
            self.action_clone,
            self.action_rename,
            self.action_delete,
        ):
            offer.addSeparator() if action is None else offer.addAction(action)
        program = menu.addMenu(translate("MainWindow", "&Program"))
        for action in (self.action_new_program, self.action_rename_program, self.action_delete_program):
            program.addAction(action)
        view = menu.addMenu(translate("MainWindow", "&View"))
        languages = view.addMenu(translate("MainWindow", "&Language"))
        languages.setObjectName("menuLanguage")
        self.language_actions = QActionGroup(self)
        for code, text in (("system", translate("MainWindow", "System Default")), ("en", "English"), ("sv", "Svenska")):
            action = languages.addAction(text)
            action.setObjectName(f"actionLanguage_{code}")
            action.setCheckable(True)
            action.setChecked(self.settings.language == code)
            action.setData(code)
            self.language_actions.addAction(action)
        self.language_actions.triggered.connect(self._on_language_triggered)

        toolbar = self.addToolBar(translate("MainWindow", "Actions"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (
            self.action_new,
            self.action_edit,
            self.action_approve,
            self.action_discard,
            None,
            self.action_simulate,
            None,
            self.action_import,
            self.action_export,
        ):
            toolbar.addSeparator() if action is None else toolbar.addAction(action)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for action in (
            self.action_edit,
            self.action_approve,
            self.action_discard,
            self.action_clone,
            self.action_rename,
            self.action_delete,
            self.action_export,
        ):
            self.tree.addAction(action)

    # Selection

    @staticmethod
    def _kind(index: QModelIndex) -> str | None:
        return index.siblingAtColumn(COL_NAME).data(KIND_ROLE) if index.isValid() else None

    def selected_offer(self) -> str | None:
        index = self.tree.currentIndex()
        return index.siblingAtColumn(COL_NAME).data(NAME_ROLE) if self._kind(index) == OFFER else None

    def selected_program(self) -> str | None:
        """The selected program, or the program of the selected offer."""
        index = self.tree.currentIndex().siblingAtColumn(COL_NAME)
        if self._kind(index) == OFFER:
            index = index.parent()
        return index.data(NAME_ROLE) if self._kind(index) == PROGRAM else None

    def select(self, kind: str, name: str) -> None:
        index = self.model.find(kind, name)
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)

    def _on_tree_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_selection()
        name = self.selected_offer()
        if name:
            self.settings.last_offer = name

    def _show_selection(self) -> None:
        """Enable the actions and fill the details pane for the selection, from one read of the store."""
        name = self.selected_offer()
        summary = None
        if name is not None:
            with self.store.reading() as session:
                summary = repo.offer_summary(session, name)
                offer = repo.load_current(session, name)
                revisions = repo.list_revisions(session, name)
        has_offer = summary is not None
        for action in (
            self.action_edit,
            self.action_clone,
            self.action_rename,
            self.action_delete,
            self.action_export,
            self.action_simulate,
            self.action_forecast,
        ):
            action.setEnabled(has_offer)
        self.action_approve.setEnabled(has_offer and summary.has_draft)
        self.action_discard.setEnabled(has_offer and summary.has_draft and summary.has_approved)
        program = self.selected_program()
        self.action_rename_program.setEnabled(program is not None and not has_offer)
        self.action_delete_program.setEnabled(program is not None and not has_offer)
        if summary is not None:
            self.details.show_offer(summary, offer, revisions)
        elif program:
            self.details.show_nothing(
                translate("MainWindow", "Program “{program}”. Select one of its offers, or create one.").format(
                    program=program
                )
            )
        else:
            self.details.show_nothing(
                translate("MainWindow", "Select an offer in Marketing Activities to see it here.")
            )

    def reload(self, select: tuple[str, str] | None = None) -> None:
        """Read the store again, keeping (or moving) the selection."""
        if select is None:
            current = self.selected_offer()
            select = (OFFER, current) if current else ((PROGRAM, p) if (p := self.selected_program()) else None)
        with self.store.reading() as session:
            programs = repo.list_programs(session)
            offers = repo.list_offers(session)
        self.model.load(programs, offers)
        self.tree.expandAll()
        if select:
            self.select(*select)
        self._show_selection()

    # Doing things (each one store transaction; errors shown, nothing half-done)

    def _run(self, title: str, work: Callable[[object], object]) -> bool:
        try:
            with self.store.transaction() as session:
                work(session)
        except repo.RepositoryError as error:
            QMessageBox.warning(self, title, str(error))
            return False
        return True

    def new_offer(self, name: str, program: str, clone_from: str | None = None) -> bool:
        """Create a draft offer (or a clone) and select it."""
        from referral_studio.domain.offer import Offer

        def work(session: object) -> None:
            if clone_from:
                repo.clone_offer(session, clone_from, name, program)  # type: ignore[arg-type]
            else:
                repo.create_offer(session, Offer(name=name, program=program))  # type: ignore[arg-type]

        if self._run(translate("MainWindow", "New Referral Offer"), work):
            self.reload(select=(OFFER, name.strip()))
            return True
        return False

    def ask_new_offer(self) -> None:
        with self.store.transaction() as session:
            programs = repo.list_programs(session)
            offers = [o.name for o in repo.list_offers(session)]
        dialog = NewOfferDialog(programs, offers, self.selected_program(), self)
        if dialog.exec() and self.new_offer(*dialog.chosen):
            self.edit_draft()

    def ask_new_program(self) -> None:
        name, ok = QInputDialog.getText(
            self, translate("MainWindow", "New Program"), translate("MainWindow", "Program name:")
        )
        if ok and self._run(translate("MainWindow", "New Program"), lambda s: repo.create_program(s, name)):  # type: ignore[arg-type]
            self.reload(select=(PROGRAM, name.strip()))

    def ask_rename_program(self) -> None:
        old = self.selected_program()
        if old is None:
            return
        new, ok = QInputDialog.getText(
            self, translate("MainWindow", "Rename Program"), translate("MainWindow", "New name:"), text=old
        )
        if ok and self._run(translate("MainWindow", "Rename Program"), lambda s: repo.rename_program(s, old, new)):  # type: ignore[arg-type]
            self.reload(select=(PROGRAM, new.strip()))

    def ask_delete_program(self) -> None:
        name = self.selected_program()
        if name and self.confirm(
            translate("MainWindow", "Delete Program"),
            translate("MainWindow", "Delete the program “{name}” and every offer in it? This cannot be undone.").format(
                name=name
            ),
        ):
            self.delete_program(name)

    def delete_program(self, name: str) -> bool:
        if self._run(translate("MainWindow", "Delete Program"), lambda s: repo.delete_program(s, name)):  # type: ignore[arg-type]
            self.reload()
            return True
        return False

    def edit_draft(self) -> OfferEditor | None:
        """Open (or raise) the editor on the selected offer's draft, starting one from the approved version."""
        name = self.selected_offer()
        if name is None:
            return None
        editor = self.editors.get(name)
        if editor is None:
            editor = OfferEditor(self.store, name)
            self.editors[name] = editor
            self.undo_group.addStack(editor.stack)
            editor.sig_saved.connect(lambda _name: self.reload())
            editor.sig_approved.connect(lambda _name: self.reload())
            editor.sig_closed.connect(self._on_editor_closed)
            editor.document.sig_changed.connect(lambda _path, n=name: self._on_draft_edited(n))
            self.reload()
        editor.show()
        editor.raise_()
        editor.activateWindow()
        self.undo_group.setActiveStack(editor.stack)
        return editor

    def _close_editor(self, name: str) -> bool:
        """Close the offer's editor, saving its draft first; False if it stays open."""
        editor = self.editors.get(name)
        return editor is None or editor.close()

    def _save_editor(self, name: str) -> bool:
        """Save the offer's open editor first, so what is read next is what the user sees; False if it refused."""
        editor = self.editors.get(name)
        return editor is None or editor.save()

    def _drop_editor(self, name: str) -> None:
        """Close the offer's editor without saving: its draft was just approved, discarded or deleted."""
        editor = self.editors.get(name)
        if editor is not None:
            editor.stack.setClean()
            editor.close()

    def simulate(self) -> SimulationPanel | None:
        """Open the simulation workspace on the selected offer (its draft, else its approved version)."""
        name = self.selected_offer()
        if name is None:
            return None
        self._save_editor(name)
        with self.store.reading() as session:
            offer = repo.load_current(session, name)
            approved = repo.load_approved(session, name)
        panel = SimulationPanel(offer, approved=approved)
        panel.store_name = name
        panel.sig_forecast_requested.connect(lambda: self.forecast(name))
        if self.demo_log is not None:
            panel.traffic_form.use_log_file(str(self.demo_log))
        return _show_kept(panel, self.panels)

    def forecast(self, name: str | None = None) -> ForecastPanel | None:
        """Open the forecast workspace on the offer (the selected one by default; its draft, else its approved version).

        Forecast panels join the simulation panels, so they follow the draft as it is edited and close with them.
        """
        name = name or self.selected_offer()
        if name is None:
            return None
        self._save_editor(name)
        with self.store.reading() as session:
            offer = repo.load_current(session, name)
        panel = ForecastPanel(offer, settings=self.settings)
        panel.store_name = name
        return _show_kept(panel, self.panels)  # type: ignore[arg-type]

    def _on_language_triggered(self, action: QAction) -> None:
        self.settings.language = str(action.data())
        self.settings.sync()
        QMessageBox.information(
            self,
            translate("MainWindow", "Language"),
            translate("MainWindow", "The new language is used the next time Referral Studio starts."),
        )

    def use_demo_log(self, log: Path) -> None:
        """Mark this window as the demo workspace, whose panels replay the demo's event log."""
        self.demo_log = log
        self.setWindowTitle(translate("MainWindow", "Referral Studio — Demo Workspace"))

    def open_demo(self, folder: Path | None = None) -> MainWindow | None:
        """Build the demo workspace afresh (in the user data folder's demo/) and open it in a window of its own."""
        from referral_studio.store.demo import build_demo, demo_folder

        folder = folder or demo_folder()
        try:
            store_path, log_path = build_demo(folder)
            window = MainWindow(Store(store_path), self.settings)
        except (OSError, StoreError) as error:
            QMessageBox.warning(
                self,
                translate("MainWindow", "Demo Workspace"),
                translate("MainWindow", "The demo workspace could not be built in {folder}: {error}").format(
                    folder=folder, error=error
                ),
            )
            return None
        window.use_demo_log(log_path)
        return _show_kept(window, self.demo_windows)

    def _on_draft_edited(self, name: str) -> None:
        """Open simulation panels of the offer follow its draft as it is edited (they re-run after a pause)."""
        editor = self.editors.get(name)
        if editor is None:
            return
        for panel in self.panels:
            if panel.store_name == name:
                panel.set_offer(editor.document.offer)

    def _on_editor_closed(self, name: str) -> None:
        editor = self.editors.pop(name, None)
        if editor is not None:
            self.undo_group.removeStack(editor.stack)

    def approve(self) -> bool:
        """Approve the selected offer's draft (refused with the problems when blocked)."""
        name = self.selected_offer()
        if name is None:
            return False
        if not self._save_editor(name):
            return False
        try:
            with self.store.transaction() as session:
                repo.approve(session, name)
        except repo.ApprovalBlocked as blocked:
            lines = "\n".join(f"• {p.message}" for p in blocked.problems)
            QMessageBox.warning(
                self,
                translate("MainWindow", "Cannot approve yet"),
                translate("MainWindow", "Fix these first:\n\n{problems}").format(problems=lines),
            )
            return False
        except repo.RepositoryError as error:
            QMessageBox.warning(self, translate("MainWindow", "Approve"), str(error))
            return False
        self._drop_editor(name)
        self.reload()
        return True

    def ask_discard_draft(self) -> None:
        name = self.selected_offer()
        if name and self.confirm(
            translate("MainWindow", "Discard Draft"),
            translate("MainWindow", "Discard the draft of “{name}” and keep the approved version?").format(name=name),
        ):
            self.discard_draft()

    def discard_draft(self) -> bool:
        name = self.selected_offer()
        if name is None:
            return False
        self._drop_editor(name)
        ok = self._run(translate("MainWindow", "Discard Draft"), lambda s: repo.discard_draft(s, name))  # type: ignore[arg-type]
        self.reload()
        return ok

    def ask_clone(self) -> None:
        name = self.selected_offer()
        if name is None:
            return
        new, ok = QInputDialog.getText(
            self,
            translate("MainWindow", "Clone Offer"),
            translate("MainWindow", "Name of the copy:"),
            text=translate("MainWindow", "{name} (copy)").format(name=name),
        )
        if ok and new.strip():
            self.new_offer(new, self.selected_program() or "", clone_from=name)

    def ask_rename(self) -> None:
        name = self.selected_offer()
        if name is None:
            return
        new, ok = QInputDialog.getText(
            self, translate("MainWindow", "Rename Offer"), translate("MainWindow", "New name:"), text=name
        )
        if ok:
            self.rename_offer(new)

    def rename_offer(self, new: str) -> bool:
        old = self.selected_offer()
        if old is None:
            return False
        if not self._close_editor(old):
            return False
        if self._run(translate("MainWindow", "Rename Offer"), lambda s: repo.rename_offer(s, old, new)):  # type: ignore[arg-type]
            self.reload(select=(OFFER, new.strip()))
            return True
        return False

    def ask_delete(self) -> None:
        name = self.selected_offer()
        if name and self.confirm(
            translate("MainWindow", "Delete Offer"),
            translate(
                "MainWindow", "Delete “{name}” with its approved version, draft and history? This cannot be undone."
            ).format(name=name),
        ):
            self.delete_offer()

    def delete_offer(self) -> bool:
        name = self.selected_offer()
        if name is None:
            return False
        self._drop_editor(name)
        program = self.selected_program()
        ok = self._run(translate("MainWindow", "Delete Offer"), lambda s: repo.delete_offer(s, name))  # type: ignore[arg-type]
        self.reload(select=(PROGRAM, program) if program else None)
        return ok

    def restore_revision(self, number: int) -> bool:
        name = self.selected_offer()
        if name is None:
            return False
        if not self._close_editor(name):
            return False
        ok = self._run(translate("MainWindow", "Restore Revision"), lambda s: repo.restore_revision(s, name, number))  # type: ignore[arg-type]
        self.reload()
        return ok

    def ask_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, translate("MainWindow", "Import Offer"), "", offer_filter())
        if path:
            self.import_offer(path)

    def import_offer(self, path: str | Path) -> bool:
        """Add an offer file as a draft; a bad file or a name clash changes nothing."""
        try:
            offer = read_offer_file(path)
        except OfferFileError as error:
            QMessageBox.warning(self, translate("MainWindow", "Offer not imported"), str(error))
            return False
        if self._run(translate("MainWindow", "Offer not imported"), lambda s: repo.create_offer(s, offer)):  # type: ignore[arg-type]
            self.reload(select=(OFFER, offer.name.strip()))
            return True
        return False

    def ask_export(self) -> None:
        name = self.selected_offer()
        if name is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, translate("MainWindow", "Export Offer"), f"{name}{SUFFIX}", offer_filter()
        )
        if path:
            self.export_offer(path)

    def export_offer(self, path: str | Path) -> bool:
        """Write the selected offer (its draft if it has one, else its approved version)."""
        name = self.selected_offer()
        if name is None:
            return False
        self._save_editor(name)
        with self.store.reading() as session:
            offer = repo.load_current(session, name)
        try:
            write_offer_file(offer, path)
        except OSError as error:
            QMessageBox.warning(
                self, translate("MainWindow", "Offer not exported"), f"{path}: {error.strerror or error}"
            )
            return False
        self.statusBar().showMessage(
            translate("MainWindow", "Exported “{name}” to {path}").format(name=name, path=path), 5000
        )
        return True

    def confirm(self, title: str, question: str) -> bool:
        answer = QMessageBox.question(self, title, question, defaultButton=QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    # Settings and closing

    def _restore_settings(self) -> None:
        if (geometry := self.settings.main_geometry) is not None:
            self.restoreGeometry(geometry)
        if (state := self.settings.main_splitter) is not None:
            self.splitter.restoreState(state)
        if self.settings.last_offer:
            self.select(OFFER, self.settings.last_offer)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        # Another window or process may have changed the store: show it when the user comes back.
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            try:
                self.reload()
            except StoreError as error:  # busy or unreadable for now: keep showing what was read last
                self.statusBar().showMessage(str(error), 5000)
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        for editor in list(self.editors.values()):
            if not editor.close():
                event.ignore()
                return
        for panel in list(self.panels):
            panel.close()
        self.settings.main_geometry = self.saveGeometry()
        self.settings.main_splitter = self.splitter.saveState()
        self.settings.sync()
        self.store.close()
        super().closeEvent(event)
