"""Where the app's assets are: compiled translations and icons.

Their sources live in the repository's top-level resources/; the build (setup.py) copies
what the app loads into the package's resources/, so an installed app finds them there,
and a source checkout (or an editable install) reads them from resources/ itself.
"""

from __future__ import annotations

from pathlib import Path

PACKAGED = Path(__file__).resolve().with_name("resources")
SOURCE = Path(__file__).resolve().parent.parent / "resources"


def asset_folder(kind: str) -> Path:
    """The folder holding one kind of asset ("translations", "icons"): the package's, else the source tree's."""
    for base in (PACKAGED, SOURCE):
        if (base / kind).is_dir():
            return base / kind
    return PACKAGED / kind
