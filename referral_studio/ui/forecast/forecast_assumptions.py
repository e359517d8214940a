"""The report's "Assumptions": what the forecast took for granted, every value under its study-file key.

The traffic preset by name with its source, every traffic option (the study's own values
marked, the rest the preset's), every other assumption drawn from a range, the costs each
variant pays, and — when people ignore the offer's terms — the plain consequence of that.
"""

from __future__ import annotations

from dataclasses import fields
from datetime import datetime
from html import escape

from referral_studio.engine.fraud_traffic import FRAUD_OPTION_KEYS
from referral_studio.engine.presets import find_preset
from referral_studio.forecast.aggregate import Forecast
from referral_studio.forecast.study import COST_KEYS, Range, Study
from referral_studio.ui.forecast.forecast_metrics import metric_label
from referral_studio.ui.forecast.traffic_assumptions_model import OPTIONS, option_label
from referral_studio.ui.i18n import translate

DEFAULT_PRESET = "ecommerce"  # what a study without a preset starts from: the generator's own defaults


def plain(value: object) -> str:
    """A value as written in a study file, without a float's ".0": 14, 0.35, 2027-03-01 09:00."""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, float):
        return f"{value:g}" if value.is_integer() and abs(value) < 1e15 else repr(value)
    return str(value)


def shown_value(value: object) -> str:
    """A value or a range drawn per run, for people."""
    if isinstance(value, Range):
        return translate("ForecastReport", "{low} to {high}, drawn per run").format(
            low=plain(value.low), high=plain(value.high)
        )
    return plain(value)


def assumptions_html(forecast: Forecast, table: str = "<table cellspacing='0'>{rows}</table>") -> str:
    """The assumptions section's tables and notes."""
    study = forecast.study
    runs = study.runs  # a plain name, so pyside6-lupdate sees the plural below
    preset = find_preset(study.preset or DEFAULT_PRESET)
    given = dict(study.traffic)
    base = study.base_options()
    intro = translate("ForecastReport", "Traffic preset: {name} — {title}. Source: {source}.").format(
        title=translate("TrafficPreset", preset.title),
        name=preset.name,
        source=translate("TrafficPreset", preset.source),
    )
    study_mark, preset_mark = translate("ForecastReport", "set in the study"), translate("ForecastReport", "preset")
    rows = [
        (
            option.name,
            option_label(option.name),
            shown_value(given[option.name] if option.name in given else getattr(base, option.name)),
            study_mark if option.name in given else preset_mark,
        )
        for option in OPTIONS
        if option.name in given or option.name not in FRAUD_OPTION_KEYS  # no synthetic fraud: no row of it
    ]
    rows += [(name, name.replace("_", " "), shown_value(value), study_mark) for name, value in other_assumptions(study)]
    parts = [
        _paragraph(intro),
        table.format(rows="".join(_row(cells) for cells in rows)),
        _h3(translate("ForecastReport", "Costs per variant")),
        _costs_table(forecast, table),
        _h3(translate("ForecastReport", "Runs")),
        _paragraph(
            translate("ForecastReport", "%Ln runs, seed {seed}, ranked by {objective}.", None, runs).format(
                seed=study.seed, objective=objective_name(forecast)
            )
            + " "
            + translate("ForecastReport", "Every variant is replayed on the same traffic in each run.")
        ),
    ]
    if not study.effects_on:
        parts.append(
            _paragraph(
                translate(
                    "ForecastReport",
                    "In this forecast people behave the same whatever the offer: variants differ only in what "
                    "they credit and pay, so cheaper variants tend to win.",
                ),
                bold=True,
            )
        )
    return "".join(parts)


def other_assumptions(study: Study) -> list[tuple[str, object]]:
    """The study's tables of assumptions beside [traffic] (name-value pairs, such as how people respond), in order."""
    tables = (getattr(study, item.name) for item in fields(study) if item.name != "traffic")
    return [pair for table in tables if _is_table(table) for pair in table]


def _is_table(value: object) -> bool:
    """True for name-value pairs: `(("goal_gradient", 2.0), …)`."""
    return isinstance(value, tuple) and all(
        isinstance(pair, tuple) and len(pair) == 2 and isinstance(pair[0], str) for pair in value
    )


def objective_name(forecast: Forecast) -> str:
    """The objective and which way is better, in words."""
    study = forecast.study
    if study.minimize:
        text = translate("ForecastReport", "{objective} (lower is better)")
    else:
        text = translate("ForecastReport", "{objective} (higher is better)")
    return text.format(objective=metric_label(study.objective))


def _costs_table(forecast: Forecast, table: str) -> str:
    study = forecast.study
    head = "<tr><th>" + escape(translate("ForecastReport", "Variant")) + "</th>"
    head += "".join(f"<th>{escape(key.replace('_', ' '))}</th>" for key in COST_KEYS) + "</tr>"
    body = "".join(
        "<tr><td>"
        + escape(variant.name)
        + "</td>"
        + "".join(f"<td align='right'>{plain(float(getattr(study.costs_of(variant), key)))}</td>" for key in COST_KEYS)
        + "</tr>"
        for variant in study.variants
    )
    return table.format(rows=head + body)


def _row(cells: tuple[str, ...]) -> str:
    key, words, value, where = (escape(cell) for cell in cells)
    return f"<tr><td><b>{key}</b></td><td>{words}</td><td>{value}</td><td class='muted'>{where}</td></tr>"


def _paragraph(text: str, bold: bool = False) -> str:
    return f"<p><b>{escape(text)}</b></p>" if bold else f"<p>{escape(text)}</p>"


def _h3(text: str) -> str:
    return f"<h3>{escape(text)}</h3>"
