"""Opening the store: where the file lives, SQLite settings, and migrations on open.

Opening reads the schema version with one query and imports Alembic only when a
migration is due, so a current store opens without it (a third of a second at start).

Writes run in `BEGIN IMMEDIATE` transactions so two processes never both start a write
and fail at commit; WAL with `synchronous=FULL` makes every acknowledged save durable.
A backup (store/backups.py) is taken before any migration and at most daily; a migration
runs in the same transaction as its version stamp, so a failed one leaves the store as it was.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from referral_studio.domain.texts import translate
from referral_studio.store.backups import backup_is_due, make_backup

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


def _revisions() -> tuple[str, set[str]]:
    """The newest schema revision and every known one, read from the migration scripts' headers.

    (Alembic's ScriptDirectory gives the same; test_database checks they agree.)
    """
    revisions, parents = set(), set()
    for script in (_MIGRATIONS / "versions").glob("*.py"):
        text = script.read_text(encoding="utf-8")
        revision = re.search(r"^revision\s*(?::[^=]*)?=\s*[\"']([^\"']+)[\"']", text, re.MULTILINE)
        parent = re.search(r"^down_revision\s*(?::[^=]*)?=\s*[\"']([^\"']+)[\"']", text, re.MULTILINE)
        if revision:
            revisions.add(revision.group(1))
        if parent:
            parents.add(parent.group(1))
    heads = revisions - parents
    if len(heads) != 1:
        raise StoreError(f"the store's migration scripts have {len(heads)} newest revisions; expected one")
    return heads.pop(), revisions


def _alembic_config(connection: object) -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(_MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def _check_file(path: Path) -> None:
    """Refuse a file that is not an SQLite store before SQLite or a migration touches it."""
    if not path.exists():
        return
    if path.is_dir():
        raise StoreError(translate("Store", "{path} is a folder, not a Referral Studio store file").format(path=path))
    size = path.stat().st_size
    if size == 0:
        raise StoreError(
            translate(
                "Store", "{path} is an empty (zero-byte) file, not a Referral Studio store; it was left untouched"
            ).format(path=path)
        )
    with path.open("rb") as stream:
        header = stream.read(16)
    if header != b"SQLite format 3\x00":
        raise StoreError(
            translate(
                "Store", "{path} is not an SQLite database (not a Referral Studio store); it was left untouched"
            ).format(path=path)
        )


class Store:
    """One SQLite store file, migrated to the current schema, with a session factory."""

    def __init__(self, path: str | os.PathLike[str], *, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> None:
        self.path = Path(path)
        self.backup_problem: str | None = None  # why the daily backup could not be made, if it could not
        _check_file(self.path)
        existed = self.path.exists()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise StoreError(
                translate("Store", "cannot create the folder for the store {path}: {error}").format(
                    path=self.path, error=error.strerror or error
                )
            ) from None
        self.busy_timeout_ms = busy_timeout_ms
        self.engine: Engine = create_engine(f"sqlite:///{self.path}", connect_args={"timeout": busy_timeout_ms / 1000})
        event.listen(self.engine, "connect", self._on_connect)
        event.listen(self.engine, "begin", _on_begin)
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)
        # Reads start a deferred transaction: in WAL mode they neither wait for nor block a writer.
        self.read_sessions = sessionmaker(self.engine.execution_options(reading=True), expire_on_commit=False)
        try:
            self._check_integrity()
            migrated = self._migrate()
        except (DatabaseError, sqlite3.DatabaseError) as error:
            self.engine.dispose()
            raise StoreError(
                translate("Store", "{path} cannot be opened as a store: {reason}; it was left untouched").format(
                    path=self.path, reason=_reason(error)
                )
            ) from None
        except StoreError:
            self.engine.dispose()
            raise
        self._watch: sqlite3.Connection | None = None  # opened on first use, only to read PRAGMA data_version
        if existed and not migrated and backup_is_due(self.path):
            try:
                make_backup(self.path, "daily")
            except (OSError, sqlite3.Error) as error:
                self.backup_problem = translate(
                    "Store", "the daily backup of {path} could not be made: {error}"
                ).format(path=self.path, error=error)

    def _check_integrity(self) -> None:
        with self.engine.connect() as connection:
            result = connection.exec_driver_sql("PRAGMA quick_check").scalar()
            if result != "ok":
                raise StoreError(
                    translate(
                        "Store", "{path} is damaged (SQLite quick_check: {result}); it was left untouched"
                    ).format(path=self.path, result=result)
                )

    def _migrate(self) -> bool:
        """Bring the schema to the newest; True if a migration ran (after a backup)."""
        head, known = _revisions()
        with self.engine.execution_options(reading=True).connect() as connection:
            if _schema_version(connection) == head:  # the usual open: one read query, no Alembic, no write lock
                return False
        with self.engine.begin() as connection:  # BEGIN IMMEDIATE: one process at a time migrates
            current = _schema_version(connection)
            if current is not None and current not in known:
                raise StoreError(
                    translate(
                        "Store",
                        "{path} was written by a newer Referral Studio (schema {schema}); "
                        "update Referral Studio to open it. The file was left untouched.",
                    ).format(path=self.path, schema=current)
                )
            if current == head:  # another process migrated it meanwhile
                return False
            if current is not None:
                try:
                    make_backup(self.path, f"before-{head}")
                except (OSError, sqlite3.Error) as error:
                    raise StoreError(
                        translate(
                            "Store",
                            "{path} needs an upgrade, but the backup that must come first could not be "
                            "made ({error}); the file was left untouched",
                        ).format(path=self.path, error=error)
                    ) from None
            from alembic import command

            try:
                command.upgrade(_alembic_config(connection), "head")
            except Exception as error:
                raise StoreError(
                    translate(
                        "Store", "upgrading {path} to schema {schema} failed ({reason}); the store was left as it was"
                    ).format(path=self.path, schema=head, reason=_reason(error))
                ) from error
        return True

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """One session for one user action: committed when the block ends, rolled back on error.

        SQLite's refusals (locked, full, read-only…) become a StoreError that says what to do.
        """
        try:
            with self.sessions() as session, session.begin():
                yield session
        except (OperationalError, sqlite3.OperationalError) as error:
            raise StoreError(self._explain(error)) from error

    @contextlib.contextmanager
    def reading(self) -> Iterator[Session]:
        """One consistent snapshot for reading (a deferred transaction); any change made in it is discarded."""
        try:
            with self.read_sessions() as session:  # never committed: closing the session rolls the read back
                yield session
        except (OperationalError, sqlite3.OperationalError) as error:
            raise StoreError(self._explain(error)) from error

    def data_version(self) -> int:
        """A number that changes whenever anyone (another process, or this one) commits to the store.

        SQLite's PRAGMA data_version on one connection kept for this alone: cheap enough to ask
        on every window activation, so views re-read the store only when it changed.
        """
        if self._watch is None:
            self._watch = sqlite3.connect(self.path, isolation_level=None, timeout=self.busy_timeout_ms / 1000)
        try:
            return int(self._watch.execute("PRAGMA data_version").fetchone()[0])
        except sqlite3.Error as error:
            raise StoreError(self._explain(error)) from error

    def _explain(self, error: BaseException) -> str:
        reason = _reason(error)
        lowered = reason.lower()
        if "locked" in lowered or "busy" in lowered:
            return translate(
                "Store",
                "The store {path} is busy: another program kept it locked for over {seconds} s. "
                "Nothing was changed; try again.",
            ).format(path=self.path, seconds=f"{self.busy_timeout_ms / 1000:g}")
        if "full" in lowered:
            return translate(
                "Store", "The disk holding {path} is full. Nothing was changed; free some space and try again."
            ).format(path=self.path)
        if "readonly" in lowered or "read-only" in lowered:
            return translate(
                "Store", "The store {path} is read-only (its file or folder cannot be written). Nothing was changed."
            ).format(path=self.path)
        return translate("Store", "The store {path} refused the change ({reason}). Nothing was changed.").format(
            path=self.path, reason=reason
        )

    def _on_connect(self, dbapi_connection: sqlite3.Connection, _record: object) -> None:
        # Let SQLAlchemy's "begin" event, not the driver, start transactions (SQLAlchemy's pysqlite recipe).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {self.busy_timeout_ms}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.close()

    def close(self) -> None:
        if self._watch is not None:
            self._watch.close()
            self._watch = None
        self.engine.dispose()


def _schema_version(connection: Any) -> str | None:
    """The store's schema revision as Alembic stamps it; None for a store not yet created."""
    try:
        version = connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    except OperationalError as error:
        if "no such table" in str(error.orig):
            return None
        raise
    return None if version is None else str(version)


def _reason(error: BaseException) -> str:
    text = str(getattr(error, "orig", None) or error)
    return text.splitlines()[0] if text else type(error).__name__


def _on_begin(connection: Connection) -> None:
    reading = connection.get_execution_options().get("reading", False)
    connection.exec_driver_sql("BEGIN" if reading else "BEGIN IMMEDIATE")
