"""Render the application icon's PNG sizes from its SVG source.

Run after changing resources/icons/referral-studio.svg:
python tools/render_icons.py
Desktops that do not read SVG (and Qt without its SVG plugin) use the PNGs.
"""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def main() -> None:
    app = QGuiApplication([])  # noqa: F841 - QImage painting needs one
    renderer = QSvgRenderer(str(ICONS / "referral-studio.svg"))
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        image.save(str(ICONS / f"referral-studio-{size}.png"))
        print(ICONS / f"referral-studio-{size}.png")


if __name__ == "__main__":
    main()
