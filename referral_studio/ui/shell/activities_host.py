"""What the main window's parts (offer, program and file actions) need of it, and no more.

The parts act on the store and the selection and then show the outcome; typing them against this
protocol instead of MainWindow keeps the window and its parts from importing each other.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import QStatusBar

from referral_studio.app.offers import Offers
from referral_studio.ui.shell.workspace_controller import WorkspaceController


class ActivitiesHost(Protocol):
    """The store's use cases, the open workspace windows, the selection and a place for news."""

    offers: Offers
    windows: WorkspaceController

    def selected_offer(self) -> str | None: ...

    def selected_program(self) -> str | None: ...

    def reload(self, select: tuple[str, str] | None = None) -> None: ...

    def new_offer(self, name: str, program: str, clone_from: str | None = None) -> bool: ...

    def statusBar(self) -> QStatusBar: ...  # noqa: N802 (Qt's name, which MainWindow inherits)
