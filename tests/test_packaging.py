"""Installed like a desktop app: the menu entry, the icon, and a wheel that carries its resources."""

from __future__ import annotations

import ast
import configparser
import struct
from fnmatch import fnmatch
from pathlib import Path

from referral_studio.cli import main
from referral_studio.desktop_entry import PNG_SIZES, _exec_quote

ROOT = Path(__file__).resolve().parent.parent


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", path
    return struct.unpack(">II", header[16:24])


def test_install_desktop_entry_writes_the_menu_entry_and_every_icon(tmp_path: Path, capsys: object) -> None:
    assert main(["install-desktop-entry", "--data-home", str(tmp_path)]) == 0
    printed = capsys.readouterr().out.split()  # type: ignore[attr-defined]
    entry_path = tmp_path / "applications" / "referral-studio.desktop"
    assert str(entry_path) in printed and len(printed) == len(PNG_SIZES) + 2
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(entry_path, encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application" and section["Name"] == "Referral Studio"
    assert section["Icon"] == "referral-studio" and section["Terminal"] == "false"
    assert section["Categories"].endswith(";") and section["StartupWMClass"] == "referral-studio"
    program = section["Exec"].split()[0].strip('"')
    assert Path(program).exists(), program
    for size in PNG_SIZES:
        icon = tmp_path / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "referral-studio.png"
        assert png_size(icon) == (size, size)
    assert (
        (tmp_path / "icons" / "hicolor" / "scalable" / "apps" / "referral-studio.svg").read_text().startswith("<?xml")
    )


def test_exec_words_with_spaces_are_quoted_as_the_spec_says() -> None:
    assert _exec_quote("/usr/bin/referral-studio") == "/usr/bin/referral-studio"
    assert _exec_quote("/home/a b/bin/referral-studio") == '"/home/a b/bin/referral-studio"'
    assert _exec_quote('/x/"q"$') == '"/x/\\"q\\"\\$"'


def test_the_build_copies_every_asset_the_app_loads() -> None:
    """Each icon and compiled translation under resources/ matches a pattern setup.py copies into the wheel."""
    tree = ast.parse((ROOT / "setup.py").read_text())
    assets = next(
        ast.literal_eval(node.value)
        for node in tree.body
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "ASSETS"
    )
    loaded = [*(ROOT / "resources" / "icons").iterdir(), *(ROOT / "resources" / "translations").glob("*.qm")]
    assert len(loaded) >= len(PNG_SIZES) + 2
    for path in loaded:
        relative = path.relative_to(ROOT / "resources").as_posix()
        assert any(fnmatch(relative, pattern) for pattern in assets), relative
