"""The main window on a real store: Marketing Activities, the offer actions, reopening."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QProcess, QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QInputDialog, QLineEdit, QSpinBox, QTreeView, QWidget

from referral_studio.domain.lifecycle import OfferState
from referral_studio.domain.offer import Emails, Goal, GoalType, Offer
from referral_studio.domain.offer_file import read_offer_file, write_offer_file
from referral_studio.store import repository as repo
from referral_studio.store.database import Store
from referral_studio.ui import create_main_window
from referral_studio.ui.activities.activities_model import COL_GOAL, COL_STATE, OFFER, PROGRAM
from referral_studio.ui.settings import UiSettings
from referral_studio.ui.shell.main_window import MainWindow
from tests.ui.checks import answer_boxes, stored_goal_count

READY = Offer(
    name="Ready",
    program="Spring 2027",
    goal=Goal(type=GoalType.REFERRED_SIGNUPS, count=5),
    emails=Emails(fulfillment="Thanks"),
    rules_url="https://example.com/rules",
)


def action(window: MainWindow, name: str) -> QAction:
    found = window.findChild(QAction, name)
    assert found is not None, name
    return found


def state(window: MainWindow, name: str) -> OfferState:
    with window.store.transaction() as session:
        return repo.offer_summary(session, name).state


def row_text(window: MainWindow, name: str, column: int) -> str:
    return window.model.find(OFFER, name).siblingAtColumn(column).data()


def add_ready(window: MainWindow) -> None:
    with window.store.transaction() as session:
        repo.create_offer(session, READY)
    window.reload(select=(OFFER, "Ready"))


def test_window_and_tree_have_their_automation_names(window: MainWindow) -> None:
    assert window.objectName() == "MainWindow" and window.windowTitle() == "Referral Studio"
    assert window.findChild(QTreeView, "activitiesTree") is window.tree
    for name in (
        "actionNewReferralOffer",
        "actionCloneOffer",
        "actionDeleteOffer",
        "actionEditDraft",
        "actionApprove",
        "actionDiscardDraft",
        "actionImportOffer",
        "actionExportOffer",
    ):
        assert action(window, name).text()


def test_actions_follow_the_selection(window: MainWindow) -> None:
    add_ready(window)
    assert action(window, "actionEditDraft").isEnabled()
    assert action(window, "actionApprove").isEnabled()
    assert not action(window, "actionDiscardDraft").isEnabled(), "a never-approved draft cannot be discarded"
    window.select("program", "Spring 2027")
    for name in ("actionEditDraft", "actionApprove", "actionCloneOffer", "actionDeleteOffer", "actionExportOffer"):
        assert not action(window, name).isEnabled(), name
    assert action(window, "actionNewReferralOffer").isEnabled()


def test_tree_shows_state_and_goal_at_a_glance(window: MainWindow) -> None:
    add_ready(window)
    assert row_text(window, "Ready", COL_STATE) == "Draft"
    assert row_text(window, "Ready", COL_GOAL) == "Referred Sign-Ups × 5"
    assert "Credit for each friend who signs up · 5 needed" in window.details.summary.text()


def test_approve_edit_draft_discard_draft(window: MainWindow, messages: list[str]) -> None:
    add_ready(window)
    action(window, "actionApprove").trigger()
    assert state(window, "Ready") is OfferState.APPROVED and row_text(window, "Ready", COL_STATE) == "Approved"
    assert not action(window, "actionApprove").isEnabled()
    action(window, "actionEditDraft").trigger()
    editor = window.editors["Ready"]
    editor.findChild(QSpinBox, "goalCount").setValue(8)
    assert editor.save()
    assert state(window, "Ready") is OfferState.APPROVED_WITH_DRAFT
    assert row_text(window, "Ready", COL_STATE) == "Approved · draft"
    assert action(window, "actionDiscardDraft").isEnabled()
    action(window, "actionDiscardDraft").trigger()
    assert state(window, "Ready") is OfferState.APPROVED
    assert "Ready" not in window.editors
    with window.store.transaction() as session:
        assert repo.load_current(session, "Ready").goal.count == 5


def test_approve_is_refused_with_the_problems(window: MainWindow, messages: list[str]) -> None:
    assert window.new_offer("Bare", "Spring 2027")
    assert not window.offer_actions.approve()
    assert "link to your offer's rules" in messages[-1]
    assert state(window, "Bare") is OfferState.DRAFT


def test_new_offer_clone_from_rename_delete(window: MainWindow, messages: list[str]) -> None:
    add_ready(window)
    assert window.new_offer("Autumn", "Autumn 2027", clone_from="Ready")
    assert window.selected_offer() == "Autumn" and window.selected_program() == "Autumn 2027"
    with window.store.transaction() as session:
        assert repo.load_draft(session, "Autumn").goal == READY.goal
    assert not window.new_offer("Ready", "X"), "a name clash is refused"
    assert "already exists" in messages[-1]
    assert window.offer_actions.rename("Autumn referral")
    assert window.selected_offer() == "Autumn referral"
    action(window, "actionDeleteOffer").trigger()
    with window.store.transaction() as session:
        assert [o.name for o in repo.list_offers(session)] == ["Ready"]


def test_the_program_menu_creates_renames_and_deletes_programs(
    window: MainWindow, messages: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = iter(["Autumn 2027", "Autumn 2028", "Spring 2027"])
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *_args, **_kwargs: (next(answers), True)))
    add_ready(window)
    action(window, "actionNewProgram").trigger()
    assert window.selected_program() == "Autumn 2027" and window.selected_offer() is None
    action(window, "actionRenameProgram").trigger()
    assert window.selected_program() == "Autumn 2028"
    action(window, "actionRenameProgram").trigger()  # to a name that is taken: refused, nothing changes
    assert "Rename Program" in messages[-1] and window.selected_program() == "Autumn 2028"
    window.select(PROGRAM, "Spring 2027")
    action(window, "actionDeleteProgram").trigger()  # confirmed: the program goes with its offer
    assert "Delete Program" in messages[-1]
    assert window.offers.activities().programs == ["Autumn 2028"] and not window.offers.activities().offers


def test_import_and_export_offer_files(window: MainWindow, tmp_path: Path, messages: list[str]) -> None:
    source = tmp_path / "ready.offer.json"
    write_offer_file(READY, source)
    assert window.offer_files.import_offer(source)
    assert window.selected_offer() == "Ready"
    out = tmp_path / "out.offer.json"
    assert window.offer_files.export_offer(out)
    assert read_offer_file(out) == READY
    broken = tmp_path / "broken.offer.json"
    broken.write_text('{"format": "referral-studio.offer", "version": 1, "name": "B", "goal": {"count": -1}}')
    assert not window.offer_files.import_offer(broken)
    assert "'goal.count'" in messages[-1]
    with window.store.transaction() as session:
        assert [o.name for o in repo.list_offers(session)] == ["Ready"]


def test_restore_a_revision_from_the_details_pane(window: MainWindow) -> None:
    add_ready(window)
    with window.store.transaction() as session:
        repo.save_draft(session, "Ready", READY.with_value("goal.count", 9))
    window.reload()
    assert window.details.revisions.count() == 2
    window.details.revisions.setCurrentRow(1)  # revision 1, the oldest
    window.details.findChild(QAbstractButton, "restoreRevision").click()
    with window.store.transaction() as session:
        assert repo.load_draft(session, "Ready").goal.count == 5
    assert window.details.revisions.count() == 3


def test_undo_in_the_main_window_acts_on_the_active_editor(window: MainWindow, qtbot: object) -> None:
    add_ready(window)
    editor = window.edit_draft()
    assert editor is not None
    editor.findChild(QLineEdit, "signUpEmail").setFocus()
    qtbot.keyClicks(editor.findChild(QLineEdit, "signUpEmail"), "Hi")  # type: ignore[attr-defined]
    assert editor.offer.emails.sign_up == "Hi"
    action(window, "actionUndo").trigger()
    assert editor.offer.emails.sign_up is None
    action(window, "actionRedo").trigger()
    assert editor.offer.emails.sign_up == "Hi"


def test_everything_is_as_left_after_reopening(qtbot: object, tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite3"
    settings = UiSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    first = create_main_window(path, settings)
    qtbot.addWidget(first)  # type: ignore[attr-defined]
    first.new_offer("Kept", "Programme")
    editor = first.edit_draft()
    editor.findChild(QSpinBox, "goalCount").setValue(12)
    first.splitter.setSizes([300, 700])
    first.close()
    assert not first.editors
    again = create_main_window(path, settings)
    qtbot.addWidget(again)  # type: ignore[attr-defined]
    assert again.selected_offer() == "Kept", "the last selection is remembered"
    assert row_text(again, "Kept", COL_GOAL) == "Referred Visits × 12"
    assert again.splitter.sizes()[0] < again.splitter.sizes()[1]
    other = Store(path)
    with other.transaction() as session:
        assert repo.load_draft(session, "Kept").goal.count == 12
    other.close()
    again.close()


def test_open_demo_workspace_opens_a_second_window_on_the_demo(
    window: MainWindow, tmp_path: Path, qtbot: object
) -> None:
    demo = window.open_demo(tmp_path / "demo")
    assert demo is not None and demo is not window and "Demo Workspace" in demo.windowTitle()
    assert demo.store.path.parent == tmp_path / "demo" and window.store.path != demo.store.path
    demo.select("offer", "5 referred sign-ups")
    panel = demo.simulate()
    assert panel.findChild(QLineEdit, "eventLogPath").text().endswith("demo-events.csv")
    panel.close()
    demo.close()


def test_coming_back_to_the_window_shows_changes_made_elsewhere(
    window: MainWindow, store_path: Path, qtbot: object
) -> None:
    other = Store(store_path)  # another app instance, or the command line
    with other.transaction() as session:
        repo.create_offer(session, Offer(name="Made elsewhere", program="Elsewhere"))
    other.close()
    assert window.model.findItems("Elsewhere") == []
    elsewhere = QWidget()  # the user switches to another window…
    qtbot.addWidget(elsewhere)  # type: ignore[attr-defined]
    elsewhere.show()
    elsewhere.activateWindow()
    qtbot.waitUntil(lambda: not window.isActiveWindow())  # type: ignore[attr-defined]
    window.activateWindow()  # …and comes back
    qtbot.waitUntil(lambda: window.model.findItems("Elsewhere") != [])  # type: ignore[attr-defined]


def test_the_language_menu_saves_the_choice_and_says_a_restart_shows_it(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = answer_boxes(monkeypatch, "Later")
    assert window.findChild(QAction, "actionLanguage_system").isChecked()
    window.findChild(QAction, "actionLanguage_sv").trigger()
    assert window.settings.language == "sv" and "after a restart. Restart now?" in asked[0]
    assert window.findChild(QAction, "actionLanguage_sv").isChecked() and window.isVisible()
    assert not window.findChild(QAction, "actionLanguage_system").isChecked()


def test_restart_now_saves_drafts_closes_and_starts_the_app_again(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, store_path: Path
) -> None:
    window.new_offer("Kept", "P")
    window.edit_draft().findChild(QSpinBox, "goalCount").setValue(6)
    started: list[tuple[str, list[str]]] = []  # a second app must not really start inside the test run
    monkeypatch.setattr(
        QProcess, "startDetached", lambda program, arguments: started.append((program, arguments)) or True
    )
    answer_boxes(monkeypatch, "Restart Now")
    window.findChild(QAction, "actionLanguage_sv").trigger()
    assert not window.isVisible() and started == [(sys.executable, ["-m", "referral_studio", *sys.argv[1:]])]
    assert stored_goal_count(store_path, "Kept") == 6


def test_marketing_activities_is_a_well_behaved_qt_model(window: MainWindow, qtmodeltester: object) -> None:
    window.new_offer("Checked", "P")
    window.new_offer("Also checked", "Q")
    qtmodeltester.check(window.model, force_py=True)  # type: ignore[attr-defined]


def test_coming_back_rereads_only_after_a_change_and_keeps_folds_and_selection(
    window: MainWindow, store_path: Path, qtbot: object
) -> None:
    window.new_offer("Folded offer", "Folded")
    window.new_offer("Open offer", "Unfolded")
    window.tree.collapse(window.model.find(PROGRAM, "Folded"))
    window.select(OFFER, "Open offer")
    resets: list[int] = []
    window.model.modelReset.connect(lambda: resets.append(1))
    elsewhere = QWidget()
    qtbot.addWidget(elsewhere)  # type: ignore[attr-defined]

    def come_back() -> None:
        elsewhere.show()
        elsewhere.activateWindow()
        qtbot.waitUntil(lambda: not window.isActiveWindow())  # type: ignore[attr-defined]
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)  # type: ignore[attr-defined]

    come_back()
    assert resets == [], "nothing changed: the tree is not rebuilt"
    other = Store(store_path)
    with other.transaction() as session:
        repo.create_program(session, "Made elsewhere")
    other.close()
    come_back()
    qtbot.waitUntil(lambda: resets != [])  # type: ignore[attr-defined]
    assert window.model.findItems("Made elsewhere") != []
    assert not window.tree.isExpanded(window.model.find(PROGRAM, "Folded")), "the user's fold is kept"
    assert window.tree.isExpanded(window.model.find(PROGRAM, "Unfolded"))
    assert window.selected_offer() == "Open offer"


def test_an_open_simulation_follows_the_draft_as_the_editor_changes_it(window: MainWindow) -> None:
    """The controller's live what-if wiring: an edit in the editor reaches the offer's open workspaces only."""
    add_ready(window)
    window.new_offer("Other", "Spring 2027")
    window.select(OFFER, "Ready")
    editor = window.edit_draft()
    panel = window.simulate()
    window.select(OFFER, "Other")
    other = window.simulate()
    editor.findChild(QSpinBox, "goalCount").setValue(9)
    assert panel.offer.goal.count == 9 and other.offer.goal.count == 1
    assert window.panels == [panel, other]
    panel.close()
    other.close()
