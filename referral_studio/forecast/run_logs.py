"""Which log each variant of a run is replayed on: one log for all when effects are off, else one per offer.

With every effect off a run generates one log and every variant replays it, exactly as
before effects existed. With effects on, people respond to each offer, so each distinct
set of terms an effect reads (goal, window, rewards and what the offer pays: `Terms.behaviour_key`)
gets its own log, all from the run's one traffic seed with common random numbers
(engine/responsive_traffic.py). Variants that differ only in what no effect reads
(name, promo codes, emails, attribution, fraud settings …) share a log. `generate --study`
uses the same functions, so it writes exactly the log a run replayed.
"""

from __future__ import annotations

from dataclasses import dataclass

from referral_studio.engine.event_log import EventLog
from referral_studio.engine.fraud_traffic import add_fraud
from referral_studio.engine.generator import generate
from referral_studio.engine.response import Terms, elasticity_applies
from referral_studio.engine.responsive_traffic import generate_responses
from referral_studio.forecast.study import Study


@dataclass(frozen=True)
class LogPlan:
    """The distinct terms of a study's logs, and which of them each variant (and the base offer) replays."""

    terms: tuple[Terms, ...]
    of_variant: tuple[int, ...]
    of_base: int


def log_plan(study: Study) -> LogPlan:
    """One entry per distinct behaviour key among the variants and the base offer (the base's last if new)."""
    keys: dict[tuple[object, ...], int] = {}
    terms: list[Terms] = []

    def index(offer_terms: Terms) -> int:
        key = offer_terms.behaviour_key()
        if key not in keys:
            keys[key] = len(terms)
            terms.append(offer_terms)
        return keys[key]

    of_variant = tuple(index(study.terms(variant)) for variant in study.variants)
    return LogPlan(terms=tuple(terms), of_variant=of_variant, of_base=index(study.terms(None)))


def run_logs(study: Study, traffic_seed: int, drawn: dict[str, int | float]) -> tuple[list[EventLog], tuple[int, ...]]:
    """A run's logs and, per variant, the index of the log it replays."""
    options = study.options(traffic_seed, drawn)
    if not study.effects_on:
        return [_with_fraud(study, traffic_seed, drawn, generate(options).log)], (0,) * len(study.variants)
    plan = log_plan(study)
    used = sorted(set(plan.of_variant))
    traffic = generate_responses(options, study.response_of(drawn), [plan.terms[i] for i in used], study.terms(None))
    logs = [_with_fraud(study, traffic_seed, drawn, t.log) for t in traffic]
    return logs, tuple(used.index(i) for i in plan.of_variant)


def variant_log(study: Study, traffic_seed: int, drawn: dict[str, int | float], variant: int | None) -> EventLog:
    """The log run replayed for one variant (the base offer's for None): the same bytes as in the run."""
    options = study.options(traffic_seed, drawn)
    if not study.effects_on:
        return _with_fraud(study, traffic_seed, drawn, generate(options).log)
    plan = log_plan(study)
    terms = plan.terms[plan.of_base if variant is None else plan.of_variant[variant]]
    log = generate_responses(options, study.response_of(drawn), [terms], study.terms(None))[0].log
    return _with_fraud(study, traffic_seed, drawn, log)


def _with_fraud(study: Study, traffic_seed: int, drawn: dict[str, int | float], log: EventLog) -> EventLog:
    """The log with the study's synthetic fraud added (as `generate --fraud-rate` adds it), if it has any."""
    fraud = study.fraud_options(traffic_seed, drawn)
    return log if fraud is None else add_fraud(log, fraud).log


def response_warnings(study: Study) -> list[str]:
    """One line per variant on which reward_elasticity cannot act (other goal type, or no reward on a side)."""
    elasticity = dict(study.response).get("reward_elasticity", 0.0)
    if elasticity == 0.0:
        return []
    base = study.terms(None)
    return [
        f"reward_elasticity has no effect on variant {variant.name!r}: its goal type differs from the base "
        "offer's, or one of them pays no reward per fulfillment"
        for variant in study.variants
        if not elasticity_applies(study.terms(variant), base)
        and study.terms(variant).behaviour_key() != base.behaviour_key()
    ]
