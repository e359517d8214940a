"""Save as scenario: a simulation written as a `*.scenario.toml` whose expectations are what it showed.

QA turns an exploration into a regression test in one step: the scenario names the same
offer (a sibling `.offer.json`) and traffic (the generator's options with their seed and
any synthetic fraud added to it, or the event log), and expects the run's totals, the chosen referrers as they ended and, when
the time cursor stood somewhere, the counts at that moment. An offer with fraud settings
also gets summary.json's fraud counts, in all and per referrer (without them the file is as
it always was). `referral-studio check` passes on it until the engine or the offer changes
what comes out.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from dataclasses import dataclass, fields
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

from referral_studio.domain.atomic_file import atomic_write
from referral_studio.domain.offer import Offer
from referral_studio.domain.offer_file import write_offer_file
from referral_studio.domain.times import format_ns, format_time
from referral_studio.engine.fraud_traffic import SyntheticFraud
from referral_studio.engine.log_sources import LogFile
from referral_studio.engine.mapping_file import BUILT_IN_FOLDER, Mapping
from referral_studio.engine.mapping_file import SUFFIX as MAPPING_SUFFIX
from referral_studio.engine.result import ReplayResult
from referral_studio.engine.traffic_options import TrafficOptions
from referral_studio.qa.scenario_reader import FRAUD_KEYS

SUFFIX = ".scenario.toml"
TOP_REFERRERS = 3  # the leaderboard's first rows join the referrers the user picked


@dataclass(frozen=True)
class SavedScenario:
    """The two files written."""

    scenario: Path
    offer: Path


def _toml(value: object) -> str:
    """A TOML value: JSON's quoting is TOML's for strings; times as TOML date-times; dicts as inline tables."""
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{key} = {_toml(item)}" for key, item in value.items()) + " }"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, datetime):
        return format_time(value.astimezone(UTC))
    return json.dumps(str(value), ensure_ascii=False)


def _exact_time(ns: int) -> bool:
    """TOML readers keep microseconds; a time finer than that cannot be expected exactly."""
    return ns % 1_000 == 0


def _traffic_lines(traffic: TrafficOptions | SyntheticFraud | str) -> list[str]:
    """The [traffic] table's keys: every generator option, the fraud options when fraud was added, or the log."""
    if isinstance(traffic, str):
        return [f"events = {_toml(traffic)}"]
    options = traffic.traffic if isinstance(traffic, SyntheticFraud) else traffic
    lines = [f"{field.name} = {_toml(getattr(options, field.name))}" for field in fields(TrafficOptions)]
    if isinstance(traffic, SyntheticFraud):
        fraud = traffic.fraud
        if fraud.seed != options.seed:
            raise ValueError(
                "a scenario's synthetic fraud is drawn from its traffic seed; this fraud has a seed of its own"
            )
        lines += [f"{key} = {_toml(getattr(fraud, option))}" for key, option in FRAUD_KEYS.items()]
    return lines


def scenario_text(
    name: str,
    offer_file: str,
    traffic: TrafficOptions | SyntheticFraud | str,
    result: ReplayResult,
    referrers: Sequence[str] = (),
    at: int | None = None,
    saved_at: datetime | None = None,
) -> str:
    """The scenario's text: `traffic` is generator options (fraud added or not) or a log's path from the scenario."""
    saved = (saved_at or datetime.now(UTC)).strftime("%Y-%m-%d %H:%M UTC")
    lines = [
        f"# Saved from a Referral Studio simulation on {saved}: the expectations are what that run showed.",
        f"name = {_toml(name)}",
        f"offer = {_toml(offer_file)}",
        "",
        "[traffic]",
        *_traffic_lines(traffic),
        "",
        "[expect]",
    ]
    for key, value in result.totals.as_dict().items():
        if key == "promo_codes_exhausted_at":
            exhausted = result.totals.promo_codes_exhausted_at
            if exhausted is None:
                lines.append(f'{key} = "never"')
            elif _exact_time(exhausted):
                lines.append(f"{key} = {format_ns(exhausted)}")
        else:
            lines.append(f"{key} = {_toml(value)}")
    fraud = result.offer.fraud.active
    if fraud:
        lines += [f"{key} = {_toml(value)}" for key, value in result.fates.summary().items()]
    names = result.names(result.referrer).to_pylist()
    position = {referrer: index for index, referrer in enumerate(names)}
    top = [names[int(i)] for i in result.ranked[:TOP_REFERRERS]]
    ledger_names = result.names(result.ledger_referrer).to_pylist()
    for referrer in dict.fromkeys([*top, *referrers]):
        index = position.get(referrer)
        credits = int(result.credits[index]) if index is not None else 0
        fulfillments = int(result.fulfillments[index]) if index is not None else 0
        lines += ["", "[[expect.referrer]]", f"name = {_toml(referrer)}", f"credits = {credits}"]
        lines += [f"fulfillments = {fulfillments}", f"fulfilled = {_toml(fulfillments > 0)}"]
        if fulfillments and _exact_time(first := int(result.first_fulfilled[index])):
            lines.append(f"first_fulfilled_at = {format_ns(first)}")
        code = next(
            (c for who, c in zip(ledger_names, result.ledger_code, strict=True) if who == referrer and c is not None),
            None,
        )
        if code is not None:
            lines.append(f"promo_code = {_toml(code)}")
        if fraud:
            person = result.people.index(referrer).as_py()  # -1, all zeros, for a name the log never saw
            lines += [f"{key} = {_toml(value)}" for key, value in result.fates.summary(person).items()]
    if at is not None and _exact_time(at):
        row = int(np.searchsorted(result.timeline_time, at, "right")) - 1
        credited = int(result.timeline_credited[row]) if row >= 0 else 0
        fulfilled = int(result.timeline_fulfilled[row]) if row >= 0 else 0
        lines += ["", "[[expect.timeline]]", f"time = {format_ns(at)}"]
        lines += [f"credited_referrers = {credited}", f"fulfilled_referrers = {fulfilled}"]
    return "\n".join(lines) + "\n"


def events_table(log: LogFile, folder: Path) -> list[str]:
    """`[events]` for a log read through a mapping: the mapping by name (built-in) or relative path."""
    lines = ["[events]"]
    mapping = log.mapping
    if isinstance(mapping, Mapping):
        mapping = Path(mapping.source)
    if isinstance(mapping, Path):
        if mapping.parent == BUILT_IN_FOLDER:
            mapping = mapping.name.removesuffix(MAPPING_SUFFIX)
        else:
            mapping = Path(os.path.relpath(mapping.resolve(), folder.resolve())).as_posix()
    if mapping is not None:
        lines.append(f"mapping = {_toml(str(mapping))}")
    if log.skip_bad_rows:
        lines.append("skip_bad_rows = true")
    return lines


def save_scenario(
    path: Path,
    offer: Offer,
    traffic: TrafficOptions | SyntheticFraud | Path | LogFile,
    result: ReplayResult,
    referrers: Sequence[str] = (),
    at: int | None = None,
) -> SavedScenario:
    """Write `path` (…scenario.toml) and the offer beside it as …offer.json; each whole or not at all."""
    stem = path.name.removesuffix(SUFFIX).removesuffix(".toml")
    offer_path = path.with_name(f"{stem}.offer.json")
    reading: list[str] = []
    if isinstance(traffic, LogFile):  # a log read through a mapping: [events] says how
        reading = events_table(traffic, path.parent)
        traffic = traffic.path
    if isinstance(traffic, Path):
        events = Path(os.path.relpath(traffic.resolve(), path.parent.resolve())).as_posix()
        source: TrafficOptions | SyntheticFraud | str = events
    else:
        source = traffic
    text = scenario_text(offer.name, offer_path.name, source, result, referrers, at)
    if reading:
        text = text.replace("\n[expect]\n", "\n" + "\n".join(reading) + "\n\n[expect]\n", 1)
    write_offer_file(offer, offer_path)
    with atomic_write(path, newline="\n") as stream:
        stream.write(text)
    return SavedScenario(path, offer_path)
