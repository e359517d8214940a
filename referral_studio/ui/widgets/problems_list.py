"""The list of what blocks an offer's approval, as the editor and the details pane both show it.

Each problem with the style's icon for its weight (blocking or a warning) and a tooltip saying
which; a line saying all is well when there is none. One widget, so the two read the same.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QStyle, QWidget

from referral_studio.domain.validation import Problem
from referral_studio.ui.i18n import translate


class ProblemsList(QListWidget):
    """Validation problems, blocking ones with the critical icon; a click on one names its field."""

    sig_field_picked = Signal(str)
    """The user clicked (or activated) a problem of this field (a setting's path, e.g. `goal.count`)."""

    def __init__(self, object_name: str, most_rows: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.most_rows = most_rows  # taller than this, the list scrolls
        self.setIconSize(QSize(16, 16))
        self.itemActivated.connect(self._on_item_picked)
        self.itemClicked.connect(self._on_item_picked)

    def show_problems(self, problems: list[Problem], none_text: str) -> None:
        """List the problems; `none_text` (not selectable) when there are none."""
        self.clear()
        style = self.style()  # the style's icons render everywhere; emoji need an emoji font
        for problem in problems:
            icon = (
                QStyle.StandardPixmap.SP_MessageBoxCritical
                if problem.blocking
                else QStyle.StandardPixmap.SP_MessageBoxWarning
            )
            item = QListWidgetItem(style.standardIcon(icon), problem.message)
            item.setData(Qt.ItemDataRole.UserRole, problem.field)
            item.setToolTip(
                translate("ProblemsList", "Blocks approval")
                if problem.blocking
                else translate("ProblemsList", "A warning; approval is still possible")
            )
            self.addItem(item)
        if not problems:
            item = QListWidgetItem(style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton), none_text)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.addItem(item)
        self._fit_rows()

    def _fit_rows(self) -> None:
        """As tall as its rows, up to `most_rows`: one 'all is well' line leaves the room to the form."""
        rows = sum(self.sizeHintForRow(row) for row in range(min(self.count(), self.most_rows)))
        self.setFixedHeight(rows + 2 * self.frameWidth())

    def _on_item_picked(self, item: QListWidgetItem) -> None:
        field = item.data(Qt.ItemDataRole.UserRole)
        if field:
            self.sig_field_picked.emit(field)
