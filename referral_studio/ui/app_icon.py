"""The application icon, from the PNG sizes rendered off its SVG (tools/render_icons.py)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from referral_studio.desktop_entry import APP_ID, ICONS, PNG_SIZES


def app_icon() -> QIcon:
    """Every size, so window decorations, the task bar and About each get a sharp one."""
    icon = QIcon()
    for size in PNG_SIZES:
        icon.addFile(str(ICONS / f"{APP_ID}-{size}.png"), QSize(size, size))
    return icon
