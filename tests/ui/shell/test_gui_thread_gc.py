"""Cyclic garbage is freed on the GUI thread's timer, never by whichever worker thread allocates."""

from __future__ import annotations

import gc
import threading
import weakref

from referral_studio.ui.shell.gui_thread_gc import collect_on_gui_thread


class Cycle:
    """An object that only the cyclic collector can free."""

    def __init__(self) -> None:
        self.me = self
        self.freed_on: list[str] = []


def test_garbage_is_collected_on_the_gui_thread_only(qapp: object, qtbot: object) -> None:
    collector = collect_on_gui_thread(qapp)  # type: ignore[arg-type]
    assert not gc.isenabled() and collector is collect_on_gui_thread(qapp)  # type: ignore[arg-type]
    threads: list[str] = []
    cycle = Cycle()
    weakref.finalize(cycle, lambda: threads.append(threading.current_thread().name))
    del cycle

    def allocate() -> None:  # a worker making far more objects than a collection's threshold
        for _ in range(20):
            [[index] for index in range(collector.thresholds[0] * 2)]

    worker = threading.Thread(target=allocate, name="worker")
    worker.start()
    worker.join()
    assert threads == []  # the worker's allocations collected nothing
    for _ in range(collector.thresholds[0] + 1):
        Cycle()  # enough garbage to make the youngest generation due
    qtbot.waitUntil(lambda: threads != [], timeout=5000)  # type: ignore[attr-defined]
    assert threads == [threading.main_thread().name]
