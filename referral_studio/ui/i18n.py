"""The UI's languages (Qt Linguist): English in the code, Swedish in resources/translations/referral_studio_sv.ts.

Strings are marked with `translate("Context", "text")`, which pyside6-lupdate finds;
`python tools/update_translations.py` refreshes the .ts files and compiles the .qm files.
Texts with a count use Qt's plurals: `translate("Context", "%Ln events", None, count)`; their
English forms come from referral_studio_en.ts, which holds only those.
The language follows the system locale unless the user picked one (View › Language).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QLibraryInfo, QLocale, QTimeZone, QTranslator

from referral_studio.assets import asset_folder
from referral_studio.domain.offer import GOAL_LABELS, GoalType

LOCALES = {"en": QLocale("en_US"), "sv": QLocale("sv_SE")}
LANGUAGES = {"en": "English", "sv": "Svenska"}
SYSTEM = "system"
_installed: list[QTranslator] = []


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The text in the UI's language (the English source when there is no translation)."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def install_language(choice: str) -> str:
    """Load the translations for the chosen language ("system" follows the system locale); returns it.

    Our strings come from referral_studio_<lang>.qm in the translations folder (English is the
    source: its file holds only plural forms); Qt's own dialog buttons from Qt's qtbase_<lang>.qm.
    Numbers and dates follow the locale: the system's when it speaks the language, else the language's own.
    """
    from referral_studio.domain import texts

    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_language needs the QApplication first")
    language = resolve_language(choice)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    for folder, stem in (
        (asset_folder("translations"), "referral_studio"),
        (QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), "qtbase"),
    ):
        translator = QTranslator(app)
        if translator.load(f"{stem}_{language}", str(folder)):
            app.installTranslator(translator)
            _installed.append(translator)
    system = QLocale.system()
    QLocale.setDefault(system if system.name().split("_")[0] == language else LOCALES[language])
    texts.install(lambda context, text, n: translate(context, text, None, n), number, date_time)
    return language


def resolve_language(choice: str) -> str:
    """The language to use: the user's choice, else the system locale's if we have it, else English."""
    if choice in LANGUAGES:
        return choice
    system = QLocale.system().name().split("_")[0]
    return system if system in LANGUAGES else "en"


def number(value: float, decimals: int | None = None) -> str:
    """A number as the UI's locale writes it (1,234 in English, 1 234 in Swedish)."""
    if decimals is None:
        return QLocale().toString(int(value))
    return QLocale().toString(float(value), "f", decimals)


def date_time(value: datetime | int, *, seconds: bool = False) -> str:
    """A UTC moment (a datetime, or engine nanoseconds) as the whole UI writes it: 2027-03-01 09:30 (UTC).

    One unambiguous form in every language (Swedish writes dates this way too); the text
    around it says UTC. Tables of events show the seconds.
    """
    since = value.timestamp() if isinstance(value, datetime) else value / 1e9
    moment = QDateTime.fromSecsSinceEpoch(int(since // 1), QTimeZone.utc())
    return moment.toString("yyyy-MM-dd HH:mm:ss" if seconds else "yyyy-MM-dd HH:mm")


def goal_label(goal_type: GoalType) -> str:
    """The goal's name in Marketo's Fulfillment Goal dropdown, in the UI's language."""
    return translate("Goal", GOAL_LABELS[goal_type])


def key_label(context: str, labels: dict[str, str], key: str) -> str:
    """A file key's name for people (`share_rate` → "Share rate"), translated; an unknown key shows spaced."""
    label = labels.get(key)
    return translate(context, label) if label else key.replace("_", " ")
