"""The search box over Marketing Activities: offers and programs whose names hold the text stay in view."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QLineEdit, QTreeView, QWidget

from referral_studio.ui.activities.activities_model import COL_NAME, ActivitiesModel
from referral_studio.ui.i18n import translate


class ActivitiesSearch(QLineEdit):
    """Hides the tree's rows that do not match (no proxy model, so the tree's indexes stay the model's own).

    A program whose name matches keeps all its offers; otherwise it shows the offers that
    match and disappears when none does. The filter holds across reloads of the model.
    """

    def __init__(self, tree: QTreeView, model: ActivitiesModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("activitiesSearch")
        self.tree, self.model = tree, model
        self.setPlaceholderText(translate("ActivitiesSearch", "Search offers and programs…"))
        self.setAccessibleName(translate("ActivitiesSearch", "Search Marketing Activities"))
        self.setToolTip(translate("ActivitiesSearch", "Show only the offers and programs whose names hold this text"))
        self.setClearButtonEnabled(True)
        self.textChanged.connect(self.apply)
        model.modelReset.connect(self.apply)

    def apply(self) -> None:
        """Show and hide rows for the current text."""
        text = self.text().strip().casefold()
        root = QModelIndex()
        for row in range(self.model.rowCount()):
            program = self.model.index(row, COL_NAME)
            program_matches = not text or text in str(program.data()).casefold()
            shown = 0
            for child in range(self.model.rowCount(program)):
                offer = self.model.index(child, COL_NAME, program)
                visible = program_matches or text in str(offer.data()).casefold()
                self.tree.setRowHidden(child, program, not visible)
                shown += visible
            self.tree.setRowHidden(row, root, not (program_matches or shown))
            if text and shown:
                self.tree.expand(program)
