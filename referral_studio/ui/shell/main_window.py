"""The main window: Marketing Activities, the offer actions, and the selected offer's details.

What the Offer, Program and Help menus and the offer files do are parts of their own (`OfferActions`,
`ProgramActions`, `OfferFiles`, `HelpMenu`); the actions declared in main_actions.py name their methods.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QPoint, QProcess, QSize
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from referral_studio.app.offers import Offers, SimulationSubject
from referral_studio.store.database import Store, StoreError
from referral_studio.ui.activities import activity_dialogs as ask
from referral_studio.ui.activities.activities_model import OFFER
from referral_studio.ui.activities.activities_search import ActivitiesSearch
from referral_studio.ui.activities.activities_tree import ActivitiesTree
from referral_studio.ui.activities.offer_details import OfferDetails
from referral_studio.ui.i18n import translate
from referral_studio.ui.settings import UiSettings
from referral_studio.ui.shell.help_actions import HelpMenu
from referral_studio.ui.shell.main_actions import Selection, build_actions, enable_for, place_actions
from referral_studio.ui.shell.offer_actions import OfferActions
from referral_studio.ui.shell.offer_files import OfferFiles
from referral_studio.ui.shell.program_actions import ProgramActions
from referral_studio.ui.shell.welcome_page import WelcomePage
from referral_studio.ui.shell.window_geometry import keep_on_screen, place_window
from referral_studio.ui.shell.workspace_controller import WorkspaceController
from referral_studio.ui.widgets.refusals import attempt
from referral_studio.ui.widgets.undo_actions import undo_redo_actions

if TYPE_CHECKING:  # the editor and the workspace (numpy, pyarrow, charts) are imported when first opened
    from referral_studio.engine.fraud_traffic import SyntheticFraud
    from referral_studio.engine.traffic_options import TrafficOptions
    from referral_studio.ui.editor.offer_editor import OfferEditor
    from referral_studio.ui.forecast.forecast_panel import ForecastPanel
    from referral_studio.ui.simulation.simulation_panel import SimulationPanel

MAIN_SIZE = QSize(1180, 740)  # preferred; a smaller screen gets what it has free


class MainWindow(QMainWindow):
    """Marketing Activities on one store; editors and simulations open in windows of their own."""

    def __init__(self, store: Store, settings: UiSettings | None = None) -> None:
        super().__init__()
        self.store = store
        self.offers = Offers(store)
        self.settings = settings or UiSettings()
        self.windows = WorkspaceController(self.offers, self, settings=self.settings)
        self.windows.sig_store_changed.connect(self.reload)
        self.windows.sig_quit_requested.connect(self.quit_app)
        self.offer_actions = OfferActions(self, self)  # parts acting for the window; its actions name their methods
        self.programs = ProgramActions(self, self)
        self.offer_files = OfferFiles(self, self)
        self.help = HelpMenu(self, store.path, lambda: [self, *self.editors.values(), *self.panels])
        self.setObjectName("MainWindow")
        self.setWindowTitle(translate("MainWindow", "Referral Studio"))
        self.tree = ActivitiesTree()
        self.model = self.tree.activities_model
        self.tree.sig_offer_activated.connect(lambda _name: self.edit_draft())
        self.details = OfferDetails()
        self.details.sig_restore_requested.connect(self.offer_actions.restore_revision)
        self.welcome = WelcomePage()  # in the details' place while the store holds no offer
        self.welcome.sig_new_offer.connect(self.ask_new_offer)
        self.welcome.sig_open_demo.connect(self.open_demo)
        self.welcome.sig_show_rules.connect(self.help.show_credit_rules)
        self.right = QStackedWidget()
        self.right.addWidget(self.details)
        self.right.addWidget(self.welcome)
        self.search = ActivitiesSearch(self.tree, self.model)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.search)
        column.addWidget(self.tree, 1)
        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([640, 460])
        self.setCentralWidget(self.splitter)
        self._build_actions()
        place_window(self, MAIN_SIZE, self.settings, "main")  # before restoring: a saved geometry that fits wins
        self.statusBar().showMessage(translate("MainWindow", "Store: {path}").format(path=store.path))
        self.reload()
        self.tree.selectionModel().currentChanged.connect(self._on_tree_current_changed)
        self._restore_settings()
        self._show_selection()

    @property
    def editors(self) -> dict[str, OfferEditor]:
        return self.windows.editors

    @property
    def panels(self) -> list[SimulationPanel]:
        return self.windows.panels

    # Actions (declared in main_actions.py)

    def _build_actions(self) -> None:
        self.named_actions = build_actions(self)
        undo, redo = undo_redo_actions(
            self, self.windows.undo_group, translate("MainWindow", "&Undo"), translate("MainWindow", "&Redo")
        )
        self.named_actions.update(actionUndo=undo, actionRedo=redo)
        place_actions(self, self.named_actions, self.tree, self.settings)

    # Selection

    def selected_offer(self) -> str | None:
        return self.tree.selected_offer()

    def selected_program(self) -> str | None:
        """The selected program, or the program of the selected offer."""
        return self.tree.selected_program()

    def select(self, kind: str, name: str) -> None:
        self.tree.select(kind, name)

    def _on_tree_current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_selection()
        name = self.selected_offer()
        if name:
            self.settings.last_offer = name

    def _show_selection(self) -> None:
        """Enable the actions and fill the details pane for the selection, from one read of the store."""
        name = self.selected_offer()
        view = self.offers.view(name) if name is not None else None
        program = self.selected_program()
        enable_for(self.named_actions, Selection(view.summary if view else None, program))
        if view is not None:
            self.details.show_offer(view.summary, view.offer, view.revisions, view.approved)
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
        """Read the store again, keeping (or moving) the selection and the programs the user folded."""
        activities = self.offers.activities()
        self.tree.load(activities, select)
        self.right.setCurrentWidget(self.welcome if not activities.offers else self.details)
        self._show_selection()

    # Doing things (each one use case; a refusal is shown and changes nothing)

    def new_offer(self, name: str, program: str, clone_from: str | None = None) -> bool:
        """Create a draft offer (or a clone) and select it."""
        made = attempt(
            self,
            translate("MainWindow", "New Referral Offer"),
            lambda: self.offers.create_offer(name, program, clone_from),
        )
        if made is not None:
            self.reload(select=(OFFER, made))
        return made is not None

    def ask_new_offer(self) -> None:
        chosen = ask.new_offer(self, self.offers.activities(), self.selected_program())
        if chosen is not None and self.new_offer(*chosen):
            self.edit_draft()

    def edit_draft(self) -> OfferEditor | None:
        """Open (or raise) the editor on the selected offer's draft, starting one from the approved version."""
        name = self.selected_offer()
        return self.windows.open_editor(name) if name is not None else None

    def simulate(self) -> SimulationPanel | None:
        """Open the simulation workspace on the selected offer (its draft, else its approved version)."""
        name = self.selected_offer()
        if name is None:
            return None
        panel = self.windows.open_simulation(name)
        panel.sig_forecast_requested.connect(lambda: self.forecast(name, panel.traffic_form.generator_traffic()))
        return panel

    def forecast(
        self, name: str | None = None, traffic: tuple[str, TrafficOptions | SyntheticFraud] | None = None
    ) -> ForecastPanel | None:
        """Open the forecast workspace on the offer (the selected one by default; its draft, else its approved version).

        From a simulation it starts from that simulation's traffic: its preset and every option exactly."""
        name = name or self.selected_offer()
        if name is None:
            return None
        from referral_studio.ui.forecast.forecast_panel import ForecastPanel

        def make(subject: SimulationSubject) -> ForecastPanel:
            panel = ForecastPanel(subject.offer, settings=self.settings)
            if traffic is not None:
                panel.form.use_traffic(*traffic)
            return panel

        return self.windows.open_workspace(name, make)

    # The demo workspace

    def use_demo_log(self, log: Path) -> None:
        """Mark this window as the demo workspace, whose panels replay the demo's event log."""
        self.windows.demo_log = log
        self.setWindowTitle(translate("MainWindow", "Demo Workspace — Referral Studio"))  # Qt adds no name again

    def open_demo(self, folder: Path | None = None) -> MainWindow | None:
        """Build the demo workspace afresh (in the user data folder's demo/) and open it in a window of its own."""

        def window_on(store: Store, log: Path) -> MainWindow:
            window = MainWindow(store, self.settings)
            window.use_demo_log(log)
            window.move(self.frameGeometry().topLeft() + QPoint(48, 48))  # beside this one, not hiding it
            return window

        demo = self.windows.open_demo(folder, window_on)
        if demo is not None:
            keep_on_screen(demo)  # shown: its frame is known; beside a large window it would run off the screen
        return demo

    # Settings and closing

    def _restore_settings(self) -> None:
        if (state := self.settings.main_splitter) is not None:
            self.splitter.restoreState(state)
        if self.settings.last_offer:
            self.select(OFFER, self.settings.last_offer)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        # Another window or process may have changed the store: show it when the user comes back.
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            try:
                if self.offers.changed():
                    self.reload()
            except StoreError as error:  # busy or unreadable for now: keep showing what was read last
                self.statusBar().showMessage(str(error), 5000)
        super().changeEvent(event)

    def quit_app(self) -> None:
        """Quit (Ctrl+Q) from any window: every main window closes — the demo's, the store's — each saving its
        editors' drafts first, as closing it does; an editor that stays open stops the quit there.

        With the last window closed Qt ends the application (quitOnLastWindowClosed).
        """
        others = [
            widget
            for widget in QApplication.topLevelWidgets()
            if isinstance(widget, MainWindow) and widget is not self and widget.isVisible()
        ]
        for window in [*others, self]:
            if not window.close():
                return
        QApplication.closeAllWindows()  # any window left over (a presenter window) goes too

    def restart_app(self) -> bool:
        """Quit as Quit does and start the app again with the same arguments (a new language shows from the
        start); False, with nothing started, when an editor kept the app open."""
        self.quit_app()
        if any(widget.isVisible() for widget in QApplication.topLevelWidgets()):
            return False
        started = QProcess.startDetached(sys.executable, ["-m", "referral_studio", *sys.argv[1:]])
        return bool(started[0] if isinstance(started, tuple) else started)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if not self.windows.close_all():
            event.ignore()
            return
        if self.windows.demo_log is None:  # the demo's window keeps no place of its own
            self.settings.main_geometry = self.saveGeometry()
            self.settings.main_splitter = self.splitter.saveState()
        self.settings.sync()
        self.store.close()
        super().closeEvent(event)
