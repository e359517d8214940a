"""`fit`'s estimates: on logs the generator made from known options, each rate comes back within 15%."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from referral_studio.engine.event_log import EventLog
from referral_studio.engine.fit import ESTIMATED, NOT_IDENTIFIED, fit_log
from referral_studio.engine.fit_report import traffic_file_text
from referral_studio.engine.fit_stats import COLUMN, person_stats
from referral_studio.engine.generator import generate
from referral_studio.engine.presets import preset_options
from referral_studio.engine.traffic_options import TrafficOptions

ACCURATE = (
    "share_rate",
    "shares_per_sharer",
    "visits_per_share",
    "signup_rate",
    "return_rate",
    "js_event_rate",
    "tagged_rate",
    "organic_signup_rate",
)
BOLD = {  # rates far from every preset's, over a short campaign where the end cuts off more
    "share_rate": 0.15,
    "shares_per_sharer": 3.0,
    "visits_per_share": 2.5,
    "signup_rate": 0.15,
    "return_rate": 0.3,
    "js_event_rate": 0.5,
    "tagged_rate": 0.8,
    "organic_signup_rate": 0.05,
    "days": 14.0,
}


@pytest.mark.parametrize(
    ("base", "changes", "seed"),
    [("ecommerce", {}, 3), ("retail", {}, 1), ("ecommerce", BOLD, 2), ("b2b", {}, 5), ("classroom", {}, 2)],
)
def test_each_identified_rate_comes_back_within_15_percent(base: str, changes: dict[str, float], seed: int) -> None:
    truth = preset_options(base, participants=20_000, seed=seed, **changes)
    fit = fit_log(generate(truth).log, preset_options(base), base)
    for name in ACCURATE:
        estimate = fit.estimates[name]
        assert estimate.value is not None, name
        assert estimate.value == pytest.approx(getattr(truth, name), rel=0.15), name
        assert estimate.low is not None and estimate.high is not None
        assert estimate.low <= estimate.value <= estimate.high, name
    assert fit.options.participants == truth.participants  # the organic participants, found again exactly
    assert fit.options.days == pytest.approx(truth.days, abs=0.01)


def test_the_campaigns_end_is_corrected_for_not_read_as_a_lower_rate() -> None:
    truth = preset_options("ecommerce", participants=20_000, days=3.0, seed=4, return_rate=0.4)
    log = generate(truth).log
    fit = fit_log(log, preset_options("ecommerce"), "ecommerce")
    stats = person_stats(log, int(log.time[-1]) + 1, "lognormal", 3).sum(axis=1)
    naive = stats[COLUMN["returns"]] / stats[COLUMN["friends"]]  # returns per visiting friend, cut-off ones lost
    assert naive < 0.8 * truth.return_rate  # a day's median delay in three days: many returns never happen
    assert fit.estimates["return_rate"].value == pytest.approx(truth.return_rate, rel=0.15)


def test_a_fit_is_reproducible_and_names_what_it_takes_from_the_base() -> None:
    log = generate(preset_options("banks", participants=3_000, seed=2)).log
    first = fit_log(log, preset_options("b2b"), "b2b")
    assert first == fit_log(log, preset_options("b2b"), "b2b")
    assert set(first.taken_from_base) >= set(NOT_IDENTIFIED)
    b2b = preset_options("b2b")
    for name in NOT_IDENTIFIED:
        assert getattr(first.options, name) == getattr(b2b, name)
    assert set(first.estimates) == set(ESTIMATED) and "share_rate" in ESTIMATED


def test_a_log_without_shares_leaves_the_share_options_to_the_base() -> None:
    log = generate(replace(TrafficOptions(), participants=2_000, share_rate=0.0, seed=1)).log
    fit = fit_log(log, TrafficOptions(), "ecommerce")
    assert fit.estimates["share_rate"].value == 0.0
    for name in ("shares_per_sharer", "visits_per_share", "signup_rate"):
        assert fit.estimates[name].value is None and fit.estimates[name].why_not
        assert name in fit.taken_from_base and getattr(fit.options, name) == getattr(TrafficOptions(), name)
    assert np.isfinite(fit.estimates["organic_signup_rate"].value or np.nan)


def test_a_log_whose_every_sign_up_follows_a_visit_still_makes_organic_visitors() -> None:
    """Analytics logs record a visit before each sign-up: the generator's participants are then sized by the visitors."""
    day = 86_400 * 10**9
    records: list[tuple[object, ...]] = []
    for index in range(60):
        records.append((index * day // 10, "visit", f"v{index}", "", ""))
        if index % 6 == 0:
            records.append((index * day // 10 + 3_600 * 10**9, "signup", f"v{index}", "", ""))
    fit = fit_log(EventLog.from_records(records), TrafficOptions(), "ecommerce")
    assert fit.estimates["organic_visit_rate"].value is None  # no participant without a visit to divide by
    assert fit.options.participants == round(60 / TrafficOptions().organic_visit_rate) == 20
    assert not fit.organic_found and "as many as the organic visitors need" in traffic_file_text(fit, "log.csv")
    assert fit.estimates["organic_signup_rate"].value == pytest.approx(10 / 60, rel=0.05)
