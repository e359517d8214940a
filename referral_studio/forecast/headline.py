"""A forecast's answer in one sentence, the same on the command line, in the workspace and in the report.

It follows the verdict and never calls a variant "best" without saying how sure that is.
Words go through the domain's `translate`, so the app shows them in its language and the
command line in English.
"""

from __future__ import annotations

import math

from referral_studio.domain.texts import number, translate
from referral_studio.forecast.aggregate import Forecast
from referral_studio.forecast.study import COST_KEYS
from referral_studio.forecast.verdict import ALL_EQUAL, CLEAR, MIN_RUNS_FOR_CLEAR, ONE_VARIANT, Verdict, verdict

MONEY_METRICS = ("cost", "value", "net")


def amount(value: float) -> str:
    """A money or count figure for people: whole numbers with separators, three digits below 100; "−" for minus.

    Written as the UI's locale writes numbers (10 692 and 0,473 in Swedish), English on the command line."""
    if abs(value) >= 100:
        text = number(round(value))
    else:  # three significant digits, trailing zeros dropped
        decimals = 2 - math.floor(math.log10(abs(value))) if value else 0
        text = number(value, decimals).rstrip("0").rstrip(".,") if decimals > 0 else number(value, 0)
    return "0" if text in ("-0", "−0", "0") else text.replace("-", "−")


def percent(share: float) -> str:
    """A share as a whole percentage that never rounds to 100% or 0% unless it is exactly that."""
    value = round(100 * share)
    if 0 < share < 1:
        value = min(max(value, 1), 99)
    return translate("ForecastHeadline", "{value}%").format(value=value)


def listed(name: str) -> str:
    """A variant's name as an item of a list in words: quoted when its own commas or "and" would blur the list."""
    return f"“{name}”" if "," in name or " and " in name else name


def headline(forecast: Forecast, objective: str | None = None, answer: Verdict | None = None) -> str:
    """The verdict in words; `objective` is the objective's name as shown (its key by default)."""
    study = forecast.study
    shown = objective or study.objective
    answer = answer or verdict(forecast)
    best = answer.best
    if answer.kind == ONE_VARIANT:
        _, low, median, high = forecast.summary(study.objective, 0)
        return translate(
            "ForecastHeadline", "One variant, {variant}: {objective} {median} (90% of runs: {low} to {high})"
        ).format(variant=best, objective=shown, median=amount(median), low=amount(low), high=amount(high))
    if answer.kind == ALL_EQUAL:
        costs = [study.costs_of(variant) for variant in study.variants]
        if study.objective in MONEY_METRICS and not any(getattr(c, key) for c in costs for key in COST_KEYS):
            return translate(
                "ForecastHeadline",
                "All variants are equal on {objective} in every run — give costs or rank by another metric",
            ).format(objective=shown)
        return translate(
            "ForecastHeadline", "All variants are equal on {objective} in every run — rank by another metric"
        ).format(objective=shown)
    runner_up = answer.runner_up or best
    sign = 1 if study.minimize else -1  # the best's lead over another is −(other − best) when bigger is better
    lead = answer.differences[runner_up]
    ahead_low, ahead_high = sorted((sign * lead.p5, sign * lead.p95))
    if answer.kind == CLEAR:
        return translate(
            "ForecastHeadline",
            "Best by {objective}: {best} — ahead of {other} in {share} of runs, by {median} (90% of runs: {low} to {high})",
        ).format(
            objective=shown,
            best=best,
            other=runner_up,
            share=percent(answer.p_beats_next or 0.0),
            median=amount(sign * lead.p50),
            low=amount(ahead_low),
            high=amount(ahead_high),
        )
    tied = answer.tied if len(answer.tied) > 1 else (best, runner_up)
    spans = [answer.differences[name] for name in tied[1:]]  # the others' objective − the leader's, run by run
    low, high = min(d.p5 for d in spans), max(d.p95 for d in spans)
    if len(tied) == 2:
        words = translate(
            "ForecastHeadline",
            "No clear winner by {objective}: {best} and {other} differ by {low} to {high} in 90% of runs",
        ).format(objective=shown, best=listed(tied[0]), other=listed(tied[1]), low=amount(low), high=amount(high))
    else:
        words = translate(
            "ForecastHeadline",
            "No clear winner by {objective}: {names} and {last} — the others differ from {best} by {low} to {high} in 90% of runs",
        ).format(
            objective=shown,
            names=", ".join(map(listed, tied[:-1])),
            last=listed(tied[-1]),
            best=best,
            low=amount(low),
            high=amount(high),
        )
    if (runs := study.runs) < MIN_RUNS_FOR_CLEAR:
        words += translate(
            "ForecastHeadline", " — %Ln runs are too few to tell (at least {needed})", None, runs
        ).format(needed=MIN_RUNS_FOR_CLEAR)
    return words
