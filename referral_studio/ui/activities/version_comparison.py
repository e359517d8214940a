"""The draft beside the approved version, setting by setting, the differences marked."""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from referral_studio.domain.offer import Offer
from referral_studio.domain.offer_diff import compare_settings
from referral_studio.ui.i18n import translate
from referral_studio.ui.widgets.read_only_table import read_only_table

CHANGED = QColor("#fff3c4")


class VersionComparison(QDialog):
    """A table Setting | Approved | Draft; rows that differ are bold on a yellow ground."""

    def __init__(self, approved: Offer, draft: Offer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("versionComparison")
        self.setWindowTitle(
            translate("VersionComparison", "{name}: draft and approved version").format(name=draft.name)
        )
        self.settings = compare_settings(approved, draft)
        changed = sum(setting.changed for setting in self.settings)
        heading = QLabel(
            translate(
                "VersionComparison", "The draft differs from the approved version in %Ln settings.", None, changed
            )
        )
        self.table = read_only_table(
            "comparisonTable",
            [
                translate("VersionComparison", "Setting"),
                translate("VersionComparison", "Approved"),
                translate("VersionComparison", "Draft"),
            ],
            len(self.settings),
        )
        bold = QFont(self.font())
        bold.setBold(True)
        for row, setting in enumerate(self.settings):
            label = setting.label[:1].upper() + setting.label[1:]
            for column, text in enumerate((label, setting.old, setting.new)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if setting.changed:
                    item.setFont(bold)
                    item.setBackground(QBrush(CHANGED))
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(760, 620)
