"""Python's cyclic garbage collected only on the GUI thread, on a timer.

Left automatic, a collection runs on whichever thread happens to allocate: a replay or forecast worker
(Dask importing itself, say) could then free a closed window's chart objects off the GUI thread, and Qt
crashes. pyqtgraph recommends the same (pyqtgraph.util.garbage_collector); this copy loads no charts.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QTimer

INTERVAL_MS = 1000  # how often the GUI thread looks whether a generation is due


class GuiThreadCollector:
    """Disables automatic collection; collects each generation on the GUI thread when its threshold is passed."""

    def __init__(self, app: QCoreApplication) -> None:
        self.thresholds = gc.get_threshold()
        self.timer = QTimer(app)  # a child of the application: it lives (and fires) as long as the app
        self.timer.timeout.connect(self.collect_due)
        gc.disable()
        self.timer.start(INTERVAL_MS)

    def collect_due(self) -> None:
        for generation, (count, threshold) in enumerate(zip(gc.get_count(), self.thresholds, strict=True)):
            if count <= threshold:
                break
            gc.collect(generation)


_collector: GuiThreadCollector | None = None


def collect_on_gui_thread(app: QCoreApplication) -> GuiThreadCollector:
    """Install the collector once per process (later calls return the one installed)."""
    global _collector
    if _collector is None:
        _collector = GuiThreadCollector(app)
    return _collector
