"""Planning and running a simulation, without Qt: the compared goals and the run a worker thread makes."""

from __future__ import annotations

from referral_studio.app.simulation import plan, run_simulation
from referral_studio.domain.offer import Goal, GoalType, Offer
from referral_studio.engine.compared_goals import DEFAULT_TRIGGER as COMPARED_TRIGGER
from referral_studio.engine.explain import Reason
from referral_studio.engine.traffic_options import TrafficOptions
from referral_studio.engine.traffic_steps import JS_EVENT_NAME

OFFER = Offer(name="Spring", goal=Goal(type=GoalType.REFERRED_SIGNUPS, count=2))


def test_one_offer_or_every_goal_type_and_the_approved_version_when_it_differs() -> None:
    alone = plan(OFFER)
    assert alone.offers == [OFFER] and alone.primary == 0 and not alone.comparing
    compared = plan(OFFER, comparing=True, approved=OFFER)
    assert [variant.goal for variant in compared.variants] == list(GoalType), "the same approved version adds nothing"
    assert compared.offers[compared.primary] == OFFER
    trigger, js = compared.offers[2].goal, compared.offers[3].goal
    assert trigger.trigger_activities == (COMPARED_TRIGGER,) and js.event_name == JS_EVENT_NAME
    approved = OFFER.replace(goal=Goal(type=GoalType.REFERRED_VISITS, count=5))
    with_approved = plan(OFFER, comparing=True, approved=approved)
    assert with_approved.variants[-1].offer == approved and with_approved.variants[-1].goal is None


def test_a_compared_run_gives_every_goal_type_something_to_count_with_its_reasons() -> None:
    """The filled-in trigger activity and event name are ones the generator makes, so no compared line is empty."""
    compared = plan(OFFER, comparing=True)
    outcome = run_simulation(
        compared.offers, TrafficOptions(participants=500, seed=4, milestone_rate=0.8), compared.primary
    )
    assert all(result.totals.credits > 0 for result in outcome.run.results)
    reasons, _credited = outcome.reasons
    assert len(reasons) == len(outcome.run.log)
    assert int((reasons == Reason.CREDIT).sum()) == outcome.run.results[compared.primary].totals.credits
