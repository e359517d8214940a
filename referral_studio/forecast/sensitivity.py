"""What a forecast's answer depends on: each assumption drawn from a range, against who wins.

For every ranged assumption the runs are split by where their drawn value fell in the
declared [low, high] — lower, middle or upper third — and each variant's share of wins is
counted per third. When the third's most frequent winner changes, the answer depends on that
assumption, and `flips` says where. Spearman's rank correlation of the drawn value with a
variant's objective minus the best's tells the direction and strength without the cut-offs.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from referral_studio.domain.texts import number, translate
from referral_studio.forecast.aggregate import Forecast, best_shares
from referral_studio.forecast.headline import amount

THIRDS = 3


@dataclass(frozen=True)
class SensitivityRow:
    """One line of sensitivity.csv: an assumption, a variant, its p_best per third and Spearman's rho."""

    assumption: str
    variant: str
    p_best: tuple[float | None, float | None, float | None]  # lower, middle, upper third; None: no run there
    spearman: float | None  # None when the drawn value or the difference is constant


@dataclass(frozen=True)
class Segment:
    """Consecutive thirds with the same most frequent winner: from `low` (None: the range's start) to `high`."""

    variant: str
    low: float | None
    high: float | None


@dataclass(frozen=True)
class Flip:
    """An assumption whose thirds change the best variant, with the winner over each part of its range."""

    assumption: str
    segments: tuple[Segment, ...]


def third_edges(low: float, high: float) -> np.ndarray:
    """The four edges of the thirds of [low, high]."""
    return np.array([low, low + (high - low) / 3, low + 2 * (high - low) / 3, high], dtype=np.float64)


def third_of(values: np.ndarray, low: float, high: float) -> np.ndarray:
    """0, 1 or 2 per value: its third of [low, high] (closed on the left, the last closed on both ends)."""
    edges = third_edges(low, high)
    return np.minimum(np.searchsorted(edges[1:3], values, side="right"), THIRDS - 1)


def spearman(x: np.ndarray, y: np.ndarray) -> float | None:
    """Spearman's rank correlation (ties get their average rank); None when either series is constant."""
    rx, ry = _average_ranks(x), _average_ranks(y)
    if np.all(rx == rx[0]) or np.all(ry == ry[0]):
        return None
    dx, dy = rx - rx.mean(), ry - ry.mean()
    return float(np.sum(dx * dy) / np.sqrt(np.sum(dx * dx) * np.sum(dy * dy)))


def _average_ranks(values: np.ndarray) -> np.ndarray:
    order = np.argsort(values, kind="stable")
    ordered = values[order]
    starts = np.flatnonzero(np.concatenate([[True], ordered[1:] != ordered[:-1]]))
    ends = np.append(starts[1:], len(values))
    ranks = np.empty(len(values))
    ranks[order] = np.repeat((starts + ends - 1) / 2 + 1, ends - starts)
    return ranks


def sensitivity(forecast: Forecast) -> list[SensitivityRow]:
    """Per ranged assumption (runs.csv column order), then variant (study order): p_best per third and Spearman's rho."""
    study = forecast.study
    values = forecast.objective()
    names = [variant.name for variant in study.variants]
    best = values[:, names.index(forecast.ranking()[0][0])]
    rows = []
    for assumption, declared in study.ranges().items():
        drawn = np.asarray(forecast.drawn[assumption], dtype=np.float64)
        thirds = third_of(drawn, float(declared.low), float(declared.high))
        shares = [
            best_shares(values[thirds == third], study.minimize) if np.any(thirds == third) else None
            for third in range(THIRDS)
        ]
        for column, name in enumerate(names):
            low, mid, high = (None if share is None else share[column] for share in shares)
            rows.append(SensitivityRow(assumption, name, (low, mid, high), spearman(drawn, values[:, column] - best)))
    return rows


def flips(forecast: Forecast) -> list[Flip]:
    """The ranged assumptions whose thirds do not all have the same most frequent winner."""
    ranking = [name for name, _, _ in forecast.ranking()]
    by_assumption: dict[str, list[SensitivityRow]] = {}
    for row in sensitivity(forecast):
        by_assumption.setdefault(row.assumption, []).append(row)
    found = []
    for assumption, rows in by_assumption.items():
        declared = forecast.study.ranges()[assumption]
        edges = third_edges(float(declared.low), float(declared.high))
        winners: list[tuple[int, str]] = []
        for third in range(THIRDS):
            if rows[0].p_best[third] is None:
                continue
            top = max(float(row.p_best[third] or 0.0) for row in rows)
            leaders = [row.variant for row in rows if row.p_best[third] == top]
            winners.append((third, min(leaders, key=ranking.index)))
        if len({winner for _, winner in winners}) < 2:
            continue
        segments: list[Segment] = []
        for position, (third, winner) in enumerate(winners):
            low = None if position == 0 else float(edges[third])
            high = None if position == len(winners) - 1 else float(edges[third + 1])
            if segments and segments[-1].variant == winner:
                segments[-1] = Segment(winner, segments[-1].low, high)
            else:
                segments.append(Segment(winner, low, high))
        found.append(Flip(assumption, tuple(segments)))
    return found


def edge_text(value: float) -> str:
    """A third's edge for people, as the UI's locale writes numbers: two decimals below 1, else as `amount`."""
    return number(value, 2) if abs(value) < 1 else amount(value)


def flip_text(flip: Flip) -> str:
    """The flip in words: "count 5 is best when share_rate is below 0.32, count 3 above 0.38"."""
    parts = []
    for position, segment in enumerate(flip.segments):
        if segment.low is None and segment.high is not None:
            where = translate("ForecastSensitivity", "below {edge}").format(edge=edge_text(segment.high))
        elif segment.high is None and segment.low is not None:
            where = translate("ForecastSensitivity", "above {edge}").format(edge=edge_text(segment.low))
        else:
            where = translate("ForecastSensitivity", "between {low} and {high}").format(
                low=edge_text(segment.low or 0.0), high=edge_text(segment.high or 0.0)
            )
        if position == 0:
            parts.append(
                translate("ForecastSensitivity", "{variant} is best when {assumption} is {where}").format(
                    variant=segment.variant, assumption=flip.assumption, where=where
                )
            )
        else:
            parts.append(
                translate("ForecastSensitivity", "{variant} {where}").format(variant=segment.variant, where=where)
            )
    return ", ".join(parts)
