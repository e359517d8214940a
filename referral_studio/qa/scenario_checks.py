"""Running a scenario: replaying its offer over its traffic and comparing the result with its [expect].

Apart from reading scenario files because it looks at a replay's result (totals, referrers,
the timeline, blocked.csv's rows), not at TOML; each expectation gives one Check saying what
was wanted and what the replay gave.
"""

from __future__ import annotations

import dataclasses
import operator
from collections.abc import Callable, Iterator
from typing import Any

import numpy as np

from referral_studio.domain.times import format_ns
from referral_studio.engine.log_files import EventLogError
from referral_studio.engine.outputs import blocked_table
from referral_studio.engine.replay import replay
from referral_studio.engine.result import ReplayResult
from referral_studio.engine.simulation import load_traffic
from referral_studio.qa.scenario import (
    BLOCKED_ROW_KEYS,
    BlockedRowExpectation,
    Check,
    Count,
    Expectations,
    Outcome,
    ReferrerExpectation,
    Scenario,
    ScenarioError,
)

_OPERATORS: dict[str, Callable[[int, int], bool]] = {
    "==": operator.eq,
    "!=": operator.ne,
    ">=": operator.ge,
    "<=": operator.le,
    ">": operator.gt,
    "<": operator.lt,
}


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
