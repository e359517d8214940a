"""Two processes on one store: the CLI and the app's store layer, each writing, each seeing the other."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from referral_studio.domain.offer import Goal, Offer
from referral_studio.domain.offer_file import write_offer_file
from referral_studio.store import repository as repo
from referral_studio.store.database import Store

SAVE = """
import sys
from referral_studio.domain.offer import Goal, Offer
from referral_studio.store import repository as repo
from referral_studio.store.database import Store
store = Store(sys.argv[1])
with store.transaction() as session:
    revision = repo.save_draft(session, sys.argv[2], Offer(name=sys.argv[2], goal=Goal(count=int(sys.argv[3]))),
                               expected_revision=int(sys.argv[4]))
print(revision)
"""


def other_process(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", SAVE, *args], capture_output=True, text=True, timeout=60)


def test_the_app_and_the_cli_both_write_and_each_sees_the_other(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite3"
    store = Store(path)  # stays open, as the app keeps it
    with store.transaction() as session:
        repo.create_offer(session, Offer(name="From the app"))
    offer_file = tmp_path / "cli.offer.json"
    write_offer_file(Offer(name="From the CLI", goal=Goal(count=4)), offer_file)
    imported = subprocess.run(
        [sys.executable, "-m", "referral_studio", "offers", "import", str(offer_file), "--database", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert imported.returncode == 0, imported.stderr
    listed = subprocess.run(
        [sys.executable, "-m", "referral_studio", "offers", "list", "--database", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert "From the app" in listed.stdout and "From the CLI" in listed.stdout
    with store.transaction() as session:
        assert repo.load_draft(session, "From the CLI").goal.count == 4
        repo.save_draft(session, "From the CLI", Offer(name="From the CLI", goal=Goal(count=5)))
    store.close()


def test_a_stale_save_from_another_process_is_refused_not_lost(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite3"
    store = Store(path)
    with store.transaction() as session:
        repo.create_offer(session, Offer(name="Shared"))
        opened_at = repo.offer_summary(session, "Shared").draft_revision
    first = other_process(str(path), "Shared", "7", str(opened_at))
    assert first.returncode == 0, first.stderr
    with store.transaction() as session, pytest.raises(repo.DraftConflict) as conflict:
        repo.save_draft(session, "Shared", Offer(name="Shared", goal=Goal(count=3)), expected_revision=opened_at)
    assert conflict.value.actual == int(first.stdout)
    with store.transaction() as session:
        assert repo.load_draft(session, "Shared").goal.count == 7  # the other process's save stands
    stale = other_process(str(path), "Shared", "9", str(opened_at))
    assert stale.returncode != 0 and "DraftConflict" in stale.stderr
    store.close()
