"""Refresh the translation sources from the code, then compile them.

Run after changing user-visible text: python tools/update_translations.py
pyside6-lupdate finds every translate("Context", "text") and QT_TRANSLATE_NOOP in the
package and merges them into referral_studio/resources/referral_studio_sv.ts, keeping existing translations; new strings arrive "unfinished" (tests/ui/test_translations.py
fails until they are translated, e.g. in pyside6-linguist). pyside6-lrelease then writes
the .qm the app loads.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "referral_studio"
RESOURCES = PACKAGE / "resources"
LANGUAGES = ("sv",)  # English is the source language


def tool(name: str) -> str:
    """A Qt tool from the PySide6 install beside this Python."""
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found; install the package with its dependencies first")
    return found


def sources() -> list[str]:
    return sorted(str(path.relative_to(ROOT)) for path in PACKAGE.rglob("*.py") if "migrations" not in path.parts)


def main() -> None:
    for language in LANGUAGES:
        ts = RESOURCES / f"referral_studio_{language}.ts"
        subprocess.run(
            [
                tool("pyside6-lupdate"),
                "-no-obsolete",
                "-locations",
                "none",
                *sources(),
                "-target-language",
                language,
                "-ts",
                str(ts.relative_to(ROOT)),
            ],
            cwd=ROOT,
            check=True,
        )
        subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], cwd=ROOT, check=True)


if __name__ == "__main__":
    main()
