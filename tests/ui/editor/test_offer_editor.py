"""The offer editor driven through its automation names, on a real store."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)
from sqlalchemy import event

from referral_studio.domain.lifecycle import OfferState
from referral_studio.domain.offer import GoalType
from referral_studio.domain.validation import GIVE_CREDIT_TIP
from referral_studio.store import repository as repo
from referral_studio.store.database import Store
from referral_studio.ui.editor import draft_autosave
from referral_studio.ui.editor.offer_editor import OfferEditor
from referral_studio.ui.shell.main_window import MainWindow
from tests.ui.checks import answer_boxes

GOAL_FIELDS = {
    GoalType.REFERRED_VISITS: {"countRepeatVisits"},
    GoalType.REFERRED_SIGNUPS: set(),
    GoalType.SMART_LIST_TRIGGER: {"triggerActivities", "qualification"},
    GoalType.CUSTOM_JS_EVENT: {"customEventName"},
}


def child(widget: QWidget, kind: type, name: str):  # type: ignore[no-untyped-def]
    found = widget.findChild(kind, name)
    assert found is not None, name
    return found


def open_editor(window: MainWindow, name: str = "Spring") -> OfferEditor:
    assert window.new_offer(name, "Spring 2027")
    editor = window.edit_draft()
    assert editor is not None and editor.objectName() == "OfferEditor"
    return editor


def problems(editor: OfferEditor) -> list[str]:
    listing = child(editor, QListWidget, "validationMessages")
    return [listing.item(i).text() for i in range(listing.count())]


def type_into(qtbot: object, edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    qtbot.keyClicks(edit, text)  # type: ignore[attr-defined]


def test_the_goal_dropdown_offers_exactly_marketos_four_goals(window: MainWindow) -> None:
    editor = open_editor(window)
    combo = child(editor, QComboBox, "fulfillmentGoal")
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Referred Visits",
        "Referred Sign-Ups",
        "Smart List Trigger",
        "Custom JavaScript Event",
    ]


def test_each_goal_type_shows_exactly_its_fields(window: MainWindow) -> None:
    editor = open_editor(window)
    combo = child(editor, QComboBox, "fulfillmentGoal")
    hints = set()
    for index, goal in enumerate(GoalType):
        combo.setCurrentIndex(index)
        assert editor.offer.goal.type is goal
        for names in GOAL_FIELDS.values():
            for name in names:
                assert child(editor, QWidget, name).isVisible() == (name in GOAL_FIELDS[goal]), (goal, name)
        hints.add(child(editor, QWidget, "goalHint").text())
        assert child(editor, QSpinBox, "goalCount").isVisible()
    assert len(hints) == 4


def test_give_credit_rule_is_said_at_the_field_and_blocks_approval(window: MainWindow, qtbot: object) -> None:
    editor = open_editor(window)
    type_into(qtbot, child(editor, QLineEdit, "rulesUrl"), "https://example.com/rules")
    type_into(qtbot, child(editor, QLineEdit, "fulfillmentEmail"), "You earned it")
    approve = child(editor, QAbstractButton, "approveAndClose")
    assert approve.isEnabled()
    child(editor, QCheckBox, "usesGiveCreditToReferrer").click()
    assert GIVE_CREDIT_TIP in problems(editor)
    assert child(editor, QWidget, "giveCreditTip").isVisible()
    assert not approve.isEnabled()
    child(editor, QComboBox, "fulfillmentGoal").setCurrentIndex(2)
    assert "Smart List Trigger needs at least one trigger activity." in problems(editor)
    triggers = child(editor, QPlainTextEdit, "triggerActivities")
    triggers.setFocus()
    qtbot.keyClicks(triggers, "Opportunity Created")  # type: ignore[attr-defined]
    assert editor.offer.goal.trigger_activities == ("Opportunity Created",)
    assert problems(editor) == ["Ready to approve."]
    assert not child(editor, QWidget, "giveCreditTip").isVisible()
    assert approve.isEnabled()


def test_problems_update_as_the_user_types_and_clicking_one_focuses_its_field(
    window: MainWindow, qtbot: object
) -> None:
    editor = open_editor(window)
    editor.activateWindow()
    assert any("link to your offer's rules" in text for text in problems(editor))
    listing = child(editor, QListWidget, "validationMessages")
    rules_row = next(i for i in range(listing.count()) if "rules" in listing.item(i).text())
    listing.itemClicked.emit(listing.item(rules_row))
    rules = child(editor, QLineEdit, "rulesUrl")
    assert editor.pages.currentIndex() == 1
    qtbot.waitUntil(lambda: editor.focusWidget() is rules)  # type: ignore[attr-defined]
    qtbot.keyClicks(rules, "https://example.com/r")  # type: ignore[attr-defined]
    assert not any("rules" in text for text in problems(editor))


def test_spin_box_steps_merge_into_one_undo_and_redo(window: MainWindow) -> None:
    editor = open_editor(window)
    spin = child(editor, QSpinBox, "goalCount")
    for value in (2, 3, 4, 5):
        spin.setValue(value)
    child(editor, QCheckBox, "countRepeatVisits").click()
    assert editor.stack.count() == 2
    editor.undo_action.trigger()
    assert editor.offer.goal.count_repeat_visits is False and editor.offer.goal.count == 5
    editor.undo_action.trigger()
    assert editor.offer.goal.count == 1 and spin.value() == 1
    editor.redo_action.trigger()
    assert editor.offer.goal.count == 5 and spin.value() == 5


def test_keyboard_undo_and_redo(window: MainWindow, qtbot: object) -> None:
    editor = open_editor(window)
    name = child(editor, QLineEdit, "customEventName")
    child(editor, QComboBox, "fulfillmentGoal").setCurrentIndex(3)
    type_into(qtbot, name, "cta")
    assert editor.offer.goal.event_name == "cta"
    qtbot.keyClick(name, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # type: ignore[attr-defined]
    assert editor.offer.goal.event_name is None and name.text() == ""
    qtbot.keyClick(name, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)  # type: ignore[attr-defined]
    assert editor.offer.goal.event_name == "cta" and name.text() == "cta"


def test_autosave_about_a_second_after_the_last_edit(window: MainWindow, store_path: Path, qtbot: object) -> None:
    editor = open_editor(window)
    child(editor, QSpinBox, "goalCount").setValue(7)
    assert editor.isWindowModified()
    with qtbot.waitSignal(editor.sig_saved, timeout=3000):  # type: ignore[attr-defined]
        pass
    assert not editor.isWindowModified()
    other = Store(store_path)
    with other.transaction() as session:
        assert repo.load_draft(session, "Spring").goal.count == 7
        assert [r.number for r in repo.list_revisions(session, "Spring")] == [2, 1]
    other.close()


@pytest.mark.parametrize("choice, kept", [("Keep Mine", 7), ("Use Theirs", 4)])
def test_a_draft_saved_elsewhere_meanwhile_asks_whose_version_to_keep(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, choice: str, kept: int
) -> None:
    editor = open_editor(window)
    elsewhere = editor.offer.with_value("goal.count", 4)
    window.offers.save_draft("Spring", elsewhere, editor.autosave.revision)  # another window saves first
    asked = answer_boxes(monkeypatch, choice)
    child(editor, QSpinBox, "goalCount").setValue(7)
    assert editor.save()
    assert asked and "Another window saved this draft" in asked[0]
    assert editor.offer.goal.count == kept and window.offers.draft("Spring").goal.count == kept
    assert not editor.isWindowModified(), "nothing is left unsaved either way"


def test_close_saves_and_keeps_the_draft(window: MainWindow, store_path: Path) -> None:
    editor = open_editor(window)
    child(editor, QSpinBox, "goalCount").setValue(9)
    child(editor, QAbstractButton, "closeEditor").click()
    assert "Spring" not in window.editors
    with window.store.transaction() as session:
        assert repo.load_draft(session, "Spring").goal.count == 9
        assert repo.offer_summary(session, "Spring").state is OfferState.DRAFT


def test_promo_codes_from_a_text_file_are_one_undo_step(
    window: MainWindow, tmp_path: Path, messages: list[str]
) -> None:
    editor = open_editor(window)
    codes = tmp_path / "codes.txt"
    codes.write_bytes(b" A 1 \r\nB;2\n")
    assert editor.details_page.load_promo_codes(str(codes))
    assert editor.offer.promo_codes == (" A 1 ", "B;2")
    assert "2 promo codes" in child(editor, QWidget, "promoCodeCount").text()
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"ok\n\xff\n")
    assert not editor.details_page.load_promo_codes(str(bad))
    assert "line 2" in messages[-1] and editor.offer.promo_codes == (" A 1 ", "B;2")
    editor.undo_action.trigger()
    assert editor.offer.promo_codes == ()


def test_every_input_has_an_accessible_name(window: MainWindow) -> None:
    editor = open_editor(window)
    inputs = [
        w for kind in (QLineEdit, QSpinBox, QComboBox, QCheckBox, QPlainTextEdit) for w in editor.findChildren(kind)
    ]
    unnamed = [
        w.objectName() or type(w).__name__
        for w in inputs
        if not w.accessibleName()
        and not (isinstance(w, QLineEdit) and isinstance(w.parent(), (QAbstractSpinBox, QComboBox)))
    ]
    assert unnamed == []


def test_back_and_next_walk_the_sections(window: MainWindow) -> None:
    editor = open_editor(window)
    assert editor.page_title.text() == "App Settings › Offer Details"
    editor.next.click()
    editor.next.click()
    assert editor.page_title.text() == "App Settings › Rewards & Attribution"
    editor.next.click()
    assert editor.page_title.text() == "App Settings › Fraud & Holds"
    assert not editor.next.isEnabled()
    editor.back.click()
    editor.back.click()
    assert editor.page_title.text() == "App Settings › Advanced Options"


def test_rewards_and_window_settings(window: MainWindow) -> None:
    editor = open_editor(window)
    child(editor, QCheckBox, "repeatRewards").click()
    cap = child(editor, QCheckBox, "maxFulfillmentsSet")
    assert cap.isEnabled()
    cap.click()
    child(editor, QSpinBox, "maxFulfillments").setValue(4)
    child(editor, QCheckBox, "windowStartSet").click()
    child(editor, QCheckBox, "attributionWindowSet").click()
    offer = editor.offer
    assert offer.rewards.repeat and offer.rewards.max_fulfillments == 4
    assert offer.window.start is not None and offer.window.start.tzinfo is not None
    assert offer.attribution.window_days == 30
    cap.click()
    assert editor.offer.rewards.max_fulfillments is None


@pytest.mark.parametrize("goal", list(GoalType))
def test_approve_and_close_makes_it_approved(window: MainWindow, qtbot: object, goal: GoalType) -> None:
    editor = open_editor(window)
    child(editor, QComboBox, "fulfillmentGoal").setCurrentIndex(list(GoalType).index(goal))
    type_into(qtbot, child(editor, QLineEdit, "rulesUrl"), "https://example.com/rules")
    type_into(qtbot, child(editor, QLineEdit, "fulfillmentEmail"), "Thanks")
    if goal is GoalType.SMART_LIST_TRIGGER:
        child(editor, QPlainTextEdit, "triggerActivities").setPlainText("Purchase")
    if goal is GoalType.CUSTOM_JS_EVENT:
        type_into(qtbot, child(editor, QLineEdit, "customEventName"), "cta")
    child(editor, QAbstractButton, "approveAndClose").click()
    assert "Spring" not in window.editors
    with window.store.transaction() as session:
        summary = repo.offer_summary(session, "Spring")
        assert summary.state is OfferState.APPROVED and summary.goal_type is goal


def test_a_refused_save_keeps_the_edit_and_retries_until_the_store_takes_it(
    window: MainWindow, store_path: Path, qtbot: object, messages: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(draft_autosave, "RETRY_MS", 300)
    editor = open_editor(window)
    engine = window.store.engine

    def read_only(connection: object, _record: object) -> None:
        connection.execute("PRAGMA query_only = ON")  # type: ignore[attr-defined]

    engine.dispose()
    event.listen(engine, "connect", read_only)
    refusals: list[str] = []
    editor.sig_save_refused.connect(refusals.append)
    child(editor, QSpinBox, "goalCount").setValue(8)
    assert not editor.save()
    assert "Not saved" in editor.autosave.label.text() and editor.isWindowModified()
    qtbot.waitUntil(lambda: len(refusals) >= 3, timeout=5000)  # type: ignore[attr-defined]  # two retries, refused
    assert all("read-only" in refusal for refusal in refusals)
    assert len(messages) == 1 and "is read-only" in messages[0] and "your edits are kept" in messages[0]
    assert child(editor, QSpinBox, "goalCount").value() == 8
    event.remove(engine, "connect", read_only)
    engine.dispose()  # the disk is writable again
    with qtbot.waitSignal(editor.sig_saved, timeout=3000):  # type: ignore[attr-defined]
        pass
    other = Store(store_path)
    with other.transaction() as session:
        assert repo.load_draft(session, "Spring").goal.count == 8
    other.close()


def test_promo_codes_load_as_one_undo_step_and_a_bad_file_changes_nothing(
    window: MainWindow, tmp_path: Path, messages: list[str]
) -> None:
    editor = open_editor(window)
    good = tmp_path / "codes.txt"
    good.write_bytes(b"\xef\xbb\xbfSPRING-001\r\nSPRING-002\r\n SPACED \r\n")
    assert editor.details_page.load_promo_codes(str(good))
    assert editor.document.offer.promo_codes == ("SPRING-001", "SPRING-002", " SPACED ")
    assert child(editor, QLabel, "promoCodeCount").text() == "3 promo codes loaded"
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"OK-1\nOK-2\n\xff\xfe broken\n")
    assert not editor.details_page.load_promo_codes(str(bad))
    assert "bad.txt" in messages[0] and "line 3" in messages[0]
    assert editor.document.offer.promo_codes == ("SPRING-001", "SPRING-002", " SPACED ")
    editor.stack.undo()
    assert editor.document.offer.promo_codes == ()
