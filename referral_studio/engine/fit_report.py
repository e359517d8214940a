"""A fit put into words: the traffic file `fit` writes, and its measures beside the log's.

Apart from the estimation (engine/fit.py) because this is presentation: the comments a
person reads in the file, and the side-by-side table that shows whether traffic generated
from the fit looks like the log it came from.
"""

from __future__ import annotations

from dataclasses import replace

from referral_studio.domain.times import format_time
from referral_studio.engine.fit import ESTIMATED, NOT_IDENTIFIED, RESAMPLES, Fit
from referral_studio.engine.generator import generate
from referral_studio.engine.traffic_file import FILE_KEYS
from referral_studio.engine.traffic_measures import MEASURE_NAMES, TrafficMeasures, measure
from referral_studio.engine.traffic_report import format_value


def number(value: float) -> str:
    """Four significant digits, always a TOML float (0.0, not 0)."""
    text = f"{value:.4g}"
    return text if any(mark in text for mark in ".en") else text + ".0"


def _toml_value(value: object) -> str:
    if isinstance(value, str):
        return f'"{value}"'
    if isinstance(value, float):
        return number(value)
    return str(value)


def traffic_file_text(fit: Fit, source: str, *, ranges: bool = False) -> str:
    """The `[traffic]` table of every option, a comment on each; the log's size and span as comments."""
    options = fit.options
    taken = ", ".join(name for name in NOT_IDENTIFIED)
    organic = (
        "organic participants: sign-ups without a visit first"
        if fit.organic_found
        else "none signed up without a visit first: as many as the organic visitors need"
    )
    lines = [
        f"# Traffic fitted by `referral-studio fit` to {source} ({fit.events:,} events).",
        "# The log's own run, which a traffic file never sets (give them beside the preset):",
        f"#   participants = {options.participants}  ({organic}; {fit.signed_up:,} people signed up in all)",
        f"#   days = {number(options.days)}",
        f"#   start = {format_time(options.start)}",
        f"# Estimates with their 90% bootstrap intervals ({RESAMPLES} resamples of the log's people); rows the",
        "# campaign's end cut off are corrected for, not read as lower rates.",
        f"# Not identified by a log, taken from preset {fit.base}: {taken}.",
    ]
    if ranges:
        lines.append(
            "# Rates are written as their intervals, for a forecast study; `generate` needs a fit without --ranges."
        )
    lines += ["", "[traffic]"]
    for name in FILE_KEYS:
        value = getattr(options, name)
        estimate = fit.estimates.get(name)
        if (
            estimate is not None
            and estimate.value is not None
            and estimate.low is not None
            and estimate.high is not None
        ):
            interval = f"90% interval {number(estimate.low)} to {number(estimate.high)}"
            written = f"[{number(estimate.low)}, {number(estimate.high)}]" if ranges else number(estimate.value)
            lines.append(f"{name} = {written}  # estimate {number(estimate.value)}, {interval}")
        elif estimate is not None:
            lines.append(f"{name} = {_toml_value(value)}  # {estimate.why_not} in the log: from preset {fit.base}")
        else:
            lines.append(f"{name} = {_toml_value(value)}  # not identified by a log: from preset {fit.base}")
    return "\n".join(lines) + "\n"


def refit_measures(fit: Fit, seed: int = 1) -> TrafficMeasures:
    """The measures of a log generated from the fit, with the log's participants and days."""
    return measure(generate(replace(fit.options, seed=seed)).log)


def side_by_side(observed: TrafficMeasures, fitted: TrafficMeasures) -> list[str]:
    """Each measure of the log beside the same measure of traffic generated from the fit."""
    ours, theirs = observed.as_dict(), fitted.as_dict()
    lines = [f"{'measure':<20} {'the log':<22} generated from the fit"]
    for name in MEASURE_NAMES:
        lines.append(f"{name:<20} {format_value(name, ours[name]):<22} {format_value(name, theirs[name])}")
    return lines


def estimate_lines(fit: Fit) -> list[str]:
    """The estimates as a table, with the options taken from the base preset named."""
    lines = [f"{'option':<20} {'estimate':<10} 90% interval"]
    for name in ESTIMATED:
        estimate = fit.estimates[name]
        if estimate.value is None or estimate.low is None or estimate.high is None:
            lines.append(f"{name:<20} {'—':<10} {estimate.why_not}: from preset {fit.base}")
        else:
            interval = f"{number(estimate.low)} to {number(estimate.high)}"
            lines.append(f"{name:<20} {number(estimate.value):<10} {interval}")
    lines.append(f"Not identified by a log, from preset {fit.base}: {', '.join(NOT_IDENTIFIED)}")
    return lines
