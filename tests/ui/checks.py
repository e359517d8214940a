"""Helpers the window tests share: answering a message box with one of its buttons, reading a draft back."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from referral_studio.store import repository as repo
from referral_studio.store.database import Store


def answer_boxes(monkeypatch: pytest.MonkeyPatch, button: str) -> list[str]:
    """Every QMessageBox run with exec() answers with the button of that text; their texts are collected."""
    asked: list[str] = []

    def answer(box: QMessageBox) -> int:
        asked.append(box.text())
        next(each for each in box.buttons() if each.text() == button).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    return asked


def stored_goal_count(store_path: Path, name: str) -> int:
    """The goal count of the offer's draft as the store file holds it, read through a store of its own."""
    other = Store(store_path)
    with other.transaction() as session:
        draft = repo.load_draft(session, name)
    other.close()
    assert draft is not None
    return draft.goal.count
