"""Marketing Activities as a tree model: programs, and their offers with state and goal."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QStyle

from referral_studio.domain.lifecycle import OfferSummary
from referral_studio.domain.natural_order import natural_key
from referral_studio.ui.i18n import goal_label, number, translate

COL_NAME, COL_STATE, COL_GOAL = range(3)
KIND_ROLE = Qt.ItemDataRole.UserRole + 1
NAME_ROLE = Qt.ItemDataRole.UserRole + 2
PROGRAM, OFFER = "program", "offer"


class ActivitiesModel(QStandardItemModel):
    """Rebuilt in one reset from the store's lists (a bulk load, as Vorta's models do), in natural order."""

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        self.setHorizontalHeaderLabels(
            [
                translate("ActivitiesModel", "Marketing Activities"),
                translate("ActivitiesModel", "State"),
                translate("ActivitiesModel", "Goal"),
            ]
        )

    def load(self, programs: list[str], offers: list[OfferSummary]) -> None:
        """Replace the contents with these programs and offers."""
        self.beginResetModel()
        self.blockSignals(True)
        self.removeRows(0, self.rowCount())
        style = QApplication.style()
        folder = style.standardIcon(QStyle.StandardPixmap.SP_DirIcon)
        document = style.standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        items: dict[str, QStandardItem] = {}
        for name in sorted(programs, key=natural_key):
            item = QStandardItem(folder, name)
            item.setData(PROGRAM, KIND_ROLE)
            item.setData(name, NAME_ROLE)
            item.setEditable(False)
            items[name] = item
            self.appendRow([item, self._plain(""), self._plain("")])
        for offer in sorted(offers, key=lambda offer: natural_key(offer.name)):
            item = QStandardItem(document, offer.name)
            item.setData(OFFER, KIND_ROLE)
            item.setData(offer.name, NAME_ROLE)
            item.setEditable(False)
            item.setToolTip(f"{offer.name} — {offer.state.label}")
            goal = f"{goal_label(offer.goal_type)} × {number(offer.goal_count)}"
            items[offer.program].appendRow([item, self._plain(offer.state.label), self._plain(goal)])
        self.blockSignals(False)
        self.endResetModel()

    @staticmethod
    def _plain(text: str) -> QStandardItem:
        item = QStandardItem(text)
        item.setEditable(False)
        return item

    def find(self, kind: str, name: str) -> QModelIndex:
        """The index of a program or offer by name, or an invalid index."""
        for row in range(self.rowCount()):
            program = self.item(row)
            if kind == PROGRAM and program.data(NAME_ROLE) == name:
                return program.index()
            for child in range(program.rowCount()):
                offer = program.child(child)
                if kind == OFFER and offer.data(NAME_ROLE) == name:
                    return offer.index()
        return QModelIndex()
