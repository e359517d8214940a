"""Refresh the translation sources from the code, then compile them.

Run after changing user-visible text: python tools/update_translations.py
pyside6-lupdate finds every translate("Context", "text") and QT_TRANSLATE_NOOP in the
package and merges them into resources/translations/referral_studio_sv.ts, keeping existing
translations; new strings arrive "unfinished" (tests/ui/test_translations.py fails until they
are translated, e.g. in pyside6-linguist). pyside6-lrelease then writes the .qm the app loads.

Texts with a count ("%Ln events", translated with n) have plural forms. pyside6-lupdate
marks such a Python call as plural only when the count is a literal, and drops the forms
of a message it does not see as plural; so this tool keeps the forms it had and marks every
"%n"/"%Ln" message plural itself. English is the source language: its .ts holds only those
plural messages, whose English forms ("1 event", "2 events") the app loads like any other.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "referral_studio"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("sv", "en")
PLURAL_FORMS = 2  # English and Swedish: one and many


def tool(name: str) -> str:
    """A Qt tool from the PySide6 install beside this Python."""
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found; install the package with its dependencies first")
    return found


def sources() -> list[str]:
    return sorted(str(path.relative_to(ROOT)) for path in PACKAGE.rglob("*.py") if "migrations" not in path.parts)


def is_plural(source: str) -> bool:
    return "%n" in source or "%Ln" in source


CONTEXT = re.compile(r"<context>\n    <name>(.*?)</name>\n(.*?)</context>\n", re.S)
MESSAGE = re.compile(r"    <message(?: numerus=\"yes\")?>\n        <source>(.*?)</source>\n(.*?)    </message>\n", re.S)
FORM = re.compile(r"<numerusform>(.*?)</numerusform>", re.S)


def plural_forms(ts: Path) -> dict[tuple[str, str], list[str]]:
    """The finished plural forms of each (context, source) in a .ts file (texts as escaped there)."""
    if not ts.exists():
        return {}
    found = {}
    for context in CONTEXT.finditer(ts.read_text(encoding="utf-8")):
        for message in MESSAGE.finditer(context.group(2)):
            forms = FORM.findall(message.group(2))
            if forms and all(forms) and "unfinished" not in message.group(2):
                found[(context.group(1), message.group(1))] = forms
    return found


def plural_message(source: str, forms: list[str] | None) -> str:
    """A plural message as lupdate writes one."""
    mark = "" if forms else ' type="unfinished"'
    lines = "".join(f"            <numerusform>{form}</numerusform>\n" for form in forms or [""] * PLURAL_FORMS)
    return (
        f'    <message numerus="yes">\n        <source>{source}</source>\n'
        f"        <translation{mark}>\n{lines}        </translation>\n    </message>\n"
    )


def mark_plurals(ts: Path, kept: dict[tuple[str, str], list[str]], *, only_plurals: bool) -> None:
    """Make every %n message plural (with the forms it had), keeping lupdate's layout; for English, only those."""
    text = ts.read_text(encoding="utf-8")

    def context(match: re.Match[str]) -> str:
        name = match.group(1)

        def message(found: re.Match[str]) -> str:
            source = found.group(1)
            if not is_plural(source):
                return "" if only_plurals else found.group(0)
            return plural_message(source, kept.get((name, source)))

        messages = MESSAGE.sub(message, match.group(2))
        return f"<context>\n    <name>{name}</name>\n{messages}</context>\n" if messages.strip() else ""

    ts.write_text(CONTEXT.sub(context, text), encoding="utf-8")


def main() -> None:
    for language in LANGUAGES:
        ts = TRANSLATIONS / f"referral_studio_{language}.ts"
        kept = plural_forms(ts)
        command = [tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none", *sources()]
        subprocess.run(
            [*command, "-target-language", language, "-ts", str(ts)],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
        mark_plurals(ts, kept, only_plurals=language == "en")
        subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], cwd=ROOT, check=True)


if __name__ == "__main__":
    main()
