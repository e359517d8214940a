"""The layers of DESIGN.md, checked by import-linter's contracts in pyproject.toml."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_import_contracts_hold() -> None:
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint), "--no-cache"], cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    contracts = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["importlinter"]["contracts"]
    assert len(contracts) >= 5  # Qt-free core, layers down, domain alone, store without engine, engine without store
    assert re.search(rf"\b{len(contracts)} kept, 0 broken", result.stdout), result.stdout


def test_help_does_not_load_qt() -> None:
    code = "import sys; from referral_studio.cli import build_parser; build_parser(); print('PySide6' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


def test_the_package_type_checks() -> None:
    """mypy with pyproject.toml's settings: strict on the core (domain, engine, store, qa, app, forecast), the Qt
    shell with the defaults. Run here so the README's test command, and so CI, covers it."""
    result = subprocess.run([sys.executable, "-m", "mypy"], cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Success: no issues found" in result.stdout
