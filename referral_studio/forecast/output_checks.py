"""Where a forecast's files go, checked before any run: a refusal costs a second, not the whole compute.

The output folder must be new, empty or a previous forecast's (its `variants/` holding only
that forecast's offer files), and it or its nearest existing parent must take new files;
the report must be a file name in a folder that exists or is the output folder itself.
Every message names the user's own paths, never a temporary one.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from pathlib import Path

from referral_studio.domain.offer_file import SUFFIX
from referral_studio.forecast.study import file_stem

OUTPUT_FILES = ("runs.csv", "variants.csv", "ranking.csv", "bands.csv", "sensitivity.csv", "summary.json")
VARIANTS_FOLDER = "variants"
STAGING = re.compile(r"\.forecast-[^/]+\.(partial|old)")  # our own hidden folders while the files move in
MAX_FILE_NAME = 255  # bytes of one file name on Linux, macOS and Windows file systems alike


class OutputFolderError(ValueError):
    """The output folder or report path cannot take a forecast; the message names the path and why."""


def absolute(path: str | os.PathLike[str]) -> Path:
    """The path made absolute without following links: `.` becomes the current folder's own name."""
    return Path(os.path.abspath(path))


def name_too_long(name: str) -> bool:
    """True when `name` cannot be one file's name."""
    return len(os.fsencode(name)) > MAX_FILE_NAME


def check_output_folder(folder: str | os.PathLike[str]) -> None:
    """Refuse a folder that is a file or holds anything but a previous forecast (and reports beside it)."""
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise OutputFolderError(f"{folder}: --out must be a folder, and this is a file")
    if not folder.is_dir():
        return
    foreign = sorted(
        entry.name
        for entry in folder.iterdir()
        if entry.name not in (*OUTPUT_FILES, VARIANTS_FOLDER)
        and not entry.name.endswith(".pdf")
        and not STAGING.fullmatch(entry.name)
    )
    if foreign:
        raise OutputFolderError(
            f"{folder}: the folder holds other files ({', '.join(foreign[:3])}); choose a new or empty folder "
            "(a previous forecast's folder is replaced)"
        )
    variants = folder / VARIANTS_FOLDER
    if variants.exists():
        ours = _previous_variant_files(folder)
        theirs = sorted(entry.name for entry in variants.iterdir()) if variants.is_dir() else []
        foreign = [name for name in theirs if name not in ours]
        if not variants.is_dir() or foreign:
            shown = variants if not variants.is_dir() else variants / foreign[0]
            raise OutputFolderError(
                f"{shown}: not a file of the previous forecast in {folder}; a rerun replaces {variants} whole, so "
                "move your own files out of it or choose a new folder"
            )


def _previous_variant_files(folder: Path) -> set[str]:
    """The offer files the previous forecast in `folder` wrote, by its summary.json; none without one."""
    try:
        names = json.loads((folder / "summary.json").read_text(encoding="utf-8"))["variants"]
    except (OSError, ValueError, KeyError, TypeError):
        return set()
    if not isinstance(names, list):
        return set()
    return {f"{file_stem(name)}{SUFFIX}" for name in names if isinstance(name, str)}


def check_outputs(out: str | os.PathLike[str], report: str | os.PathLike[str] | None = None) -> None:
    """Everything about `--out DIR` and `--report FILE` that can be known before running."""
    folder = absolute(out)
    if name_too_long(folder.name):
        raise OutputFolderError(f"{out}: the folder's name is too long (at most {MAX_FILE_NAME} bytes)")
    check_output_folder(out)
    _check_writable(folder if folder.is_dir() else _nearest_existing(folder, out), out)
    if report is None:
        return
    target = absolute(report)
    if name_too_long(target.name):
        raise OutputFolderError(f"--report {report}: the file name is too long (at most {MAX_FILE_NAME} bytes)")
    if target.is_dir():
        raise OutputFolderError(
            f"--report {report}: this is a folder; give the report a file name, such as {Path(report) / 'report.pdf'}"
        )
    if target.parent == folder and target.name in (*OUTPUT_FILES, VARIANTS_FOLDER):
        raise OutputFolderError(f"--report {report}: that is the name of one of the results in {out}; choose another")
    if target.parent == folder / VARIANTS_FOLDER:
        raise OutputFolderError(f"--report {report}: {folder / VARIANTS_FOLDER} is replaced whole by each forecast")
    if target.parent == folder:
        return  # the report goes into the output folder, checked above (and made before the report is written)
    if not target.parent.is_dir():
        raise OutputFolderError(f"--report {report}: the folder {target.parent} does not exist")
    _check_writable(target.parent, f"--report {report}")


def _nearest_existing(folder: Path, given: str | os.PathLike[str]) -> Path:
    """The closest parent of a folder still to be made; refused when it is a file."""
    parent = folder.parent
    while not parent.exists() and parent != parent.parent:
        parent = parent.parent
    if not parent.is_dir():
        raise OutputFolderError(f"{given}: cannot be made, because {parent} is a file, not a folder")
    return parent


def _check_writable(folder: Path, given: object) -> None:
    """Make and remove a hidden folder in `folder`: permissions, read-only file systems and quotas all answer."""
    try:
        probe = tempfile.mkdtemp(prefix=".referral-studio-", dir=folder)
    except OSError as error:
        raise OutputFolderError(
            f"{given}: cannot write into {folder} ({error.strerror or error}); choose a folder you can write to"
        ) from None
    os.rmdir(probe)
