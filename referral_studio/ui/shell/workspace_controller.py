"""The windows open on one store, and what connects them: editors by offer, simulation panels, the undo
group, and the live what-if wiring (a panel follows its offer's draft as the editor changes it).

The main window asks this controller for windows; other workspaces (a forecast) register here the same way.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TypeVar, runtime_checkable

from PySide6.QtCore import QObject, QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoGroup
from PySide6.QtWidgets import QMessageBox, QWidget

from referral_studio.app.offers import Offers, SimulationSubject
from referral_studio.domain.offer import Offer
from referral_studio.store.database import Store, StoreError
from referral_studio.ui.i18n import translate
from referral_studio.ui.settings import UiSettings
from referral_studio.ui.shell.window_geometry import fit_and_remember, place_window

if TYPE_CHECKING:  # the editor, the workspace and the demo (numpy, pyarrow, charts) load when first opened
    from referral_studio.ui.editor.offer_editor import OfferEditor
    from referral_studio.ui.simulation.simulation_panel import SimulationPanel

W = TypeVar("W", bound=QWidget)
EDITOR_SIZE, PANEL_SIZE = QSize(1060, 820), QSize(1440, 920)  # preferred; a smaller screen gets what it has free


@runtime_checkable
class FollowsDraft(Protocol):
    """A window on one offer (by its name in the store) that follows the offer's draft as it is edited."""

    store_name: str

    def set_offer(self, offer: Offer) -> None: ...


def keep_open(window: W, kept: list[W] | list[QWidget]) -> W:
    """Show a window that deletes itself on close, held in `kept` (so Python keeps it) until then."""
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    kept.append(window)
    window.destroyed.connect(lambda _obj=None: kept.remove(window) if window in kept else None)
    window.show()
    return window


class WorkspaceController(QObject):
    """Opens, finds and closes the windows of one store's offers."""

    sig_store_changed = Signal()
    """A window wrote to the store (an editor saved or approved): views of the store should reload."""
    sig_quit_requested = Signal()
    """Quit (Ctrl+Q) in one of the windows opened here: the application should quit, drafts saved first."""

    def __init__(self, offers: Offers, parent: QObject | None = None, *, settings: UiSettings | None = None) -> None:
        super().__init__(parent)
        self.offers = offers
        self.settings = settings  # where editors and panels keep their geometry (none: fitted each time)
        self.undo_group = QUndoGroup(self)
        self.editors: dict[str, OfferEditor] = {}
        self.workspaces: list[QWidget] = []  # simulation panels and other windows on an offer
        self.demo_log: Path | None = None  # on the demo workspace: its panels start on this event log
        self.demo_windows: list[QWidget] = []

    # Editors

    def open_editor(self, name: str) -> OfferEditor:
        """Open (or raise) the editor on the offer's draft, starting one from the approved version."""
        editor = self.editors.get(name)
        if editor is None:
            from referral_studio.ui.editor.offer_editor import OfferEditor

            editor = OfferEditor(self.offers, name)
            self._place(editor, EDITOR_SIZE)
            self.editors[name] = editor
            self.undo_group.addStack(editor.stack)
            editor.sig_saved.connect(self.sig_store_changed)
            editor.sig_approved.connect(self.sig_store_changed)
            editor.sig_closed.connect(self._on_editor_closed)
            editor.document.sig_changed.connect(lambda _path, n=name: self._on_draft_edited(n))
            self.sig_store_changed.emit()
        editor.show()
        editor.raise_()
        editor.activateWindow()
        self.undo_group.setActiveStack(editor.stack)
        return editor

    def save_editor(self, name: str) -> bool:
        """Save the offer's open editor first, so what is read next is what the user sees; False if it refused."""
        editor = self.editors.get(name)
        return editor is None or editor.save()

    def close_editor(self, name: str) -> bool:
        """Close the offer's editor, saving its draft first; False if it stays open."""
        editor = self.editors.get(name)
        return editor is None or editor.close()

    def drop_editor(self, name: str) -> None:
        """Close the offer's editor without saving: its draft was just approved, discarded or deleted."""
        editor = self.editors.get(name)
        if editor is not None:
            editor.stack.setClean()
            editor.close()

    def _on_editor_closed(self, name: str) -> None:
        editor = self.editors.pop(name, None)
        if editor is not None:
            self.undo_group.removeStack(editor.stack)

    # Workspaces on an offer: simulations, and any other that follows the draft (a forecast plugs in here)

    def open_workspace(self, name: str, make: Callable[[SimulationSubject], W]) -> W:
        """Open a window made on the offer (its draft, else its approved version; the editor saved first).

        It closes with the main window and, when it is FollowsDraft, follows the draft as it is edited.
        """
        self.save_editor(name)
        window = make(self.offers.simulation_subject(name))
        self._place(window, PANEL_SIZE)
        return keep_open(window, self.workspaces)

    def open_simulation(self, name: str) -> SimulationPanel:
        """A simulation workspace on the offer; on the demo workspace it starts on the demo's event log."""
        from referral_studio.ui.simulation.simulation_panel import SimulationPanel

        panel = self.open_workspace(name, lambda subject: SimulationPanel(subject.offer, approved=subject.approved))
        if self.demo_log is not None:
            from referral_studio.app.demo import TRAFFIC_PRESET

            panel.traffic_form.use_log_file(str(self.demo_log), TRAFFIC_PRESET)  # compared with the preset that made it
        return panel

    @property
    def panels(self) -> list[SimulationPanel]:
        module = sys.modules.get("referral_studio.ui.simulation.simulation_panel")  # not imported yet: none was opened
        return [window for window in self.workspaces if module and isinstance(window, module.SimulationPanel)]

    def _place(self, window: QWidget, preferred: QSize) -> None:
        """Size a window for the screen it opens on; with settings, where the user last left one of its kind.

        Every window opened here also answers Quit (Ctrl+Q) by quitting the application, as the main window does.
        """
        quit_action = QAction(translate("MainWindow", "&Quit"), window, objectName="actionQuit")
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        quit_action.triggered.connect(self.sig_quit_requested)
        window.addAction(quit_action)
        if self.settings is not None:
            fit_and_remember(window, preferred, self.settings, window.objectName())
        else:
            place_window(window, preferred)

    def _on_draft_edited(self, name: str) -> None:
        """Open workspaces of the offer follow its draft as it is edited (simulations re-run after a pause)."""
        editor = self.editors.get(name)
        if editor is None:
            return
        for workspace in self.workspaces:
            if isinstance(workspace, FollowsDraft) and workspace.store_name == name:
                workspace.set_offer(editor.document.offer)

    # The demo workspace

    def open_demo(self, folder: Path | None, window_on: Callable[[Store, Path], W]) -> W | None:
        """Build the demo workspace afresh (in the user data folder's demo/) and open a window on it.

        `window_on(store, log)` makes the window: a main window whose panels start on the demo's log.
        """
        from referral_studio.app.demo import build_demo, demo_folder

        folder = folder or demo_folder()
        try:
            store_path, log_path = build_demo(folder)
            window = window_on(Store(store_path), log_path)
        except (OSError, StoreError) as error:
            QMessageBox.warning(
                None,
                translate("MainWindow", "Demo Workspace"),
                translate("MainWindow", "The demo workspace could not be built in {folder}: {error}").format(
                    folder=folder, error=error
                ),
            )
            return None
        return keep_open(window, self.demo_windows)

    # Closing

    def close_all(self) -> bool:
        """Close every window (editors save first); False, with the rest left open, if an editor stays open."""
        for editor in list(self.editors.values()):
            if not editor.close():
                return False
        for workspace in list(self.workspaces):
            workspace.close()
        return True
