"""Help › About: the version, where the store is, and the parts the app ships with under their licences."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from referral_studio import __version__
from referral_studio.about import APP_LICENCE, shipped_parts
from referral_studio.ui.app_icon import app_icon
from referral_studio.ui.i18n import translate
from referral_studio.ui.widgets.read_only_table import read_only_table


class AboutDialog(QDialog):
    """What a user or a support request needs: which version, which store file, whose code under which licence."""

    def __init__(self, store_path: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(translate("AboutDialog", "About Referral Studio"))
        logo = QLabel()
        logo.setPixmap(app_icon().pixmap(64, 64))
        logo.setAlignment(Qt.AlignmentFlag.AlignTop)
        store = str(store_path) if store_path is not None else translate("AboutDialog", "none open")
        self.text = QLabel(objectName="aboutText")
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setText(
            "<h2>Referral Studio {version}</h2><p>{what}</p><p>{store}</p><p>{licence}</p>".format(
                version=escape(__version__),
                what=escape(translate("AboutDialog", "Design, teach and test referral offers offline.")),
                store=escape(translate("AboutDialog", "Store: {path}").format(path=store)),
                licence=escape(
                    translate(
                        "AboutDialog", "Referral Studio is free software under the {licence} licence. It ships with:"
                    ).format(licence=APP_LICENCE)
                ),
            )
        )
        parts = shipped_parts()
        self.parts = read_only_table(
            "aboutParts",
            [
                translate("AboutDialog", "Part"),
                translate("AboutDialog", "Version"),
                translate("AboutDialog", "Licence"),
            ],
            len(parts),
        )
        for row, part in enumerate(parts):
            for column, value in enumerate((part.name, part.version, part.licence)):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.parts.setItem(row, column, item)
        header = self.parts.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(logo)
        top.addWidget(self.text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.parts, 1)
        layout.addWidget(buttons)
        self.resize(640, 520)
