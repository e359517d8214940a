"""A variant in words: how its offer differs from the base offer, for the workspace and the report.

The settings are named and valued as the revision history names them (domain/offer_diff.py),
so a marketer reads one wording for a change wherever it is shown.
"""

from __future__ import annotations

from referral_studio.domain.offer import Offer
from referral_studio.domain.offer_diff import compare_settings
from referral_studio.domain.texts import translate


def changes(base: Offer, offer: Offer) -> list[str]:
    """Each setting in which `offer` differs from `base`: 'goal count 3 (base: 5)'."""
    return [
        translate("VariantText", "{setting} {value} (base: {base})").format(
            setting=row.label, value=row.new, base=row.old
        )
        for row in compare_settings(base, offer)
        if row.changed
    ]


def describe_changes(base: Offer, offer: Offer) -> str:
    """The changes on one line, or 'as the base offer'."""
    return "; ".join(changes(base, offer)) or translate("VariantText", "as the base offer")
