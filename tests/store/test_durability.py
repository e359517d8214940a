"""The store under stress: backups, failed migrations, damaged files, and SQLite's refusals."""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import event

from referral_studio.domain.offer import Goal, Offer
from referral_studio.store import backups
from referral_studio.store import database as database_module
from referral_studio.store import repository as repo
from referral_studio.store.database import Store, StoreError

DATA = Path(__file__).parent.parent / "data"
MIGRATIONS = Path(database_module.__file__).with_name("migrations")

HEAD = ScriptDirectory.from_config(database_module._alembic_config(None)).get_current_head()
GOOD_NEXT = f'''"""Adds a column."""
import sqlalchemy as sa
from alembic import op
revision = "9999"
down_revision = "{HEAD}"
branch_labels = None
depends_on = None
def upgrade():
    with op.batch_alter_table("offers") as batch:
        batch.add_column(sa.Column("note", sa.String(), nullable=True))
'''
FAILING_NEXT = f'''"""Creates a table, renames one, then fails half-way."""
import sqlalchemy as sa
from alembic import op
revision = "9999"
down_revision = "{HEAD}"
branch_labels = None
depends_on = None
def upgrade():
    op.create_table("half_done", sa.Column("id", sa.Integer(), primary_key=True))
    op.rename_table("programs", "programs_old")
    raise RuntimeError("the migration broke half-way")
'''


def old_store(tmp_path: Path) -> Path:
    path = tmp_path / "store.sqlite3"
    shutil.copy(DATA / "store-0001.sqlite3", path)
    return path


def with_migration(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, source: str) -> None:
    """Point the store at a copy of its migrations plus one more."""
    folder = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS, folder, ignore=shutil.ignore_patterns("__pycache__"))
    (folder / "versions" / "9999_test.py").write_text(source)
    monkeypatch.setattr(database_module, "_MIGRATIONS", folder)


def tables_and_version(path: Path) -> tuple[list[str], str]:
    with contextlib.closing(sqlite3.connect(path)) as connection:
        tables = sorted(row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'"))
        version = connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    return tables, version


def draft_names(path: Path) -> list[str]:
    store = Store(path)
    try:
        with store.transaction() as session:
            return sorted(summary.name for summary in repo.list_offers(session))
    finally:
        store.close()


def test_a_migration_is_preceded_by_a_backup_of_the_old_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = old_store(tmp_path)
    with_migration(tmp_path, monkeypatch, GOOD_NEXT)
    Store(path).close()
    assert tables_and_version(path)[1] == "9999"
    [backup] = backups.list_backups(path)
    assert "before-9999" in backup.name
    assert tables_and_version(backup)[1] == "0001"


def test_a_failed_migration_leaves_the_store_as_it_was(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = old_store(tmp_path)
    before = tables_and_version(path)
    with_migration(tmp_path, monkeypatch, FAILING_NEXT)
    with pytest.raises(
        StoreError, match="upgrading .* to schema 9999 failed .*the migration broke half-way.*left as it was"
    ):
        Store(path)
    assert tables_and_version(path) == before
    with contextlib.closing(sqlite3.connect(path)) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert backups.latest_backup(path) is not None
    monkeypatch.setattr(database_module, "_MIGRATIONS", MIGRATIONS)
    assert "Draft sign-ups" in draft_names(path)


def test_reopening_makes_a_daily_backup_at_most_once_a_day(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite3"
    store = Store(path)
    with store.transaction() as session:
        repo.create_offer(session, Offer(name="Kept", goal=Goal(count=4)))
    store.close()
    assert backups.list_backups(path) == []  # a new store has nothing to back up yet
    Store(path).close()
    Store(path).close()
    [daily] = backups.list_backups(path)
    assert "daily" in daily.name and draft_names(daily) == ["Kept"]
    assert not backups.backup_is_due(path)
    assert backups.backup_is_due(path, now=datetime.now(timezone.utc) + timedelta(days=1, seconds=1))


def test_only_the_newest_backups_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite3"
    Store(path).close()
    start = datetime(2027, 1, 1, tzinfo=timezone.utc)
    for day in range(backups.KEEP + 3):
        backups.make_backup(path, "daily", now=start + timedelta(days=day))
    kept = backups.list_backups(path)
    assert len(kept) == backups.KEEP and "20270110" in kept[0].name and "20270104" in kept[-1].name
    assert not list(backups.backup_folder(path).glob("*.partial"))


def test_a_backup_can_be_restored_to_a_working_copy(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite3"
    store = Store(path)
    with store.transaction() as session:
        repo.create_offer(session, Offer(name="Saved"))
    store.close()
    backup = backups.make_backup(path, "manual")
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)  # the store is destroyed
    copy = backups.restore_copy(backup, path)
    assert draft_names(copy) == ["Saved"] and backup.exists()


def test_truncated_and_damaged_stores_are_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite3"
    store = Store(path)
    with store.transaction() as session:
        for number in range(300):
            repo.create_offer(session, Offer(name=f"Offer {number}", rules_url="https://example.com/" + "x" * 200))
    store.close()
    whole = path.read_bytes()
    truncated = tmp_path / "truncated.sqlite3"
    truncated.write_bytes(whole[: len(whole) // 2])
    damaged = tmp_path / "damaged.sqlite3"
    middle = len(whole) // 2
    damaged.write_bytes(whole[:middle] + bytes(4096) + whole[middle + 4096 :])
    for broken in (truncated, damaged):
        content = broken.read_bytes()
        with pytest.raises(StoreError, match="left untouched"):
            Store(broken)
        assert broken.read_bytes() == content


def failing_store(tmp_path: Path, pragma: str) -> Store:
    """A store whose connections get one more PRAGMA, to make SQLite refuse writes the way a full or read-only disk does."""
    store = Store(tmp_path / "store.sqlite3")
    with store.transaction() as session:
        repo.create_offer(session, Offer(name="Mine", goal=Goal(count=2)))
    store.engine.dispose()
    event.listen(store.engine, "connect", lambda connection, _record: connection.execute(pragma))
    return store


@pytest.mark.parametrize(
    ("pragma", "words"),
    [("PRAGMA query_only = ON", "is read-only"), ("PRAGMA max_page_count = 1", "disk holding .* is full")],
)
def test_a_refused_write_says_why_and_changes_nothing(tmp_path: Path, pragma: str, words: str) -> None:
    store = failing_store(tmp_path, pragma)
    big = Offer(name="Mine", goal=Goal(count=9), promo_codes=tuple(f"CODE-{n:06d}" for n in range(20_000)))
    with pytest.raises(StoreError, match=words + ".*Nothing was changed"):
        with store.transaction() as session:
            repo.save_draft(session, "Mine", big)
    store.close()
    reopened = Store(tmp_path / "store.sqlite3")
    with reopened.transaction() as session:
        assert repo.load_draft(session, "Mine").goal.count == 2
    reopened.close()


def test_a_store_locked_by_another_program_gives_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite3"
    Store(path).close()
    store = Store(path, busy_timeout_ms=200)
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as other:
        other.execute("BEGIN IMMEDIATE")
        with pytest.raises(StoreError, match="busy: another program kept it locked for over 0.2 s"):
            with store.transaction() as session:
                repo.create_offer(session, Offer(name="Blocked"))
        other.execute("ROLLBACK")
    with store.transaction() as session:
        repo.create_offer(session, Offer(name="Blocked"))
    store.close()


def test_a_store_whose_folder_cannot_be_made_is_refused_clearly(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the store's folder should be")
    with pytest.raises(StoreError, match="cannot create the folder for the store"):
        Store(blocker / "store.sqlite3")


def test_reading_is_not_held_up_by_a_writer(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite3"
    store = Store(path, busy_timeout_ms=200)
    with store.transaction() as session:
        repo.create_offer(session, Offer(name="Visible"))
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as writer:
        writer.execute("BEGIN IMMEDIATE")  # another process is in the middle of a save
        with store.reading() as session:
            assert [s.name for s in repo.list_offers(session)] == ["Visible"]
        with pytest.raises(StoreError, match="busy"), store.transaction() as session:
            repo.create_offer(session, Offer(name="Waits"))
        writer.execute("ROLLBACK")
    with store.reading() as session:
        repo.create_offer(session, Offer(name="Discarded"))
    with store.reading() as session:
        assert [s.name for s in repo.list_offers(session)] == ["Visible"]
    store.close()
