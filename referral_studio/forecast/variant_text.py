"""A variant in words: how its offer differs from the base offer, for the workspace and the report."""

from __future__ import annotations

from typing import Any

from referral_studio.domain.offer import GOAL_LABELS, GoalType, Offer
from referral_studio.domain.offer_diff import flat_settings
from referral_studio.domain.texts import QT_TRANSLATE_NOOP, translate

LABELS = {
    "goal.type": QT_TRANSLATE_NOOP("VariantText", "goal"),
    "goal.count": QT_TRANSLATE_NOOP("VariantText", "goal count"),
    "goal.count_repeat_visits": QT_TRANSLATE_NOOP("VariantText", "count repeat visits"),
    "goal.trigger_activities": QT_TRANSLATE_NOOP("VariantText", "trigger activities"),
    "goal.qualification": QT_TRANSLATE_NOOP("VariantText", "qualification"),
    "goal.event_name": QT_TRANSLATE_NOOP("VariantText", "event name"),
    "window.start": QT_TRANSLATE_NOOP("VariantText", "offer starts"),
    "window.end": QT_TRANSLATE_NOOP("VariantText", "offer ends"),
    "attribution.model": QT_TRANSLATE_NOOP("VariantText", "attribution"),
    "attribution.window_days": QT_TRANSLATE_NOOP("VariantText", "attribution window (days)"),
    "rewards.repeat": QT_TRANSLATE_NOOP("VariantText", "repeat rewards"),
    "rewards.max_fulfillments": QT_TRANSLATE_NOOP("VariantText", "most fulfillments per referrer"),
    "promo_codes": QT_TRANSLATE_NOOP("VariantText", "promo codes"),
}
IGNORED = ("format", "version", "name")


def value_text(key: str, value: Any) -> str:
    """A setting's value as a marketer reads it."""
    if value is None:
        return translate("VariantText", "none")
    if isinstance(value, bool):
        return translate("VariantText", "yes") if value else translate("VariantText", "no")
    if key == "goal.type":
        return translate("Goal", GOAL_LABELS[GoalType(value)])
    if key == "promo_codes":
        return translate("VariantText", "{count} codes").format(count=len(value))
    if isinstance(value, list):
        return ", ".join(map(str, value)) or translate("VariantText", "none")
    return str(value).replace("_", " ")


def changes(base: Offer, offer: Offer) -> list[str]:
    """Each setting in which `offer` differs from `base`: 'goal count 3 (base: 5)'."""
    before, after = flat_settings(base, IGNORED), flat_settings(offer, IGNORED)
    lines = []
    for key, value in after.items():
        if before.get(key) != value:
            label = translate("VariantText", LABELS[key]) if key in LABELS else key
            lines.append(
                translate("VariantText", "{setting} {value} (base: {base})").format(
                    setting=label, value=value_text(key, value), base=value_text(key, before.get(key))
                )
            )
    return lines


def describe_changes(base: Offer, offer: Offer) -> str:
    """The changes on one line, or 'as the base offer'."""
    return "; ".join(changes(base, offer)) or translate("VariantText", "as the base offer")
