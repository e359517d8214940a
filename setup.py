"""The build copies the app's compiled assets from resources/ into the package (see referral_studio/assets.py)."""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ASSETS = ("translations/*.qm", "icons/*.png", "icons/*.svg", "*.desktop")
"""What the app loads at run time, relative to resources/; the .ts sources stay out of the package."""


def copy_assets(source: Path, target: Path) -> list[Path]:
    """Copy what the app loads from `source` (resources/) into `target` (the package's resources/)."""
    copied = []
    for pattern in ASSETS:
        for path in sorted(source.glob(pattern)):
            destination = target / path.relative_to(source)
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, destination)
            copied.append(destination)
    return copied


class BuildWithAssets(build_py):
    """build_py, then resources/' assets into referral_studio/resources/ of the build."""

    def run(self) -> None:
        super().run()
        copy_assets(
            Path(__file__).resolve().parent / "resources", Path(self.build_lib) / "referral_studio" / "resources"
        )


if __name__ == "__main__":  # as the build backend runs it; the tests import copy_assets alone
    setup(cmdclass={"build_py": BuildWithAssets})
