"""The freedesktop.org menu entry and icons, so the app starts from the desktop's menu like any other.

`referral-studio install-desktop-entry` (or Help › Install Desktop Entry) writes
`applications/referral-studio.desktop` and the icon in each size under the user's data
folder ($XDG_DATA_HOME, else ~/.local/share), where desktops look without root rights.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

from referral_studio.assets import asset_folder
from referral_studio.domain.atomic_file import atomic_write

APP_ID = "referral-studio"
ICONS = asset_folder("icons")
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256)


def data_home() -> Path:
    """Where a user's menu entries and icons go: $XDG_DATA_HOME, else ~/.local/share."""
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def launch_command() -> str:
    """The command line that starts this installation's app, quoted for a desktop entry's Exec key."""
    script = Path(sys.executable).parent / APP_ID
    if script.exists():
        parts = [str(script)]
    elif found := shutil.which(APP_ID):
        parts = [found]
    else:
        parts = [sys.executable, "-m", "referral_studio"]
    return " ".join(_exec_quote(part) for part in parts)


def _exec_quote(part: str) -> str:
    """A word of an Exec key: quoted when it holds a reserved character (Desktop Entry spec, "Exec key")."""
    if not any(c in part for c in " \t\n\"'\\><~|&;$*?#()`%"):
        return part
    escaped = part.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`").replace("$", "\\$")
    return f'"{escaped.replace("%", "%%")}"'


def desktop_entry(command: str) -> str:
    """The text of referral-studio.desktop."""
    return "\n".join(
        [
            "[Desktop Entry]",
            "Type=Application",
            "Version=1.5",
            "Name=Referral Studio",
            "GenericName=Referral Offer Designer",
            "GenericName[sv]=Verktyg för hänvisningserbjudanden",
            "Comment=Design, teach and test referral offers offline",
            "Comment[sv]=Utforma, lär ut och testa hänvisningserbjudanden offline",
            f"Exec={command}",
            f"Icon={APP_ID}",
            "Terminal=false",
            "Categories=Office;Development;",
            "Keywords=referral;marketing;offer;simulation;Marketo;",
            f"StartupWMClass={APP_ID}",
            "",
        ]
    )


def install_desktop_entry(home: Path | None = None) -> list[Path]:
    """Write the menu entry and the icons under `home` (default: the user's data folder); returns the files."""
    home = home or data_home()
    targets = [(ICONS / f"{APP_ID}.svg", home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg")]
    for size in PNG_SIZES:
        targets.append(
            (ICONS / f"{APP_ID}-{size}.png", home / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png")
        )
    written = []
    for source, target in targets:
        target.parent.mkdir(parents=True, exist_ok=True)
        with atomic_write(target, binary=True) as stream:
            stream.write(source.read_bytes())
        written.append(target)
    entry = home / "applications" / f"{APP_ID}.desktop"
    entry.parent.mkdir(parents=True, exist_ok=True)
    with atomic_write(entry, newline="\n") as stream:
        stream.write(desktop_entry(launch_command()))
    written.append(entry)
    return written
