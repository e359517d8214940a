"""Words the domain and engine show to people, translatable without Qt.

The command line stays in English; the desktop app installs Qt's translator here at
start-up (ui/i18n.py), so validation messages, goal hints and "why this credit" reasons
appear in the UI's language. Strings are marked the way pyside6-lupdate finds them:
`translate("Context", "text")` at the point of use, `QT_TRANSLATE_NOOP` for constants.
A text with a count (`translate("Context", "%Ln promo codes", None, count)`, Qt's convention)
gets its plural forms from the translation files, English included (its .ts holds only
those); without them "%Ln" is just the number.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime


def _english(_context: str, text: str, n: int = -1) -> str:
    return text.replace("%Ln", f"{n:,}").replace("%n", str(n)) if n >= 0 else text


def _plain_number(value: float, decimals: int | None = None) -> str:
    return f"{int(value):,}" if decimals is None else f"{value:,.{decimals}f}"


def _plain_date_time(value: datetime) -> str:
    return value.strftime("%Y-%m-%d %H:%M")


Translator = Callable[[str, str, int], str]
NumberFormat = Callable[[float, int | None], str]
DateTimeFormat = Callable[[datetime], str]
_translator: Translator = _english
_number: NumberFormat = _plain_number
_date_time: DateTimeFormat = _plain_date_time


def QT_TRANSLATE_NOOP(_context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark a constant for translation; it is translated where it is shown."""
    return text


def translate(context: str, text: str, _disambiguation: None = None, n: int = -1) -> str:
    """The text in the installed language (English when none is installed); `n` fills "%Ln" and picks the plural.

    The signature is QCoreApplication.translate's, so pyside6-lupdate sees the plurals."""
    return _translator(context, text, n)


def number(value: float, decimals: int | None = None) -> str:
    """A number as the installed locale writes it (1,000,000 by default); whole unless `decimals` is given."""
    return _number(value, decimals)


def date_time(value: datetime) -> str:
    """A moment as the installed locale writes dates and times, to the minute."""
    return _date_time(value)


def install(translator: Translator, number_format: NumberFormat, date_time_format: DateTimeFormat) -> None:
    """Make `translate`, `number` and `date_time` follow the UI's language and locale."""
    global _translator, _number, _date_time
    _translator, _number, _date_time = translator, number_format, date_time_format
