"""A log's traffic measures beside a preset's published figures: the rows the CLI prints and the Traffic view shows."""

from __future__ import annotations

from dataclasses import dataclass

from referral_studio.domain.texts import QT_TRANSLATE_NOOP
from referral_studio.engine.presets import Preset, Target
from referral_studio.engine.traffic_measures import MEASURE_NAMES, TrafficMeasures

PERCENTAGES = {
    "share_rate",
    "signup_rate",
    "conversion_rate",
    "organic_conversion",
    "top_sharer_share",
    "onward_share_rate",
}
COUNTS = {"participants", "referred_visitors", "referred_signups", "organic_visitors"}
MEASURE_HELP = {
    "participants": QT_TRANSLATE_NOOP(
        "TrafficReport", "People with at least one sign-up: those who joined on their own and referred friends."
    ),
    "share_rate": QT_TRANSLATE_NOOP("TrafficReport", "People who shared, per participant."),
    "clicks_per_share": QT_TRANSLATE_NOOP("TrafficReport", "Referred visits (not self-referrals) per share."),
    "referred_visitors": QT_TRANSLATE_NOOP("TrafficReport", "People with a referred visit."),
    "referred_signups": QT_TRANSLATE_NOOP(
        "TrafficReport", "Referred visitors whose first sign-up came at or after their first referred visit."
    ),
    "signup_rate": QT_TRANSLATE_NOOP("TrafficReport", "Referred sign-ups per referred visit (per click)."),
    "conversion_rate": QT_TRANSLATE_NOOP(
        "TrafficReport", "Referred visitors who made a Purchase afterwards, per referred visit (per click)."
    ),
    "signups_per_share": QT_TRANSLATE_NOOP("TrafficReport", "Referred sign-ups per share."),
    "organic_visitors": QT_TRANSLATE_NOOP(
        "TrafficReport", "People whose first visit had no referrer and who were never referred."
    ),
    "organic_conversion": QT_TRANSLATE_NOOP(
        "TrafficReport", "Organic visitors who signed up after their first visit, per organic visitor."
    ),
    "referred_lift": QT_TRANSLATE_NOOP(
        "TrafficReport", "Referred visitors' sign-up rate over organic visitors' sign-up rate."
    ),
    "top_sharer_share": QT_TRANSLATE_NOOP("TrafficReport", "Shares sent by the top 10% of sharers."),
    "onward_share_rate": QT_TRANSLATE_NOOP("TrafficReport", "Referred sign-ups who shared after signing up."),
}


@dataclass(frozen=True)
class ReportRow:
    """One measure: its value, the preset's published figure for it (if any), and whether it is in range."""

    measure: str
    value: float | int | None
    target: Target | None

    @property
    def holds(self) -> bool | None:
        return None if self.target is None else self.target.holds(self.value)


def report_rows(measures: TrafficMeasures, preset: Preset) -> list[ReportRow]:
    """Every measure, in the spec's order, with the preset's target where it publishes one."""
    targets = {target.measure: target for target in preset.targets}
    values = measures.as_dict()
    return [ReportRow(name, values[name], targets.get(name)) for name in MEASURE_NAMES]


def format_value(measure: str, value: float | None) -> str:
    """A measure as people read it: counts with separators, rates in percent, '—' when undefined."""
    if value is None:
        return "—"
    if measure in COUNTS:
        return f"{int(value):,}"
    if measure in PERCENTAGES:
        return f"{value:.2%}"
    if measure == "signups_per_share" and value > 0:
        return f"{value:.4f} (1 per {1 / value:,.0f})"
    return f"{value:.2f}"


def report_lines(measures: TrafficMeasures, preset: Preset) -> list[str]:
    """The report as text: a header, one line per measure, the preset's caveat and a tally."""
    rows = report_rows(measures, preset)
    lines = [
        f"Compared with preset {preset.name} ({preset.title}); source: {preset.source}",
        f"{'measure':<20} {'measured':<22} {'published':<22} in range",
    ]
    for row in rows:
        published = row.target.text if row.target else ""
        unmeasured = row.target is not None and row.value is None  # nothing to compare: not out of range
        verdict = "—" if unmeasured else "" if row.holds is None else "yes" if row.holds else "NO"
        lines.append(f"{row.measure:<20} {format_value(row.measure, row.value):<22} {published:<22} {verdict}".rstrip())
    if preset.note:
        lines.append(f"Note: {preset.note}")
    compared = [row for row in rows if row.target is not None and row.value is not None]
    missing = sum(row.target is not None and row.value is None for row in rows)
    if compared or missing:
        held = sum(bool(row.holds) for row in compared)
        apart = f"; {missing} this traffic gives no value for" if missing else ""
        lines.append(f"{held} of {len(compared)} published figures in range{apart}.")
    else:
        lines.append(f"The {preset.name} preset publishes no figures to compare with.")
    return lines
