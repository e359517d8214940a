"""Two-way links between editor widgets and offer settings, all through undo commands.

A widget edit pushes a SetValueCommand; a document change (edit, undo, redo, reload)
updates only the widgets whose value differs, so the cursor never jumps while typing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDoubleSpinBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from referral_studio.domain.offer import SettingPath
from referral_studio.ui.editor.commands import SetValueCommand
from referral_studio.ui.editor.offer_document import OfferDocument
from referral_studio.ui.widgets.qt_times import UTC, show_moment, shown_moment


def lines_of(text: str) -> tuple[str, ...]:
    """One entry per non-blank line, kept exactly as typed."""
    return tuple(line for line in text.split("\n") if line.strip())


class FieldBinder(QObject):
    """Binds widgets to offer-file keys; `widget_for(key)` finds a field for validation clicks."""

    def __init__(self, document: OfferDocument, stack: QUndoStack, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.stack = stack
        self._refreshers: dict[str, list[Callable[[], None]]] = {}
        self._widgets: dict[str, QWidget] = {}
        document.sig_changed.connect(self._on_document_changed)

    def widget_for(self, path: str) -> QWidget | None:
        return self._widgets.get(path)

    def refresh_all(self) -> None:
        for refreshers in self._refreshers.values():
            for refresh in refreshers:
                refresh()

    def push(self, path: SettingPath, value: object, label: str, *, merge: bool = False) -> None:
        """Record an edit as an undoable command (nothing when the value is unchanged)."""
        if self.document.offer.value(path) != value:
            self.stack.push(SetValueCommand(self.document, path, value, label, merge=merge))

    def _on_document_changed(self, path: str) -> None:
        if not path:
            self.refresh_all()
            return
        for refresh in self._refreshers.get(path, ()):
            refresh()

    def _register(self, path: SettingPath, widget: QWidget, refresh: Callable[[], None]) -> None:
        self._refreshers.setdefault(path, []).append(refresh)
        self._widgets.setdefault(path, widget)
        refresh()

    @staticmethod
    def _quietly(widget: QWidget, apply: Callable[[], None]) -> None:
        blocked = widget.blockSignals(True)
        try:
            apply()
        finally:
            widget.blockSignals(blocked)

    def text(self, widget: QLineEdit, path: SettingPath, label: str, *, optional: bool = True) -> None:
        """A line edit; empty text is None for optional settings."""

        def value() -> str | None:
            return (widget.text() or None) if optional else widget.text()

        def refresh() -> None:
            current = self.document.offer.value(path)
            if value() != current:
                self._quietly(widget, lambda: widget.setText(str(current or "")))

        widget.textEdited.connect(lambda _text: self.push(path, value(), label, merge=True))
        self._register(path, widget, refresh)

    def lines(self, widget: QPlainTextEdit, path: SettingPath, label: str) -> None:
        """A multi-line list, one entry per line."""

        def refresh() -> None:
            current = self.document.offer.value(path)
            if lines_of(widget.toPlainText()) != current:
                self._quietly(widget, lambda: widget.setPlainText("\n".join(current)))  # type: ignore[arg-type]

        widget.textChanged.connect(lambda: self.push(path, lines_of(widget.toPlainText()), label, merge=True))
        self._register(path, widget, refresh)

    def number(self, widget: QSpinBox | QDoubleSpinBox, path: SettingPath, label: str) -> None:
        """A spin box; drags and typing merge into one undo step."""

        def refresh() -> None:
            current = self.document.offer.value(path)
            if current is not None and widget.value() != current:
                self._quietly(widget, lambda: widget.setValue(current))  # type: ignore[arg-type]

        widget.valueChanged.connect(lambda value: self.push(path, value, label, merge=True))
        self._register(path, widget, refresh)

    def check(self, widget: QAbstractButton, path: SettingPath, label: str) -> None:
        """A check box for a true/false setting."""

        def refresh() -> None:
            current = bool(self.document.offer.value(path))
            if widget.isChecked() != current:
                self._quietly(widget, lambda: widget.setChecked(current))

        widget.toggled.connect(lambda on: self.push(path, on, label))
        self._register(path, widget, refresh)

    def choice(self, widget: QComboBox, path: SettingPath, label: str, values: Sequence[object]) -> None:
        """A combo box whose items stand for `values`, in order (values, not indices, are stored)."""

        def refresh() -> None:
            index = list(values).index(self.document.offer.value(path))
            if widget.currentIndex() != index:
                self._quietly(widget, lambda: widget.setCurrentIndex(index))

        widget.currentIndexChanged.connect(lambda index: self.push(path, values[index], label))
        self._register(path, widget, refresh)

    def optional(
        self,
        switch: QCheckBox,
        widget: QWidget,
        path: SettingPath,
        label: str,
        read: Callable[[], object],
        write: Callable[[object], None],
        changed: object,
    ) -> None:
        """A setting that may be unset (None): the switch turns it on with the widget's value."""

        def refresh() -> None:
            current = self.document.offer.value(path)
            self._quietly(switch, lambda: switch.setChecked(current is not None))
            widget.setEnabled(current is not None)
            if current is not None and read() != current:
                self._quietly(widget, lambda: write(current))

        switch.toggled.connect(lambda on: self.push(path, read() if on else None, label))
        changed.connect(lambda *_: self.push(path, read(), label, merge=True) if switch.isChecked() else None)  # type: ignore[attr-defined]
        self._register(path, switch, refresh)

    def optional_number(
        self, switch: QCheckBox, spin: QSpinBox | QDoubleSpinBox, path: SettingPath, label: str
    ) -> None:
        """A number that may be unset, such as an attribution window or a cap."""

        def write(value: object) -> None:  # a value beyond the box's range (a file may hold any) shows as its end
            spin.setValue(min(max(value, spin.minimum()), spin.maximum()))

        self.optional(switch, spin, path, label, spin.value, write, spin.valueChanged)

    def when(self, edit: QDateTimeEdit, switch: QCheckBox, path: SettingPath, label: str) -> None:
        """An optional date and time, shown and stored in UTC."""
        edit.setTimeZone(UTC)
        self.optional(
            switch,
            edit,
            path,
            label,
            lambda: shown_moment(edit),
            lambda value: show_moment(edit, value) if isinstance(value, datetime) else None,
            edit.dateTimeChanged,
        )
