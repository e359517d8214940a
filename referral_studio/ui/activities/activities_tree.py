"""Marketing Activities as a tree: programs and their offers, with what is selected and what the user folded."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QHeaderView, QTreeView, QWidget

from referral_studio.app.offers import Activities
from referral_studio.ui.activities.activities_model import (
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


class ActivitiesTree(QTreeView):
    """Shows the store's activities; a reload keeps the selection and the programs the user folded."""

    sig_offer_activated = Signal(str)
    """The user double-clicked (or pressed Enter on) this offer."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("activitiesTree")
        self.activities_model = ActivitiesModel(self)
        self.setModel(self.activities_model)
        self.setAccessibleName(translate("MainWindow", "Marketing Activities"))
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        header = self.header()
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_STATE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_GOAL, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self._folded: set[str] = set()
        self.collapsed.connect(lambda index: self._folded.add(index.data(NAME_ROLE)))
        self.expanded.connect(lambda index: self._folded.discard(index.data(NAME_ROLE)))
        self.doubleClicked.connect(self._on_double_clicked)

    @staticmethod
    def _kind(index: QModelIndex) -> str | None:
        return index.siblingAtColumn(COL_NAME).data(KIND_ROLE) if index.isValid() else None

    def selected_offer(self) -> str | None:
        index = self.currentIndex()
        return index.siblingAtColumn(COL_NAME).data(NAME_ROLE) if self._kind(index) == OFFER else None

    def selected_program(self) -> str | None:
        """The selected program, or the program of the selected offer."""
        index = self.currentIndex().siblingAtColumn(COL_NAME)
        if self._kind(index) == OFFER:
            index = index.parent()
        return index.data(NAME_ROLE) if self._kind(index) == PROGRAM else None

    def select(self, kind: str, name: str) -> None:
        index = self.activities_model.find(kind, name)
        if index.isValid():
            self.setCurrentIndex(index)
            self.scrollTo(index)

    def load(self, activities: Activities, select: tuple[str, str] | None = None) -> None:
        """Show these activities, selecting `select` (else what was selected) and keeping folded programs folded."""
        if select is None:
            current = self.selected_offer()
            select = (OFFER, current) if current else ((PROGRAM, p) if (p := self.selected_program()) else None)
        folded = set(self._folded)
        self.activities_model.load(activities.programs, activities.offers)
        self.expandAll()
        for program in folded:
            self.collapse(self.activities_model.find(PROGRAM, program))
        self._folded = folded & set(activities.programs)
        if select:
            self.select(*select)

    def _on_double_clicked(self, index: QModelIndex) -> None:
        if self._kind(index) == OFFER:
            self.sig_offer_activated.emit(index.siblingAtColumn(COL_NAME).data(NAME_ROLE))
