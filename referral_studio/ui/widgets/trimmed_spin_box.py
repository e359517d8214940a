"""A decimal spin box that writes no trailing zeros: "30 days", "0.35", "92", not "30.00 days", "0.350", "92.00"."""

from __future__ import annotations

from PySide6.QtWidgets import QDoubleSpinBox


class TrimmedSpinBox(QDoubleSpinBox):
    """Keeps its decimals for typing and stepping; only the shown text drops the zeros they would pad with."""

    def textFromValue(self, value: float) -> str:  # noqa: N802 - Qt's name
        locale = self.locale()
        text = locale.toString(value, "f", self.decimals())
        if not self.isGroupSeparatorShown():
            text = text.replace(locale.groupSeparator(), "")
        point = locale.decimalPoint()
        return text.rstrip("0").rstrip(point) if point in text else text
