"""The trainers' demo workspace: its own store of Marketo's example offers and a seeded event log.

Built fresh each time it opens, in a folder of its own, so a demonstration always starts
from the same place and never touches the user's store. Its program and offers are named in
the UI's language (a Swedish class sees Swedish names), the event log is the same in all.
"""

from __future__ import annotations

import contextlib
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path

import platformdirs

from referral_studio.domain.offer import Emails, Goal, GoalType, Offer, Qualification, Window
from referral_studio.domain.texts import QT_TRANSLATE_NOOP, translate
from referral_studio.engine.generator import generate
from referral_studio.engine.log_files import write_event_log
from referral_studio.engine.presets import preset_options
from referral_studio.engine.traffic_steps import JS_EVENT_NAME
from referral_studio.store import repository as repo
from referral_studio.store.database import APP_NAME, Store

PROGRAM = QT_TRANSLATE_NOOP("Demo", "Marketo examples")
STORE_NAME, LOG_NAME = "demo.sqlite3", "demo-events.csv"
# The classroom preset's exaggerated rates, so that every example offer pays out in a small log.
TRAFFIC_PRESET = "classroom"
TRAFFIC = preset_options(TRAFFIC_PRESET, participants=2000, seed=2027, milestone_rate=0.8)
_RULES = "https://example.com/referral-rules"
_WINDOW = Window(start=datetime(2027, 3, 1, tzinfo=timezone.utc))


def _offer(name: str, goal: Goal, codes: str) -> Offer:
    return Offer(
        name=name,
        program=PROGRAM,
        goal=goal,
        window=_WINDOW,
        rules_url=_RULES,
        uses_give_credit_to_referrer=goal.type is GoalType.SMART_LIST_TRIGGER,
        emails=Emails(
            sign_up=QT_TRANSLATE_NOOP("Demo", "Welcome to the referral program"),
            fulfillment=QT_TRANSLATE_NOOP("Demo", "You earned your reward"),
        ),
        promo_codes=tuple(f"{codes}-{number:03d}" for number in range(1, 51)),
    )


def trigger(activity: str, count: int) -> Goal:
    return Goal(
        type=GoalType.SMART_LIST_TRIGGER, count=count, trigger_activities=(activity,), qualification=Qualification.ONCE
    )


DEMO_OFFERS = (
    _offer(QT_TRANSLATE_NOOP("Demo", "10 referred visits"), Goal(type=GoalType.REFERRED_VISITS, count=10), "VISITS"),
    _offer(QT_TRANSLATE_NOOP("Demo", "5 referred sign-ups"), Goal(type=GoalType.REFERRED_SIGNUPS, count=5), "SIGNUPS"),
    _offer(QT_TRANSLATE_NOOP("Demo", "1 referred opportunity created"), trigger("Opportunity Created", 1), "OPPTY"),
    _offer(QT_TRANSLATE_NOOP("Demo", "2 referred e-commerce purchases"), trigger("Purchase", 2), "SHOP"),
    _offer(QT_TRANSLATE_NOOP("Demo", "5 referred webinar attendees"), trigger("Attended Webinar", 5), "WEBINAR"),
    _offer(
        QT_TRANSLATE_NOOP("Demo", "3 referred CTA clicks (custom JavaScript event)"),
        Goal(type=GoalType.CUSTOM_JS_EVENT, count=3, event_name=JS_EVENT_NAME),
        "CTA",
    ),
)
"""Marketo's own examples of fulfillment goals, plus a custom JavaScript event offer (names in English:
`demo_offers` gives them in the UI's language)."""


def demo_offers() -> list[Offer]:
    """The demo's offers as the store gets them: program, names and emails in the installed language."""
    return [
        offer.replace(
            name=translate("Demo", offer.name),
            program=translate("Demo", PROGRAM),
            emails=replace(
                offer.emails,
                sign_up=translate("Demo", offer.emails.sign_up or ""),
                fulfillment=translate("Demo", offer.emails.fulfillment or ""),
            ),
        )
        for offer in DEMO_OFFERS
    ]


def demo_folder() -> Path:
    return platformdirs.user_data_path(APP_NAME, appauthor=False) / "demo"


def build_demo(folder: Path | None = None) -> tuple[Path, Path]:
    """(Re)build the demo store and its event log in `folder`; returns their paths."""
    folder = folder or demo_folder()
    folder.mkdir(parents=True, exist_ok=True)
    store_path, log_path = folder / STORE_NAME, folder / LOG_NAME
    for stale in (store_path, store_path.with_name(STORE_NAME + "-wal"), store_path.with_name(STORE_NAME + "-shm")):
        with contextlib.suppress(FileNotFoundError):
            stale.unlink()
    store = Store(store_path)
    try:
        with store.transaction() as session:
            for offer in demo_offers():
                repo.create_offer(session, offer)
                repo.approve(session, offer.name)
    finally:
        store.close()
    write_event_log(generate(TRAFFIC).log, log_path)
    return store_path, log_path
