"""The app's real start: the platform check, the store opened, the main window shown, a clean exit."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from referral_studio.app.demo import build_demo
from referral_studio.ui.shell.app import run_app


def close_soon(seen: list[str]) -> None:
    def close() -> None:
        seen.extend(widget.windowTitle() for widget in QApplication.topLevelWidgets() if widget.isVisible())
        QApplication.closeAllWindows()

    QTimer.singleShot(300, close)


def test_the_app_opens_a_new_store_and_quits_cleanly(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_app installs its own; put ours back after
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    seen: list[str] = []
    close_soon(seen)
    assert run_app(tmp_path / "new" / "store.sqlite3") == 0
    assert "Referral Studio" in seen and (tmp_path / "new" / "store.sqlite3").is_file()


def test_the_demo_opens_on_its_own_store(qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    store_path, log_path = build_demo(tmp_path / "demo")
    seen: list[str] = []
    close_soon(seen)
    assert run_app(store_path, demo_log=log_path) == 0
    assert "Demo Workspace — Referral Studio" in seen
