"""Automatic backups of the store, made with SQLite's online backup API (never a file copy,
which could catch a write half-way): before every migration, and at most once a day.

Backups live in a `backups` folder beside the store, named
`<store name>-<UTC time>-<reason>.sqlite3`; the newest KEEP are kept.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

KEEP = 7
DAILY = timedelta(days=1)
_STAMP = "%Y%m%dT%H%M%SZ"


def backup_folder(store: Path) -> Path:
    return store.parent / "backups"


def list_backups(store: Path) -> list[Path]:
    """The store's backups, newest first."""
    folder = backup_folder(store)
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"{store.stem}-*.sqlite3"), key=lambda path: path.name, reverse=True)


def latest_backup(store: Path) -> Path | None:
    backups = list_backups(store)
    return backups[0] if backups else None


def _taken_at(store: Path, backup: Path) -> datetime | None:
    stamp = backup.name[len(store.stem) + 1 :].split("-", 1)[0]
    try:
        return datetime.strptime(stamp, _STAMP).replace(tzinfo=timezone.utc)
    except ValueError:
        return None


def make_backup(store: Path, reason: str, now: datetime | None = None) -> Path:
    """Copy the store page by page through SQLite into a new backup file, then keep the newest KEEP."""
    now = now or datetime.now(timezone.utc)
    folder = backup_folder(store)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{store.stem}-{now.strftime(_STAMP)}-{reason}.sqlite3"
    partial = target.with_suffix(".partial")
    source = sqlite3.connect(f"file:{store}?mode=ro", uri=True)
    try:
        destination = sqlite3.connect(partial)
        try:
            source.backup(destination)
            destination.execute("PRAGMA journal_mode = DELETE")  # one self-contained file, no -wal beside it
        finally:
            destination.close()
    finally:
        source.close()
    with open(partial, "rb+") as stream:
        os.fsync(stream.fileno())
    os.replace(partial, target)
    for old in list_backups(store)[KEEP:]:
        with contextlib.suppress(OSError):
            old.unlink()
    return target


def backup_is_due(store: Path, now: datetime | None = None) -> bool:
    """True when the newest backup is a day old or there is none."""
    now = now or datetime.now(timezone.utc)
    latest = latest_backup(store)
    taken = _taken_at(store, latest) if latest else None
    return taken is None or now - taken >= DAILY


def restore_copy(backup: Path, store: Path) -> Path:
    """A working copy of a backup beside the store (the damaged store and the backup stay as they are)."""
    stamp = datetime.now(timezone.utc).strftime(_STAMP)
    target = store.with_name(f"{store.stem}-restored-{stamp}{store.suffix}")
    source = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    try:
        destination = sqlite3.connect(target)
        try:
            source.backup(destination)
        finally:
            destination.close()
    finally:
        source.close()
    return target
