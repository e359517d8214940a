"""What stands between a draft and approval, in words a marketer understands.

Each problem names its setting by offer-file key (`goal.count`), so the editor can
focus the field and the CLI can name the key.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from urllib.parse import urlparse

from referral_studio.domain.identities import normalise_blocked_domain
from referral_studio.domain.offer import MAX_GOAL_COUNT, Delivery, GoalType, Offer, ShareUrlKind
from referral_studio.domain.promo_codes import named_codes, repeated_codes, repeats_message
from referral_studio.domain.texts import QT_TRANSLATE_NOOP, number, translate

GIVE_CREDIT_TIP = QT_TRANSLATE_NOOP(
    "Validation",
    "If you plan to use the Give Credit to Referrer flow step, "
    "you must select Smart List Trigger as the fulfillment goal.",
)


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an offer; blocking problems prevent approval."""

    field: str
    message: str
    blocking: bool = True


def is_web_url(text: str | None) -> bool:
    """True for an absolute http(s) URL with a host."""
    if not text:
        return False
    parts = urlparse(text.strip())
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def validate(offer: Offer) -> list[Problem]:
    """Every problem of the offer, blocking ones and warnings, in editor order."""
    problems: list[Problem] = []
    add = problems.append
    goal = offer.goal
    if not offer.name.strip():
        add(Problem("name", translate("Validation", "Give the offer a name.")))
    if not 1 <= goal.count <= MAX_GOAL_COUNT:
        add(
            Problem(
                "goal.count",
                translate("Validation", "The goal count must be between 1 and {max}.").format(
                    max=number(MAX_GOAL_COUNT)
                ),
            )
        )
    if goal.type is GoalType.SMART_LIST_TRIGGER:
        if not any(name.strip() for name in goal.trigger_activities):
            add(
                Problem(
                    "goal.trigger_activities",
                    translate("Validation", "Smart List Trigger needs at least one trigger activity."),
                )
            )
        elif any(not name.strip() for name in goal.trigger_activities):
            add(
                Problem(
                    "goal.trigger_activities",
                    translate("Validation", "Remove the blank trigger activity."),  # it matches no event
                )
            )
    if goal.type is GoalType.CUSTOM_JS_EVENT and not goal.event_name:
        add(Problem("goal.event_name", translate("Validation", "Custom JavaScript Event needs the name of the event.")))
    if offer.uses_give_credit_to_referrer and goal.type is not GoalType.SMART_LIST_TRIGGER:
        add(Problem("uses_give_credit_to_referrer", translate("Validation", GIVE_CREDIT_TIP)))
    start, end = offer.window.start, offer.window.end
    if start is not None and end is not None and end <= start:
        add(Problem("window.end", translate("Validation", "The offer must end after it starts.")))
    days = offer.attribution.window_days
    if days is not None and not days > 0:
        add(
            Problem(
                "attribution.window_days",
                translate("Validation", "The attribution window must be a positive number of days."),
            )
        )
    cap = offer.rewards.max_fulfillments
    if cap is not None and cap < 1:
        add(
            Problem(
                "rewards.max_fulfillments",
                translate("Validation", "Max fulfillments must be at least 1 (or no limit)."),
            )
        )
    if offer.emails.delivery is Delivery.AUTO_ON_GOAL and not offer.emails.fulfillment:
        add(
            Problem(
                "emails.fulfillment", translate("Validation", "Automatic delivery on goal needs a fulfillment email.")
            )
        )
    if not offer.rules_url:
        add(
            Problem(
                "rules_url", translate("Validation", "You need to add a link to your offer's rules before approving.")
            )
        )
    elif not is_web_url(offer.rules_url):
        add(
            Problem(
                "rules_url",
                translate("Validation", "The rules link must be a web address starting with http:// or https://."),
            )
        )
    policy = offer.privacy_policy
    if policy.shown and not is_web_url(policy.url):
        add(
            Problem(
                "privacy_policy.url",
                translate("Validation", "A shown privacy policy needs a web address (http:// or https://)."),
            )
        )
    share = offer.share_url
    if share.kind is not ShareUrlKind.REFERRING_PAGE and not is_web_url(share.url):
        add(
            Problem(
                "share_url.url",
                translate("Validation", "This share URL choice needs a web address (http:// or https://)."),
            )
        )
    problems.extend(fraud_problems(offer))
    if repeated := repeated_codes(offer.promo_codes):  # would be given to two referrers: blocks approval
        add(Problem("promo_codes", repeats_message(repeated)))
    padded = [code for code in offer.promo_codes if code != code.strip()]
    if padded:
        message = (
            translate(
                "Validation",
                "The promo code {codes} begins or ends with spaces, which are part of the code a referrer gets.",
            )
            if len(padded) == 1
            else translate(
                "Validation",
                "{count} promo codes begin or end with spaces, which are part of the code a referrer gets: {codes}.",
            )
        )
        add(Problem("promo_codes", message.format(count=len(padded), codes=named_codes(padded)), blocking=False))
    return problems


def fraud_problems(offer: Offer) -> list[Problem]:
    """Problems of the Fraud & Holds settings."""
    fraud, problems = offer.fraud, []
    if any(normalise_blocked_domain(entry) is None for entry in fraud.blocked_email_domains):
        problems.append(
            Problem(
                "fraud.blocked_email_domains",
                translate("Validation", "Remove the blank blocked email domain; it blocks nothing."),
                blocking=False,
            )
        )
    if fraud.max_credits_per_day is not None and fraud.max_credits_per_day < 1:
        problems.append(
            Problem(
                "fraud.max_credits_per_day",
                translate("Validation", "Max credits per day must be at least 1 (or no limit)."),
            )
        )
    if not (isinstance(fraud.hold_days, (int, float)) and math.isfinite(fraud.hold_days) and fraud.hold_days >= 0):
        problems.append(
            Problem("fraud.hold_days", translate("Validation", "The hold must be a number of days of at least 0."))
        )
    return problems


def blocking(problems: list[Problem]) -> list[Problem]:
    """Only the problems that prevent approval."""
    return [problem for problem in problems if problem.blocking]
