"""Batches in, the forecast out: metric rows per (variant, run), per-day bands, the ranking.

Batches may arrive in any order; rows land at their run's place and per-day counts are
integers folded into histograms, so the result is the same whatever order they came in.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction
from functools import cached_property

import numpy as np

from referral_studio.forecast.quantiles import QUANTILES, Histograms
from referral_studio.forecast.runs import Batch, count_columns, max_days
from referral_studio.forecast.study import BAND_METRICS, FLOAT_METRICS, Study


@dataclass(frozen=True)
class Execution:
    """Where and how long the study ran (the one part of the outputs that may differ between runs)."""

    scheduler: str
    workers: int
    seconds: float


@dataclass(frozen=True, eq=False)
class Forecast:
    """A finished forecast: every metric row, the bands and the ranking, ready to write or chart."""

    study: Study
    traffic_seed: np.ndarray  # int64 (runs,)
    drawn: dict[str, np.ndarray]  # (runs,) per drawn option
    metrics: dict[str, np.ndarray]  # (runs, variants) per study.metrics name
    first_fulfilled: np.ndarray  # int64 (runs, variants), NO_TIME when none
    bands: np.ndarray  # float64 (variants, len(BAND_METRICS), days, 3): p5, p50, p95 at the end of each day
    execution: Execution = field(default_factory=lambda: Execution("local", 1, 0.0))

    @property
    def days(self) -> int:
        """Day 1 … the longest run's last day."""
        return int(self.bands.shape[2])

    def objective(self) -> np.ndarray:
        """(runs, variants): the study's objective per run and variant."""
        return self.metrics[self.study.objective]

    def p_best(self) -> list[float]:
        """Per variant, the share of runs in which it has the best objective (ties split equally)."""
        return best_shares(self.objective(), self.study.minimize)

    def ranking(self) -> list[tuple[str, float, float]]:
        """(variant, objective p50, p_best), by p_best descending, then variant name."""
        return list(self._ranking)

    @cached_property
    def _ranking(self) -> tuple[tuple[str, float, float], ...]:
        """Worked out once: the files, the verdict, the sensitivity and the headline all start from it."""
        values = self.objective()
        rows = [
            (variant.name, float(np.quantile(values[:, index], 0.5)), share)
            for index, (variant, share) in enumerate(zip(self.study.variants, self.p_best(), strict=True))
        ]
        return tuple(sorted(rows, key=lambda row: (-row[2], row[0])))

    def summary(self, metric: str, variant: int) -> tuple[float, float, float, float]:
        """Mean, p5, p50, p95 of a metric over the variant's runs."""
        column = self.metrics[metric][:, variant]
        p5, p50, p95 = (float(q) for q in np.quantile(column, QUANTILES))
        return float(np.mean(column)), p5, p50, p95


def best_shares(values: np.ndarray, minimize: bool) -> list[float]:
    """Per column of (runs, variants) `values`, the share of rows in which it is best (ties split equally, exactly)."""
    best = values.min(axis=1) if minimize else values.max(axis=1)
    tied = values == best[:, None]
    ties = tied.sum(axis=1)
    shares = []
    for column in range(values.shape[1]):
        counts = np.bincount(ties[tied[:, column]], minlength=values.shape[1] + 1)
        total = sum(Fraction(int(count), k) for k, count in enumerate(counts) if count)
        shares.append(float(total / values.shape[0]))
    return shares


class Aggregator:
    """Collects batches as they complete; memory is the metric rows plus the per-day histograms."""

    def __init__(self, study: Study) -> None:
        runs, variants = study.runs, len(study.variants)
        self.study = study
        self.width = max_days(study)
        self.traffic_seed = np.zeros(runs, np.int64)
        self.drawn = {
            name: np.zeros(runs, np.int64 if isinstance(value.low, int) else np.float64)
            for name, value in study.ranges().items()
        }
        self.columns = count_columns(study)
        self.counts = np.zeros((runs, variants, len(self.columns)), np.int64)
        self.done = np.zeros(runs, bool)
        self.longest = 0
        self.histograms = Histograms()
        shape = (variants, len(BAND_METRICS), self.width)
        self._slots = np.arange(np.prod(shape), dtype=np.int64).reshape(shape)

    @property
    def runs_done(self) -> int:
        """How many runs have come back."""
        return int(np.count_nonzero(self.done))

    def add(self, batch: Batch) -> None:
        """Fold in one batch (a batch seen before is ignored, so a retried task never counts twice)."""
        rows = slice(batch.first - 1, batch.first - 1 + len(batch))
        if self.done[rows].any():
            return
        self.traffic_seed[rows] = batch.traffic_seed
        for name, values in batch.drawn.items():
            self.drawn[name][rows] = values
        self.counts[rows] = batch.counts
        self.longest = max(self.longest, int(batch.length.max()))
        self.histograms.add(np.broadcast_to(self._slots, batch.days.shape), batch.days)
        self.done[rows] = True

    def result(self, execution: Execution) -> Forecast:
        """The forecast, once every run is in."""
        if not self.done.all():
            raise RuntimeError(f"{self.runs_done} of {self.study.runs} runs are in")
        columns = self.columns
        metrics: dict[str, np.ndarray] = {
            name: self.counts[:, :, columns.index(name)] for name in self.study.int_metrics
        }
        costs = self.study.costs_of_variants()
        referred, signups = metrics["referred_signups"], metrics["signups"]
        k_factor = np.divide(referred, signups, out=np.zeros(referred.shape), where=signups > 0)
        cost = costs.reward_per_fulfillment * metrics["fulfillments"] + costs.reward_per_referred_signup * referred
        value = costs.value_per_referred_signup * referred
        metrics |= dict(
            zip(FLOAT_METRICS, (k_factor, cost.astype(float), value.astype(float), value - cost), strict=True)
        )
        if self.study.has_fraud:
            saved = costs.reward_per_fulfillment * self.counts[:, :, columns.index("fulfillments_saved")]
            metrics["cost_saved"] = saved.astype(float)
        metrics = {name: metrics[name] for name in self.study.metrics}  # runs.csv column order
        shape = self._slots.shape
        bands = np.zeros((shape[0], shape[1], self.longest, len(QUANTILES)))
        for variant in range(shape[0]):
            for metric in range(shape[1]):
                for day in range(self.longest):
                    bands[variant, metric, day] = self.histograms.quantiles(int(self._slots[variant, metric, day]))
        return Forecast(
            study=self.study,
            traffic_seed=self.traffic_seed,
            drawn=self.drawn,
            metrics=metrics,
            first_fulfilled=self.counts[:, :, columns.index("first_fulfilled")],
            bands=bands,
            execution=execution,
        )
