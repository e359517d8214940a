"""Words the domain and engine show to people, translatable without Qt.

The command line stays in English; the desktop app installs Qt's translator here at
start-up (ui/i18n.py), so validation messages, goal hints and "why this credit" reasons
appear in the UI's language. Strings are marked the way pyside6-lupdate finds them:
`translate("Context", "text")` at the point of use, `QT_TRANSLATE_NOOP` for constants.
"""

from __future__ import annotations

from collections.abc import Callable

_translator: Callable[[str, str], str] = lambda _context, text: text  # noqa: E731
_number: Callable[[float], str] = lambda value: f"{value:,}"  # noqa: E731


def QT_TRANSLATE_NOOP(_context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark a constant for translation; it is translated where it is shown."""
    return text


def translate(context: str, text: str) -> str:
    """The text in the installed language (English when none is installed)."""
    return _translator(context, text)


def number(value: float) -> str:
    """A whole number as the installed locale writes it (1,000,000 by default)."""
    return _number(value)


def install(translator: Callable[[str, str], str], number_format: Callable[[float], str]) -> None:
    """Make `translate` and `number` follow the UI's language and locale."""
    global _translator, _number
    _translator, _number = translator, number_format
