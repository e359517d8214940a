"""Opening the store: where the file lives, SQLite settings, and migrations on open.

Writes run in `BEGIN IMMEDIATE` transactions so two processes never both start a write
and fail at commit; WAL with `synchronous=FULL` makes every acknowledged save durable.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import platformdirs
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session, sessionmaker

DATABASE_ENV = "REFERRAL_STUDIO_DATABASE"
APP_NAME = "referral-studio"
BUSY_TIMEOUT_MS = 10_000
_MIGRATIONS = Path(__file__).with_name("migrations")


class StoreError(Exception):
    """The store cannot be opened or written; the message says why and what to do."""


def default_database_path() -> Path:
    """The store file: `$REFERRAL_STUDIO_DATABASE`, else the platform's user data folder."""
    chosen = os.environ.get(DATABASE_ENV)
    if chosen:
        return Path(chosen).expanduser()
    return platformdirs.user_data_path(APP_NAME, appauthor=False) / "referral-studio.sqlite3"


def _alembic_config(connection: object) -> Config:
    config = Config()
    config.set_main_option("script_location", str(_MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def _check_file(path: Path) -> None:
    """Refuse a file that is not an SQLite store before SQLite or a migration touches it."""
    if not path.exists():
        return
    if path.is_dir():
        raise StoreError(f"{path} is a folder, not a Referral Studio store file")
    size = path.stat().st_size
    if size == 0:
        raise StoreError(f"{path} is an empty (zero-byte) file, not a Referral Studio store; it was left untouched")
    with path.open("rb") as stream:
        header = stream.read(16)
    if header != b"SQLite format 3\x00":
        raise StoreError(f"{path} is not an SQLite database (not a Referral Studio store); it was left untouched")


class Store:
    """One SQLite store file, migrated to the current schema, with a session factory."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        _check_file(self.path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise StoreError(f"cannot create the folder for the store {self.path}: {error.strerror or error}") from None
        self.engine: Engine = create_engine(f"sqlite:///{self.path}", connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        event.listen(self.engine, "connect", _on_connect)
        event.listen(self.engine, "begin", _on_begin)
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)
        try:
            self._check_integrity()
            self._migrate()
        except (DatabaseError, sqlite3.DatabaseError) as error:
            self.engine.dispose()
            raise StoreError(f"{self.path} cannot be opened as a store: {_reason(error)}; it was left untouched") from None
        except StoreError:
            self.engine.dispose()
            raise

    def _check_integrity(self) -> None:
        with self.engine.connect() as connection:
            result = connection.exec_driver_sql("PRAGMA quick_check").scalar()
            if result != "ok":
                raise StoreError(f"{self.path} is damaged (SQLite quick_check: {result}); it was left untouched")

    def _migrate(self) -> None:
        scripts = ScriptDirectory.from_config(_alembic_config(None))
        head = scripts.get_current_head()
        known = {script.revision for script in scripts.walk_revisions()}
        with self.engine.begin() as connection:
            current = MigrationContext.configure(connection).get_current_revision()
            if current is not None and current not in known:
                raise StoreError(
                    f"{self.path} was written by a newer Referral Studio (schema {current}); "
                    "update Referral Studio to open it. The file was left untouched."
                )
            if current != head:
                command.upgrade(_alembic_config(connection), "head")

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """One session for one user action: committed when the block ends, rolled back on error."""
        with self.sessions() as session, session.begin():
            yield session

    def close(self) -> None:
        self.engine.dispose()


def _reason(error: BaseException) -> str:
    text = str(getattr(error, "orig", None) or error)
    return text.splitlines()[0] if text else type(error).__name__


def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    # Let SQLAlchemy's "begin" event, not the driver, start transactions (SQLAlchemy's pysqlite recipe).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.close()


def _on_begin(connection: object) -> None:
    connection.exec_driver_sql("BEGIN IMMEDIATE")  # type: ignore[attr-defined]
