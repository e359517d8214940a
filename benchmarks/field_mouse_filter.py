"""What the application-wide wheel-and-click filter (ui/widgets/field_mouse.py) costs each event.

Run: python benchmarks/field_mouse_filter.py [--events 200000]
Sends the same stream of events to a real simulation workspace's widgets with and without the
filter installed and reports the extra time per event. Every event in the app passes through
the filter, so this is its whole cost; a busy window handles a few thousand events a second.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEvent  # noqa: E402
from PySide6.QtWidgets import QWidget  # noqa: E402

from referral_studio.ui import create_main_window  # noqa: E402
from referral_studio.ui.widgets.field_mouse import FieldMouse  # noqa: E402


def send_all(widgets: list[QWidget], events: int) -> float:
    """Seconds to deliver `events` plain events (a type the filter passes straight on) round the widgets."""
    start = time.perf_counter()
    for number in range(events):
        QCoreApplication.sendEvent(widgets[number % len(widgets)], QEvent(QEvent.Type.User))
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=200_000)
    args = parser.parse_args()
    window = create_main_window(Path(tempfile.mkdtemp()) / "store.db")
    window.new_offer("Bench", "P")
    panel = window.simulate()
    widgets = panel.findChildren(QWidget)
    app = QCoreApplication.instance()
    assert app is not None
    installed = app.findChild(FieldMouse)
    rounds = []
    for _ in range(5):
        if installed is not None:
            app.removeEventFilter(installed)
        without = send_all(widgets, args.events)
        if installed is not None:
            app.installEventFilter(installed)
        with_filter = send_all(widgets, args.events)
        rounds.append((with_filter - without) / args.events * 1e6)
    rounds.sort()
    print(
        json.dumps(
            {
                "events": args.events,
                "widgets": len(widgets),
                "filter_installed_by_app": installed is not None,
                "extra_us_per_event_median": round(rounds[len(rounds) // 2], 2),
                "extra_us_per_event_range": [round(rounds[0], 2), round(rounds[-1], 2)],
                "python": platform.python_version(),
                "machine": f"{os.cpu_count()} cores, {platform.machine()}",
            },
            indent=1,
        )
    )
    sys.stdout.flush()
    os._exit(0)  # the measurement is printed; skip tearing down the windows


if __name__ == "__main__":
    main()
