"""How sure a forecast is of its best variant: paired differences and the verdict.

Every variant replays the same traffic in a run (common random numbers), so the honest
comparison is run by run: this variant's objective minus the best's in the same run. The
verdict says whether those differences leave the best clearly ahead, tied with others, or
whether every variant scored the same in every run (nothing to choose between).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from referral_studio.forecast.aggregate import Forecast
from referral_studio.forecast.quantiles import QUANTILES

CLEAR, NO_CLEAR_WINNER, ALL_EQUAL, ONE_VARIANT = "clear", "no clear winner", "all equal", "one variant"
MIN_RUNS_FOR_CLEAR = 10


@dataclass(frozen=True)
class Difference:
    """Percentiles over runs of (a variant's objective − the best's), paired by run."""

    p5: float
    p50: float
    p95: float

    def holds_zero(self) -> bool:
        """True when the closed interval [p5, p95] contains 0: the variant may be as good as the best."""
        return self.p5 <= 0 <= self.p95


@dataclass(frozen=True)
class Verdict:
    """The answer to "which variant?" with how sure it is, in ranking order."""

    kind: str  # CLEAR, NO_CLEAR_WINNER, ALL_EQUAL or ONE_VARIANT
    ranking: tuple[str, ...]  # variant names, best first
    differences: dict[str, Difference]  # per variant name; the best's is 0, 0, 0
    p_beats_next: float | None  # share of runs the best did better than the runner-up (ties half); None alone
    tied: tuple[str, ...]  # for NO_CLEAR_WINNER: the best and every variant whose interval holds 0

    @property
    def best(self) -> str:
        return self.ranking[0]

    @property
    def runner_up(self) -> str | None:
        return self.ranking[1] if len(self.ranking) > 1 else None


def paired_differences(forecast: Forecast) -> dict[str, Difference]:
    """Per variant (study order), the 5th, 50th and 95th percentiles of its objective − the best's, run by run."""
    values = forecast.objective()
    names = [variant.name for variant in forecast.study.variants]
    best = names.index(forecast.ranking()[0][0])
    differences = {}
    for column, name in enumerate(names):
        if column == best:
            differences[name] = Difference(0.0, 0.0, 0.0)
        else:
            p5, p50, p95 = (float(q) for q in np.quantile(values[:, column] - values[:, best], QUANTILES))
            differences[name] = Difference(p5, p50, p95)
    return differences


def beats_share(forecast: Forecast, winner: str, other: str) -> float:
    """The share of runs in which `winner` did better than `other` on the objective (ties count half)."""
    names = [variant.name for variant in forecast.study.variants]
    values = forecast.objective()
    a, b = values[:, names.index(winner)], values[:, names.index(other)]
    better = np.count_nonzero(a < b if forecast.study.minimize else a > b)
    ties = np.count_nonzero(a == b)
    return float((2 * better + ties) / (2 * len(a)))


def verdict(forecast: Forecast) -> Verdict:
    """The verdict of a finished forecast, exactly as forecast files state it."""
    study = forecast.study
    ranking = tuple(name for name, _, _ in forecast.ranking())
    differences = paired_differences(forecast)
    if len(ranking) == 1:
        return Verdict(ONE_VARIANT, ranking, differences, None, ())
    p_beats_next = beats_share(forecast, ranking[0], ranking[1])
    values = forecast.objective()
    if bool(np.all(values == values[:, :1])):
        return Verdict(ALL_EQUAL, ranking, differences, p_beats_next, ())
    others = [differences[name] for name in ranking[1:]]
    ahead = all(d.p5 > 0 for d in others) if study.minimize else all(d.p95 < 0 for d in others)
    if study.runs >= MIN_RUNS_FOR_CLEAR and ahead:
        return Verdict(CLEAR, ranking, differences, p_beats_next, ())
    tied = (ranking[0], *(name for name in ranking[1:] if differences[name].holds_zero()))
    return Verdict(NO_CLEAR_WINNER, ranking, differences, p_beats_next, tied)
