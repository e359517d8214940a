"""How long the GUI thread stalls while the workspace replays a 2M-event log, and how the
leaderboard and the time cursor keep up with a million referrers.

Run: python benchmarks/ui_responsiveness.py [--events 2000000] [--referrers 1000000]
A 10 ms timer on the GUI thread records when it fires; the longest gap between firings is
the longest the window could not repaint or take input. Targets (issue 4): no stall over
100 ms; 1M leaderboard rows without lag.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

import numpy as np  # noqa: E402
import pyarrow as pa  # noqa: E402
from PySide6.QtCore import QElapsedTimer, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from run import log_for  # noqa: E402

from referral_studio.domain.offer import Goal, GoalType, Offer  # noqa: E402
from referral_studio.engine.cursor import state_at  # noqa: E402
from referral_studio.engine.event_log import EventLog  # noqa: E402
from referral_studio.engine.kinds import Kind  # noqa: E402
from referral_studio.engine.replay import replay  # noqa: E402
from referral_studio.ui.simulation.leaderboard_model import COL_CREDITS, COL_FIRST, COL_REFERRER, LeaderboardModel  # noqa: E402
from referral_studio.ui.simulation.simulation_panel import SimulationPanel  # noqa: E402


class StallMeter:
    """A 10 ms timer on the GUI thread; records the longest gap between its firings."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.timer = QTimer(interval=10)
        self.timer.timeout.connect(self.tick)
        self.gaps: list[float] = []

    def start(self) -> None:
        self.clock.start()
        self.last = 0.0
        self.timer.start()

    def tick(self) -> None:
        now = self.clock.nsecsElapsed() / 1e6
        self.gaps.append(now - self.last)
        self.last = now


def panel_run(app: QApplication, events: int, goal_type: GoalType, compare: bool) -> dict:
    path = log_for(events)
    offer = Offer(name="bench", goal=Goal(type=goal_type, count=5))
    panel = SimulationPanel(offer)
    panel.show()
    panel.traffic_form.use_log_file(str(path))
    app.processEvents()
    meter = StallMeter()
    meter.start()
    start = time.perf_counter()
    (panel.compare_goal_types if compare else panel.run)()
    while panel.worker is not None:
        app.processEvents()
        time.sleep(0.001)
    app.processEvents()
    seconds = time.perf_counter() - start
    gaps = np.array(meter.gaps[1:])
    panel.close()
    return {
        "events": events,
        "goal": goal_type.value,
        "compare": compare,
        "seconds": round(seconds, 2),
        "max_stall_ms": round(float(gaps.max()), 1),
        "p99_gap_ms": round(float(np.percentile(gaps, 99)), 1),
        "gaps_over_100ms": int((gaps > 100).sum()),
        "shown": panel.message.text(),
    }


def many_referrers(count: int) -> EventLog:
    """Each of `count` referrers brings one or two friends: `count` credited referrers under referred visits."""
    rng = np.random.default_rng(1)
    friends = rng.integers(1, 3, count)
    referrer = np.repeat(np.arange(count, dtype=np.int32), friends)
    person = np.arange(referrer.size, dtype=np.int32) + count
    time = (
        np.sort(rng.integers(0, 30 * 86_400, referrer.size)).astype(np.int64) * 1_000_000_000
        + 1_800_000_000_000_000_000
    )
    people = pa.array([f"u{i:07d}" for i in range(count + referrer.size)])
    return EventLog.build(
        time,
        np.full(referrer.size, Kind.VISIT, np.int8),
        person,
        referrer,
        np.full(referrer.size, -1, np.int32),
        people,
        pa.array([], pa.string()),
    )


def timed(action: object) -> float:
    start = time.perf_counter()
    action()  # type: ignore[operator]
    return round((time.perf_counter() - start) * 1000, 1)


def leaderboard(app: QApplication, count: int) -> dict:
    log = many_referrers(count)
    offer = Offer(
        name="bench", goal=Goal(type=GoalType.REFERRED_VISITS, count=2), promo_codes=tuple(f"C{i}" for i in range(1000))
    )
    result = replay(offer, log)
    model = LeaderboardModel()
    figures = {"rows": int(result.referrer.size)}
    figures["set_result_ms"] = timed(lambda: model.set_result(result))
    from PySide6.QtCore import Qt

    for name, column in (
        ("sort_name_ms", COL_REFERRER),
        ("sort_first_fulfilled_ms", COL_FIRST),
        ("sort_credits_ms", COL_CREDITS),
    ):
        figures[name] = timed(lambda column=column: model.sort(column, Qt.SortOrder.DescendingOrder))
    figures["filter_ms"] = timed(lambda: model.set_filter("0042"))
    figures["filter_rows"] = model.rowCount()
    figures["clear_filter_ms"] = timed(lambda: model.set_filter(""))
    # One screenful of cells, as a scroll to the middle asks for them.
    middle = model.rowCount() // 2
    figures["screenful_ms"] = timed(
        lambda: [model.index(r, c).data() for r in range(middle, middle + 40) for c in range(5)]
    )
    cursor = int(log.time[len(log) // 2])
    figures["cursor_state_ms"] = timed(lambda: state_at(result, log, cursor))
    snapshot = state_at(result, log, cursor)
    figures["cursor_leaderboard_ms"] = timed(lambda: model.set_result(snapshot))
    figures["table_widget_fill_ms"] = timed(lambda: table_widget(model))
    return figures


def table_widget(model: LeaderboardModel) -> None:
    """What a user might write instead: a QTableWidget filled item by item with the same cells."""
    from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

    table = QTableWidget(model.rowCount(), model.columnCount())
    table.setSortingEnabled(False)
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            table.setItem(row, column, QTableWidgetItem(model.index(row, column).data()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=2_000_000)
    parser.add_argument("--referrers", type=int, default=1_000_000)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)
    print(json.dumps({"machine": platform.machine(), "cpus": os.cpu_count(), "python": platform.python_version()}))
    for goal_type, compare in (
        (GoalType.REFERRED_VISITS, False),
        (GoalType.REFERRED_SIGNUPS, False),
        (GoalType.REFERRED_VISITS, True),
    ):
        print(json.dumps(panel_run(app, args.events, goal_type, compare)), flush=True)
    print(json.dumps(leaderboard(app, args.referrers)), flush=True)


if __name__ == "__main__":
    main()
