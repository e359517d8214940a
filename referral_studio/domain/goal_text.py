"""Offer settings in words, for the editor's hint line and the details pane."""

from __future__ import annotations

from referral_studio.domain.offer import Goal, GoalType, Qualification

GOAL_HINTS = {
    GoalType.REFERRED_VISITS: "A credit for each friend who visits through the referrer's link.",
    GoalType.REFERRED_SIGNUPS: "A credit for each new friend who signs up through the referrer's link or after visiting it.",
    GoalType.SMART_LIST_TRIGGER: "A credit when a new friend does one of the trigger activities, such as Opportunity Created.",
    GoalType.CUSTOM_JS_EVENT: "A credit when a new friend's browser fires the named JavaScript event on your page.",
}


def goal_hint(goal_type: GoalType) -> str:
    """What one credit is under the goal type (credit-rules.md, in a marketer's words)."""
    return GOAL_HINTS[goal_type]


def describe_goal(goal: Goal) -> str:
    """One line: what earns a credit and how many are needed, e.g. 'Credit for each friend who signs up · 5 needed'."""
    if goal.type is GoalType.REFERRED_VISITS:
        what = "each friend's visit" if goal.count_repeat_visits else "each friend who visits"
        what = "Credit for " + what + (" (repeat visits count)" if goal.count_repeat_visits else "")
    elif goal.type is GoalType.REFERRED_SIGNUPS:
        what = "Credit for each friend who signs up"
    elif goal.type is GoalType.SMART_LIST_TRIGGER:
        names = ", ".join(a.strip() for a in goal.trigger_activities if a.strip()) or "no trigger activity yet"
        how = "every time" if goal.qualification is Qualification.EVERY_TIME else "once per friend"
        what = f"Credit when a friend does {names} ({how})"
    else:
        what = f"Credit when a friend fires “{goal.event_name}”" if goal.event_name else "Credit for a JavaScript event (no name yet)"
    return f"{what} · {goal.count:,} needed"
