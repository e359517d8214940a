"""The use cases on a real store: reads that never wait for a writer, and noticing another connection's writes."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from referral_studio.app.offers import Offers
from referral_studio.domain.offer import Offer
from referral_studio.store import repository as repo
from referral_studio.store.database import Store, StoreError


@pytest.fixture
def offers(tmp_path: Path) -> Iterator[Offers]:
    store = Store(tmp_path / "store.sqlite3", busy_timeout_ms=300)
    with store.transaction() as session:
        repo.create_offer(session, Offer(name="Spring", program="P"))
    yield Offers(store)
    store.close()


def test_reads_go_on_while_another_program_holds_the_write_lock(offers: Offers) -> None:
    """Reads run in deferred transactions: in WAL mode they never wait for a writer (a write would)."""
    with contextlib.closing(sqlite3.connect(offers.store.path, isolation_level=None)) as other:
        other.execute("BEGIN IMMEDIATE")
        other.execute("INSERT INTO programs (name, created_at) VALUES ('Theirs', '2027-03-01 00:00:00')")
        assert [o.name for o in offers.activities().offers] == ["Spring"]
        assert offers.view("Spring").summary.name == "Spring"
        assert offers.current("Spring").name == offers.draft("Spring").name == "Spring"
        assert offers.simulation_subject("Spring").approved is None
        with pytest.raises(StoreError, match="busy"):
            offers.create_program("Mine")
        other.execute("ROLLBACK")


def test_changed_says_whether_anyone_wrote_since_the_last_read(offers: Offers) -> None:
    assert offers.changed(), "nothing read yet"
    offers.activities()
    assert not offers.changed()
    offers.view("Spring")  # reading changes nothing
    assert not offers.changed()
    elsewhere = Store(offers.store.path)  # another window's or process's store
    with elsewhere.transaction() as session:
        repo.create_program(session, "Elsewhere")
    elsewhere.close()
    assert offers.changed()
    assert "Elsewhere" in offers.activities().programs and not offers.changed()
    offers.create_program("Here")
    assert offers.changed(), "a write of this window's own counts too: the next look re-reads"
