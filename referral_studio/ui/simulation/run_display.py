"""Showing the simulation workspace's last run: the primary series as it stood at the time cursor
(leaderboard, histogram, funnel, totals), "why this credit" for the picked referrer, and the compared
series a click in the totals table picks.

The panel starts replays and hands each finished one here; moving the cursor, picking a referrer
or a compared series only redraws what this holds, and never touches the run machinery.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel

from referral_studio.app.simulation import Outcome, Plan
from referral_studio.domain.offer import Window
from referral_studio.domain.times import to_ns
from referral_studio.engine.compared_goals import compared_label
from referral_studio.engine.cursor import counts_at, state_at
from referral_studio.engine.result import ReplayResult
from referral_studio.engine.simulation import SimulationRun, Traffic
from referral_studio.ui.i18n import goal_label, translate
from referral_studio.ui.simulation.result_exports import ResultExports
from referral_studio.ui.simulation.results_view import ResultsView
from referral_studio.ui.simulation.run_sharing import RunSharing
from referral_studio.ui.simulation.run_summary import summary_html


def series_labels(planned: Plan) -> list[str]:
    """Each replayed offer's name in the chart and the compare table."""
    if not planned.comparing:
        return [planned.variants[0].offer.name]
    return [
        compared_label(variant.offer.goal)
        if variant.goal is not None
        else translate("SimulationPanel", "Approved version ({goal})").format(goal=goal_label(variant.offer.goal.type))
        for variant in planned.variants
    ]


class RunDisplay(QObject):
    """The last run, in the result widgets; cursor moves are coalesced into one redraw on the event loop's next turn."""

    sig_drawn = Signal()
    """The run is on screen as it stood at the cursor."""

    def __init__(
        self,
        results: ResultsView,
        summary: QLabel,
        exports: ResultExports,
        sharing: RunSharing,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.results, self.summary, self.exports, self.sharing = results, summary, exports, sharing
        self.run: SimulationRun | None = None
        self.plan = Plan((), 0)  # what the run replayed, in its order, and the series shown first
        self.own = 0  # the series of the offer's own goal (a click in the compare table shows another)
        self.labels: list[str] = []
        self.viral: float | None = None  # the generator's viral coefficient (synthetic traffic)
        self.shown: ReplayResult | None = None
        self.inspected: str | None = None  # the referrer "why this credit" shows
        self._cursor_timer = QTimer(self, singleShot=True, interval=0)
        self._cursor_timer.timeout.connect(self.show_state)
        results.time_cursor.sig_moved.connect(self._on_cursor_moved)
        results.sig_referrer_picked.connect(self.explain)
        results.fraud_view.sig_explain.connect(self._on_fraud_explain)
        summary.linkActivated.connect(self._on_summary_link_activated)

    def show_run(
        self, outcome: Outcome, planned: Plan, traffic: Traffic | None, window: Window, preset: str | None
    ) -> None:
        """Show a finished run: the chart now, the rest on the event loop's next turn, after the chart has painted.

        `traffic` is where its log came from (for a scenario), `preset` the generator's preset when it was
        synthetic (for the Traffic tab), `window` the offer window marked on the chart.
        """
        run = outcome.run
        self.plan = planned
        self.own = planned.primary
        self.labels = series_labels(planned)
        self.inspected = None
        self.results.inspector.clear()
        self.results.inspector.use_reasons(run.results[planned.primary], outcome.reasons)
        self.run = run
        self.results.traffic_view.show_log(run.log, preset)
        self.results.fraud_view.show_result(run.results[planned.primary], run.log)
        start, end = (to_ns(edge) / 1e9 if edge else None for edge in (window.start, window.end))
        edges = (start, end)
        self.results.chart.show_results(dict(zip(self.labels, run.results, strict=True)), edges)
        log = run.log
        self.results.time_cursor.set_range(int(log.time[0]) if len(log) else 0, int(log.time[-1]) if len(log) else 0)
        self.exports.log = log
        self._cursor_timer.start()
        self.sharing.set_run(run, planned.offers[planned.primary], planned.primary, self.labels, traffic, edges)

    def drawing(self) -> bool:
        """A redraw is due on the event loop's next turn (sig_drawn follows it)."""
        return self._cursor_timer.isActive()

    def clear(self) -> None:
        """A run failed: its predecessor's results go too, so nothing shown or exported belongs to another run."""
        self.run = self.shown = self.exports.shown = self.exports.log = None
        self.sharing.run = None
        self.results.clear()

    def show_state(self) -> None:
        """Show the primary result as it stood at the cursor (all of it at the end)."""
        run = self.run
        if run is None:
            return
        time_cursor = self.results.time_cursor
        at = time_cursor.time_ns()
        whole = result = run.results[self.plan.primary]
        if at is not None:
            result = state_at(whole, run.log, at)
        self.shown = self.exports.shown = result
        self.results.chart.set_cursor(at)
        self.results.model.set_result(result)
        self.results.histogram.show_result(result, whole)
        self.results.funnel.show_funnel(result.funnel, whole.funnel)
        self.summary.setText(
            summary_html(
                result,
                self.labels[self.plan.primary],
                viral=self.viral,
                compared=[(label, counts_at(other, at)) for label, other in zip(self.labels, run.results, strict=True)]
                if self.plan.comparing
                else None,
                moment=time_cursor.label.text() if at is not None else None,
                own=self.plan.primary == self.own,
            )
        )
        if self.inspected is not None:
            self.explain(self.inspected)
        self.sig_drawn.emit()

    def explain(self, referrer: str) -> None:
        """Show "why this credit" for a referrer of the primary result (up to the time cursor)."""
        run = self.run
        if run is None:
            return
        self.inspected = referrer
        self.results.inspector.show_referrer(
            self.plan.offers[self.plan.primary],
            run.log,
            run.results[self.plan.primary],
            referrer,
            self.results.time_cursor.time_ns(),
        )

    def show_series(self, index: int) -> None:
        """Show one compared series' histogram, leaderboard and summary (the chart keeps them all)."""
        if self.run is None or not 0 <= index < len(self.plan.variants):
            return
        self.plan = replace(self.plan, primary=index)
        self.inspected = None
        self.results.inspector.clear()
        self.results.inspector.use_reasons(self.run.results[index], None)
        sharing = self.sharing
        sharing.set_run(self.run, self.plan.offers[index], index, self.labels, sharing.traffic, sharing.window_edges)
        self.show_state()

    def _on_cursor_moved(self, _time_ns: object) -> None:
        self._cursor_timer.start()

    def _on_fraud_explain(self, referrer: str) -> None:
        self.results.views.setCurrentIndex(0)  # the Results view holds "why this credit"
        self.explain(referrer)

    def _on_summary_link_activated(self, link: str) -> None:
        if link.startswith("series:"):
            self.show_series(int(link.removeprefix("series:")))
