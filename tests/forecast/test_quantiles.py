"""Quantiles read off histograms equal numpy's over the raw values, bit for bit; ties in p_best split equally."""

from __future__ import annotations

from fractions import Fraction

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from referral_studio.domain.offer import Offer
from referral_studio.forecast.aggregate import Forecast
from referral_studio.forecast.quantiles import QUANTILES, Histograms, linear_quantiles
from referral_studio.forecast.study import NUMERIC_METRICS, Study, Variant

counts = hnp.arrays(np.int64, st.integers(1, 60), elements=st.integers(0, 5000))
quantiles = st.lists(st.floats(0, 1), min_size=1, max_size=5).map(tuple)


@settings(max_examples=200, deadline=None)
@given(values=counts, qs=quantiles)
def test_linear_quantiles_match_numpy_exactly(values: np.ndarray, qs: tuple[float, ...]) -> None:
    ordered = np.sort(values)
    ours = linear_quantiles(values.size, lambda at: ordered[at], qs)
    assert ours.tobytes() == np.quantile(values, qs, method="linear").tobytes()


@settings(max_examples=100, deadline=None)
@given(
    batches=st.lists(hnp.arrays(np.int64, (st.integers(1, 30)), elements=st.integers(0, 300)), min_size=1, max_size=8)
)
def test_histograms_fold_batches_in_any_order_to_numpy_quantiles(batches: list[np.ndarray]) -> None:
    forward, backward = Histograms(), Histograms()
    for batch in batches:
        forward.add(np.arange(batch.size) % 3, batch)
    for batch in reversed(batches):
        backward.add(np.arange(batch.size) % 3, batch)
    every = np.concatenate([np.stack([np.arange(b.size) % 3, b]) for b in batches], axis=1)
    for slot in range(3):
        raw = every[1][every[0] == slot]
        if raw.size == 0:
            continue
        expected = np.quantile(raw, QUANTILES).tobytes()
        assert forward.quantiles(slot).tobytes() == expected == backward.quantiles(slot).tobytes()


def test_histogram_memory_stays_flat_as_runs_grow() -> None:
    histograms = Histograms()
    rng = np.random.default_rng(1)
    sizes = []
    for _ in range(200):
        histograms.add(np.repeat(np.arange(60), 100), rng.integers(0, 50, 6000))
        histograms.quantiles(0)
        sizes.append(histograms.nbytes)
    assert max(sizes[100:]) <= 60 * 50 * 16 + 8 * 6000  # bounded by the distinct (slot, value) pairs


def forecast_with(objective: np.ndarray, minimize: bool = False) -> Forecast:
    runs, variants = objective.shape
    study = Study(
        name="ties",
        base=Offer(name="base"),
        variants=tuple(Variant(name=f"v{i}", overrides={}, offer=Offer(name=f"v{i}")) for i in range(variants)),
        runs=runs,
        seed=1,
        minimize=minimize,
    )
    metrics = {name: np.zeros((runs, variants)) for name in NUMERIC_METRICS} | {"net": objective.astype(float)}
    return Forecast(
        study=study,
        traffic_seed=np.zeros(runs, np.int64),
        drawn={},
        metrics=metrics,
        first_fulfilled=np.zeros((runs, variants), np.int64),
        bands=np.zeros((variants, 2, 1, 3)),
    )


def test_p_best_splits_ties_equally_and_ranks_by_share_then_name() -> None:
    objective = np.array([[5, 5, 1], [3, 3, 3], [1, 2, 9], [7, 0, 7]])
    forecast = forecast_with(objective)
    assert forecast.p_best() == [float(Fraction(8, 24)), float(Fraction(5, 24)), float(Fraction(11, 24))]
    assert [row[0] for row in forecast.ranking()] == ["v2", "v0", "v1"]
    lowest = forecast_with(objective, minimize=True)
    assert lowest.p_best() == [1 / 3, 1 / 3, 1 / 3]
    assert [row[0] for row in lowest.ranking()] == ["v0", "v1", "v2"]  # equal shares: by name


def test_p_best_of_an_all_way_tie_is_exactly_even() -> None:
    forecast = forecast_with(np.full((7, 3), 2.5))
    assert forecast.p_best() == [1 / 3, 1 / 3, 1 / 3]
