"""What each compared goal counts, and its label."""

from __future__ import annotations

from referral_studio.domain.offer import Goal, GoalType, Offer, Qualification
from referral_studio.engine.compared_goals import ComparedGoals, compared_label
from referral_studio.engine.traffic_steps import JS_EVENT_NAME


def test_what_a_goal_needs_is_filled_in_and_each_label_says_what_was_counted() -> None:
    offer = Offer(name="O", goal=Goal(type=GoalType.REFERRED_SIGNUPS, count=10))
    compared = ComparedGoals.for_offer(offer)
    assert [compared_label(goal) for goal in compared.goals] == [
        "Referred Visits × 10",
        "Referred Sign-Ups × 10",
        "Smart List Trigger: Opportunity Created × 10",
        f"Custom JavaScript Event: {JS_EVENT_NAME} × 10",
    ]
    assert [variant.goal.type for variant in compared.variants(offer)] == list(GoalType)


def test_the_offer_s_own_settings_are_kept_and_the_user_s_picks_win() -> None:
    offer = Offer(
        name="O",
        goal=Goal(type=GoalType.SMART_LIST_TRIGGER, count=2, trigger_activities=("Purchase",), event_name="Buy"),
    )
    compared = ComparedGoals.for_offer(offer)
    assert compared.goal(GoalType.SMART_LIST_TRIGGER).trigger_activities == ("Purchase",)
    assert compared.goal(GoalType.CUSTOM_JS_EVENT).event_name == "Buy"
    picked = compared.with_goal(
        Goal(
            type=GoalType.SMART_LIST_TRIGGER,
            count=5,
            qualification=Qualification.EVERY_TIME,
            trigger_activities=("Attended Webinar",),
        )
    )
    picked = picked.with_goal(Goal(type=GoalType.REFERRED_VISITS, count=3, count_repeat_visits=True))
    labels = [compared_label(goal) for goal in picked.goals]
    assert labels[0] == "Referred Visits × 3 (repeat visits count)"
    assert labels[2] == "Smart List Trigger: Attended Webinar × 5 (every time)"
    assert picked.variants(offer)[2].goal.count == 5 and picked.variants(offer)[1].goal.count == 2
