"""The main window's actions as data: name, text, slot, shortcut, icon, when enabled, and where they appear.

Texts are marked for translation here and translated when the actions are built.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from operator import attrgetter

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox, QStyle, QToolBar, QWidget

from referral_studio.domain.lifecycle import OfferSummary
from referral_studio.domain.texts import QT_TRANSLATE_NOOP
from referral_studio.ui.i18n import translate
from referral_studio.ui.settings import UiSettings

SP = QStyle.StandardPixmap
Key = QKeySequence.StandardKey


@dataclass(frozen=True)
class Selection:
    """What is selected in Marketing Activities: an offer (with its program), a program, or nothing."""

    offer: OfferSummary | None
    program: str | None


def _offer(s: Selection) -> bool:
    return s.offer is not None


def _draft(s: Selection) -> bool:
    return s.offer is not None and s.offer.has_draft


def _discardable(s: Selection) -> bool:
    return s.offer is not None and s.offer.has_draft and s.offer.has_approved


def _program_only(s: Selection) -> bool:
    return s.program is not None and s.offer is None


@dataclass(frozen=True)
class ActionSpec:
    """One action of the main window; `slot` names the window's method it calls (`part.method`: a part's)."""

    name: str
    text: str
    slot: str
    shortcut: str | Key | None = None
    icon: QStyle.StandardPixmap | None = None
    tip: str = ""
    enabled: Callable[[Selection], bool] | None = None  # None: always


ACTIONS = (
    ActionSpec("actionNewReferralOffer", QT_TRANSLATE_NOOP("MainWindow", "&New Referral Offer…"), "ask_new_offer",
               Key.New, SP.SP_FileIcon),
    ActionSpec("actionNewProgram", QT_TRANSLATE_NOOP("MainWindow", "New &Program…"), "programs.ask_new",
               "Ctrl+Shift+N", SP.SP_FileDialogNewFolder),
    ActionSpec("actionRenameProgram", QT_TRANSLATE_NOOP("MainWindow", "Rena&me Program…"), "programs.ask_rename",
               enabled=_program_only),
    ActionSpec("actionDeleteProgram", QT_TRANSLATE_NOOP("MainWindow", "Delete Pro&gram…"), "programs.ask_delete",
               enabled=_program_only),
    ActionSpec("actionEditDraft", QT_TRANSLATE_NOOP("MainWindow", "&Edit Draft"), "edit_draft", "Ctrl+Return",
               SP.SP_FileDialogDetailedView, enabled=_offer),
    ActionSpec("actionApprove", QT_TRANSLATE_NOOP("MainWindow", "&Approve"), "offer_actions.approve",
               "Ctrl+Shift+A", SP.SP_DialogApplyButton, enabled=_draft),
    ActionSpec("actionDiscardDraft", QT_TRANSLATE_NOOP("MainWindow", "&Discard Draft"),
               "offer_actions.ask_discard_draft", None, SP.SP_DialogDiscardButton, enabled=_discardable),
    ActionSpec("actionCloneOffer", QT_TRANSLATE_NOOP("MainWindow", "&Clone…"), "offer_actions.ask_clone", "Ctrl+D",
               enabled=_offer),
    ActionSpec("actionRenameOffer", QT_TRANSLATE_NOOP("MainWindow", "&Rename…"), "offer_actions.ask_rename", "F2",
               enabled=_offer),
    ActionSpec("actionDeleteOffer", QT_TRANSLATE_NOOP("MainWindow", "De&lete…"), "offer_actions.ask_delete",
               Key.Delete, SP.SP_TrashIcon, enabled=_offer),
    ActionSpec("actionSimulate", QT_TRANSLATE_NOOP("MainWindow", "&Simulate…"), "simulate", "Ctrl+R", SP.SP_MediaPlay,
               QT_TRANSLATE_NOOP("MainWindow", "Replay traffic against the selected offer"), enabled=_offer),
    ActionSpec("actionForecast", QT_TRANSLATE_NOOP("MainWindow", "&Forecast…"), "forecast", "Ctrl+Shift+R",
               SP.SP_FileDialogContentsView, QT_TRANSLATE_NOOP(
                   "MainWindow", "Forecast the selected offer and variants of it over many traffic runs"),
               enabled=_offer),
    ActionSpec("actionImportOffer", QT_TRANSLATE_NOOP("MainWindow", "&Import Offer…"), "offer_files.ask_import",
               "Ctrl+I", SP.SP_DialogOpenButton),
    ActionSpec("actionExportOffer", QT_TRANSLATE_NOOP("MainWindow", "E&xport Offer…"), "offer_files.ask_export",
               "Ctrl+E", SP.SP_DialogSaveButton, enabled=_offer),
    ActionSpec("actionQuit", QT_TRANSLATE_NOOP("MainWindow", "&Quit"), "quit_app", Key.Quit),
    ActionSpec("actionCreditRules", QT_TRANSLATE_NOOP("MainWindow", "&Credit Rules"), "help.show_credit_rules",
               Key.HelpContents),
    ActionSpec("actionShortcuts", QT_TRANSLATE_NOOP("MainWindow", "&Keyboard Shortcuts"), "help.show_shortcuts"),
    ActionSpec("actionInstallDesktopEntry", QT_TRANSLATE_NOOP("MainWindow", "&Install Desktop Entry"),
               "help.install_desktop_entry", tip=QT_TRANSLATE_NOOP(
                   "MainWindow", "Add Referral Studio with its icon to your desktop's application menu")),
    ActionSpec("actionAbout", QT_TRANSLATE_NOOP("MainWindow", "&About Referral Studio"), "help.show_about"),
    ActionSpec("actionOpenDemo", QT_TRANSLATE_NOOP("MainWindow", "Open &Demo Workspace"), "open_demo", tip=(
        QT_TRANSLATE_NOOP(
            "MainWindow",
            "Marketo's example offers, one per goal type, with an event log — your store is not touched",
        ))),
)  # fmt: skip

MENUS = (  # (title, action names; None is a separator). Edit holds the undo group's actions, built by the window.
    (QT_TRANSLATE_NOOP("MainWindow", "&File"), (
        "actionNewReferralOffer", "actionNewProgram", None, "actionImportOffer", "actionExportOffer", None,
        "actionOpenDemo", None, "actionQuit")),
    (QT_TRANSLATE_NOOP("MainWindow", "&Edit"), ("actionUndo", "actionRedo")),
    (QT_TRANSLATE_NOOP("MainWindow", "&Offer"), (
        "actionEditDraft", "actionApprove", "actionDiscardDraft", None, "actionSimulate", "actionForecast", None,
        "actionCloneOffer", "actionRenameOffer", "actionDeleteOffer")),
    (QT_TRANSLATE_NOOP("MainWindow", "&Program"), ("actionNewProgram", "actionRenameProgram", "actionDeleteProgram")),
)  # fmt: skip
HELP_MENU = ("actionCreditRules", "actionShortcuts", None, "actionInstallDesktopEntry", None, "actionAbout")
TOOLBAR = (
    "actionNewReferralOffer", "actionEditDraft", "actionApprove", "actionDiscardDraft", None, "actionSimulate", None,
    "actionImportOffer", "actionExportOffer",
)  # fmt: skip
CONTEXT_MENU = (
    "actionEditDraft", "actionApprove", "actionDiscardDraft", "actionCloneOffer", "actionRenameOffer",
    "actionDeleteOffer", "actionExportOffer",
)  # fmt: skip


def build_actions(window: QWidget) -> dict[str, QAction]:
    """The window's actions by name, each calling the window's method (or its part's) that its spec names."""
    actions = {}
    for spec in ACTIONS:
        text = translate("MainWindow", spec.text)
        action = QAction(text, window)
        action.setObjectName(spec.name)
        if spec.shortcut is not None:
            action.setShortcut(spec.shortcut)
        if spec.icon is not None:
            action.setIcon(window.style().standardIcon(spec.icon))
        action.setStatusTip(translate("MainWindow", spec.tip) if spec.tip else text.replace("&", "").rstrip("…"))
        slot = attrgetter(spec.slot)(window)
        action.triggered.connect(lambda _checked=False, slot=slot: slot())
        actions[spec.name] = action
    return actions


def fill(target: QMenu | QToolBar | QWidget, actions: dict[str, QAction], names: tuple[str | None, ...]) -> None:
    """Add the named actions to a menu, toolbar or widget, in order (None: a separator)."""
    for name in names:
        if name is None:
            if isinstance(target, (QMenu, QToolBar)):
                target.addSeparator()
        else:
            target.addAction(actions[name])


def place_actions(window: QMainWindow, actions: dict[str, QAction], tree: QWidget, settings: UiSettings) -> None:
    """Put the actions in the window's menus (with View › Language), its toolbar and the tree's context menu."""
    menu = window.menuBar()
    for title, names in MENUS:
        fill(menu.addMenu(translate("MainWindow", title)), actions, names)
    language_menu(window, menu.addMenu(translate("MainWindow", "&View")), settings)
    fill(menu.addMenu(translate("MainWindow", "&Help")), actions, HELP_MENU)
    toolbar = window.addToolBar(translate("MainWindow", "Actions"))
    toolbar.setObjectName("mainToolbar")
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    fill(toolbar, actions, TOOLBAR)
    tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    fill(tree, actions, CONTEXT_MENU)


def why_disabled(rule: Callable[[Selection], bool], s: Selection) -> str:
    """What the user must do first for an action with this rule (a greyed-out button says why in its tooltip)."""
    if rule is _program_only:
        return translate("MainWindow", "Select a program in Marketing Activities first")
    if s.offer is None:
        return translate("MainWindow", "Select an offer in Marketing Activities first")
    if not s.offer.has_draft:
        return translate("MainWindow", "This offer has no draft: Edit Draft starts one")
    return translate("MainWindow", "This offer was never approved: there is no approved version to go back to")


def enable_for(actions: dict[str, QAction], selection: Selection) -> None:
    """Enable each action that needs a selection by its rule; a disabled one's tooltip says what enables it."""
    for spec in ACTIONS:
        if spec.enabled is not None:
            enabled = spec.enabled(selection)
            action = actions[spec.name]
            action.setEnabled(enabled)
            action.setToolTip("" if enabled else why_disabled(spec.enabled, selection))  # "": the action's text


LANGUAGES = (("system", QT_TRANSLATE_NOOP("MainWindow", "System Default")), ("en", "English"), ("sv", "Svenska"))
"""View › Language: the choice is kept in the settings and used from the next start."""


def language_menu(window: QWidget, view: QMenu, settings: UiSettings) -> QActionGroup:
    """View › Language, with the saved choice checked; picking one saves it and says when it applies."""
    languages = view.addMenu(translate("MainWindow", "&Language"))
    languages.setObjectName("menuLanguage")
    group = QActionGroup(window)
    for code, text in LANGUAGES:
        action = languages.addAction(translate("MainWindow", text) if code == "system" else text)
        action.setObjectName(f"actionLanguage_{code}")
        action.setCheckable(True)
        action.setChecked(settings.language == code)
        action.setData(code)
        group.addAction(action)

    def chosen(action: QAction) -> None:
        settings.language = str(action.data())
        settings.sync()
        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("MainWindow", "Language"),
            translate(
                "MainWindow",
                "Referral Studio shows the new language after a restart. Restart now? Your drafts are saved first.",
            ),
            parent=window,
        )
        box.setObjectName("languageRestart")
        restart = box.addButton(translate("MainWindow", "Restart Now"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(translate("MainWindow", "Later"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is restart:
            attrgetter("restart_app")(window)()  # the window's own method, as the actions call theirs

    group.triggered.connect(chosen)
    return group
