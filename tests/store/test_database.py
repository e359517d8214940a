"""Opening stores: migrations from the first schema, settings, and files that are not stores."""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.config import Config
from alembic.script import ScriptDirectory

from referral_studio.domain.lifecycle import OfferState
from referral_studio.store import repository as repo
from referral_studio.store.backups import list_backups
from referral_studio.store.database import DATABASE_ENV, Store, StoreError, default_database_path

DATA = Path(__file__).parent.parent / "data"


def indexes(path: Path) -> set[str]:
    with contextlib.closing(sqlite3.connect(path)) as connection:
        return {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}


def schema_version(path: Path) -> str:
    with contextlib.closing(sqlite3.connect(path)) as connection:
        return str(connection.execute("SELECT version_num FROM alembic_version").fetchone()[0])


def test_a_store_of_the_first_schema_upgrades_and_keeps_its_drafts(tmp_path: Path) -> None:
    """tests/data/store-0001.sqlite3 was written by the first schema; opening it runs every migration since."""
    path = tmp_path / "old.sqlite3"
    shutil.copy(DATA / "store-0001.sqlite3", path)
    config = Config()
    config.set_main_option("script_location", str(Path(repo.__file__).with_name("migrations")))
    head = ScriptDirectory.from_config(config).get_current_head()
    assert schema_version(path) == "0001" != head, "the fixture is older than the code"
    assert "ix_revisions_offer_id" in indexes(path)
    store = Store(path)
    with store.transaction() as session:
        offers = {o.name: o for o in repo.list_offers(session)}
        assert offers["Approved visits"].state is OfferState.APPROVED
        assert offers["Draft sign-ups"].goal_count == 6
        assert len(repo.list_revisions(session, "Draft sign-ups")) == 2
        assert (
            repo.save_draft(
                session, "Draft sign-ups", repo.load_draft(session, "Draft sign-ups").replace(rules_url="https://x")
            )
            == 3
        )
    store.close()
    assert schema_version(path) == head
    assert "ix_revisions_offer_id" not in indexes(path), "migration 0002 ran"
    [backup] = list_backups(path)
    assert f"before-{head}" in backup.name and schema_version(backup) == "0001"


def test_an_empty_folder_gets_a_new_store_in_wal_mode(tmp_path: Path) -> None:
    store = Store(tmp_path / "deep" / "er" / "store.sqlite3")
    with store.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
    store.close()


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"", "zero-byte"),
        (b"hello, I am a text file\n" * 10, "not an SQLite database"),
        (b"SQLite format 3\x00" + b"\x00" * 84 + b"garbage" * 200, "cannot be opened"),
    ],
)
def test_files_that_are_not_stores_are_refused_and_left_untouched(tmp_path: Path, content: bytes, words: str) -> None:
    path = tmp_path / "store.sqlite3"
    path.write_bytes(content)
    with pytest.raises(StoreError, match=words):
        Store(path)
    assert path.read_bytes() == content


def test_a_store_from_a_newer_app_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite3"
    Store(path).close()
    with contextlib.closing(sqlite3.connect(path)) as connection, connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    before = path.read_bytes()
    with pytest.raises(StoreError, match="newer Referral Studio"):
        Store(path)
    assert path.read_bytes() == before


def test_database_location_follows_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(DATABASE_ENV, str(tmp_path / "chosen.sqlite3"))
    assert default_database_path() == tmp_path / "chosen.sqlite3"
    monkeypatch.delenv(DATABASE_ENV)
    assert default_database_path().name == "referral-studio.sqlite3"


def test_the_migrations_build_exactly_the_schema_the_models_describe(tmp_path: Path) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from referral_studio.store.models import Base

    store = Store(tmp_path / "store.sqlite3")
    with store.engine.connect() as connection:
        assert compare_metadata(MigrationContext.configure(connection), Base.metadata) == []
    store.close()
