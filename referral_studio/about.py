"""What Help › About says: the version and the parts the app ships with, each with its licence."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import metadata

APP_LICENCE = "MIT"
PARTS = (  # distribution names, as the installed packages' metadata knows them
    "PySide6-Essentials",
    "shiboken6",
    "pyqtgraph",
    "numpy",
    "pyarrow",
    "SQLAlchemy",
    "alembic",
    "platformdirs",
    "dask",
    "distributed",
)


@dataclass(frozen=True)
class Part:
    """One installed package the app uses."""

    name: str
    version: str
    licence: str


def _licence(meta: metadata.PackageMetadata) -> str:
    expression = meta.get_all("License-Expression") or []
    if expression:
        return str(expression[0])
    classifiers = [c.rsplit(" :: ", 1)[-1] for c in meta.get_all("Classifier") or [] if c.startswith("License ::")]
    short = str((meta.get_all("License") or [""])[0]).strip().splitlines()
    return ", ".join(classifiers) or (short[0] if short and len(short[0]) <= 60 else "see the package")


def shipped_parts() -> list[Part]:
    """The parts that are installed, with their versions and licences as their own metadata states them."""
    parts = []
    for name in PARTS:
        try:
            meta = metadata.metadata(name)
        except metadata.PackageNotFoundError:
            continue
        parts.append(Part(name, meta["Version"], _licence(meta)))
    return parts
