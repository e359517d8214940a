"""The offer editor (Marketo's Edit Draft window): App Settings › Offer Details, Advanced
Options, Rewards & Attribution; every edit undoable, the draft autosaved a second after
the last edit and on close (`DraftAutosave`), what blocks approval listed live (`ProblemsList`)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from referral_studio.app.offers import Offers
from referral_studio.domain.offer import Offer
from referral_studio.domain.texts import QT_TRANSLATE_NOOP
from referral_studio.domain.validation import Problem, blocking, validate
from referral_studio.ui.editor.draft_autosave import DraftAutosave
from referral_studio.ui.editor.editor_forms import named
from referral_studio.ui.editor.field_binder import FieldBinder
from referral_studio.ui.editor.fraud_section import build_fraud_page
from referral_studio.ui.editor.offer_details_page import OfferDetailsPage
from referral_studio.ui.editor.offer_document import OfferDocument
from referral_studio.ui.editor.settings_pages import RewardsPage, advanced_options_page
from referral_studio.ui.i18n import translate
from referral_studio.ui.widgets.approval import approve_offer
from referral_studio.ui.widgets.field_tips import apply_tips
from referral_studio.ui.widgets.problems_list import ProblemsList
from referral_studio.ui.widgets.undo_actions import undo_redo_actions

FORM_WIDTH = 1000  # px: the widest a section's fields grow
SECTIONS = (
    QT_TRANSLATE_NOOP("OfferEditor", "Offer Details"),
    QT_TRANSLATE_NOOP("OfferEditor", "Advanced Options"),
    QT_TRANSLATE_NOOP("OfferEditor", "Rewards & Attribution"),
    QT_TRANSLATE_NOOP("OfferEditor", "Fraud & Holds"),
)
# Which section holds each setting, for jumping to a problem's field.
SECTION_OF_KEY = {
    "privacy_policy": 1,
    "share_url": 1,
    "rules_url": 1,
    "window": 2,
    "attribution": 2,
    "rewards": 2,
    "fraud": 3,
}


class OfferEditor(QMainWindow):
    """Edits one offer's draft; the store is written by autosave, never half-way."""

    sig_saved = Signal(str)
    """The draft of the named offer was written to the store."""
    sig_approved = Signal(str)
    """The named offer's draft became its approved version."""
    sig_closed = Signal(str)
    """The editor of the named offer closed (its draft saved)."""
    sig_save_refused = Signal(str)
    """The store refused a save (the message says why); the edit stays here and a retry is due."""

    def __init__(self, offers: Offers, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.offers = offers
        self.name = name
        draft = offers.open_draft(name)
        self.setObjectName("OfferEditor")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.document = OfferDocument(draft.offer, self)
        self.stack = QUndoStack(self)
        self.binder = FieldBinder(self.document, self.stack, self)
        self.autosave = DraftAutosave(offers, name, draft.revision, self.document, self.stack, self)
        self.autosave.sig_saved.connect(self.sig_saved)
        self.autosave.sig_save_refused.connect(self.sig_save_refused)
        self._build()
        apply_tips(self)
        self.binder.refresh_all()
        self._on_document_changed("")
        self.document.sig_changed.connect(self._on_document_changed)
        self.stack.indexChanged.connect(self.autosave.schedule)
        self.stack.cleanChanged.connect(lambda clean: self.setWindowModified(not clean))
        self.resize(1060, 820)

    # Building the window

    def _build(self) -> None:
        self.setWindowTitle(translate("OfferEditor", "{name} — Edit Draft[*] — Referral Studio").format(name=self.name))
        self.sections = QTreeWidget(objectName="editorSections")
        self.sections.setHeaderHidden(True)
        self.sections.setAccessibleName(translate("OfferEditor", "Editor sections"))
        root = QTreeWidgetItem(self.sections, [translate("OfferEditor", "App Settings")])
        root.setFlags(root.flags() & ~Qt.ItemFlag.ItemIsSelectable)
        self.section_items = [QTreeWidgetItem(root, [translate("OfferEditor", title)]) for title in SECTIONS]
        for index, item in enumerate(self.section_items):
            item.setData(0, Qt.ItemDataRole.UserRole, index)
        self.sections.expandAll()
        self.sections.setMinimumWidth(230)
        self.sections.currentItemChanged.connect(self._on_sections_current_changed)

        self.pages = QStackedWidget()
        self.details_page = OfferDetailsPage(self.binder)
        self.rewards_page = RewardsPage(self.binder)
        pages = (
            self.details_page,
            advanced_options_page(self.binder),
            self.rewards_page,
            build_fraud_page(self.binder),
        )
        for page in pages:
            page.setMaximumWidth(FORM_WIDTH)  # a wide screen gets readable lines, not 1,700 px fields
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            scroll.setWidget(page)
            self.pages.addWidget(scroll)

        self.problems = ProblemsList("validationMessages", most_rows=4)
        self.problems.setAccessibleName(translate("OfferEditor", "Problems that block approval"))
        self.problems.sig_field_picked.connect(self.focus_field)

        self.back = QPushButton(translate("OfferEditor", "◀ &Back"), objectName="sectionBack")
        self.next = QPushButton(translate("OfferEditor", "&Next ▶"), objectName="sectionNext")
        self.close_button = named(
            QPushButton(translate("OfferEditor", "&Close")),
            "closeEditor",
            translate("OfferEditor", "Close, keeping the draft"),
        )
        self.approve_button = named(
            QPushButton(translate("OfferEditor", "&Approve and Close")),
            "approveAndClose",
            translate("OfferEditor", "Approve and close"),
        )
        self.approve_button.setDefault(True)
        self.back.clicked.connect(lambda: self._go(self.pages.currentIndex() - 1))
        self.next.clicked.connect(lambda: self._go(self.pages.currentIndex() + 1))
        self.close_button.clicked.connect(self.close)
        self.approve_button.clicked.connect(self.approve_and_close)

        buttons = QHBoxLayout()
        buttons.addWidget(self.back)
        buttons.addWidget(self.next)
        buttons.addStretch(1)
        buttons.addWidget(self.autosave.label)
        buttons.addSpacing(12)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.approve_button)

        right = QWidget()
        column = QVBoxLayout(right)
        self.page_title = QLabel()
        self.page_title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        column.addWidget(self.page_title)
        column.addWidget(self.pages, 1)
        column.addWidget(QLabel(translate("OfferEditor", "<b>Problems</b> (click one to go to its field)")))
        column.addWidget(self.problems)
        column.addLayout(buttons)

        splitter = QSplitter()
        splitter.addWidget(self.sections)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([210, 830])
        self.setCentralWidget(splitter)

        edit = self.menuBar().addMenu(translate("OfferEditor", "&Edit"))
        undo, redo = undo_redo_actions(
            self, self.stack, translate("OfferEditor", "&Undo"), translate("OfferEditor", "&Redo")
        )
        edit.addAction(undo)
        edit.addAction(redo)
        self.undo_action, self.redo_action = undo, redo
        offer_menu = self.menuBar().addMenu(translate("OfferEditor", "&Offer"))
        save = offer_menu.addAction(translate("OfferEditor", "&Save Now"))
        save.setShortcut(QKeySequence.StandardKey.Save)
        save.triggered.connect(self.save)
        self.approve_action = offer_menu.addAction(
            translate("OfferEditor", "Approve and Close"), self.approve_and_close
        )
        offer_menu.addAction(translate("OfferEditor", "Close"), self.close)
        self.sections.setCurrentItem(self.section_items[0])

    # Reacting to edits

    def _on_document_changed(self, path: str) -> None:
        offer = self.document.offer
        problems = validate(offer)
        self.details_page.show_offer(offer, path, problems)
        self.rewards_page.show_offer(offer)
        self._show_problems(problems)

    def _show_problems(self, problems: list[Problem]) -> None:
        self.problems.show_problems(problems, translate("OfferEditor", "Ready to approve."))
        self.approve_button.setEnabled(not blocking(problems))
        self.approve_button.setToolTip(
            translate("OfferEditor", "Approve the draft and close the editor")
            if not blocking(problems)
            else translate("OfferEditor", "Fix the problems listed above first: they block approval")
        )
        self.approve_action.setEnabled(not blocking(problems))  # the menu item says what the button says
        self.approve_button.setToolTip(
            "" if not blocking(problems) else translate("OfferEditor", "Fix the problems listed above to approve")
        )

    def focus_field(self, field: str) -> None:
        """Show the section holding a setting and put the cursor in it."""
        widget = self.binder.widget_for(field) or self.binder.widget_for(field.split(".")[0])
        if field == "name" or widget is None:
            return
        self._go(SECTION_OF_KEY.get(field.split(".")[0], 0))
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    # Navigation

    def _go(self, index: int) -> None:
        self.sections.setCurrentItem(self.section_items[max(0, min(index, len(SECTIONS) - 1))])

    def _on_sections_current_changed(self, item: QTreeWidgetItem | None, _previous: object) -> None:
        if item is None:
            return
        index = item.data(0, Qt.ItemDataRole.UserRole)
        if index is None:
            self._go(0)
            return
        self.pages.setCurrentIndex(index)
        self.page_title.setText(
            translate("OfferEditor", "App Settings › {section}").format(
                section=translate("OfferEditor", SECTIONS[index])
            )
        )
        self.back.setEnabled(index > 0)
        self.next.setEnabled(index < len(SECTIONS) - 1)

    # Saving, approving, closing

    def save(self) -> bool:
        """Write the draft now if it changed (see `DraftAutosave`); False while the store refuses."""
        return self.autosave.save()

    def approve_and_close(self) -> bool:
        """Approve the draft (only without blocking problems) and close the editor."""
        if blocking(validate(self.document.offer)) or not self.save():
            return False
        if not self.autosave.revision:  # no draft: the approved version is what the editor shows
            self.close()
            return True
        if not approve_offer(self, self.offers, self.name):
            return False
        self.sig_approved.emit(self.name)
        self.stack.setClean()
        self.close()
        return True

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if self.save():
            event.accept()
        else:
            answer = QMessageBox.question(
                self,
                translate("OfferEditor", "Close without saving?"),
                translate("OfferEditor", "The draft could not be saved. Close anyway and lose the latest edits?"),
            )
            event.setAccepted(answer == QMessageBox.StandardButton.Yes)
        if event.isAccepted():
            self.sig_closed.emit(self.name)

    @property
    def offer(self) -> Offer:
        return self.document.offer
