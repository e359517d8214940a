"""The first window needs neither the engine's arrays nor the charts nor Alembic: they load when first used."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

FIRST_WINDOW = """
import sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from referral_studio.ui import create_main_window
window = create_main_window(sys.argv[1])
window.show()
app.processEvents()
print(sorted(name for name in ("numpy", "pyarrow", "pyqtgraph", "alembic") if name in sys.modules))
"""


def test_the_first_window_imports_no_engine_charts_or_migrations(tmp_path: Path) -> None:
    store = tmp_path / "store.sqlite3"
    run = [sys.executable, "-c", FIRST_WINDOW, str(store)]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path)}  # settings stay here
    subprocess.run(run, capture_output=True, text=True, check=True, env=env)  # creates the store (Alembic runs)
    result = subprocess.run(run, capture_output=True, text=True, check=True, env=env)
    assert result.stdout.strip().splitlines()[-1] == "[]", result.stdout + result.stderr
