"""Running a use case from a window: a refusal by the store or an offer file is shown, and changes nothing.

The main window and the parts that act for it (programs, offer files) share this, so every refusal
reads the same: a warning titled with what was tried, saying why.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import QMessageBox, QWidget

from referral_studio.domain.offer_file import OfferFileError
from referral_studio.store.repository import RepositoryError

T = TypeVar("T")


def succeeds(parent: QWidget, title: str, work: Callable[[], object]) -> bool:
    """Run a use case; False after showing why the store or the file refused it."""
    try:
        work()
    except (RepositoryError, OfferFileError) as error:
        QMessageBox.warning(parent, title, str(error))
        return False
    return True


def attempt(parent: QWidget, title: str, work: Callable[[], T]) -> T | None:
    """The use case's result, or None after showing why it was refused."""
    results: list[T] = []
    return results[0] if succeeds(parent, title, lambda: results.append(work())) else None
