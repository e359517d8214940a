"""QA scenarios (`*.scenario.toml`): an offer, its traffic, and what the result must be.

    name = "Spring sign-ups"                 # optional; the file name otherwise
    as_of = 2027-03-15T00:00:00Z             # optional: replay as things stood then (credits on hold pending)
    offer = "spring.offer.json"              # an offer file beside this one…
    [offer]                                  # …or the offer inline, with offer-file keys
    name = "Inline"
    goal = { type = "referred_signups", count = 5 }
    [traffic]                                # generator options with a seed…
    preset = "classroom"                     # (a traffic preset; options beside it override it)
    seed = 7
    participants = 500
    fraud_rate = 0.1                         # synthetic fraud, as generate --fraud-rate adds it (also fraud_mix,
                                             # shared_ip_rate, honest_refund_rate); drawn from the same seed
    # events = "events.csv"                  # …or an event log beside this file (no fraud keys beside it)
    [expect]                                 # totals: a number, or a comparison as text
    fulfilled_referrers = 12
    credits = ">= 100"
    credits_for_review = ">= 1"              # fraud rules: summary.json's counts, by the same names
    credits_reversed = 0                     # (also credits_pending)
    [expect.credits_blocked]                 # blocked credits per rule: same_ip, same_device,
    same_ip = 2                              # same_email, blocked_email_domain
    [[expect.referrer]]
    name = "u0000042"
    credits = 5                              # also fulfillments, fulfilled, fulfilled_before, promo_code,
    credits_blocked = { same_ip = 1 }        # and the fraud counts of this referrer's credits
    [[expect.timeline]]
    time = 2027-03-10T00:00:00Z
    credited_referrers = ">= 3"
    [[expect.blocked]]                       # a row blocked.csv must hold; every key given must match:
    person = "ann"                           # person, referrer, outcome, rule, value, line
    outcome = "blocked"
    rule = "same_ip"

The fraud counts follow summary.json: the velocity rule sends credits to review, so it has
no credits_blocked key. A scenario passes when every expectation holds; each failure says
what was expected and what the replay gave. Bad files raise ScenarioError naming the file
and the key.
"""

from __future__ import annotations

import dataclasses
import operator
import re
import tomllib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, overload

import numpy as np

from referral_studio.domain.offer import Offer
from referral_studio.domain.offer_file import FORMAT, VERSION, OfferFileError, offer_from_dict, read_offer_file
from referral_studio.domain.times import format_ns, parse_ns, parse_time, to_ns
from referral_studio.engine.fraud_rules import BLOCKING_RULES, OUTCOME_NAMES, RULE_NAMES
from referral_studio.engine.fraud_traffic import FraudTrafficOptions, SyntheticFraud
from referral_studio.engine.log_files import EventLogError
from referral_studio.engine.outputs import blocked_table
from referral_studio.engine.presets import DEFAULT_PRESET, UnknownPreset, preset_options
from referral_studio.engine.replay import replay
from referral_studio.engine.result import ReplayResult, Totals
from referral_studio.engine.simulation import Traffic, load_traffic
from referral_studio.engine.traffic_options import OPTION_FIELDS, TrafficOptions

SUFFIX = ".scenario.toml"
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
FRAUD_KEYS = {  # [traffic] keys of synthetic fraud (generate's --fraud-rate, …) → FraudTrafficOptions fields
    "fraud_rate": "rate",
    "fraud_mix": "mix",
    "shared_ip_rate": "shared_ip_rate",
    "honest_refund_rate": "honest_refund_rate",
}
BLOCKED_ROW_KEYS = ("person", "referrer", "outcome", "rule", "value", "line")  # blocked.csv's columns a row may name
LISTED_OUTCOMES = OUTCOME_NAMES[1:]  # the outcomes of blocked.csv's rows (counted credits are not listed)
RULE_OUTCOMES = dict.fromkeys(BLOCKING_RULES, "blocked") | {"velocity": "review", "refund": "reversed"}
_NOT_BLOCKING = {
    "velocity": "the velocity rule sends credits to review: expect credits_for_review",
    "refund": "a refund reverses credits: expect credits_reversed",
}
_TOP_LEVEL = {"as_of": "as_of is a top-level key: write it above the first [table]"}
_COMPARISON = re.compile(r"^\s*(==|!=|>=|<=|>|<)\s*(-?\d[\d_,]*)\s*$")
_OPERATORS: dict[str, Callable[[int, int], bool]] = {
    "==": operator.eq,
    "!=": operator.ne,
    ">=": operator.ge,
    "<=": operator.le,
    ">": operator.gt,
    "<": operator.lt,
}


class ScenarioError(ValueError):
    """A scenario file that cannot be run; the message names the file and the key."""


@dataclass(frozen=True)
class Check:
    """One expectation: what it looks at, what was wanted, what the replay gave, and whether they agree."""

    subject: str
    expected: str
    actual: str
    passed: bool


Count = tuple[str, int]
"""An expected count: a comparison (==, !=, >=, <=, >, <) and a number."""


@dataclass(frozen=True)
class ReferrerExpectation:
    """What one referrer must have; None leaves a key unchecked. Times are nanoseconds."""

    name: str
    credits: Count | None = None
    fulfillments: Count | None = None
    fulfilled: bool | None = None
    fulfilled_before: int | None = None
    first_fulfilled_at: int | None = None
    promo_code: str | None = None
    fraud: dict[str, Count] = field(default_factory=dict)  # by key: credits_for_review, credits_blocked.same_ip, …


@dataclass(frozen=True)
class TimelineExpectation:
    """The counts as they must stand at one moment (nanoseconds)."""

    time: int
    credited_referrers: Count | None = None
    fulfilled_referrers: Count | None = None


@dataclass(frozen=True)
class BlockedRowExpectation:
    """A row blocked.csv must hold: the columns named (person, outcome, rule, …) and their values, as written."""

    number: int  # its place among the [[expect.blocked]] entries, from 1
    columns: dict[str, str | int]


@dataclass(frozen=True)
class Exhaustion:
    """When the promo codes must run out: a moment (nanoseconds), or None for never."""

    at: int | None


@dataclass(frozen=True)
class Expectations:
    """Everything a scenario's [expect] asks."""

    totals: dict[str, Count]
    exhausted: Exhaustion | None = None
    referrers: tuple[ReferrerExpectation, ...] = ()
    timeline: tuple[TimelineExpectation, ...] = ()
    fraud: dict[str, Count] = field(default_factory=dict)  # by key: credits_for_review, credits_blocked.same_ip, …
    blocked: tuple[BlockedRowExpectation, ...] = ()


@dataclass(frozen=True)
class Scenario:
    path: Path
    name: str
    offer: Offer
    traffic: Traffic
    expect: Expectations
    as_of: int | None = None  # ns: replay as things stood then (holds); None: as of the log's last row


@dataclass(frozen=True)
class Outcome:
    scenario: Scenario
    checks: tuple[Check, ...]
    seconds: float

    @property
    def passed(self) -> bool:
        return all(check.passed for check in self.checks)


def find_scenarios(targets: list[Path]) -> list[Path]:
    """The scenario files named, and those under the folders named (sorted), in the order given."""
    found: list[Path] = []
    for target in targets:
        if target.is_dir():
            found.extend(sorted(target.rglob(f"*{SUFFIX}")))
        elif target.exists():
            found.append(target)
        else:
            raise ScenarioError(f"{target}: no such file or folder")
    return found


def load_scenario(path: Path) -> Scenario:
    """Read and check a scenario file (its offer and traffic files too, as far as naming them goes)."""
    try:
        data = tomllib.loads(_quote_fine_times(path.read_bytes().decode("utf-8-sig")))
    except OSError as error:
        raise ScenarioError(f"{path}: cannot be read ({error.strerror or error})") from None
    except UnicodeDecodeError as error:
        line = path.read_bytes()[: error.start].count(b"\n") + 1
        raise ScenarioError(f"{path}: line {line}: not UTF-8 text") from None
    except tomllib.TOMLDecodeError as error:
        raise ScenarioError(f"{path}: not valid TOML: {error}") from None
    _only(path, "", data, ("name", "offer", "as_of", "traffic", "expect"))
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
        traffic=_traffic(path, data["traffic"]),
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


def _traffic(path: Path, table: object) -> Traffic:
    table = _only(path, "traffic", table, ("events", "preset", *OPTION_FIELDS, *FRAUD_KEYS), _TOP_LEVEL)
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
        raise ScenarioError(f"{path}: [traffic] preset must be a preset's name")
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
        options = preset_options(preset, **values)
    except UnknownPreset as error:
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


def run_scenario(scenario: Scenario) -> Outcome:
    """Replay the scenario and check every expectation (ScenarioError when its traffic cannot be read)."""
    import time

    start = time.perf_counter()
    try:
        log, _viral = load_traffic(scenario.traffic)
    except (EventLogError, OSError) as error:
        raise ScenarioError(f"{scenario.path}: [traffic] {error}") from None
    result = replay(scenario.offer, log, as_of=scenario.as_of)
    checks = tuple(_checks(scenario.expect, result))
    return Outcome(scenario=scenario, checks=checks, seconds=time.perf_counter() - start)


def _compare(subject: str, wanted: tuple[str, int], actual: int) -> Check:
    sign, number = wanted
    expected = f"{number:,}" if sign == "==" else f"{sign} {number:,}"
    return Check(subject, expected, f"{actual:,}", _OPERATORS[sign](actual, number))


def _time_text(ns: int | None) -> str:
    return "never" if ns is None else format_ns(ns)


def _checks(expect: Expectations, result: ReplayResult) -> Iterator[Check]:
    totals = dataclasses.asdict(result.totals)
    if expect.exhausted is not None:
        actual = totals["promo_codes_exhausted_at"]
        wanted = expect.exhausted.at
        yield Check("promo_codes_exhausted_at", _time_text(wanted), _time_text(actual), actual == wanted)
    for key, count in expect.totals.items():
        yield _compare(key, count, int(totals[key]))
    yield from _fraud_checks("", expect.fraud, result.fates.summary())
    names = result.names(result.referrer).to_pylist()
    position = {name: index for index, name in enumerate(names)}
    for entry in expect.referrers:
        yield from _referrer_checks(entry, result, position.get(entry.name))
    for point in expect.timeline:
        index = int(np.searchsorted(result.timeline_time, point.time, "right")) - 1
        for key, wanted_count, column in (
            ("credited_referrers", point.credited_referrers, result.timeline_credited),
            ("fulfilled_referrers", point.fulfilled_referrers, result.timeline_fulfilled),
        ):
            if wanted_count is not None:
                actual_count = int(column[index]) if index >= 0 else 0
                yield _compare(f"{key} at {format_ns(point.time)}", wanted_count, actual_count)
    if expect.blocked:
        rows = blocked_table(result).to_pylist()
        for row in expect.blocked:
            yield _blocked_row_check(row, rows)


def _fraud_checks(subject: str, wanted: dict[str, Count], summary: dict[str, object]) -> Iterator[Check]:
    """Compare fraud counts with a summary like summary.json's (Fates.summary), nested credits_blocked flattened."""
    actual: dict[str, int] = {}
    for key, value in summary.items():
        if isinstance(value, dict):
            actual.update({f"{key}.{rule}": int(count) for rule, count in value.items()})
        elif isinstance(value, int):
            actual[key] = value
    for key, count in wanted.items():
        yield _compare(f"{subject}{key}", count, actual[key])


def _row_text(row: dict[str, Any]) -> str:
    named = ", ".join(f"{key} {row[key]!r}" for key in BLOCKED_ROW_KEYS[:-1] if row.get(key))
    return f"line {row['line']}: {named}"


def _blocked_row_check(wanted: BlockedRowExpectation, rows: list[dict[str, Any]]) -> Check:
    """Passes when some row of blocked.csv has every column the entry names; else shows the rows nearest it."""
    columns = wanted.columns
    expected = "a row with " + ", ".join(f"{key} {value!r}" for key, value in columns.items())
    found = [row for row in rows if all(row[key] == value for key, value in columns.items())]
    if found:
        return Check(f"expect.blocked #{wanted.number}", expected, _row_text(found[0]), True)
    near_key = next((key for key in ("person", "referrer") if key in columns), None)
    near = [row for row in rows if near_key is None or row[near_key] == columns[near_key]]
    if not near:
        actual = "no row" + (f" with {near_key} {columns[near_key]!r}" if near_key else "s")
    else:
        actual = "; ".join(_row_text(row) for row in near[:3]) + (f"; … {len(near) - 3} more" if len(near) > 3 else "")
    return Check(f"expect.blocked #{wanted.number}", expected, actual, False)


def _referrer_checks(entry: ReferrerExpectation, result: ReplayResult, at: int | None) -> Iterator[Check]:
    name = entry.name
    credits = int(result.credits[at]) if at is not None else 0
    fulfillments = int(result.fulfillments[at]) if at is not None else 0
    first = int(result.first_fulfilled[at]) if at is not None and fulfillments else None
    subject = f"referrer {name!r}"
    if entry.credits is not None:
        yield _compare(f"{subject} credits", entry.credits, credits)
    if entry.fulfillments is not None:
        yield _compare(f"{subject} fulfillments", entry.fulfillments, fulfillments)
    if entry.fulfilled is not None:
        wanted = entry.fulfilled
        yield Check(
            f"{subject} fulfilled", str(wanted).lower(), str(fulfillments > 0).lower(), wanted == (fulfillments > 0)
        )
    if entry.fulfilled_before is not None:
        before = entry.fulfilled_before
        yield Check(
            f"{subject} fulfilled before",
            f"before {format_ns(before)}",
            _time_text(first),
            first is not None and first < before,
        )
    if entry.first_fulfilled_at is not None:
        yield Check(
            f"{subject} first fulfilled at",
            format_ns(entry.first_fulfilled_at),
            _time_text(first),
            first == entry.first_fulfilled_at,
        )
    if entry.fraud:
        person = result.people.index(name).as_py()  # -1 for a name the log never saw: no credits, all zeros
        yield from _fraud_checks(f"{subject} ", entry.fraud, result.fates.summary(person))
    if entry.promo_code is not None:
        codes = [
            code
            for referrer, code in zip(result.names(result.ledger_referrer).to_pylist(), result.ledger_code, strict=True)
            if referrer == name and code is not None
        ]
        yield Check(f"{subject} promo code", entry.promo_code, ", ".join(codes) or "none", entry.promo_code in codes)
