"""Compare Goal Types: what each compared goal counts, said in its label, chosen by the user.

The same traffic is replayed under the four goal types. A Smart List Trigger needs trigger
activities and a Custom JavaScript Event an event name; when the offer has none, one the
synthetic traffic makes is filled in. Each goal's count and these settings can be picked,
and every series is labelled with what it counted ("Smart List Trigger: Opportunity
Created × 10"), so a trainer can say what the numbers mean.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from referral_studio.domain.offer import GOAL_LABELS, Goal, GoalType, Offer, Qualification
from referral_studio.domain.texts import number, translate
from referral_studio.engine.traffic_steps import JS_EVENT_NAME, MILESTONES

DEFAULT_TRIGGER = "Opportunity Created"  # a milestone the generator makes
TRIGGER_CHOICES = MILESTONES  # the activities synthetic traffic holds
EVENT_CHOICES = (JS_EVENT_NAME,)


@dataclass(frozen=True)
class ComparedGoals:
    """The four goals a comparison replays, in GoalType order."""

    goals: tuple[Goal, Goal, Goal, Goal]

    @classmethod
    def for_offer(cls, offer: Offer) -> ComparedGoals:
        """The offer's goal settings under each type, what a type needs and the offer lacks filled in."""
        goals = []
        for goal_type in GoalType:
            goal = replace(offer.goal, type=goal_type)
            if goal_type is GoalType.SMART_LIST_TRIGGER and not any(a.strip() for a in goal.trigger_activities):
                goal = replace(goal, trigger_activities=(DEFAULT_TRIGGER,))
            if goal_type is GoalType.CUSTOM_JS_EVENT and not goal.event_name:
                goal = replace(goal, event_name=JS_EVENT_NAME)
            goals.append(goal)
        return cls(tuple(goals))  # type: ignore[arg-type]

    def goal(self, goal_type: GoalType) -> Goal:
        return self.goals[list(GoalType).index(goal_type)]

    def with_goal(self, goal: Goal) -> ComparedGoals:
        """These settings with one goal type's replaced."""
        goals = list(self.goals)
        goals[list(GoalType).index(goal.type)] = goal
        return ComparedGoals(tuple(goals))  # type: ignore[arg-type]

    def variants(self, offer: Offer) -> list[Offer]:
        """The offer under each compared goal, everything else as it is."""
        return [offer.replace(goal=goal) for goal in self.goals]


def compared_label(goal: Goal) -> str:
    """What a compared series counted: "Smart List Trigger: Opportunity Created × 10"."""
    name = translate("Goal", GOAL_LABELS[goal.type])
    count = number(goal.count)
    if goal.type is GoalType.SMART_LIST_TRIGGER:
        activities = ", ".join(a.strip() for a in goal.trigger_activities if a.strip())
        label = f"{name}: {activities} × {count}"
        if goal.qualification is Qualification.EVERY_TIME:
            label += " " + translate("ComparedGoals", "(every time)")
        return label
    if goal.type is GoalType.CUSTOM_JS_EVENT:
        return f"{name}: {goal.event_name or ''} × {count}"
    if goal.type is GoalType.REFERRED_VISITS and goal.count_repeat_visits:
        return f"{name} × {count} " + translate("ComparedGoals", "(repeat visits count)")
    return f"{name} × {count}"
