"""The details pane of the main window: the selected offer in words, its problems and history."""

from __future__ import annotations

from datetime import timezone
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
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
from referral_studio.ui.activities.version_comparison import VersionComparison
from referral_studio.ui.i18n import date_time, translate
from referral_studio.ui.widgets.problems_list import ProblemsList


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
        self.problems = ProblemsList("detailsProblems", most_rows=5)
        box.addWidget(self.problems)
        layout.addWidget(problems)

        history = QGroupBox(translate("OfferDetails", "Revision history of the draft"))
        box = QVBoxLayout(history)
        self.revisions = QListWidget(objectName="revisionHistory")
        self.revisions.setAccessibleName(translate("OfferDetails", "Revision history"))
        box.addWidget(self.revisions)
        row = QHBoxLayout()
        row.addStretch(1)
        self.preview = QLabel(objectName="restorePreview")
        self.preview.setWordWrap(True)
        self.compare = QPushButton(translate("OfferDetails", "Compare Draft with &Approved…"))
        self.compare.setObjectName("compareWithApproved")
        self.compare.setToolTip(translate("OfferDetails", "Show the draft and the approved version side by side"))
        self.compare.clicked.connect(self.show_comparison)
        self.restore = QPushButton(translate("OfferDetails", "&Restore This Revision"))
        self.restore.setObjectName("restoreRevision")
        self.restore.setToolTip(
            translate("OfferDetails", "Make the selected revision the draft again (as a new revision)")
        )
        self.restore.setEnabled(False)
        self.restore.clicked.connect(self._on_restore_clicked)
        self.revisions.currentItemChanged.connect(self._on_revisions_current_changed)
        row.addWidget(self.compare)
        row.addWidget(self.restore)
        box.addWidget(self.preview)
        box.addLayout(row)
        self._revisions: dict[int, RevisionInfo] = {}
        self._versions: tuple[Offer | None, Offer | None] = (None, None)  # approved, draft
        layout.addWidget(history, 1)
        self.show_nothing()

    def show_nothing(self, text: str | None = None) -> None:
        self.title.setText("")
        text = text or translate("OfferDetails", "Select an offer in Marketing Activities to see it here.")
        self.summary.setText(f"<i>{escape(text)}</i>")
        self.problems.clear()
        self.revisions.clear()
        self._revisions = {}
        self._versions = (None, None)
        self.compare.setEnabled(False)
        self.preview.setText("")
        self.setEnabled(True)

    def show_offer(
        self, summary: OfferSummary, offer: Offer, revisions: list[RevisionInfo], approved: Offer | None = None
    ) -> None:
        """The offer as it is now (its draft, else its approved version), its history and, if any, its approved version."""
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
        self.problems.show_problems(validate(offer), translate("OfferDetails", "Nothing blocks approval."))
        self._versions = (approved, offer if summary.has_draft else None)
        comparable = approved is not None and summary.has_draft
        self.compare.setEnabled(comparable)
        self.compare.setToolTip(
            translate("OfferDetails", "Show the draft and the approved version side by side")
            if comparable
            else translate(
                "OfferDetails", "There is nothing to compare: the offer needs both a draft and an approved version"
            )
        )
        self.revisions.clear()
        self._revisions = {revision.number: revision for revision in revisions}
        for revision in revisions:
            saved = date_time(revision.saved_at.replace(tzinfo=revision.saved_at.tzinfo or timezone.utc))
            heading = translate("OfferDetails", "Revision {number} · saved {saved} UTC").format(
                number=revision.number, saved=saved
            )
            if revision.approved:
                heading += " · " + translate("OfferDetails", "approved version")
            if revision.changes:
                what = "; ".join(revision.changes)
            elif revision.number == revisions[-1].number:
                what = translate("OfferDetails", "first version")
            else:
                what = translate("OfferDetails", "no change from the revision before")
            item = QListWidgetItem(f"{heading}\n    {what}")
            item.setToolTip("\n".join(revision.changes) or what)
            if revision.approved:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            item.setData(Qt.ItemDataRole.UserRole, revision.number)
            self.revisions.addItem(item)
        self.preview.setText(translate("OfferDetails", "Select a revision to see what restoring it would change."))

    def _on_revisions_current_changed(self, item: QListWidgetItem | None, _previous: object) -> None:
        revision = None if item is None else self._revisions.get(int(item.data(Qt.ItemDataRole.UserRole)))
        self.restore.setEnabled(revision is not None and bool(revision.if_restored))
        if revision is None:
            self.preview.setText("")
        elif revision.if_restored:
            self.preview.setText(
                translate("OfferDetails", "Restoring revision {number} would change: {changes}.").format(
                    number=revision.number, changes="; ".join(revision.if_restored)
                )
            )
        else:
            self.preview.setText(
                translate(
                    "OfferDetails", "Revision {number} is what the offer holds now; restoring it changes nothing."
                ).format(number=revision.number)
            )

    def show_comparison(self) -> QDialog | None:
        """The draft beside the approved version, the settings that differ marked."""
        approved, draft = self._versions
        if approved is None or draft is None:
            return None
        dialog = VersionComparison(approved, draft, self)
        dialog.show()
        return dialog

    def _on_restore_clicked(self) -> None:
        item = self.revisions.currentItem()
        if item is not None:
            self.sig_restore_requested.emit(int(item.data(Qt.ItemDataRole.UserRole)))
