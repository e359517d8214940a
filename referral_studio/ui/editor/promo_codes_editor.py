"""Promo codes one by one: add, edit in place, remove, or load a .txt file (replacing or appending).

Codes are kept exactly as typed; a code with spaces around it shows them as ·, so they
are seen (validation warns about them too). A code already in the list is left out, with a
note saying which, since a code is given out only once. Every change goes out as the whole
new list through `sig_edited`, for one undo step.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from referral_studio.domain.promo_codes import (
    PromoCodeFileError,
    named_codes,
    read_promo_codes,
    repeated_codes,
    without_repeats,
)
from referral_studio.ui.i18n import translate

CODE_ROLE = Qt.ItemDataRole.UserRole
SHOWN = 10_000  # codes listed; a longer list is counted, and its first codes shown


def shown_code(code: str) -> str:
    """The code as listed: spaces at its ends made visible."""
    stripped = code.strip()
    if stripped == code:
        return code
    start = code.index(stripped) if stripped else len(code)
    return "·" * start + stripped + "·" * (len(code) - start - len(stripped))


def typed_code(text: str) -> str:
    """The code an edited line holds: the · shown at its ends stand for spaces (one inside is kept)."""
    core = text.strip("·")
    start = len(text) - len(text.lstrip("·"))
    return " " * start + core + " " * (len(text) - start - len(core)) if core else text.replace("·", " ")


class PromoCodesEditor(QWidget):
    """The promo codes of an offer, editable one by one."""

    sig_edited = Signal(tuple, str)
    """The codes after an edit, and what the edit was (an undo step's text)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.codes: tuple[str, ...] = ()
        self.count = QLabel(objectName="promoCodeCount")
        self.note = QLabel(objectName="promoCodeNote")  # which repeated codes the last edit left out
        self.note.setWordWrap(True)
        self.note.setVisible(False)
        self.list = QListWidget(objectName="promoCodeList")
        self.list.setAccessibleName(translate("PromoCodesEditor", "Promo codes"))
        self.list.setToolTip(
            translate("PromoCodesEditor", "Double-click a code to change it; spaces at a code's ends show as ·")
        )
        self.list.setUniformItemSizes(True)
        self.list.setMinimumHeight(110)
        self.list.itemChanged.connect(self._on_item_changed)
        self.add_button = QPushButton(translate("PromoCodesEditor", "Add"), objectName="addPromoCode")
        self.add_button.setToolTip(translate("PromoCodesEditor", "Add a code at the end of the list and edit it"))
        self.add_button.clicked.connect(self.add_code)
        self.remove_button = QPushButton(translate("PromoCodesEditor", "Remove"), objectName="removePromoCode")
        self.remove_button.setToolTip(translate("PromoCodesEditor", "Remove the selected code"))
        self.remove_button.setEnabled(False)
        self.remove_button.clicked.connect(self.remove_selected)
        self.list.currentRowChanged.connect(self._on_current_row_changed)
        self.upload_button = QPushButton(translate("PromoCodesEditor", "Upload…"), objectName="uploadPromoCodes")
        self.upload_button.setToolTip(
            translate("PromoCodesEditor", "Load codes from a .txt file, one per line (replace or append)")
        )
        self.upload_button.clicked.connect(self._on_upload_clicked)
        self.clear_button = QPushButton(translate("PromoCodesEditor", "Clear"), objectName="clearPromoCodes")
        self.clear_button.setToolTip(translate("PromoCodesEditor", "Remove every code"))
        self.clear_button.clicked.connect(lambda: self._edit((), translate("PromoCodesEditor", "Clear Promo Codes")))
        buttons = QHBoxLayout()
        buttons.addWidget(self.count, 1)
        for button in (self.add_button, self.remove_button, self.upload_button, self.clear_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.note)
        layout.addWidget(self.list, 1)
        self.show_codes(())

    def show_codes(self, codes: tuple[str, ...]) -> None:
        """Show the offer's codes (after an edit, an undo, a reload)."""
        self.codes = tuple(codes)
        loaded = len(codes)  # a plain name: pyside6-lupdate misses the text when the count is a call
        self.count.setText(
            translate("OfferEditor", "%Ln promo codes loaded", None, loaded)
            if codes
            else translate("OfferEditor", "No promo codes")
        )
        self.list.blockSignals(True)
        self.list.clear()
        for code in self.codes[:SHOWN]:
            item = QListWidgetItem(shown_code(code))
            item.setData(CODE_ROLE, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.clear_button.setEnabled(bool(codes))
        self.remove_button.setEnabled(self.list.currentRow() >= 0)

    def add_code(self) -> None:
        """A new, empty line at the end, open for typing (it becomes a code when it holds one)."""
        item = QListWidgetItem("")
        item.setData(CODE_ROLE, None)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.list.blockSignals(True)
        self.list.addItem(item)
        self.list.blockSignals(False)
        self.list.setCurrentItem(item)
        self.list.editItem(item)

    def remove_selected(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.codes):
            self._edit(self.codes[:row] + self.codes[row + 1 :], translate("PromoCodesEditor", "Remove Promo Code"))

    def load_file(self, path: str, *, append: bool | None = None) -> bool:
        """Load a .txt file's codes; with codes already there, `append` (or the user, when None) says how."""
        try:
            loaded = read_promo_codes(path)
        except PromoCodeFileError as error:
            QMessageBox.warning(self, translate("PromoCodesEditor", "Promo codes not loaded"), str(error))
            return False
        if self.codes and append is None:
            box = QMessageBox(
                QMessageBox.Icon.Question,
                translate("PromoCodesEditor", "Promo codes"),
                translate(
                    "PromoCodesEditor",
                    "Replace the offer's codes ({count}) with the file's ({loaded}), or add the file's after them?",
                ).format(count=len(self.codes), loaded=len(loaded)),
                parent=self,
            )
            replace = box.addButton(translate("PromoCodesEditor", "Replace"), QMessageBox.ButtonRole.DestructiveRole)
            add = box.addButton(translate("PromoCodesEditor", "Append"), QMessageBox.ButtonRole.AcceptRole)
            box.addButton(QMessageBox.StandardButton.Cancel)
            box.exec()
            if box.clickedButton() not in (replace, add):
                return False
            append = box.clickedButton() is add
        codes = self.codes + loaded if append else loaded
        self._edit(codes, translate("PromoCodesEditor", "Load Promo Codes"))
        return True

    def _on_upload_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("PromoCodesEditor", "Upload Promo Codes"),
            "",
            translate("PromoCodesEditor", "Text files (*.txt);;All files (*)"),
        )
        if path:
            self.load_file(path)

    def _on_current_row_changed(self, row: int) -> None:
        self.remove_button.setEnabled(row >= 0)

    def _on_item_changed(self, item: QListWidgetItem) -> None:
        row = self.list.row(item)
        text = typed_code(item.text())
        if item.data(CODE_ROLE) is None:  # the line Add opened
            if text:
                self._edit(self.codes + (text,), translate("PromoCodesEditor", "Add Promo Code"))
            else:
                self.show_codes(self.codes)
            return
        if not text:
            self._edit(self.codes[:row] + self.codes[row + 1 :], translate("PromoCodesEditor", "Remove Promo Code"))
        elif text != self.codes[row]:
            self._edit(
                self.codes[:row] + (text,) + self.codes[row + 1 :], translate("PromoCodesEditor", "Edit Promo Code")
            )

    def _edit(self, codes: tuple[str, ...], what: str) -> None:
        """Apply an edit, leaving out any code it would list twice (and saying which)."""
        repeated = repeated_codes(codes)
        self._show_note(repeated)
        if repeated:
            codes = without_repeats(codes)
            if codes == self.codes:  # nothing new: the typed or loaded codes were all there already
                self.show_codes(codes)
                return
        self.show_codes(codes)
        self.sig_edited.emit(codes, what)

    def _show_note(self, repeated: list[str]) -> None:
        if len(repeated) == 1:
            text = translate(
                "PromoCodesEditor", "{code} was listed already, so the repeat was left out: a code is given out once."
            ).format(code=named_codes(repeated))
        else:
            text = translate(
                "PromoCodesEditor",
                "{count} codes were listed already, so their repeats were left out ({codes}): a code is given out once.",
            ).format(count=len(repeated), codes=named_codes(repeated))
        self.note.setText(text)
        self.note.setVisible(bool(repeated))
