"""The layers of DESIGN.md, checked by import-linter's contracts in pyproject.toml."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path

import grimp
import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_import_contracts_hold() -> None:
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint), "--no-cache"], cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    contracts = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["importlinter"]["contracts"]
    assert len(contracts) >= 11  # the layers of the package, and the rooms of the UI
    assert re.search(rf"\b{len(contracts)} kept, 0 broken", result.stdout), result.stdout


def test_help_does_not_load_qt() -> None:
    code = "import sys; from referral_studio.cli import build_parser; build_parser(); print('PySide6' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


HELP = """
import sys
from referral_studio.cli import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
print(sorted(name for name in ("numpy", "pyarrow", "PySide6", "distributed") if name in sys.modules))
"""


@pytest.mark.parametrize(
    "command", [[], ["simulate"], ["generate"], ["import-log"], ["fit"], ["reconcile"], ["forecast"]]
)
def test_help_loads_no_arrays_qt_or_dask(command: list[str]) -> None:
    """`referral-studio [COMMAND] --help` starts fast: the commands import the engine only when they run."""
    run = [sys.executable, "-c", HELP, *command, "--help"]
    result = subprocess.run(run, cwd=ROOT, capture_output=True, text=True, check=True)
    assert result.stdout.strip().splitlines()[-1] == "[]", result.stdout + result.stderr


def test_the_package_type_checks() -> None:
    """mypy with pyproject.toml's settings: strict on the core (domain, engine, store, qa, app, forecast), the Qt
    shell with the defaults. Run here so the README's test command, and so CI, covers it."""
    result = subprocess.run([sys.executable, "-m", "mypy"], cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Success: no issues found" in result.stdout


def _cycles(imports: dict[str, set[str]]) -> Iterator[list[str]]:
    """Every strongly connected group of two or more modules (Tarjan's algorithm, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    for root in sorted(imports):
        if root in index:
            continue
        work = [(root, iter(sorted(imports[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            module, targets = work[-1]
            target = next(targets, None)
            if target is not None:
                if target not in index:
                    index[target] = low[target] = len(index)
                    stack.append(target)
                    on_stack.add(target)
                    work.append((target, iter(sorted(imports[target]))))
                elif target in on_stack:
                    low[module] = min(low[module], index[target])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[module])
            if low[module] == index[module]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == module:
                        break
                if len(group) > 1:
                    yield sorted(group)


def test_cycle_finder_finds_a_cycle() -> None:
    imports = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": set()}
    assert list(_cycles(imports)) == [["a", "b", "c"]]


def test_no_module_imports_itself_round_a_cycle() -> None:
    """Not even through TYPE_CHECKING imports: a part of a window depends on a narrow protocol, not the window."""
    graph = grimp.build_graph("referral_studio", exclude_type_checking_imports=False)
    imports = {module: set(graph.find_modules_directly_imported_by(module)) for module in graph.modules}
    assert list(_cycles(imports)) == []


def test_no_module_is_over_500_lines() -> None:
    """A module past 500 lines holds more than one thing; split it along its seams."""
    sizes = {path: len(path.read_text().splitlines()) for path in (ROOT / "referral_studio").rglob("*.py")}
    assert {str(path.relative_to(ROOT)): n for path, n in sizes.items() if n > 500} == {}


def test_ui_modules_live_in_rooms() -> None:
    """At most 12 modules stay loose in ui/; the rest are in rooms, each of which says what it holds."""
    ui = ROOT / "referral_studio" / "ui"
    assert len([p for p in ui.glob("*.py") if p.name != "__init__.py"]) <= 12
    rooms = [p for p in ui.iterdir() if p.is_dir() and p.name != "__pycache__"]
    assert len(rooms) >= 6
    for room in rooms:
        assert (room / "__init__.py").read_text().startswith('"""'), room
