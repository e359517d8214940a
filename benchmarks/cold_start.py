"""Cold start: from launching Python to the first window mapped on screen, the app against a bare window.

Run: python benchmarks/cold_start.py [--runs 9]

The app is started through its own `run_app` on a fresh store (created once, so every run
opens a current one, as a user's does); the bare window is a PySide6 QMainWindow holding a
pyqtgraph PlotWidget, the least a Qt + pyqtgraph tool can show. Each child reports when its
main window is first exposed (mapped) and exits. Runs alternate between the two, so a busy
moment on the machine falls on both alike; the medians and their ratio are printed.

Uses a private Xvfb server when Xvfb is installed (apt-get install xvfb), else Qt's offscreen platform.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

WATCH = r"""
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer

class Watch(QObject):
    def eventFilter(self, obj, event):
        exposed = event.type() == QEvent.Type.Expose and getattr(obj, "isExposed", lambda: False)()
        if exposed and obj.objectName().startswith(WANTED):  # the main window's QWindow, not a dialog
            print("mapped", flush=True)
            QTimer.singleShot(0, lambda: __import__("os")._exit(0))
        return False
"""

APP = (
    'WANTED = "MainWindow"'
    + WATCH
    + r"""
from referral_studio.ui.shell.app import ensure_application, run_app
app = ensure_application()
watch = Watch()
app.installEventFilter(watch)
run_app(sys.argv[1])
"""
)

BARE = (
    'WANTED = ""'
    + WATCH
    + r"""
import pyqtgraph as pg
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
watch = Watch()
app.installEventFilter(watch)
window = QMainWindow()
window.setCentralWidget(pg.PlotWidget())
window.resize(1280, 720)
window.show()
app.exec()
"""
)


def launch(code: str, argument: str, env: dict[str, str]) -> tuple[float, float]:
    """Wall seconds from starting the interpreter to its window being mapped, and the CPU seconds it used."""
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", code, argument], stdout=subprocess.PIPE, text=True, env=env)
    assert child.stdout is not None
    line = child.stdout.readline()
    seconds = time.perf_counter() - start
    _, _status, usage = os.wait4(child.pid, 0)
    if line.strip() != "mapped":
        raise RuntimeError("the window was never mapped")
    return seconds, usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # as an installed app runs: its modules' bytecode cached
    server = None
    if shutil.which("Xvfb"):
        display = ":97"
        server = subprocess.Popen(["Xvfb", display, "-screen", "0", "1920x1080x24", "-nolisten", "tcp"])
        time.sleep(1.0)
        env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
        where = "Xvfb"
    else:
        env.update(QT_QPA_PLATFORM="offscreen")
        where = "offscreen (no Xvfb)"
    try:
        with tempfile.TemporaryDirectory() as folder:
            store = str(Path(folder) / "store.sqlite3")
            env["XDG_CONFIG_HOME"] = folder  # the app's settings start fresh, the user's are not touched
            launch(APP, store, env)  # creates the store; also warms the disk cache for both
            launch(BARE, "", env)
            app, bare = [], []
            for _ in range(args.runs):
                app.append(launch(APP, store, env))
                bare.append(launch(BARE, "", env))
    finally:
        if server is not None:
            server.terminate()
            server.wait()
    print(f"# {platform.node()} · {os.cpu_count()} cores · {where} · {time.strftime('%Y-%m-%d')}")
    for label, runs in (("app", app), ("bare", bare)):
        walls = ", ".join(f"{wall:.2f}" for wall, _cpu in runs)
        print(
            f"{label} window mapped: median {statistics.median(w for w, _ in runs):.3f} s wall, "
            f"{statistics.median(c for _, c in runs):.3f} s CPU  (wall: {walls})"
        )
    for index, measure in ((0, "wall"), (1, "CPU")):
        ratio = statistics.median(r[index] for r in app) / statistics.median(r[index] for r in bare)
        print(f"ratio app / bare ({measure}): {ratio:.2f}")


if __name__ == "__main__":
    main()
