"""A refused store at start-up: the user may open the latest backup or another file, never lose the original."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication, QMessageBox

from referral_studio.domain.offer import Offer
from referral_studio.store import repository as repo
from referral_studio.store.backups import make_backup, restore_copy
from referral_studio.store.database import Store, StoreError
from referral_studio.ui.shell.error_dialogs import install_error_dialogs, show_unexpected_error
from referral_studio.ui.shell.store_opening import open_store, refusal_box


def damaged_store_with_backup(tmp_path: Path) -> Path:
    path = tmp_path / "store.sqlite3"
    store = Store(path)
    with store.transaction() as session:
        repo.create_offer(session, Offer(name="Precious"))
    store.close()
    make_backup(path, "daily")
    path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 84 + b"garbage" * 300)
    return path


def test_the_latest_backup_opens_as_a_working_copy_and_the_damaged_file_stays(tmp_path: Path) -> None:
    path = damaged_store_with_backup(tmp_path)
    damaged = path.read_bytes()
    asked: list[tuple[str, Path | None]] = []

    def choose(refused: Path, why: str, backup: Path | None) -> Path | None:
        asked.append((why, backup))
        return restore_copy(backup, refused) if backup else None

    store = open_store(path, choose)
    assert store is not None and store.path != path and "restored" in store.path.name
    with store.transaction() as session:
        assert [summary.name for summary in repo.list_offers(session)] == ["Precious"]
    store.close()
    assert path.read_bytes() == damaged
    assert "cannot be opened" in asked[0][0] and asked[0][1] is not None


def test_giving_up_opens_nothing(tmp_path: Path) -> None:
    path = damaged_store_with_backup(tmp_path)
    assert open_store(path, lambda _path, _why, _backup: None) is None


def test_the_question_offers_the_backup_only_when_there_is_one(qtbot: object, tmp_path: Path) -> None:
    with_backup = refusal_box(tmp_path / "s.sqlite3", "it is damaged", tmp_path / "b.sqlite3")
    without = refusal_box(tmp_path / "s.sqlite3", "it is damaged", None)
    names = [button.objectName() for button in with_backup.buttons()]
    assert "openLatestBackup" in names and "openAnotherStore" in names and "quit" in names
    assert "openLatestBackup" not in [button.objectName() for button in without.buttons()]
    assert "it is damaged" in with_backup.text() and "b.sqlite3" in with_backup.informativeText()


def test_errors_reaching_the_event_loop_become_messages(messages: list[str], capsys: object) -> None:
    show_unexpected_error(StoreError, StoreError("The disk holding x is full. Nothing was changed"), None)
    try:
        raise ZeroDivisionError("boom")
    except ZeroDivisionError as error:
        show_unexpected_error(ZeroDivisionError, error, error.__traceback__)
    assert "is full" in messages[0] and "ZeroDivisionError: boom" in messages[1] and "drafts are safe" in messages[1]
    assert "Traceback" in capsys.readouterr().err  # type: ignore[attr-defined]


def test_an_error_raised_on_another_thread_is_shown_on_the_ui_thread(
    qtbot: object, monkeypatch: pytest.MonkeyPatch, capsys: object
) -> None:
    """Qt widgets belong to the UI thread: a dialog built on a worker would crash the app, so the message is queued."""
    shown: list[tuple[str, bool]] = []

    def record(_parent: object, _title: str, text: str, *args: object, **kwargs: object) -> None:
        shown.append((text, QThread.currentThread() is QApplication.instance().thread()))

    monkeypatch.setattr(QMessageBox, "critical", staticmethod(record))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    install_error_dialogs()

    def fail() -> None:
        raise KeyError("lost")

    worker = threading.Thread(target=fail)
    worker.start()
    worker.join()
    assert shown == [], "not shown on the worker thread"
    qtbot.waitUntil(lambda: shown != [])  # type: ignore[attr-defined]
    assert shown == [(shown[0][0], True)] and "KeyError: 'lost'" in shown[0][0]
    assert "Traceback" in capsys.readouterr().err  # type: ignore[attr-defined]
