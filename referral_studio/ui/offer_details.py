"""The details pane of the main window: the selected offer in words, its problems and history."""

from __future__ import annotations

from datetime import timezone
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from referral_studio.domain.lifecycle import OfferSummary, RevisionInfo
from referral_studio.domain.offer import Offer
from referral_studio.domain.offer_text import describe_goal, describe_terms, describe_window
from referral_studio.domain.validation import validate
from referral_studio.ui.i18n import date_time, translate


class OfferDetails(QWidget):
    """Shows one offer; asks for a revision to be restored through `sig_restore_requested`."""

    sig_restore_requested = Signal(int)
    """The user asked to make this revision number the draft again."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("offerDetails")
        layout = QVBoxLayout(self)
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.title.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setObjectName("offerSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)

        problems = QGroupBox(translate("OfferDetails", "Before approval"))
        box = QVBoxLayout(problems)
        self.problems = QListWidget(objectName="detailsProblems")
        self.problems.setMaximumHeight(130)
        box.addWidget(self.problems)
        layout.addWidget(problems)

        history = QGroupBox(translate("OfferDetails", "Revision history of the draft"))
        box = QVBoxLayout(history)
        self.revisions = QListWidget(objectName="revisionHistory")
        self.revisions.setAccessibleName(translate("OfferDetails", "Revision history"))
        box.addWidget(self.revisions)
        row = QHBoxLayout()
        row.addStretch(1)
        self.restore = QPushButton(translate("OfferDetails", "&Restore This Revision"))
        self.restore.setObjectName("restoreRevision")
        self.restore.setEnabled(False)
        self.restore.clicked.connect(self._on_restore_clicked)
        self.revisions.currentItemChanged.connect(lambda item, _: self.restore.setEnabled(item is not None))
        row.addWidget(self.restore)
        box.addLayout(row)
        layout.addWidget(history, 1)
        self.show_nothing()

    def show_nothing(self, text: str | None = None) -> None:
        self.title.setText("")
        text = text or translate("OfferDetails", "Select an offer in Marketing Activities to see it here.")
        self.summary.setText(f"<i>{escape(text)}</i>")
        self.problems.clear()
        self.revisions.clear()
        self.setEnabled(True)

    def show_offer(self, summary: OfferSummary, offer: Offer, revisions: list[RevisionInfo]) -> None:
        self.title.setText(escape(summary.name))
        lines = [
            f"<b>{escape(describe_goal(offer.goal))}</b>",
            escape(
                translate("OfferDetails", "Program: {program} · State: {state}").format(
                    program=summary.program, state=summary.state.label
                )
            ),
        ]
        if (runs := describe_window(offer)) is not None:
            lines.append(escape(runs))
        lines.append(escape(describe_terms(offer)))
        self.summary.setText("<br>".join(lines))
        self.problems.clear()
        problems = validate(offer)
        for problem in problems:
            mark = "⛔" if problem.blocking else "⚠"
            self.problems.addItem(f"{mark}  {problem.message}")
        if not problems:
            self.problems.addItem(translate("OfferDetails", "✔  Nothing blocks approval."))
        self.revisions.clear()
        for revision in revisions:
            saved = date_time(revision.saved_at.replace(tzinfo=revision.saved_at.tzinfo or timezone.utc))
            item = QListWidgetItem(
                translate("OfferDetails", "Revision {number} · saved {saved} UTC").format(
                    number=revision.number, saved=saved
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, revision.number)
            self.revisions.addItem(item)

    def _on_restore_clicked(self) -> None:
        item = self.revisions.currentItem()
        if item is not None:
            self.sig_restore_requested.emit(int(item.data(Qt.ItemDataRole.UserRole)))
