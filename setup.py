"""The build copies the app's compiled assets from resources/ into the package (see referral_studio/assets.py)."""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ASSETS = ("translations/*.qm", "icons/*.png", "icons/*.svg", "*.desktop")
"""What the app loads at run time, relative to resources/; the .ts sources stay out of the package."""


class BuildWithAssets(build_py):
    """build_py, then resources/' assets into referral_studio/resources/ of the build."""

    def run(self) -> None:
        super().run()
        source = Path(__file__).resolve().parent / "resources"
        target = Path(self.build_lib) / "referral_studio" / "resources"
        for pattern in ASSETS:
            for path in sorted(source.glob(pattern)):
                destination = target / path.relative_to(source)
                destination.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(path, destination)


setup(cmdclass={"build_py": BuildWithAssets})
