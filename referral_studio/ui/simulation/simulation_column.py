"""The simulation workspace's left column: the offer's name and goal, the traffic form and the run
controls, scrolling together, with the export and sharing buttons always in view below them.

The scroll area keeps the summary's growing text (replaying in time) from widening the column and
shifting the charts, and keeps the column's buttons reachable on a short screen.
"""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QStyle, QVBoxLayout, QWidget

from referral_studio.domain.offer import Offer
from referral_studio.ui.i18n import goal_label, number
from referral_studio.ui.simulation.result_exports import ResultExports
from referral_studio.ui.simulation.run_controls import RunControls
from referral_studio.ui.simulation.run_sharing import RunSharing
from referral_studio.ui.simulation.traffic_form import TrafficForm


class SimulationColumn(QWidget):
    """Lays out the workspace's inputs; the panel connects them. `form_width` is the width that shows the form whole."""

    def __init__(self, exports: ResultExports, sharing: RunSharing, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(objectName="simulationOffer")
        self.heading.setWordWrap(True)
        self.traffic_form = TrafficForm()
        self.controls = RunControls()
        self.inputs = left = QWidget()
        side = QVBoxLayout(left)
        side.addWidget(self.heading)
        side.addWidget(self.traffic_form)
        side.addWidget(self.controls)
        side.addStretch(1)
        self.scroller = scroll = QScrollArea()
        scroll.setWidget(left)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scrollbar = scroll.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        scroll.setMinimumWidth(300 + scrollbar)  # narrower scrolls sideways; a small screen still fits
        self.form_width = max(left.sizeHint().width(), 390) + scrollbar
        self._layout = layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addWidget(exports)
        layout.addWidget(sharing)

    def reveal_summary(self) -> None:
        """Scroll the column so a finished run's summary is in view (on a short screen it sits below the form)."""
        self.inputs.adjustSize()  # the summary's new height, before scrolling to it
        self.scroller.ensureWidgetVisible(self.controls.summary, 0, 0)

    def add_below(self, widget: QWidget) -> None:
        """One more row of buttons, always in view below the scrolling form."""
        self._layout.addWidget(widget)

    def show_offer(self, offer: Offer) -> None:
        self.heading.setText(
            f"<b>{escape(offer.name)}</b><br>{goal_label(offer.goal.type)} × {number(offer.goal.count)}"
        )
