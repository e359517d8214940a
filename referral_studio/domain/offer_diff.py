"""Two versions of an offer compared in words: what a revision changed, what a restore would change.

Settings are read off the offer file's keys, so a key added to the file (fraud rules, …)
shows up here without a change; keys without a label below are named after the key.
A setting the offer's goal does not read (trigger activities left from a Smart List goal on
a Sign-Ups offer, a cap without repeat rewards) is kept in the offer (credit-rules.md) but
left out here: a row that neither version uses is not shown at all, and one whose value differs
says "not used" on the version whose goal ignores it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC
from typing import Any

from referral_studio.domain.offer import GOAL_LABELS, GoalType, Offer
from referral_studio.domain.offer_file import offer_to_dict
from referral_studio.domain.texts import QT_TRANSLATE_NOOP, number, translate
from referral_studio.domain.times import parse_time

SKIPPED = ("format", "version", "name", "program")  # the store keeps these beside the revisions
LONGEST = 40  # characters of a text value before it is cut with "…"
LABELS = {
    "goal.type": QT_TRANSLATE_NOOP("OfferChanges", "fulfillment goal"),
    "goal.count": QT_TRANSLATE_NOOP("OfferChanges", "goal count"),
    "goal.count_repeat_visits": QT_TRANSLATE_NOOP("OfferChanges", "count repeat visits"),
    "goal.trigger_activities": QT_TRANSLATE_NOOP("OfferChanges", "trigger activities"),
    "goal.qualification": QT_TRANSLATE_NOOP("OfferChanges", "qualification"),
    "goal.event_name": QT_TRANSLATE_NOOP("OfferChanges", "event name"),
    "window.start": QT_TRANSLATE_NOOP("OfferChanges", "offer starts"),
    "window.end": QT_TRANSLATE_NOOP("OfferChanges", "offer ends"),
    "attribution.model": QT_TRANSLATE_NOOP("OfferChanges", "attribution"),
    "attribution.window_days": QT_TRANSLATE_NOOP("OfferChanges", "attribution window (days)"),
    "rewards.repeat": QT_TRANSLATE_NOOP("OfferChanges", "repeat rewards"),
    "rewards.max_fulfillments": QT_TRANSLATE_NOOP("OfferChanges", "most fulfillments"),
    "promo_codes": QT_TRANSLATE_NOOP("OfferChanges", "promo codes"),
    "uses_give_credit_to_referrer": QT_TRANSLATE_NOOP("OfferChanges", "used by Give Credit to Referrer"),
    "emails.sign_up": QT_TRANSLATE_NOOP("OfferChanges", "sign-up email"),
    "emails.fulfillment": QT_TRANSLATE_NOOP("OfferChanges", "fulfillment email"),
    "emails.delivery": QT_TRANSLATE_NOOP("OfferChanges", "email delivery"),
    "rules_url": QT_TRANSLATE_NOOP("OfferChanges", "rules URL"),
    "privacy_policy.shown": QT_TRANSLATE_NOOP("OfferChanges", "privacy policy shown"),
    "privacy_policy.title": QT_TRANSLATE_NOOP("OfferChanges", "privacy policy title"),
    "privacy_policy.url": QT_TRANSLATE_NOOP("OfferChanges", "privacy policy URL"),
    "share_url.kind": QT_TRANSLATE_NOOP("OfferChanges", "share URL points to"),
    "share_url.url": QT_TRANSLATE_NOOP("OfferChanges", "share URL"),
}
VALUES = {  # choices named as the editor names them
    ("emails.delivery", "auto_on_goal"): QT_TRANSLATE_NOOP("OfferChanges", "automatically when the goal is reached"),
    ("emails.delivery", "manual"): QT_TRANSLATE_NOOP("OfferChanges", "manually"),
}


GOAL_SETTINGS = {  # the settings only one goal type reads
    "goal.count_repeat_visits": GoalType.REFERRED_VISITS,
    "goal.trigger_activities": GoalType.SMART_LIST_TRIGGER,
    "goal.qualification": GoalType.SMART_LIST_TRIGGER,
    "goal.event_name": GoalType.CUSTOM_JS_EVENT,
}


def unused_settings(offer: Offer) -> set[str]:
    """The dotted keys of the settings the offer keeps but does not read (its goal or rewards ignore them)."""
    unused = {key for key, goal in GOAL_SETTINGS.items() if offer.goal.type is not goal}
    if not offer.rewards.repeat:
        unused.add("rewards.max_fulfillments")
    return unused


@dataclass(frozen=True)
class Setting:
    """One setting of two versions side by side, as words."""

    key: str  # the offer file's key, dotted (goal.count)
    label: str
    old: str
    new: str

    @property
    def changed(self) -> bool:
        return self.old != self.new


def flat_settings(offer: Offer, skipped: tuple[str, ...] = SKIPPED) -> dict[str, Any]:
    """The offer's settings by dotted offer-file key (`goal.count`), without the top-level keys in `skipped`."""
    return _flat(offer_to_dict(offer), skipped)


def _flat(data: dict[str, Any], skipped: tuple[str, ...], prefix: str = "") -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for key, value in data.items():
        if isinstance(value, dict):
            flat.update(_flat(value, skipped, f"{prefix}{key}."))
        elif prefix or key not in skipped:
            flat[prefix + key] = value
    return flat


def _value_text(key: str, value: Any) -> str:
    if value is None:
        return translate("OfferChanges", "none")
    if isinstance(value, bool):
        return translate("OfferChanges", "on") if value else translate("OfferChanges", "off")
    if key.startswith("window."):
        return parse_time(value).astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")
    if key == "goal.type":
        return translate("Goal", GOAL_LABELS[GoalType(value)])
    if isinstance(value, str) and (key, value) in VALUES:
        return translate("OfferChanges", VALUES[key, value])
    if key == "promo_codes":
        count = len(value)
        return translate("OfferChanges", "%Ln codes", None, count)
    if isinstance(value, list):
        return ", ".join(map(str, value)) or translate("OfferChanges", "none")
    if isinstance(value, int | float):
        return number(value) if float(value).is_integer() else str(value)
    text = (
        str(value).replace("_", " ") if key.endswith((".model", ".kind", ".delivery", ".qualification")) else str(value)
    )
    return text if len(text) <= LONGEST else text[: LONGEST - 1] + "…"


def _label(key: str) -> str:
    return translate("OfferChanges", LABELS[key]) if key in LABELS else key.replace(".", " ").replace("_", " ")


def compare_settings(old: Offer, new: Offer) -> list[Setting]:
    """Every setting either version uses, in the offer file's order, each as words ("not used" on a version
    that ignores it)."""
    before, after = flat_settings(old), flat_settings(new)
    unused_before, unused_after = unused_settings(old), unused_settings(new)
    not_used = translate("OfferChanges", "not used")
    rows = []
    for key in dict.fromkeys([*before, *after]):
        if key in unused_before and key in unused_after:
            continue
        same = before.get(key) == after.get(key)  # only read by one of them, but not changed: nothing to say
        old_text = not_used if key in unused_before and not same else _value_text(key, before.get(key))
        new_text = not_used if key in unused_after and not same else _value_text(key, after.get(key))
        if before.get(key) != after.get(key) and old_text == new_text != not_used:  # e.g. codes swapped, count kept
            new_text += " " + translate("OfferChanges", "(edited)")
        rows.append(Setting(key, _label(key), old_text, new_text))
    return rows


def offer_changes(old: Offer, new: Offer) -> list[str]:
    """What changed from one version to the next, one phrase per setting: "goal count 5 → 3"."""
    return [f"{row.label} {row.old} → {row.new}" for row in compare_settings(old, new) if row.changed]
