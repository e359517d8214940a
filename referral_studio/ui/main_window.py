"""The main window: Marketing Activities (programs and their referral offers)."""

from __future__ import annotations

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QMainWindow, QTreeView

from referral_studio.store import repository as repo
from referral_studio.store.database import Store


class MainWindow(QMainWindow):
    """Marketing Activities on one store."""

    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store
        self.setObjectName("MainWindow")
        self.setWindowTitle("Referral Studio")
        self.tree = QTreeView(objectName="activitiesTree")
        self.model = QStandardItemModel(self)
        self.model.setHorizontalHeaderLabels(["Marketing Activities"])
        self.tree.setModel(self.model)
        self.setCentralWidget(self.tree)
        self.resize(1100, 720)
        self.reload()

    def reload(self) -> None:
        """Read programs and offers from the store again."""
        self.model.removeRows(0, self.model.rowCount())
        with self.store.transaction() as session:
            programs = repo.list_programs(session)
            offers = repo.list_offers(session)
        items = {}
        for name in programs:
            items[name] = QStandardItem(name)
            self.model.appendRow(items[name])
        for offer in offers:
            items[offer.program].appendRow(QStandardItem(f"{offer.name} ({offer.state.value})"))
        self.tree.expandAll()

    def closeEvent(self, event: object) -> None:  # noqa: N802 - Qt's name
        self.store.close()
        super().closeEvent(event)  # type: ignore[arg-type]
