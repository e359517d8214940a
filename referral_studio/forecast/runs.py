"""One Monte-Carlo run, and a batch of them: what a Dask task computes.

Run *i*'s traffic seed and drawn options come from `SeedSequence(study seed, i)` alone,
so the results never depend on which worker ran it or when. With effects off the run's log
is generated once and every variant is replayed on it (common random numbers); with effects
on, each distinct offer gets its own log from the same seed (forecast/run_logs.py).
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass

import numpy as np

from referral_studio import __version__
from referral_studio.domain.offer import Goal, GoalType, Offer
from referral_studio.domain.times import to_ns
from referral_studio.engine.event_log import EventLog
from referral_studio.engine.fraud_report import fulfillments_leaving_out
from referral_studio.engine.fraud_rules import Outcome
from referral_studio.engine.kinds import Kind
from referral_studio.engine.replay import replay
from referral_studio.engine.traffic_options import DAY
from referral_studio.forecast.run_logs import run_logs
from referral_studio.forecast.study import BAND_METRICS, FRAUD_INT_METRICS, INT_METRICS, Study

COUNT_COLUMNS = (*INT_METRICS, "first_fulfilled")  # the int64 columns a run gives per variant (no fraud)
FRAUD_COUNT_COLUMNS = (*INT_METRICS, *FRAUD_INT_METRICS, "fulfillments_saved", "first_fulfilled")
NO_TIME = np.iinfo(np.int64).min  # first_fulfilled when nothing was fulfilled


class VersionMismatch(RuntimeError):
    """A worker runs another referral-studio version than the client that sent the study."""


@dataclass(frozen=True)
class RunPlan:
    """What run *i* generates: its traffic seed and the values drawn for the study's ranges."""

    run: int
    traffic_seed: int
    drawn: dict[str, int | float]


def plan_run(study: Study, run: int) -> RunPlan:
    """The traffic seed and drawn values of run `run` (1-based): traffic options in `generate`'s order, then effects."""
    rng = np.random.default_rng(np.random.SeedSequence(study.seed, spawn_key=(run,)))
    traffic_seed = int(rng.integers(0, 2**63 - 1, dtype=np.int64))
    drawn: dict[str, int | float] = {}
    for name, value in study.ranges().items():
        if isinstance(value.low, int):
            drawn[name] = int(rng.integers(int(value.low), int(value.high), endpoint=True))
        else:
            drawn[name] = float(rng.uniform(value.low, value.high))
    return RunPlan(run=run, traffic_seed=traffic_seed, drawn=drawn)


@dataclass(frozen=True, eq=False)
class Batch:
    """The results of runs [first, first + n): per run and variant, the counts and the per-day bands."""

    first: int
    traffic_seed: np.ndarray  # int64 (n,)
    drawn: dict[str, np.ndarray]  # (n,) per drawn option, int64 or float64
    counts: np.ndarray  # int64 (n, variants, len(count_columns(study)))
    days: np.ndarray  # int64 (n, variants, len(BAND_METRICS), max days): counts at the end of each day
    length: np.ndarray  # int64 (n,): the run's number of days

    def __len__(self) -> int:
        return int(self.traffic_seed.shape[0])


def count_columns(study: Study) -> tuple[str, ...]:
    """The int64 columns a run gives per variant: the fraud counts only in a study with fraud settings."""
    return FRAUD_COUNT_COLUMNS if study.has_fraud else COUNT_COLUMNS


def max_days(study: Study) -> int:
    """The most days any run can last (the width of a batch's per-day counts)."""
    return max(1, math.ceil(study.max_days))


def run_batch(study: Study, first: int, stop: int, version: str = __version__) -> Batch:
    """Runs first … stop − 1, each: generate its log once, replay every variant on it."""
    if version != __version__:
        raise VersionMismatch(f"this worker runs referral-studio {__version__}; the client runs {version}")
    n, variants, width = stop - first, len(study.variants), max_days(study)
    seeds = np.zeros(n, np.int64)
    drawn = {
        name: np.zeros(n, np.int64 if isinstance(value.low, int) else np.float64)
        for name, value in study.ranges().items()
    }
    counts = np.zeros((n, variants, len(count_columns(study))), np.int64)
    days = np.zeros((n, variants, len(BAND_METRICS), width), np.int64)
    length = np.zeros(n, np.int64)
    for row, run in enumerate(range(first, stop)):
        plan = plan_run(study, run)
        seeds[row] = plan.traffic_seed
        for name, value in plan.drawn.items():
            drawn[name][row] = value
        options = study.options(plan.traffic_seed, plan.drawn)
        logs, of_variant = run_logs(study, plan.traffic_seed, plan.drawn)
        length[row] = max(1, math.ceil(options.days))
        ends = to_ns(options.start) + DAY * np.arange(1, width + 1, dtype=np.int64)
        for index, log in enumerate(logs):
            members = [variant for variant, used in enumerate(of_variant) if used == index]
            run_counts, run_days = replay_variants(study, log, ends, None if len(logs) == 1 else members)
            counts[row, members], days[row, members] = run_counts[members], run_days[members]
    return Batch(first=first, traffic_seed=seeds, drawn=drawn, counts=counts, days=days, length=length)


def replay_variants(
    study: Study, log: EventLog, day_ends: np.ndarray, only: list[int] | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """Every variant's counts (count_columns) and its band metrics at each of `day_ends`, on one log.

    With `only`, just those variants (the others' rows stay 0): the ones that replay this log.
    """
    fraud = study.has_fraud
    counts = np.zeros((len(study.variants), len(count_columns(study))), np.int64)
    days = np.zeros((len(study.variants), len(BAND_METRICS), day_ends.shape[0]), np.int64)
    referred: dict[Offer, int] = {}  # by the offer as Referred Sign-Ups × 1: the same for variants whose rules agree
    signups: dict[tuple[int, int], int] = {}
    for index, variant in enumerate(study.variants):
        if only is not None and index not in only:
            continue
        offer = variant.offer
        result = replay(offer, log)
        totals = result.totals
        key = _signups_goal(offer)
        if offer.goal.type is GoalType.REFERRED_SIGNUPS:
            referred[key] = totals.credits  # credits do not depend on the goal count
        if key not in referred:
            referred[key] = replay(key, log).totals.credits
        lo, hi = result.window_rows
        if (lo, hi) not in signups:
            signups[(lo, hi)] = _distinct_signups(log, lo, hi)
        first = int(result.ledger_time[0]) if result.ledger_time.size else NO_TIME
        row = [
            totals.credits,
            totals.credited_referrers,
            totals.fulfilled_referrers,
            totals.fulfillments,
            totals.promo_codes_used,
            referred[key],
            signups[(lo, hi)],
        ]
        if fraud:
            fates = result.fates
            taken = np.isin(fates.outcome, (Outcome.BLOCKED, Outcome.REVIEW, Outcome.REVERSED))  # pending: not saved
            nothing = np.zeros(taken.shape, bool)
            saved = fulfillments_leaving_out(offer, log, fates, nothing) - fulfillments_leaving_out(
                offer, log, fates, taken
            )
            row += [
                fates.count(Outcome.BLOCKED),
                fates.count(Outcome.REVIEW),
                fates.count(Outcome.REVERSED),
                fates.count(Outcome.PENDING),
                saved,
            ]
        counts[index] = (*row, first)
        at = np.searchsorted(result.timeline_time, day_ends, "left") - 1
        for column, series in enumerate((result.timeline_credited, result.timeline_fulfilled)):
            days[index, column] = np.where(at >= 0, series[np.maximum(at, 0)], 0) if series.size else 0
    return counts, days


def _signups_goal(offer: Offer) -> Offer:
    """The offer, unnamed, with Referred Sign-Ups × 1: its credits are the referred sign-ups under its own rules."""
    return dataclasses.replace(offer, name="", goal=Goal(type=GoalType.REFERRED_SIGNUPS, count=1))


def _distinct_signups(log: EventLog, lo: int, hi: int) -> int:
    """Distinct people with a sign-up among the log's rows [lo, hi)."""
    people = log.person[lo:hi][log.kind[lo:hi] == Kind.SIGNUP]
    return int(np.unique(people).size)
