"""Revisions that mean something: what each changed, the approved one, a preview, draft beside approved."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QLabel, QSpinBox, QTableWidget

from referral_studio.domain.lifecycle import OfferState
from referral_studio.store import repository as repo
from referral_studio.ui.shell.main_window import MainWindow
from tests.ui.shell.test_main_window import action, add_ready, state


def test_opening_an_approved_offer_in_the_editor_starts_no_draft(window: MainWindow) -> None:
    add_ready(window)
    action(window, "actionApprove").trigger()
    action(window, "actionEditDraft").trigger()
    editor = window.editors["Ready"]
    assert editor.save() and state(window, "Ready") is OfferState.APPROVED
    editor.close()
    assert state(window, "Ready") is OfferState.APPROVED  # opened and closed: still no draft
    with window.store.reading() as session:
        assert len(repo.list_revisions(session, "Ready")) == 1
    action(window, "actionEditDraft").trigger()
    window.editors["Ready"].findChild(QSpinBox, "goalCount").setValue(3)
    assert window.editors["Ready"].save() and state(window, "Ready") is OfferState.APPROVED_WITH_DRAFT


def test_history_says_what_changed_marks_the_approved_one_and_previews_a_restore(window: MainWindow) -> None:
    add_ready(window)
    action(window, "actionApprove").trigger()
    action(window, "actionEditDraft").trigger()
    window.editors["Ready"].findChild(QSpinBox, "goalCount").setValue(3)
    window.editors["Ready"].close()
    window.reload()
    details = window.details
    newest, approved = details.revisions.item(0), details.revisions.item(1)
    assert "goal count 5 → 3" in newest.text() and "approved version" not in newest.text()
    assert "approved version" in approved.text() and approved.font().bold() and "first version" in approved.text()
    restore = details.findChild(QAbstractButton, "restoreRevision")
    details.revisions.setCurrentRow(0)
    preview = details.findChild(QLabel, "restorePreview")
    assert not restore.isEnabled() and "changes nothing" in preview.text()
    details.revisions.setCurrentRow(1)
    assert restore.isEnabled() and "would change: goal count 3 → 5" in preview.text()
    dialog = details.show_comparison()
    table = dialog.findChild(QTableWidget, "comparisonTable")
    rows = {
        table.item(r, 0).text().lower(): (table.item(r, 1).text(), table.item(r, 2).text())
        for r in range(table.rowCount())
    }
    assert rows["goal count"] == ("5", "3") and rows["fulfillment goal"] == ("Referred Sign-Ups",) * 2
    changed = [table.item(r, 0).text().lower() for r in range(table.rowCount()) if table.item(r, 0).font().bold()]
    assert changed == ["goal count"] and "in 1 setting." in dialog.findChild(QLabel).text()
    dialog.close()
