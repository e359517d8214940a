"""Starting a simulation: which offers a run replays, and the run itself (on any thread).

Comparing goal types replays the offer under each of the four goals (engine/compared_goals.py
says what each counts), and the approved version when the draft differs from it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from referral_studio.domain.offer import GoalType, Offer
from referral_studio.engine.event_log import EventLog
from referral_studio.engine.explain import RowReasons, row_reasons
from referral_studio.engine.compared_goals import ComparedGoals
from referral_studio.engine.replay import Cancelled, Progress
from referral_studio.engine.simulation import SimulationRun, Traffic, simulate

@dataclass(frozen=True)
class Variant:
    """One offer a run replays: a goal type's variant (`goal`), or the approved version (`goal` None)."""

    offer: Offer
    goal: GoalType | None


@dataclass(frozen=True)
class Plan:
    """The offers of one run, in order, and which one the summary and leaderboard show."""

    variants: tuple[Variant, ...]
    primary: int

    @property
    def offers(self) -> list[Offer]:
        return [variant.offer for variant in self.variants]

    @property
    def comparing(self) -> bool:
        return len(self.variants) > 1


def plan(
    offer: Offer, *, comparing: bool = False, approved: Offer | None = None, compared: ComparedGoals | None = None
) -> Plan:
    """The offer alone, or (comparing) every goal type — as `compared` sets them, else as the offer's goal with
    what each type needs filled in — and the approved version when the draft differs."""
    if not comparing:
        return Plan((Variant(offer, offer.goal.type),), 0)
    goals = compared or ComparedGoals.for_offer(offer)
    variants = [Variant(variant, variant.goal.type) for variant in goals.variants(offer)]
    if approved is not None and approved != offer:
        variants.append(Variant(approved, None))
    return Plan(tuple(variants), list(GoalType).index(offer.goal.type))


@dataclass(frozen=True, eq=False)
class Outcome:
    """A finished run: its results, and the reasons of the primary result's rows (for "why this credit")."""

    run: SimulationRun
    reasons: RowReasons


def run_simulation(
    offers: Sequence[Offer],
    traffic: Traffic | EventLog,
    primary: int = 0,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Outcome:
    """Replay the traffic under every offer and prepare what the results view needs, off the UI thread."""
    run = simulate(offers, traffic, progress=progress, cancelled=cancelled)
    for result in run.results:
        _ = result.ranked, result.funnel  # the leaderboard's order and the funnel, here rather than on the UI thread
    return Outcome(run, row_reasons(offers[primary], run.log, run.results[primary]))
