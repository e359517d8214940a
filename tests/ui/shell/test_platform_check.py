"""Before Qt starts: a missing display or missing X11 libraries give a clear fix, not Qt's abort."""

from __future__ import annotations

import subprocess
import sys

import pytest

from referral_studio.ui.shell import platform_check
from referral_studio.ui.shell.platform_check import platform_problem


def test_offscreen_wayland_and_other_systems_need_no_check() -> None:
    assert platform_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux") is None
    assert platform_problem({"WAYLAND_DISPLAY": "wayland-0"}, "linux") is None
    assert platform_problem({}, "darwin") is None


def test_no_display_is_explained() -> None:
    assert "DISPLAY is not set" in platform_problem({}, "linux")


def test_missing_libraries_give_one_apt_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(platform_check, "missing_xcb_packages", lambda: ["libxcb-cursor0", "libxcb-icccm4"])
    problem = platform_problem({"DISPLAY": ":0"}, "linux")
    assert "sudo apt install libxcb-cursor0 libxcb-icccm4" in problem


def test_every_library_maps_to_a_debian_package() -> None:
    assert {"libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1"} <= set(platform_check.XCB_LIBRARIES.values())


def test_the_app_without_a_display_exits_with_the_message_instead_of_aborting(tmp_path: object) -> None:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "QT_QPA_PLATFORM": "xcb"}
    result = subprocess.run(
        [sys.executable, "-m", "referral_studio", "--database", f"{tmp_path}/s.sqlite3"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert result.returncode == 1
    assert "cannot open the desktop app" in result.stderr and "Traceback" not in result.stderr
