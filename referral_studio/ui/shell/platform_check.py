"""Before Qt starts on Linux: find the X11 libraries Qt's xcb plugin needs, so a missing one
gets a clear apt line instead of Qt's abort ("could not load the Qt platform plugin xcb").

Qt's failure is fatal inside the process, so it cannot be caught; this looks first.
"""

from __future__ import annotations

import ctypes
import os
import sys

# soname → Debian/Ubuntu package, as Qt 6's xcb plugin loads them.
XCB_LIBRARIES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libEGL.so.1": "libegl1",
    "libfontconfig.so.1": "libfontconfig1",
}


def apt_line(packages: list[str]) -> str:
    return "sudo apt install " + " ".join(packages)


def missing_xcb_packages() -> list[str]:
    """Debian packages whose libraries cannot be loaded; empty when all load."""
    missing = []
    for soname, package in XCB_LIBRARIES.items():
        try:
            ctypes.CDLL(soname)
        except OSError:
            missing.append(package)
    return missing


def platform_problem(environ: dict[str, str] | None = None, platform: str | None = None) -> str | None:
    """Why Qt cannot open a window here, with the fix; None when it should work."""
    environ = dict(os.environ if environ is None else environ)
    platform = platform or sys.platform
    if not platform.startswith("linux"):
        return None
    chosen = environ.get("QT_QPA_PLATFORM", "")
    if chosen and not chosen.startswith("xcb"):
        return None  # offscreen, wayland, vnc …: not the xcb plugin
    if not chosen and environ.get("WAYLAND_DISPLAY"):
        return None
    if not environ.get("DISPLAY"):
        return (
            "no display to open a window on (DISPLAY is not set). Run Referral Studio in a desktop session, "
            "or use the command-line tools: referral-studio --help"
        )
    missing = missing_xcb_packages()
    if missing:
        return (
            "Qt needs system libraries that are not installed, so it cannot open a window. "
            f"Install them with:\n    {apt_line(missing)}\nthen start Referral Studio again."
        )
    return None
