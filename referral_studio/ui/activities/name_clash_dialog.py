"""An imported offer whose name is taken: the user picks another name right there."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from referral_studio.domain.natural_order import free_name
from referral_studio.ui.i18n import translate


class NameClashDialog(QDialog):
    """Suggests a free name ("Spring (2)"); OK only while the name typed is free and not blank."""

    def __init__(self, name: str, taken: set[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("nameClashDialog")
        self.setWindowTitle(translate("NameClashDialog", "Name Already Taken"))
        self.taken = taken
        text = QLabel(
            translate(
                "NameClashDialog", "An offer named “{name}” already exists. Import this one under another name:"
            ).format(name=name)
        )
        text.setWordWrap(True)
        self.name = QLineEdit(free_name(name, taken), objectName="newOfferName")
        self.name.setAccessibleName(translate("NameClashDialog", "New name"))
        self.name.selectAll()
        self.problem = QLabel(objectName="nameProblem")
        self.problem.setStyleSheet("color: #b3261e")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("NameClashDialog", "Import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name.textChanged.connect(self._on_name_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.name)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self._on_name_changed(self.name.text())
        self.setMinimumWidth(420)

    def _on_name_changed(self, text: str) -> None:
        name = text.strip()
        problem = ""
        if not name:
            problem = translate("NameClashDialog", "Type a name.")
        elif name in self.taken:
            problem = translate("NameClashDialog", "That name is taken too.")
        self.problem.setText(problem)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)


def ask_free_name(name: str, taken: set[str], parent: QWidget | None = None) -> str | None:
    """The name the user chose, or None when they cancelled."""
    dialog = NameClashDialog(name, taken, parent)
    return dialog.name.text().strip() if dialog.exec() else None
