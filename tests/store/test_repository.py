"""The draft store on a real SQLite file: lifecycle, revisions, clone / rename / delete, reopen."""

from __future__ import annotations

from pathlib import Path

import pytest

from referral_studio.domain.lifecycle import OfferState
from referral_studio.domain.offer import Emails, Goal, GoalType, Offer
from referral_studio.store import repository as repo
from referral_studio.store.database import Store

READY = Offer(
    name="Spring",
    program="Spring 2027",
    goal=Goal(type=GoalType.REFERRED_SIGNUPS, count=5),
    emails=Emails(fulfillment="You earned it"),
    rules_url="https://example.com/rules",
)


@pytest.fixture
def store(tmp_path: Path) -> Store:
    opened = Store(tmp_path / "store.sqlite3")
    yield opened
    opened.close()


def state(store: Store, name: str) -> OfferState:
    with store.transaction() as session:
        return repo.offer_summary(session, name).state


def test_new_offer_is_a_draft_in_its_program(store: Store) -> None:
    with store.transaction() as session:
        summary = repo.create_offer(session, READY)
    assert (summary.program, summary.state, summary.goal_type, summary.goal_count) == (
        "Spring 2027",
        OfferState.DRAFT,
        GoalType.REFERRED_SIGNUPS,
        5,
    )
    with store.transaction() as session:
        assert repo.list_programs(session) == ["Spring 2027"]
        assert repo.load_draft(session, "Spring") == READY
        assert repo.load_approved(session, "Spring") is None


def test_approve_edit_draft_discard_cycle(store: Store) -> None:
    with store.transaction() as session:
        repo.create_offer(session, READY)
        repo.approve(session, "Spring")
    assert state(store, "Spring") is OfferState.APPROVED
    with store.transaction() as session:
        draft = repo.edit_draft(session, "Spring")
        assert draft == READY and repo.offer_summary(session, "Spring").state is OfferState.APPROVED
        assert repo.save_draft(session, "Spring", draft, expected_revision=0) == 0  # unchanged: still no draft
        assert repo.offer_summary(session, "Spring").state is OfferState.APPROVED
        repo.save_draft(session, "Spring", draft.with_value("goal.count", 7), expected_revision=0)
    assert state(store, "Spring") is OfferState.APPROVED_WITH_DRAFT
    with store.transaction() as session:
        assert repo.load_approved(session, "Spring").goal.count == 5
        assert repo.load_draft(session, "Spring").goal.count == 7
        repo.discard_draft(session, "Spring")
    assert state(store, "Spring") is OfferState.APPROVED
    with store.transaction() as session:
        assert repo.load_current(session, "Spring").goal.count == 5


def test_approval_is_blocked_by_problems_and_nothing_changes(store: Store) -> None:
    with store.transaction() as session:
        repo.create_offer(session, READY.replace(rules_url=None))
    with pytest.raises(repo.ApprovalBlocked) as caught, store.transaction() as session:
        repo.approve(session, "Spring")
    assert [p.field for p in caught.value.problems] == ["rules_url"]
    assert state(store, "Spring") is OfferState.DRAFT


def test_a_draft_listing_a_promo_code_twice_opens_but_is_not_approved(store: Store) -> None:
    with store.transaction() as session:
        repo.create_offer(session, READY.replace(promo_codes=("SPRING-001", "SPRING-001")))
    with pytest.raises(repo.ApprovalBlocked) as caught, store.transaction() as session:
        repo.approve(session, "Spring")
    assert [p.field for p in caught.value.problems] == ["promo_codes"]
    with store.transaction() as session:
        assert repo.load_draft(session, "Spring").promo_codes == ("SPRING-001", "SPRING-001")
    assert state(store, "Spring") is OfferState.DRAFT


def test_a_never_approved_draft_cannot_be_discarded(store: Store) -> None:
    with store.transaction() as session:
        repo.create_offer(session, READY)
    with pytest.raises(repo.RepositoryError, match="never approved"), store.transaction() as session:
        repo.discard_draft(session, "Spring")


def test_every_save_keeps_a_revision_that_can_be_restored(store: Store) -> None:
    with store.transaction() as session:
        repo.create_offer(session, READY)
    for count in (6, 7, 8):
        with store.transaction() as session:
            repo.save_draft(session, "Spring", READY.with_value("goal.count", count))
    with store.transaction() as session:
        assert [r.number for r in repo.list_revisions(session, "Spring")] == [4, 3, 2, 1]
        assert repo.load_revision(session, "Spring", 2).goal.count == 6
        assert repo.restore_revision(session, "Spring", 2) == 5
        assert repo.load_draft(session, "Spring").goal.count == 6


def test_saving_an_unchanged_draft_adds_no_revision(store: Store) -> None:
    with store.transaction() as session:
        repo.create_offer(session, READY)
        assert repo.save_draft(session, "Spring", READY) == 1
        assert len(repo.list_revisions(session, "Spring")) == 1


def test_revision_check_refuses_a_stale_save(store: Store) -> None:
    with store.transaction() as session:
        repo.create_offer(session, READY)
        repo.save_draft(session, "Spring", READY.with_value("goal.count", 9), expected_revision=1)
    with pytest.raises(repo.DraftConflict), store.transaction() as session:
        repo.save_draft(session, "Spring", READY.with_value("goal.count", 3), expected_revision=1)
    with store.transaction() as session:
        assert repo.load_draft(session, "Spring").goal.count == 9


def test_clone_rename_move_delete(store: Store) -> None:
    with store.transaction() as session:
        repo.create_offer(session, READY)
        repo.approve(session, "Spring")
        clone = repo.clone_offer(session, "Spring", "Spring copy", "Autumn 2027")
        assert (clone.state, clone.program) == (OfferState.DRAFT, "Autumn 2027")
        assert repo.load_draft(session, "Spring copy").goal == READY.goal
        repo.rename_offer(session, "Spring copy", "Autumn")
        repo.move_offer(session, "Autumn", "Spring 2027")
        assert [o.name for o in repo.list_offers(session)] == ["Autumn", "Spring"]
        repo.delete_offer(session, "Autumn")
        assert [o.name for o in repo.list_offers(session)] == ["Spring"]


def test_names_are_unique_and_clashes_change_nothing(store: Store) -> None:
    with store.transaction() as session:
        repo.create_offer(session, READY)
        repo.create_offer(session, READY.replace(name="Other"))
    for action in (
        lambda s: repo.create_offer(s, READY),
        lambda s: repo.rename_offer(s, "Other", "Spring"),
        lambda s: repo.clone_offer(s, "Other", "Spring"),
    ):
        with pytest.raises(repo.NameClash), store.transaction() as session:
            action(session)
    with store.transaction() as session:
        assert sorted(o.name for o in repo.list_offers(session)) == ["Other", "Spring"]


def test_programs_create_rename_delete(store: Store) -> None:
    with store.transaction() as session:
        repo.create_program(session, "Empty")
        repo.create_offer(session, READY)
        repo.rename_program(session, "Spring 2027", "Spring")
        assert repo.list_programs(session) == ["Empty", "Spring"]
        assert repo.offer_summary(session, "Spring").program == "Spring"
        assert repo.delete_program(session, "Spring") == 1
        assert repo.list_offers(session) == []
    with pytest.raises(repo.NameClash), store.transaction() as session:
        repo.create_program(session, "Empty")


def test_everything_is_there_after_reopening(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite3"
    first = Store(path)
    with first.transaction() as session:
        repo.create_offer(session, READY)
        repo.save_draft(session, "Spring", READY.with_value("goal.count", 11))
    first.close()
    again = Store(path)
    with again.transaction() as session:
        assert repo.load_draft(session, "Spring").goal.count == 11
        assert len(repo.list_revisions(session, "Spring")) == 2
    again.close()


def test_unknown_names_are_reported(store: Store) -> None:
    with pytest.raises(repo.NotFound, match="no offer named 'Nope'"), store.transaction() as session:
        repo.load_draft(session, "Nope")


def test_each_revision_says_what_it_changed_and_the_approved_one_is_marked(store: Store) -> None:
    with store.transaction() as session:
        repo.create_offer(session, READY)
        repo.save_draft(session, "Spring", READY.with_value("goal.count", 3))
        repo.approve(session, "Spring")
        repo.save_draft(session, "Spring", READY.with_value("goal.count", 3).with_value("rules_url", None))
    with store.reading() as session:
        newest, approved, first = repo.list_revisions(session, "Spring")
    assert first.changes == () and not first.approved
    assert approved.changes == ("goal count 5 → 3",) and approved.approved
    assert newest.changes == ("rules URL https://example.com/rules → none",) and not newest.approved
    assert newest.if_restored == ()  # it is the draft
    assert approved.if_restored == ("rules URL none → https://example.com/rules",)
    assert first.if_restored == ("goal count 3 → 5", "rules URL none → https://example.com/rules")


def test_a_draft_appearing_elsewhere_stops_a_save_that_expected_none(store: Store) -> None:
    with store.transaction() as session:
        repo.create_offer(session, READY)
        repo.approve(session, "Spring")
        repo.save_draft(session, "Spring", READY.with_value("goal.count", 8), expected_revision=0)
    with pytest.raises(repo.DraftConflict), store.transaction() as session:
        repo.save_draft(session, "Spring", READY.with_value("goal.count", 9), expected_revision=0)
