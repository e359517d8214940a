"""An import whose name clashes offers a free name to import under."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from referral_studio.domain.natural_order import free_name
from referral_studio.ui.activities.name_clash_dialog import NameClashDialog, ask_free_name


def test_a_free_name_is_suggested() -> None:
    assert free_name("Spring", {"Other"}) == "Spring"
    assert free_name("Spring", {"Spring", "Spring (2)"}) == "Spring (3)"


def test_the_dialog_accepts_only_a_free_name(qtbot: object) -> None:
    dialog = NameClashDialog("Spring", {"Spring", "Spring (2)"})
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert dialog.name.text() == "Spring (3)" and ok.isEnabled()
    dialog.name.setText("Spring (2)")
    assert not ok.isEnabled() and "taken" in dialog.problem.text()
    dialog.name.setText("  ")
    assert not ok.isEnabled()


def test_asking_returns_the_chosen_name_or_none(qtbot: object, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QDialog, "exec", lambda self: 1)
    assert ask_free_name("Spring", {"Spring"}) == "Spring (2)"
    monkeypatch.setattr(QDialog, "exec", lambda self: 0)
    assert ask_free_name("Spring", {"Spring"}) is None
