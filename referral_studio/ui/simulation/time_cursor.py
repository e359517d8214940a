"""Replay in time: a slider with play/pause and speed that moves a cursor through the campaign."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSlider, QStyle, QToolButton, QWidget

STEPS = 10_000
TICK_MS = 40
PLAY_SECONDS = 20  # at ×1, the whole campaign plays in this long
SPEEDS = (("×½", 0.5), ("×1", 1.0), ("×2", 2.0), ("×4", 4.0), ("×10", 10.0))

from referral_studio.ui.i18n import date_time, translate


class TimeCursor(QWidget):
    """`sig_moved(ns)` as the cursor moves; at the right end the cursor is "the end" (the whole run)."""

    sig_moved = Signal(object)
    """The cursor's time in ns since the epoch, or None at the end of the campaign."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.start_ns, self.end_ns = 0, 0
        self.play_button = QToolButton(objectName="playPause")
        self.play_button.setCheckable(True)
        self.play_button.setToolTip(translate("TimeCursor", "Play the campaign from the cursor (Space)"))
        self.play_button.setShortcut(Qt.Key.Key_Space)
        self.play_button.toggled.connect(self._on_play_toggled)
        self.slider = QSlider(Qt.Orientation.Horizontal, objectName="timeCursor")
        self.slider.setRange(0, STEPS)
        self.slider.setValue(STEPS)
        self.slider.setPageStep(STEPS // 20)
        self.slider.setAccessibleName(translate("TimeCursor", "Campaign time"))
        self.slider.valueChanged.connect(self._on_slider_value_changed)
        self.speed = QComboBox(objectName="playSpeed")
        for text, factor in SPEEDS:
            self.speed.addItem(text, factor)
        self.speed.setCurrentIndex(1)
        self.speed.setToolTip(
            translate("TimeCursor", "Playback speed (×1 plays the whole campaign in {seconds} s)").format(
                seconds=PLAY_SECONDS
            )
        )
        self.label = QLabel(objectName="cursorTime")
        self.label.setFixedWidth(self._widest_label() + 8)  # a label that kept its text's width would shift the slider
        self.timer = QTimer(self, interval=TICK_MS)
        self.timer.timeout.connect(self._on_timer_timeout)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(translate("TimeCursor", "Replay in time:")))
        row.addWidget(self.play_button)
        row.addWidget(self.slider, 1)
        row.addWidget(self.speed)
        row.addWidget(self.label)
        self._update_play_icon(False)
        self.set_range(0, 0)

    def set_range(self, start_ns: int, end_ns: int) -> None:
        """The campaign's first and last event; moves the cursor to the end."""
        self.pause()
        self.start_ns, self.end_ns = start_ns, end_ns
        self.setEnabled(end_ns > start_ns)
        self.slider.blockSignals(True)
        self.slider.setValue(STEPS)
        self.slider.blockSignals(False)
        self._show_label()

    def time_ns(self) -> int | None:
        """The cursor's time, or None at the end."""
        value = self.slider.value()
        if value >= STEPS:
            return None
        return self.start_ns + (self.end_ns - self.start_ns) * value // STEPS

    def play(self) -> None:
        self.play_button.setChecked(True)

    def pause(self) -> None:
        self.play_button.setChecked(False)

    def _on_play_toggled(self, playing: bool) -> None:
        if playing and self.slider.value() >= STEPS:
            self.slider.setValue(0)
        self._update_play_icon(playing)
        if playing:
            self.timer.start()
        else:
            self.timer.stop()

    def _update_play_icon(self, playing: bool) -> None:
        icon = QStyle.StandardPixmap.SP_MediaPause if playing else QStyle.StandardPixmap.SP_MediaPlay
        self.play_button.setIcon(self.style().standardIcon(icon))
        self.play_button.setText(translate("TimeCursor", "Pause") if playing else translate("TimeCursor", "Play"))
        self.play_button.setAccessibleName(
            translate("TimeCursor", "Pause") if playing else translate("TimeCursor", "Play")
        )

    def _on_timer_timeout(self) -> None:
        step = STEPS * TICK_MS / (PLAY_SECONDS * 1000) * float(self.speed.currentData())
        value = min(STEPS, self.slider.value() + max(1, round(step)))
        self.slider.setValue(value)
        if value >= STEPS:
            self.pause()

    def _on_slider_value_changed(self, _value: int) -> None:
        self._show_label()
        self.sig_moved.emit(self.time_ns())

    def _widest_label(self) -> int:
        """The width of the longest text the label shows: the end, or a moment with wide digits."""
        moment = datetime(2028, 12, 28, 20, 58, tzinfo=UTC)
        texts = (
            translate("TimeCursor", "End of campaign"),
            translate("TimeCursor", "{time} UTC").format(time=date_time(moment)),
        )
        return max(self.label.fontMetrics().horizontalAdvance(text) for text in texts)

    def _show_label(self) -> None:
        at = self.time_ns()
        if at is None:
            self.label.setText(translate("TimeCursor", "End of campaign"))
        else:
            self.label.setText(translate("TimeCursor", "{time} UTC").format(time=date_time(at)))
