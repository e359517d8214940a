"""A forecast study: the base offer, its variants, the traffic assumptions, costs, runs and seed.

Plain frozen values, so a study pickles cheaply to Dask workers and compares in tests.
Reading and writing `*.forecast.toml` lives in `study_file.py`.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field, fields
from datetime import datetime
from typing import Any

import numpy as np

from referral_studio.domain.offer import Offer
from referral_studio.engine.fraud_traffic import FRAUD_OPTION_KEYS, FraudTrafficOptions
from referral_studio.engine.presets import preset_options
from referral_studio.engine.response import Response, Terms
from referral_studio.engine.traffic_options import OPTION_FIELDS, TrafficOptions

INT_METRICS = (
    "credits",
    "credited_referrers",
    "fulfilled_referrers",
    "fulfillments",
    "promo_codes_used",
    "referred_signups",
    "signups",
)
FLOAT_METRICS = ("k_factor", "cost", "value", "net")
NUMERIC_METRICS = INT_METRICS + FLOAT_METRICS
FRAUD_INT_METRICS = ("credits_blocked", "credits_for_review", "credits_reversed", "credits_pending")
FRAUD_FLOAT_METRICS = ("cost_saved",)
FRAUD_METRICS = FRAUD_INT_METRICS + FRAUD_FLOAT_METRICS  # only in studies where a variant has fraud settings
BAND_METRICS = ("credited_referrers", "fulfilled_referrers")
MAX_RUNS = 1_000_000
MAX_VARIANTS = 100
MAX_SEED = 2**63 - 1

_UNSAFE_IN_FILE_NAMES = re.compile(r'[/\\:*?"<>|\x00-\x1f\x7f]')


@dataclass(frozen=True)
class Range:
    """A traffic option drawn uniformly in [low, high] for each run (whole numbers for whole-number options)."""

    low: int | float
    high: int | float


TrafficValue = int | float | str | datetime | Range
ResponseValue = float | Range


@dataclass(frozen=True)
class Costs:
    """Currency-free money per event; all default to 0."""

    reward_per_fulfillment: float = 0.0
    reward_per_referred_signup: float = 0.0
    value_per_referred_signup: float = 0.0


COST_KEYS = tuple(f.name for f in fields(Costs))


@dataclass(frozen=True, eq=False)
class VariantCosts:
    """Each cost as an array over a study's variants (in COST_KEYS order), to broadcast over runs × variants."""

    reward_per_fulfillment: np.ndarray
    reward_per_referred_signup: np.ndarray
    value_per_referred_signup: np.ndarray


@dataclass(frozen=True)
class Variant:
    """One variant: its name, the study file's overrides (offer-file keys), the merged offer, its own costs."""

    name: str
    overrides: dict[str, Any]
    offer: Offer
    costs: dict[str, float] = field(default_factory=dict)  # overrides of the study's [costs], key by key

    @property
    def file_stem(self) -> str:
        """The name as a file name: characters no file system allows become `_`."""
        return file_stem(self.name)


def file_stem(name: str) -> str:
    """`name` with characters that are unsafe in file names replaced by `_` (and no leading dot)."""
    stem = _UNSAFE_IN_FILE_NAMES.sub("_", name.strip())
    return "_" + stem[1:] if stem.startswith(".") else stem


@dataclass(frozen=True)
class Study:
    """Everything a forecast needs; the same study always gives the same results."""

    name: str
    base: Offer
    variants: tuple[Variant, ...]
    runs: int
    seed: int
    traffic: tuple[tuple[str, TrafficValue], ...] = ()  # in `generate`'s option order, whatever the file's
    costs: Costs = field(default_factory=Costs)
    objective: str = "net"
    minimize: bool = False
    offer_path: str | None = None  # the base offer's file as the study names it; None for an inline offer
    preset: str | None = None  # the traffic preset the options start from; None: the generator's defaults
    response: tuple[tuple[str, ResponseValue], ...] = ()  # the [response] effects given, in RESPONSE_KEYS order

    @property
    def has_fraud(self) -> bool:
        """True when any variant has fraud settings: only then do the fraud metrics exist."""
        return any(variant.offer.fraud.active for variant in self.variants)

    @property
    def int_metrics(self) -> tuple[str, ...]:
        """The whole-number metrics of this study, in column order."""
        return INT_METRICS + FRAUD_INT_METRICS if self.has_fraud else INT_METRICS

    @property
    def metrics(self) -> tuple[str, ...]:
        """Every numeric metric of this study in runs.csv column order: the fraud metrics come after `net`."""
        return NUMERIC_METRICS + FRAUD_METRICS if self.has_fraud else NUMERIC_METRICS

    @property
    def drawn(self) -> tuple[str, ...]:
        """The values drawn per run: the runs.csv columns after traffic_seed (traffic, then response)."""
        return tuple(self.ranges())

    def ranges(self) -> dict[str, Range]:
        """The traffic options, then the response effects, that are ranges, in the order they are drawn."""
        return {name: value for name, value in (*self.traffic, *self.response) if isinstance(value, Range)}

    def fixed_options(self) -> dict[str, Any]:
        """The traffic options that are the same in every run."""
        return {name: value for name, value in self.traffic if not isinstance(value, Range)}

    def options(self, seed: int, drawn: dict[str, int | float]) -> TrafficOptions:
        """The generator options of one run: the preset's (or the defaults), then the study's, then the drawn ones."""
        values: dict[str, Any] = {**self.fixed_options(), **drawn, "seed": seed}
        return dataclasses.replace(self.base_options(), **{k: v for k, v in values.items() if k in OPTION_FIELDS})

    def fraud_options(self, seed: int, drawn: dict[str, int | float]) -> FraudTrafficOptions | None:
        """The synthetic fraud of one run (as `generate --seed seed --fraud-rate …` adds it); None without any."""
        values: dict[str, Any] = {**self.fixed_options(), **drawn}
        given = {FRAUD_OPTION_KEYS[k]: v for k, v in values.items() if k in FRAUD_OPTION_KEYS}
        return FraudTrafficOptions(**given, seed=seed) if given else None

    @property
    def effects_on(self) -> bool:
        """True when [response] gives any effect a range or a value other than its off value."""
        off = Response()
        return any(isinstance(value, Range) or value != getattr(off, name) for name, value in self.response)

    def response_of(self, drawn: dict[str, int | float]) -> Response:
        """The effects of one run: the fixed ones, then the drawn ones."""
        values = {name: float(drawn[name] if isinstance(value, Range) else value) for name, value in self.response}
        return Response(**values)

    def costs_of(self, variant: Variant | None) -> Costs:
        """A variant's costs (the study's, overridden key by key by the variant's); the base offer's for None."""
        return dataclasses.replace(self.costs, **variant.costs) if variant is not None else self.costs

    def costs_of_variants(self) -> VariantCosts:
        """Every variant's costs as arrays over the variants (numpy broadcasts them over runs × variants)."""
        costs = [self.costs_of(variant) for variant in self.variants]
        return VariantCosts(*(np.array([getattr(c, key) for c in costs]) for key in COST_KEYS))

    def terms(self, variant: Variant | None) -> Terms:
        """What people see of a variant (the base offer for None): its offer and what it pays."""
        costs = self.costs_of(variant)
        offer = variant.offer if variant is not None else self.base
        return Terms(offer, costs.reward_per_fulfillment, costs.reward_per_referred_signup)

    def base_options(self) -> TrafficOptions:
        """What options the study does not give are taken from."""
        return preset_options(self.preset) if self.preset else TrafficOptions()

    @property
    def max_days(self) -> float:
        """The longest campaign any run can have."""
        days = dict(self.traffic).get("days", self.base_options().days)
        return float(days.high if isinstance(days, Range) else days)  # type: ignore[arg-type]
