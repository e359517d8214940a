"""The trainers' demo workspace: Marketo's example offers, one per goal type, and a log that exercises them all."""

from __future__ import annotations

from pathlib import Path

from referral_studio.app.demo import DEMO_OFFERS, PROGRAM, build_demo
from referral_studio.cli import main
from referral_studio.domain.lifecycle import OfferState
from referral_studio.domain.offer import GoalType
from referral_studio.engine.log_files import read_event_log
from referral_studio.engine.replay import replay
from referral_studio.store import repository as repo
from referral_studio.store.database import Store


def test_the_demo_store_holds_marketos_examples_approved(tmp_path: Path) -> None:
    store_path, log_path = build_demo(tmp_path / "demo")
    store = Store(store_path)
    with store.transaction() as session:
        summaries = repo.list_offers(session)
        offers = [repo.load_approved(session, summary.name) for summary in summaries]
    store.close()
    assert sorted(s.name for s in summaries) == sorted(
        [
            "10 referred visits",
            "5 referred sign-ups",
            "1 referred opportunity created",
            "2 referred e-commerce purchases",
            "5 referred webinar attendees",
            "3 referred CTA clicks (custom JavaScript event)",
        ]
    )
    assert {s.program for s in summaries} == {PROGRAM} and {s.state for s in summaries} == {OfferState.APPROVED}
    assert {offer.goal.type for offer in offers} == set(GoalType)
    counts = {offer.name: offer.goal.count for offer in offers}
    assert counts["10 referred visits"] == 10 and counts["2 referred e-commerce purchases"] == 2


def test_every_demo_offer_has_someone_fulfilled_on_the_demo_log(tmp_path: Path) -> None:
    _store, log_path = build_demo(tmp_path / "demo")
    log = read_event_log(log_path)
    for offer in DEMO_OFFERS:
        assert replay(offer, log).totals.fulfilled_referrers > 0, offer.name


def test_rebuilding_starts_fresh_and_leaves_other_stores_alone(tmp_path: Path) -> None:
    own = tmp_path / "own.sqlite3"
    Store(own).close()
    before = own.read_bytes()
    store_path, log_path = build_demo(tmp_path / "demo")
    store = Store(store_path)
    with store.transaction() as session:
        repo.delete_offer(session, "10 referred visits")
    store.close()
    first_log = log_path.read_bytes()
    store_path, log_path = build_demo(tmp_path / "demo")
    store = Store(store_path)
    with store.transaction() as session:
        assert len(repo.list_offers(session)) == len(DEMO_OFFERS)
    store.close()
    assert log_path.read_bytes() == first_log and own.read_bytes() == before


def test_demo_command_help(capsys: object) -> None:
    try:
        main(["demo", "--help"])
    except SystemExit as done:
        assert done.code == 0
    assert "never opened" in capsys.readouterr().out  # type: ignore[attr-defined]


def test_the_demo_is_named_in_the_ui_language(tmp_path: Path, monkeypatch: object) -> None:
    from referral_studio.domain import texts

    def bracketed(context: str, text: str, n: int = -1) -> str:  # stands in for an installed Swedish translator
        return f"«{text}»" if context == "Demo" else text

    monkeypatch.setattr(texts, "_translator", bracketed)  # type: ignore[attr-defined]
    store_path, _log = build_demo(tmp_path / "demo")
    store = Store(store_path)
    with store.transaction() as session:
        summaries = repo.list_offers(session)
        welcome = repo.load_approved(session, "«5 referred sign-ups»").emails.sign_up
    store.close()
    assert {s.program for s in summaries} == {"«Marketo examples»"} and len(summaries) == len(DEMO_OFFERS)
    assert all(s.name.startswith("«") for s in summaries) and welcome == "«Welcome to the referral program»"
