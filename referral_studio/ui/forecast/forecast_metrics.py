"""The forecast's metrics in the UI's words: the study file's keys (`net`, `credited_referrers`) are for files."""

from __future__ import annotations

from referral_studio.domain.texts import QT_TRANSLATE_NOOP
from referral_studio.ui.i18n import key_label

METRIC_LABELS = {
    "credits": QT_TRANSLATE_NOOP("ForecastMetric", "Credits"),
    "credited_referrers": QT_TRANSLATE_NOOP("ForecastMetric", "Credited referrers"),
    "fulfilled_referrers": QT_TRANSLATE_NOOP("ForecastMetric", "Fulfilled referrers"),
    "fulfillments": QT_TRANSLATE_NOOP("ForecastMetric", "Fulfillments"),
    "promo_codes_used": QT_TRANSLATE_NOOP("ForecastMetric", "Promo codes used"),
    "referred_signups": QT_TRANSLATE_NOOP("ForecastMetric", "Referred sign-ups"),
    "signups": QT_TRANSLATE_NOOP("ForecastMetric", "Sign-ups"),
    "k_factor": QT_TRANSLATE_NOOP("ForecastMetric", "K-factor"),
    "cost": QT_TRANSLATE_NOOP("ForecastMetric", "Cost"),
    "value": QT_TRANSLATE_NOOP("ForecastMetric", "Value"),
    "net": QT_TRANSLATE_NOOP("ForecastMetric", "Net"),
    "credits_blocked": QT_TRANSLATE_NOOP("ForecastMetric", "Credits blocked"),
    "credits_for_review": QT_TRANSLATE_NOOP("ForecastMetric", "Credits for review"),
    "credits_reversed": QT_TRANSLATE_NOOP("ForecastMetric", "Credits reversed"),
    "credits_pending": QT_TRANSLATE_NOOP("ForecastMetric", "Credits pending"),
    "cost_saved": QT_TRANSLATE_NOOP("ForecastMetric", "Cost saved"),
}


def metric_label(metric: str) -> str:
    """A metric's name for people, in the UI's language."""
    return key_label("ForecastMetric", METRIC_LABELS, metric)
