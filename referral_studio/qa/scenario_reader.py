"""Reading a `*.scenario.toml` file (the format: qa/scenario.py) into a Scenario, or a ScenarioError.

Apart from running scenarios because it is most of the work and changes with the format:
every key is checked here, with a message naming the file, the table and the key.
"""

from __future__ import annotations

import dataclasses
import re
import tomllib
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, overload

from referral_studio.domain.file_or_name import names_a_file
from referral_studio.domain.offer import Offer
from referral_studio.domain.offer_file import FORMAT, VERSION, OfferFileError, offer_from_dict, read_offer_file
from referral_studio.domain.text_file import read_utf8
from referral_studio.domain.times import parse_ns, parse_time, to_ns
from referral_studio.engine.fraud_rules import BLOCKING_RULES, OUTCOME_NAMES, RULE_NAMES
from referral_studio.engine.fraud_traffic import FRAUD_OPTION_KEYS, FraudTrafficOptions, SyntheticFraud
from referral_studio.engine.log_sources import LogFile
from referral_studio.engine.mapping_file import MappingError, read_mapping
from referral_studio.engine.presets import DEFAULT_PRESET, PRESET_ERRORS, preset_options
from referral_studio.engine.result import Totals
from referral_studio.engine.simulation import Traffic
from referral_studio.engine.traffic_options import OPTION_FIELDS, TrafficOptions
from referral_studio.qa.scenario import (
    BLOCKED_ROW_KEYS,
    SUFFIX,
    BlockedRowExpectation,
    Count,
    Exhaustion,
    Expectations,
    ReferrerExpectation,
    Scenario,
    ScenarioError,
    TimelineExpectation,
)

TOTALS = tuple(field.name for field in dataclasses.fields(Totals))  # the keys of summary.json
BLOCKED_COUNTS = "credits_blocked"  # summary.json's object of blocked credits per rule (BLOCKING_RULES)
FRAUD_COUNTS = ("credits_for_review", "credits_reversed", "credits_pending", BLOCKED_COUNTS)  # the rest of it
REFERRER_KEYS = (
    "name",
    "credits",
    "fulfillments",
    "fulfilled",
    "fulfilled_before",
    "first_fulfilled_at",
    "promo_code",
    *FRAUD_COUNTS,
)
TIMELINE_KEYS = ("time", "credited_referrers", "fulfilled_referrers")
FRAUD_KEYS = FRAUD_OPTION_KEYS  # [traffic] keys of synthetic fraud (generate's --fraud-rate, …)
LISTED_OUTCOMES = OUTCOME_NAMES[1:]  # the outcomes of blocked.csv's rows (counted credits are not listed)
RULE_OUTCOMES = dict.fromkeys(BLOCKING_RULES, "blocked") | {"velocity": "review", "refund": "reversed"}
_NOT_BLOCKING = {
    "velocity": "the velocity rule sends credits to review: expect credits_for_review",
    "refund": "a refund reverses credits: expect credits_reversed",
}
_TOP_LEVEL = {"as_of": "as_of is a top-level key: write it above the first [table]"}
_COMPARISON = re.compile(r"^\s*(==|!=|>=|<=|>|<)\s*(-?\d[\d_,]*)\s*$")


def load_scenario(path: Path) -> Scenario:
    """Read and check a scenario file (its offer and traffic files too, as far as naming them goes)."""
    try:
        data = tomllib.loads(_quote_fine_times(read_utf8(path, ScenarioError)))
    except tomllib.TOMLDecodeError as error:
        raise ScenarioError(f"{path}: not valid TOML: {error}") from None
    _only(path, "", data, ("name", "offer", "as_of", "traffic", "events", "expect"))
    if "events" in data and "traffic" not in data:
        data["traffic"] = {}  # [events] file = … names the log on its own
    for key in ("offer", "traffic", "expect"):
        if key not in data:
            raise ScenarioError(
                f"{path}: missing [{key}]"
                if key != "offer"
                else f"{path}: missing 'offer' (a file name or an [offer] table)"
            )
    name = data.get("name", path.name.removesuffix(SUFFIX))
    if not isinstance(name, str):
        raise ScenarioError(f"{path}: 'name' must be text")
    return Scenario(
        path=path,
        name=name,
        offer=_offer(path, data["offer"]),
        traffic=_read_events(path, _traffic(path, data["traffic"]), data.get("events")),
        expect=_expectations(path, data["expect"]),
        as_of=_time_ns(path, "", "as_of", data["as_of"]) if "as_of" in data else None,
    )


_FINE_TIME = re.compile(r"(?<![\w\"'.:-])(\d{4}-\d\d-\d\d[Tt ]\d\d:\d\d:\d\d\.\d{7,}(?:[Zz]|[+-]\d\d:\d\d)?)")


def _quote_fine_times(text: str) -> str:
    """Quote bare TOML times with more than six fraction digits, so they keep their nanoseconds.

    tomllib, like datetime, cuts times to microseconds; quoted, they are read exactly (parse_ns).
    A match inside a quoted string on its line is left alone.
    """

    def quoted(match: re.Match[str]) -> str:
        before = text[text.rfind("\n", 0, match.start()) + 1 : match.start()]
        inside_string = (before.count('"') - before.count('\\"')) % 2 == 1 or before.count("'") % 2 == 1
        return match.group(0) if inside_string else f'"{match.group(1)}"'

    return _FINE_TIME.sub(quoted, text)


def _only(
    path: Path, where: str, table: object, allowed: tuple[str, ...], hints: dict[str, str] | None = None
) -> dict[str, Any]:
    """The table, when it holds only allowed keys; `hints` says where a likely mistaken key belongs."""
    label = f"[{where}]" if where else "the top level"
    if not isinstance(table, dict):
        raise ScenarioError(f"{path}: {where or 'the file'} must be a table")
    for key in table:
        if key not in allowed:
            hint = f" ({hints[key]})" if hints and key in hints else ""
            raise ScenarioError(f"{path}: unknown key {key!r} in {label}; allowed: {', '.join(allowed)}{hint}")
    return table


def _offer(path: Path, value: object) -> Offer:
    try:
        if isinstance(value, str):
            return read_offer_file(path.parent / value)
        if isinstance(value, dict):
            if "as_of" in value:
                raise ScenarioError(f"{path}: unknown key 'as_of' in [offer] ({_TOP_LEVEL['as_of']})")
            return offer_from_dict({"format": FORMAT, "version": VERSION, **_plain(value)}, f"{path} [offer]")
    except OfferFileError as error:
        raise ScenarioError(str(error)) from None
    raise ScenarioError(f"{path}: 'offer' must be an offer file name or an [offer] table")


@overload
def _plain(value: dict[str, Any]) -> dict[str, Any]: ...
@overload
def _plain(value: object) -> object: ...
def _plain(value: object) -> object:
    """TOML values as JSON would give them (datetimes as ISO text)."""
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    if isinstance(value, datetime):
        return (value if value.tzinfo else value.replace(tzinfo=UTC)).isoformat().replace("+00:00", "Z")
    return value


def _read_events(path: Path, traffic: Traffic | None, table: object) -> Traffic:
    """[events]: how the log is read (`mapping`, relative to the scenario, or a built-in; `skip_bad_rows`)."""
    if table is None:
        if traffic is None:
            raise ScenarioError(f"{path}: [traffic] needs a seed (or an events file), so the scenario is reproducible")
        return traffic
    events = _only(path, "events", table, ("file", "mapping", "skip_bad_rows"))
    if "file" in events and traffic is not None:
        raise ScenarioError(
            f"{path}: [events] file names an event log and [traffic] gives traffic too; give one or the other"
        )
    if "file" not in events and not isinstance(traffic, Path):
        raise ScenarioError(
            f"{path}: [events] says how to read an event log, and the scenario names none "
            "(give [events] file = … or [traffic] events = …)"
        )
    for key in ("file", "mapping"):
        if key in events and not (isinstance(events[key], str) and events[key]):
            raise ScenarioError(f"{path}: [events] {key} must be a file name" + (" or a built-in" * (key == "mapping")))
    if not isinstance(events.get("skip_bad_rows", False), bool):
        raise ScenarioError(f"{path}: [events] skip_bad_rows must be true or false")
    log = traffic if isinstance(traffic, Path) else path.parent / events["file"]
    named = events.get("mapping")
    try:  # checked now, so a bad mapping fails the scenario file, not its run
        mapping = None if named is None else read_mapping(path.parent / named if names_a_file(named) else named)
    except MappingError as error:
        raise ScenarioError(f"{path}: [events] mapping: {error}") from None
    return LogFile(log, mapping, events.get("skip_bad_rows", False))


def _traffic(path: Path, table: object) -> Traffic | None:
    table = _only(path, "traffic", table, ("events", "preset", *OPTION_FIELDS, *FRAUD_KEYS), _TOP_LEVEL)
    if not table:
        return None  # [events] file = … names the log
    if "events" in table:
        beside = [key for key in table if key in FRAUD_KEYS]
        if beside:
            raise ScenarioError(
                f"{path}: [traffic] {beside[0]} adds synthetic fraud to generated traffic, so it cannot stand "
                "beside events = …; with an event log only events is allowed (give the log its own ip, device, "
                "email and refund rows, or drop events and give a seed)"
            )
        if len(table) > 1:
            raise ScenarioError(f"{path}: [traffic] has an event log and generator options; give one or the other")
        if not isinstance(table["events"], str):
            raise ScenarioError(f"{path}: [traffic] events must be a file name")
        return path.parent / table["events"]
    if "seed" not in table:
        raise ScenarioError(f"{path}: [traffic] needs a seed (or an events file), so the scenario is reproducible")
    preset = table.get("preset", DEFAULT_PRESET)
    if not isinstance(preset, str):
        raise ScenarioError(f"{path}: [traffic] preset must be a preset's name or a traffic file")
    defaults = TrafficOptions()
    values = {}
    for key, value in table.items():
        if key == "preset" or key in FRAUD_KEYS:
            continue
        wanted = type(getattr(defaults, key))
        if key == "start":
            value = _time(path, "traffic", key, value)
        elif wanted is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if not isinstance(value, wanted) or isinstance(value, bool):
            kind = {int: "a whole number", float: "a number"}.get(wanted, "text")
            raise ScenarioError(f"{path}: [traffic] {key} must be {kind}")
        values[key] = value
    try:
        options = preset_options(preset, path.parent, **values)  # a traffic file is relative to the scenario
    except PRESET_ERRORS as error:
        raise ScenarioError(f"{path}: [traffic] {error}") from None
    if options.problems():
        raise ScenarioError(f"{path}: [traffic] " + "; ".join(_as_keys(options.problems())))
    fraud = _fraud_traffic(path, table, options.seed)
    return options if fraud is None else SyntheticFraud(options, fraud)


def _fraud_traffic(path: Path, table: dict[str, Any], seed: int) -> FraudTrafficOptions | None:
    """`generate --fraud-rate` and its companions as [traffic] keys; None when none is given (no fraud added).

    The fraud draws follow the traffic's seed, as `generate` does, so both give the same log.
    """
    given = {key: value for key, value in table.items() if key in FRAUD_KEYS}
    if not given:
        return None
    values: dict[str, Any] = {}
    for key, value in given.items():
        if key == "fraud_mix":
            if not isinstance(value, str):
                raise ScenarioError(f'{path}: [traffic] fraud_mix must be text such as "same_ip=2,burst=1"')
        elif isinstance(value, bool) or not isinstance(value, int | float):
            raise ScenarioError(f"{path}: [traffic] {key} must be a number from 0 to 1 (a share)")
        values[FRAUD_KEYS[key]] = float(value) if key != "fraud_mix" else value
    fraud = FraudTrafficOptions(**values, seed=seed)
    if fraud.problems():
        raise ScenarioError(f"{path}: [traffic] " + "; ".join(_as_keys(fraud.problems())))
    return fraud


def _as_keys(problems: list[str]) -> list[str]:
    """Problems as the options name them (`share-mode: …`), renamed to the [traffic] keys (`share_mode: …`)."""
    renamed = []
    for problem in problems:
        name, colon, rest = problem.partition(":")
        renamed.append(name.replace("-", "_") + colon + rest if colon and " " not in name else problem)
    return renamed


def _place(where: str, key: str) -> str:
    """A key as messages name it: `[table] key`, or the bare key at the top level."""
    return f"[{where}] {key}" if where else key


def _time(path: Path, where: str, key: str, value: object) -> datetime:
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    if isinstance(value, str):
        try:
            return parse_time(value)
        except ValueError as error:
            raise ScenarioError(f"{path}: {_place(where, key)}: {error}") from None
    raise ScenarioError(f"{path}: {_place(where, key)} must be a time (e.g. 2027-03-01T00:00:00Z)")


def _time_ns(path: Path, where: str, key: str, value: object) -> int:
    """A scenario's time in nanoseconds, exact to the nanosecond when written as text."""
    if isinstance(value, str):
        try:
            return parse_ns(value)
        except ValueError as error:
            raise ScenarioError(f"{path}: {_place(where, key)}: {error}") from None
    return to_ns(_time(path, where, key, value))


def _count(path: Path, where: str, key: str, value: object) -> tuple[str, int]:
    """An expected count: a whole number, or text like '>= 100'."""
    if isinstance(value, int) and not isinstance(value, bool):
        return "==", value
    if isinstance(value, str) and (match := _COMPARISON.match(value)):
        return match.group(1), int(match.group(2).replace(",", "").replace("_", ""))
    raise ScenarioError(
        f"{path}: [{where}] {key} is {value!r}; expected a whole number or a comparison "
        "such as '>= 100' (==, !=, >=, <=, >, <)"
    )


def _count_in(path: Path, where: str, entry: dict[str, Any], key: str) -> Count | None:
    return _count(path, where, key, entry[key]) if key in entry else None


def _moment_in(path: Path, where: str, entry: dict[str, Any], key: str) -> int | None:
    return _time_ns(path, where, key, entry[key]) if key in entry else None


def _fraud_counts(path: Path, where: str, table: dict[str, Any]) -> dict[str, Count]:
    """The fraud counts a table expects, by the key that names them: credits_for_review, credits_blocked.same_ip, …"""
    counts = {key: _count(path, where, key, table[key]) for key in FRAUD_COUNTS[:-1] if key in table}
    if BLOCKED_COUNTS in table:
        per_rule = table[BLOCKED_COUNTS]
        if not isinstance(per_rule, dict):
            raise ScenarioError(
                f"{path}: [{where}] {BLOCKED_COUNTS} must be a table of counts per rule "
                f"({', '.join(BLOCKING_RULES)}), e.g. {BLOCKED_COUNTS} = {{ same_ip = 2 }}"
            )
        inner = f"{where}.{BLOCKED_COUNTS}"
        for rule, value in _only(path, inner, per_rule, BLOCKING_RULES, _NOT_BLOCKING).items():
            counts[f"{BLOCKED_COUNTS}.{rule}"] = _count(path, inner, rule, value)
    return counts


def _blocked_row(path: Path, number: int, entry: object) -> BlockedRowExpectation:
    where = f"expect.blocked #{number}"
    columns = _only(path, where, entry, BLOCKED_ROW_KEYS)
    if not columns:
        raise ScenarioError(f"{path}: [{where}] names no column; give some of {', '.join(BLOCKED_ROW_KEYS)}")
    for key, value in columns.items():
        if key == "line":
            if not isinstance(value, int) or isinstance(value, bool):
                raise ScenarioError(f"{path}: [{where}] line must be a whole number (the log's line of the row)")
        elif key == "value" and isinstance(value, int) and not isinstance(value, bool):
            columns[key] = str(value)  # a refund's line or a velocity ordinal, as blocked.csv writes it
        elif not isinstance(value, str):
            raise ScenarioError(f"{path}: [{where}] {key} must be text in quotes")
    allowed = {"outcome": LISTED_OUTCOMES, "rule": RULE_NAMES[1:]}
    for key, names in allowed.items():
        if key in columns and columns[key] not in names:
            raise ScenarioError(f"{path}: [{where}] {key} is {columns[key]!r}; allowed: {', '.join(names)}")
    outcome, rule = columns.get("outcome"), columns.get("rule")
    if outcome == "pending" and rule is not None:
        raise ScenarioError(f"{path}: [{where}] a pending credit has no rule; leave rule out")
    if outcome is not None and rule is not None and RULE_OUTCOMES[str(rule)] != outcome:
        raise ScenarioError(
            f"{path}: [{where}] rule {rule!r} never gives outcome {outcome!r}: its credits are "
            f"{RULE_OUTCOMES[str(rule)]!r}"
        )
    return BlockedRowExpectation(number, dict(columns))


def _expectations(path: Path, table: object) -> Expectations:
    allowed = (*TOTALS, *FRAUD_COUNTS, "referrer", "timeline", "blocked")
    table = _only(path, "expect", table, allowed, _NOT_BLOCKING | _TOP_LEVEL)
    totals: dict[str, Count] = {}
    exhausted = None
    for key, value in table.items():
        if key == "promo_codes_exhausted_at":
            exhausted = Exhaustion(None if value in ("never", "") else _time_ns(path, "expect", key, value))
        elif key in TOTALS:
            totals[key] = _count(path, "expect", key, value)
    fraud = _fraud_counts(path, "expect", table)
    for key in ("referrer", "timeline", "blocked"):
        if not isinstance(table.get(key, []), list):
            raise ScenarioError(f"{path}: [expect] {key} must be a list of tables, written [[expect.{key}]]")
    referrers = []
    for number, entry in enumerate(table.get("referrer", []), 1):
        where = f"expect.referrer #{number}"
        entry = _only(path, where, entry, REFERRER_KEYS)
        if not isinstance(entry.get("name"), str):
            raise ScenarioError(f"{path}: [{where}] needs the referrer's name")
        if "fulfilled" in entry and not isinstance(entry["fulfilled"], bool):
            raise ScenarioError(f"{path}: [{where}] fulfilled must be true or false")
        if "promo_code" in entry and not isinstance(entry["promo_code"], str):
            raise ScenarioError(
                f"{path}: [{where}] promo_code must be text in quotes (a code is kept exactly as written)"
            )
        if all(key == "name" or value == {} for key, value in entry.items()):
            raise ScenarioError(
                f"{path}: [{where}] checks nothing about {entry['name']!r}; add "
                f"{', '.join(REFERRER_KEYS[1:-1])} or {REFERRER_KEYS[-1]}"
            )
        referrers.append(
            ReferrerExpectation(
                entry["name"],
                credits=_count_in(path, where, entry, "credits"),
                fulfillments=_count_in(path, where, entry, "fulfillments"),
                fulfilled=entry.get("fulfilled"),
                fulfilled_before=_moment_in(path, where, entry, "fulfilled_before"),
                first_fulfilled_at=_moment_in(path, where, entry, "first_fulfilled_at"),
                promo_code=entry.get("promo_code"),
                fraud=_fraud_counts(path, where, entry),
            )
        )
    timeline = []
    for number, entry in enumerate(table.get("timeline", []), 1):
        where = f"expect.timeline #{number}"
        entry = _only(path, where, entry, TIMELINE_KEYS)
        if "time" not in entry:
            raise ScenarioError(f"{path}: [{where}] needs a time")
        if len(entry) == 1:
            raise ScenarioError(f"{path}: [{where}] checks nothing; add credited_referrers or fulfilled_referrers")
        timeline.append(
            TimelineExpectation(
                _time_ns(path, where, "time", entry["time"]),
                credited_referrers=_count_in(path, where, entry, "credited_referrers"),
                fulfilled_referrers=_count_in(path, where, entry, "fulfilled_referrers"),
            )
        )
    blocked = tuple(_blocked_row(path, number, entry) for number, entry in enumerate(table.get("blocked", []), 1))
    if not (totals or exhausted or referrers or timeline or fraud or blocked):
        raise ScenarioError(
            f"{path}: [expect] checks nothing, so the scenario could never fail; add a total "
            f"({', '.join((*TOTALS, *FRAUD_COUNTS))}), an [[expect.referrer]], an [[expect.timeline]] "
            "or an [[expect.blocked]]"
        )
    return Expectations(totals, exhausted, tuple(referrers), tuple(timeline), fraud, blocked)
