"""Traffic presets calibrated to published figures of real referral programmes, and the figures themselves.

A preset is a set of generator options (`preset_options("b2b")`) plus the published figures
its traffic must reproduce (`Target`s on the measures of `traffic_measures`). The default
options *are* the `ecommerce` preset; `classroom` keeps the old exaggerated rates so that every
goal type pays out in a small demo. docs/traffic.md explains each source and each choice.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from referral_studio.domain.file_or_name import names_a_file
from referral_studio.domain.texts import QT_TRANSLATE_NOOP
from referral_studio.engine.traffic_file import TrafficFileError, read_traffic_file
from referral_studio.engine.traffic_measures import TrafficMeasures
from referral_studio.engine.traffic_options import TrafficOptions

DEFAULT_PRESET = "ecommerce"
# The words in brackets are translated where a source is shown; the quoted titles stay as published.
FRIENDBUY = QT_TRANSLATE_NOOP("TrafficPreset", 'Friendbuy, "referral program metrics" (ideal ranges for e-commerce)')
EXTOLE = QT_TRANSLATE_NOOP(
    "TrafficPreset", 'Extole, "How to measure and benchmark your referral program success" (by industry)'
)
LESKOVEC = 'Leskovec, Adamic & Huberman, "The Dynamics of Viral Marketing", ACM TWEB 2007'
FRIENDBUY_NOTE = QT_TRANSLATE_NOOP(
    "TrafficReport",
    "Friendbuy's lift compares purchase conversion; here it is referred visitors' sign-up rate over organic visitors'.",
)
EXTOLE_NOTE = QT_TRANSLATE_NOOP(
    "TrafficReport",
    "Extole's share rate is per click on a 'refer a friend' call to action; here it is per participant, the "
    "nearest thing an event log records.",
)
LESKOVEC_NOTE = QT_TRANSLATE_NOOP(
    "TrafficReport",
    "Leskovec et al. count purchases per recommendation; here a referred sign-up counts as the purchase and a "
    "share as the recommendation.",
)


@dataclass(frozen=True)
class Target:
    """A published figure for one measure, and the range the measure must fall in (None: unbounded)."""

    measure: str
    published: float  # the figure as published (a range's middle)
    low: float | None
    high: float | None
    text: str  # the figure as the source gives it

    def holds(self, value: float | None) -> bool:
        return (
            value is not None and (self.low is None or value >= self.low) and (self.high is None or value <= self.high)
        )


def _around(measure: str, figure: float, text: str, tolerance: float = 0.25) -> Target:
    return Target(measure, figure, figure * (1 - tolerance), figure * (1 + tolerance), f"{text} ±25%")


def _between(measure: str, low: float, high: float, text: str) -> Target:
    return Target(measure, (low + high) / 2, low, high, text)


@dataclass(frozen=True)
class Preset:
    name: str
    title: str
    source: str
    figures: str  # the published figures in words
    changes: dict[str, Any]  # generator options that differ from TrafficOptions' defaults
    targets: tuple[Target, ...]
    note: str = ""  # where the published figure and our measure differ in what they count
    ranges: dict[str, tuple[float, float]] = field(default_factory=dict)  # a traffic file's [low, high] rates

    @property
    def options(self) -> TrafficOptions:
        return replace(TrafficOptions(), **self.changes)

    def check(self, measures: TrafficMeasures) -> list[tuple[Target, float | None, bool]]:
        """Each target with the measured value and whether it holds."""
        values = measures.as_dict()
        return [(target, values[target.measure], target.holds(values[target.measure])) for target in self.targets]


def _extole(share: float, signup: float, conversion: float) -> tuple[Target, ...]:
    return (
        _around("share_rate", share, f"{share:.1%}"),
        _around("signup_rate", signup, f"{signup:.1%}"),
        _around("conversion_rate", conversion, f"{conversion:.1%}"),
    )


def _leskovec(per: int) -> tuple[Target, ...]:
    return (
        _around("signups_per_share", 1 / per, f"1/{per}"),
        Target("top_sharer_share", 0.4, 0.4, None, "≥ 40%"),
    )


_REALISTIC_EXTOLE = {"organic_visit_rate": 2.0, "milestone_rate": 0.0, "return_rate": 0.15, "visits_per_share": 1.8}
_RECOMMENDATIONS = {
    "share_mode": "recommendation",
    "share_rate": 0.15,
    "shares_per_sharer": 5.0,
    "share_spread": 1.6,
    "visits_per_share": 0.3,
    "return_rate": 0.1,
    "overlap_rate": 0.2,
    "milestone_rate": 0.0,
    "purchase_rate": 0.8,
}

PRESETS: dict[str, Preset] = {
    preset.name: preset
    for preset in (
        Preset(
            "ecommerce",
            QT_TRANSLATE_NOOP("TrafficPreset", "E-commerce (default)"),
            FRIENDBUY,
            "share rate 5–9%; 1.8–2.8 clicks per share; referred conversion 2–3× the store's",
            {},
            (
                _between("share_rate", 0.05, 0.09, "5–9%"),
                _between("clicks_per_share", 1.8, 2.8, "1.8–2.8"),
                _between("referred_lift", 2.0, 3.0, "2–3×"),
            ),
            FRIENDBUY_NOTE,
        ),
        Preset(
            "retail",
            QT_TRANSLATE_NOOP("TrafficPreset", "Retail – General"),
            EXTOLE,
            "share rate 7.7%, sign-up rate 16.2% per click, conversion rate 10.8% per click",
            {
                **_REALISTIC_EXTOLE,
                "share_rate": 0.08,
                "signup_rate": 0.186,
                "purchase_rate": 0.667,
                "organic_signup_rate": 0.075,
            },
            _extole(0.077, 0.162, 0.108),
            EXTOLE_NOTE,
        ),
        Preset(
            "b2b",
            QT_TRANSLATE_NOOP("TrafficPreset", "B2B"),
            EXTOLE,
            "share rate 4.8%, sign-up rate 7% per click, conversion rate 1.3% per click",
            {
                **_REALISTIC_EXTOLE,
                "share_rate": 0.05,
                "signup_rate": 0.08,
                "purchase_rate": 0.19,
                "milestone_rate": 0.3,
                "organic_signup_rate": 0.035,
            },
            _extole(0.048, 0.07, 0.013),
            EXTOLE_NOTE,
        ),
        Preset(
            "banks",
            QT_TRANSLATE_NOOP("TrafficPreset", "Banks"),
            EXTOLE,
            "share rate 15.6%, sign-up rate 17.9% per click, conversion rate 13.4% per click",
            {
                **_REALISTIC_EXTOLE,
                "share_rate": 0.16,
                "signup_rate": 0.206,
                "purchase_rate": 0.75,
                "organic_signup_rate": 0.085,
            },
            _extole(0.156, 0.179, 0.134),
            EXTOLE_NOTE,
        ),
        Preset(
            "books",
            QT_TRANSLATE_NOOP("TrafficPreset", "Books (recommendations)"),
            LESKOVEC,
            "one purchase per 69 recommendations; recommendations sent per person heavy-tailed",
            {**_RECOMMENDATIONS, "signup_rate": 0.05, "saturation": 2},
            _leskovec(69),
            LESKOVEC_NOTE,
        ),
        Preset(
            "dvd",
            QT_TRANSLATE_NOOP("TrafficPreset", "DVDs (recommendations)"),
            LESKOVEC,
            "one purchase per 108 recommendations; recommendations sent per person heavy-tailed",
            {**_RECOMMENDATIONS, "signup_rate": 0.032, "saturation": 8},
            _leskovec(108),
            LESKOVEC_NOTE,
        ),
        Preset(
            "classroom",
            QT_TRANSLATE_NOOP("TrafficPreset", "Classroom (exaggerated)"),
            QT_TRANSLATE_NOOP("TrafficPreset", "none: exaggerated on purpose"),
            "none; every goal type pays out in a small demo (the generator's rates before presets)",
            {
                "share_rate": 0.35,
                "shares_per_sharer": 2.0,
                "visits_per_share": 3.0,
                "overlap_rate": 0.05,
                "return_rate": 0.3,
                "js_event_rate": 0.4,
                "signup_rate": 0.25,
                "tagged_rate": 0.6,
                "milestone_rate": 0.3,
                "self_referral_rate": 0.05,
                "organic_visit_rate": 0.5,
                "organic_signup_rate": 0.0,
                "purchase_rate": 0.0,
                "share_spread": 0.0,
                "share_mode": "broadcast",
                "saturation": 0,
                "day_night": 0.0,
                "delays": "exponential",
            },
            (),
        ),
    )
}
PRESET_NAMES = tuple(PRESETS)
_OPTION_NAMES = {field.name for field in fields(TrafficOptions)}


class UnknownPreset(ValueError):
    """A preset name that is not one of PRESET_NAMES nor a traffic file; the message lists them."""

    def __init__(self, name: str) -> None:
        super().__init__(
            f"unknown traffic preset {name!r}; choose one of: {', '.join(PRESET_NAMES)}, or a traffic file "
            "(NAME.traffic.toml, as `fit` writes)"
        )


PRESET_ERRORS = (UnknownPreset, TrafficFileError)
"""What finding a preset can raise: an unknown name, or a traffic file that cannot be used."""


def find_preset(name: str, folder: str | Path | None = None) -> Preset:
    """The preset called `name`, or the traffic file it names (relative to `folder` when given).

    UnknownPreset lists the names when there is none; TrafficFileError names the file and key.
    """
    if name in PRESETS:
        return PRESETS[name]
    if not names_a_file(name):
        raise UnknownPreset(name)
    path = Path(folder, name) if folder is not None else Path(name)
    traffic = read_traffic_file(path)
    return Preset(
        name=str(path),
        title=path.name,
        source=path.name,
        figures="",
        changes=dict(traffic.values),
        targets=(),
        ranges=dict(traffic.ranges),
    )


def preset_options(name: str, folder: str | Path | None = None, **overrides: object) -> TrafficOptions:
    """The generator options of a preset, with any options given beside it taking precedence.

    `preset_options("b2b", participants=50_000, seed=3)` is what `generate --preset b2b
    --participants 50000 --seed 3` and a scenario's `[traffic] preset = "b2b"` run. A traffic
    file with ranges has no single options: it is refused (a forecast study draws from them).
    """
    unknown = set(overrides) - _OPTION_NAMES
    if unknown:
        raise TypeError(f"not generator options: {', '.join(sorted(unknown))}")
    preset = find_preset(name, folder)
    ranged = sorted(set(preset.ranges) - set(overrides))
    if ranged:
        more = f" (and {len(ranged) - 1} more)" if len(ranged) > 1 else ""
        raise TrafficFileError(
            f"{preset.name}: traffic.{ranged[0]}{more}: a [low, high] range, and one log needs one value per "
            "option; fit without --ranges to generate from it, or use the file in a forecast study"
        )
    return replace(preset.options, **overrides)  # type: ignore[arg-type]
