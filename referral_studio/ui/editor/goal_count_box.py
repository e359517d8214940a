"""The goal count field: a number below 1 is refused with a word, not silently put back."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFocusEvent, QValidator
from PySide6.QtWidgets import QSpinBox, QWidget


class GoalCountBox(QSpinBox):
    """A QSpinBox from 1 up that says when the text typed is below 1 (a QSpinBox alone reverts it without a word)."""

    sig_below_minimum = Signal(bool)
    """True while the text typed is a number below the minimum (the field will not take it), False again after."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._below = False

    def validate(self, text: str, position: int) -> tuple[QValidator.State, str, int]:
        state = super().validate(text, position)
        digits = text.replace(self.locale().groupSeparator(), "").strip()
        below = digits.lstrip("-").isdigit() and int(digits) < self.minimum()
        if below != self._below:
            self._below = below
            self.sig_below_minimum.emit(below)
        return state

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt's name
        super().focusOutEvent(event)
        if self._below:  # QSpinBox puts the last good value back; the message has said why
            self._below = False
            self.sig_below_minimum.emit(False)
