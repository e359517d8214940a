"""Errors nobody caught become a message on the UI thread, wherever they were raised."""

from __future__ import annotations

import sys
import threading
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal
from PySide6.QtWidgets import QMessageBox

from referral_studio.ui.i18n import translate

APPLICATION_NAME = "Referral Studio"


class ErrorRelay(QObject):
    """Carries an unexpected error's message from whatever thread raised it to the UI thread's dialog."""

    sig_error = Signal(bool, str)
    """(the store refused something, the message); emitted from any thread, shown on the UI thread."""

    def __init__(self) -> None:
        super().__init__()
        self.sig_error.connect(self._on_error)  # queued when emitted from another thread: this object is the UI's

    def _on_error(self, store: bool, text: str) -> None:
        if store:
            QMessageBox.warning(None, APPLICATION_NAME, text)
        else:
            QMessageBox.critical(None, APPLICATION_NAME, text)


_relay: ErrorRelay | None = None


def install_error_dialogs() -> None:
    """Errors nobody caught, on the UI thread or any other, end in a message on the UI thread."""
    global _relay
    _relay = ErrorRelay()
    sys.excepthook = show_unexpected_error
    threading.excepthook = lambda args: show_unexpected_error(args.exc_type, args.exc_value, args.exc_traceback)


def show_unexpected_error(kind: type[BaseException], error: BaseException | None, trace: TracebackType | None) -> None:
    """Errors that reach the event loop become a message, never a traceback in the user's face.

    A StoreError says what the store refused (nothing was changed); anything else is a bug:
    the message says so and the traceback goes to stderr for the report. The dialog is only
    ever built on the UI thread (Qt widgets belong to it): from another thread the message
    is queued to it.
    """
    from referral_studio.store.database import StoreError

    global _relay
    store = isinstance(error, StoreError)
    if store:
        text = str(error)
    else:
        traceback.print_exception(kind, error, trace)
        text = translate(
            "App",
            "Something went wrong that should not have ({problem}). Your saved drafts are safe; please report this "
            "with the text printed in the terminal.",
        ).format(problem=f"{kind.__name__}: {error}")
    app = QCoreApplication.instance()
    on_ui_thread = app is not None and QThread.currentThread() is app.thread()
    if _relay is None and on_ui_thread:
        _relay = ErrorRelay()
    if _relay is not None:
        _relay.sig_error.emit(store, text)
