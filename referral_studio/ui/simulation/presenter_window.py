"""Presenter mode for trainers: full screen, large type, one chart whose lines grow as the campaign plays.

With compared goal types, they come one after another: each plays from the campaign's
start to its end, then the next one starts, while the ones already shown stay listed with
their final counts. Space pauses and resumes, ←/→ go to the previous/next goal type, Esc leaves.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QGuiApplication, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from referral_studio.engine.cursor import counts_at
from referral_studio.engine.simulation import SimulationRun
from referral_studio.ui.charts.referrers_chart import ReferrersChart
from referral_studio.ui.i18n import date_time, number, translate

TICK_MS = 40
PLAY_SECONDS = 12  # one goal type's whole campaign
PAUSE_TICKS = 40  # between one goal type and the next (1.6 s)
TITLE_POINTS, TEXT_POINTS, AXIS_POINTS = 30, 20, 16
LINE_SCALE = 2.5  # the chart's lines, this many times as wide as on screen: a projector washes thin lines out
SIDE_SHARE = 0.28  # of the width, at most, for the goal types shown before (beside the chart, not above it)


def _sized(widget: QWidget, points: int, bold: bool = False) -> None:
    font = QFont(widget.font())
    font.setPointSize(points)
    font.setBold(bold)
    widget.setFont(font)


class PresenterWindow(QWidget):
    """Plays a simulation's series one at a time; `series` is the one on screen, `fraction` how far it has played."""

    def __init__(
        self,
        run: SimulationRun,
        labels: list[str],
        window: tuple[float | None, float | None] = (None, None),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("presenterWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(translate("PresenterWindow", "Presenter — Referral Studio"))
        self.run, self.labels, self.window_edges = run, labels, window
        log = run.log
        self.start_ns = int(log.time[0]) if len(log) else 0
        self.end_ns = int(log.time[-1]) if len(log) else 0
        self.series, self.fraction, self._pause = 0, 0.0, 0
        self.title = QLabel(objectName="presenterTitle")
        _sized(self.title, TITLE_POINTS, bold=True)
        self.counts = QLabel(objectName="presenterCounts")
        _sized(self.counts, TEXT_POINTS)
        self.shown_before = QLabel(objectName="presenterShownBefore")
        _sized(self.shown_before, TEXT_POINTS - 4)
        self.shown_before.setStyleSheet("color: #555")
        self.shown_before.setWordWrap(True)
        self.shown_before.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.chart = ReferrersChart()
        self.chart.setObjectName("presenterChart")
        self.chart.scale_for_projector(LINE_SCALE, AXIS_POINTS)
        self.hint = QLabel(
            translate("PresenterWindow", "Space: pause or play · ← →: previous or next goal type · Esc: leave")
        )
        _sized(self.hint, 12)
        self.hint.setStyleSheet("color: #666")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 16)
        for label in (self.title, self.counts):
            label.setWordWrap(True)
            layout.addWidget(label)
        middle = QHBoxLayout()  # the list of goal types shown grows beside the chart, which keeps the height
        middle.addWidget(self.chart, 1)
        middle.addWidget(self.shown_before)
        layout.addLayout(middle, 1)
        layout.addWidget(self.hint)
        self.timer = QTimer(self, interval=TICK_MS)
        self.timer.timeout.connect(self._on_timer_timeout)
        self.show_series(0)

    def present(self) -> None:
        """Open full screen on the screen of the window it came from, and start playing (Esc leaves).

        The geometry is the screen's before asking for full screen, so a window manager that is slow to
        grant (or refuses) the full-screen state still shows the whole screen, never a small window.
        """
        parent = self.parentWidget()
        screen = (parent.screen() if parent is not None else None) or QGuiApplication.primaryScreen()
        self.setGeometry(screen.geometry())
        self.showFullScreen()
        self.raise_()
        self.activateWindow()
        self.timer.start()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        self.shown_before.setMaximumWidth(int(self.width() * SIDE_SHARE))
        super().resizeEvent(event)

    @property
    def playing(self) -> bool:
        return self.timer.isActive()

    def show_series(self, index: int) -> None:
        """Put one series on the chart, from the campaign's start."""
        self.series = max(0, min(index, len(self.labels) - 1))
        label = self.labels[self.series]
        self.title.setText(label)
        self.chart.show_results({label: self.run.results[self.series]}, self.window_edges)
        earlier = []
        for before in range(self.series):
            _, credited, fulfilled = counts_at(self.run.results[before], None)
            earlier.append(
                translate("PresenterWindow", "{series}: {credited} credited, {fulfilled} fulfilled").format(
                    series=self.labels[before], credited=number(credited), fulfilled=number(fulfilled)
                )
            )
        self.shown_before.setText("\n\n".join(earlier))
        self.shown_before.setVisible(bool(earlier))
        self.set_fraction(0.0)

    def set_fraction(self, fraction: float) -> None:
        """Move the cursor through the campaign (0: its start, 1: its end) and grow the lines to it."""
        self.fraction = max(0.0, min(1.0, fraction))
        at = self.start_ns + int((self.end_ns - self.start_ns) * self.fraction)
        self.chart.set_cursor(None if self.fraction >= 1 else at)
        _, credited, fulfilled = counts_at(self.run.results[self.series], None if self.fraction >= 1 else at)
        self.counts.setText(
            translate("PresenterWindow", "{credited} credited · {fulfilled} fulfilled · {time} UTC").format(
                credited=number(credited), fulfilled=number(fulfilled), time=date_time(at)
            )
        )

    def _on_timer_timeout(self) -> None:
        if self.fraction < 1:
            self.set_fraction(self.fraction + TICK_MS / (PLAY_SECONDS * 1000))
        elif self.series + 1 < len(self.labels):
            self._pause += 1
            if self._pause >= PAUSE_TICKS:  # a moment on the finished lines, then the next goal type
                self._pause = 0
                self.show_series(self.series + 1)
        else:
            self.timer.stop()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self.close()
        elif key == Qt.Key.Key_Space:
            if self.playing:
                self.timer.stop()
            else:
                if self.fraction >= 1 and self.series + 1 >= len(self.labels):
                    self.show_series(0)
                self.timer.start()
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_PageDown):
            self.show_series(self.series + 1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_PageUp):
            self.show_series(self.series - 1)
        else:
            super().keyPressEvent(event)
