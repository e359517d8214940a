"""New Referral Offer: name it, pick the program, optionally Clone From an existing offer."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from referral_studio.ui.i18n import translate


class NewOfferDialog(QDialog):
    """Gathers the name, program and clone source; the main window does the work."""

    def __init__(
        self, programs: list[str], offers: list[str], program: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("newOfferDialog")
        self.setWindowTitle(translate("NewOfferDialog", "New Referral Offer"))
        self.taken = set(offers)
        form = QFormLayout(self)
        self.name = QLineEdit(objectName="newOfferName")
        self.name.setPlaceholderText(translate("NewOfferDialog", "e.g. Spring referral offer"))
        self.program = QComboBox(objectName="newOfferProgram")
        self.program.setEditable(True)
        self.program.addItems(programs or [translate("NewOfferDialog", "Referral Offers")])
        if program:
            self.program.setCurrentText(program)
        self.clone_from = QComboBox(objectName="newOfferCloneFrom")
        self.clone_from.addItems([translate("NewOfferDialog", "(start from a blank offer)"), *offers])
        self.message = QLabel()
        self.message.setStyleSheet("color: #b3261e;")
        form.addRow(translate("NewOfferDialog", "&Name:"), self.name)
        form.addRow(translate("NewOfferDialog", "&Program:"), self.program)
        form.addRow(translate("NewOfferDialog", "&Clone From:"), self.clone_from)
        form.addRow("", self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.name.textChanged.connect(self._on_name_changed)
        self._on_name_changed("")
        self.resize(460, self.sizeHint().height())

    def _on_name_changed(self, text: str) -> None:
        name = text.strip()
        problem = translate("NewOfferDialog", "An offer with this name already exists.") if name in self.taken else ""
        self.message.setText(problem)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(name) and not problem)
        ok.setToolTip(problem or ("" if name else translate("NewOfferDialog", "Give the offer a name first")))

    @property
    def chosen(self) -> tuple[str, str, str | None]:
        """(name, program, offer to clone or None)."""
        source = self.clone_from.currentText() if self.clone_from.currentIndex() > 0 else None  # item 0: a blank offer
        return self.name.text().strip(), self.program.currentText().strip(), source
