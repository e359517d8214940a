"""An offer's settings in words, for the editor's hint line and the main window's details pane."""

from __future__ import annotations

from referral_studio.domain.offer import AttributionModel, Goal, GoalType, Offer, Qualification
from referral_studio.domain.texts import QT_TRANSLATE_NOOP, date_time, number, translate

GOAL_HINTS = {
    GoalType.REFERRED_VISITS: QT_TRANSLATE_NOOP(
        "GoalText", "A credit for each friend who visits through the referrer's link."
    ),
    GoalType.REFERRED_SIGNUPS: QT_TRANSLATE_NOOP(
        "GoalText", "A credit for each new friend who signs up through the referrer's link or after visiting it."
    ),
    GoalType.SMART_LIST_TRIGGER: QT_TRANSLATE_NOOP(
        "GoalText", "A credit when a new friend does one of the trigger activities, such as Opportunity Created."
    ),
    GoalType.CUSTOM_JS_EVENT: QT_TRANSLATE_NOOP(
        "GoalText", "A credit when a new friend's browser fires the named JavaScript event on your page."
    ),
}


def goal_hint(goal_type: GoalType) -> str:
    """What one credit is under the goal type (credit-rules.md, in a marketer's words)."""
    return translate("GoalText", GOAL_HINTS[goal_type])


def describe_goal(goal: Goal) -> str:
    """One line: what earns a credit and how many are needed, e.g. 'Credit for each friend who signs up · 5 needed'."""
    if goal.type is GoalType.REFERRED_VISITS:
        if goal.count_repeat_visits:
            what = translate("GoalText", "Credit for each friend's visit (repeat visits count)")
        else:
            what = translate("GoalText", "Credit for each friend who visits")
    elif goal.type is GoalType.REFERRED_SIGNUPS:
        what = translate("GoalText", "Credit for each friend who signs up")
    elif goal.type is GoalType.SMART_LIST_TRIGGER:
        names = ", ".join(a.strip() for a in goal.trigger_activities if a.strip())
        if goal.qualification is Qualification.EVERY_TIME:
            what = translate("GoalText", "Credit when a friend does {activities} (every time)")
        else:
            what = translate("GoalText", "Credit when a friend does {activities} (once per friend)")
        what = what.format(activities=names or translate("GoalText", "no trigger activity yet"))
    elif goal.event_name:
        what = translate("GoalText", "Credit when a friend fires “{event}”").format(event=goal.event_name)
    else:
        what = translate("GoalText", "Credit for a JavaScript event (no name yet)")
    return translate("GoalText", "{what} · {count} needed").format(what=what, count=number(goal.count))


def describe_window(offer: Offer) -> str | None:
    """When the offer runs, e.g. 'Runs from 2027-03-01 00:00 UTC, with no end'; None when it always runs."""
    window = offer.window
    start = f"{date_time(window.start)} UTC" if window.start else None
    end = f"{date_time(window.end)} UTC" if window.end else None
    if start and end:
        return translate("OfferDetails", "Runs from {start} to {end}").format(start=start, end=end)
    if start:
        return translate("OfferDetails", "Runs from {start}, with no end").format(start=start)
    if end:
        return translate("OfferDetails", "Runs until {end}").format(end=end)
    return None


def within_days(days: float) -> str:
    """'within 3 days', 'within 0.5 days', and 'within 1 day' when the number shown is a whole 1.

    A window may be a fraction of a day, which Qt's plurals (%Ln, whole counts) cannot say; so
    the wording follows the number as written, to two decimals.
    """
    shown = number(days, 2).rstrip("0").rstrip(",.")
    if shown == number(1):
        return translate("OfferDetails", "within 1 day")
    return translate("OfferDetails", "within {days} days").format(days=shown)


def describe_terms(offer: Offer) -> str:
    """Attribution, rewards and promo codes in one line, e.g. 'Attribution: first touch · repeat rewards · 3 promo codes'."""
    if offer.attribution.model is AttributionModel.FIRST_TOUCH:
        attribution = translate("OfferDetails", "Attribution: first touch")
    else:
        attribution = translate("OfferDetails", "Attribution: last touch")
    if offer.attribution.window_days:
        attribution += " " + within_days(offer.attribution.window_days)
    if not offer.rewards.repeat:
        rewards = translate("OfferDetails", "one reward per referrer")
    elif offer.rewards.max_fulfillments:
        rewards = translate("OfferDetails", "repeat rewards, at most {count}").format(
            count=number(offer.rewards.max_fulfillments)
        )
    else:
        rewards = translate("OfferDetails", "repeat rewards")
    count = len(offer.promo_codes)
    codes = translate("OfferDetails", "%Ln promo codes", None, count)
    return f"{attribution} · {rewards} · {codes}"
