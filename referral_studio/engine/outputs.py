"""The result files of `referral-studio simulate` (docs/file-formats.md, docs/fraud.md), written as one set.

All of them are staged beside their targets and renamed into place only when every one
was written, so an interrupted run leaves the folder as it was.
"""

from __future__ import annotations

import contextlib
import csv
import json
import os
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import IO

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from referral_studio.domain.atomic_file import atomic_write
from referral_studio.engine.fraud_report import FraudReport, report_rows
from referral_studio.engine.fraud_rules import NEVER, OUTCOME_NAMES, RULE_NAMES, Outcome
from referral_studio.engine.log_files import write_csv_table
from referral_studio.engine.result import ReplayResult
from referral_studio.engine.threads import WORKERS
from referral_studio.engine.time_text import format_times

REPORT_FILE = "fraud-report.csv"
OUTPUT_FILES = ("referrers.csv", "fulfillments.csv", "summary.json", "timeline.csv", "blocked.csv")


def referrers_table(result: ReplayResult) -> pa.Table:
    """`referrers.csv`: credits descending, then referrer by code point."""
    order = result.ranked
    fulfilled = result.fulfillments[order] > 0
    times = format_times(result.first_fulfilled[order])
    return pa.table(
        {
            "referrer": result.names(result.referrer[order]),
            "credits": pa.array(result.credits[order], pa.int64()),
            "fulfillments": pa.array(result.fulfillments[order], pa.int64()),
            "first_fulfilled_at": pc.if_else(pa.array(fulfilled, pa.bool_()), times, pa.scalar(None, pa.string())),
        }
    )


def fulfillments_table(result: ReplayResult) -> pa.Table:
    """`fulfillments.csv`: every fulfillment in processing order with its promo code."""
    return pa.table(
        {
            "referrer": result.names(result.ledger_referrer),
            "fulfillment": pa.array(result.ledger_number, pa.int64()),
            "time": format_times(result.ledger_time),
            "promo_code": pa.array(result.ledger_code, pa.string()),
        }
    )


def timeline_table(result: ReplayResult) -> pa.Table:
    """`timeline.csv`: the counts after each instant at which one of them changes."""
    return pa.table(
        {
            "time": format_times(result.timeline_time),
            "credited_referrers": pa.array(result.timeline_credited, pa.int64()),
            "fulfilled_referrers": pa.array(result.timeline_fulfilled, pa.int64()),
        }
    )


def blocked_table(result: ReplayResult) -> pa.Table:
    """`blocked.csv` (fraud-rules.md): every credit not counted, in the processing order of its row."""
    fates = result.fates
    listed = np.flatnonzero(fates.outcome != Outcome.COUNTED)
    until = fates.until[listed]
    timed = np.isin(fates.outcome[listed], (Outcome.REVERSED, Outcome.PENDING)) & (until != NEVER)  # never: empty
    return pa.table(
        {
            "time": format_times(fates.time[listed]),
            "line": pa.array(fates.line[listed], pa.int64()),
            "person": result.names(fates.friend[listed]),
            "referrer": result.names(fates.referrer[listed]),
            "outcome": pa.array([OUTCOME_NAMES[o] for o in fates.outcome[listed].tolist()], pa.string()),
            "rule": pa.array([RULE_NAMES[r] for r in fates.rule[listed].tolist()], pa.string()),
            "value": pa.array([fates.value.get(i, "") for i in listed.tolist()], pa.string()),
            "until": pc.if_else(pa.array(timed, pa.bool_()), format_times(until), pa.scalar(None, pa.string())),
        }
    )


def summary_text(result: ReplayResult) -> str:
    """`summary.json`: the documented keys in order, then fraud-rules.md's (always there; zeros without rules)."""
    return json.dumps(result.totals.as_dict() | result.fates.summary(), indent=2) + "\n"


TABLES: dict[str, Callable[[ReplayResult], pa.Table]] = {
    "referrers.csv": referrers_table,
    "fulfillments.csv": fulfillments_table,
    "timeline.csv": timeline_table,
    "blocked.csv": blocked_table,
}


def write_results(
    result: ReplayResult, folder: str | os.PathLike[str], fraud_report: FraudReport | None = None
) -> list[Path]:
    """Write the result files into `folder` (created if needed), all or none; fraud-report.csv when given.

    The tables are built and written side by side in threads; the files are renamed into
    place only when every one of them was written.
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    with contextlib.ExitStack() as stack:
        streams = {name: stack.enter_context(atomic_write(folder / name, binary=True)) for name in TABLES}
        pool = stack.enter_context(ThreadPoolExecutor(WORKERS))  # left first: its work ends before any rename
        jobs = [pool.submit(_write_table, TABLES[name], result, stream) for name, stream in streams.items()]
        stack.enter_context(atomic_write(folder / "summary.json", newline="\n")).write(summary_text(result))
        if fraud_report is not None:
            stream = stack.enter_context(atomic_write(folder / REPORT_FILE, newline=""))
            csv.writer(stream, lineterminator="\n").writerows(report_rows(fraud_report))
        for job in jobs:
            job.result()  # a failure in a thread fails the whole set here
    written = OUTPUT_FILES + ((REPORT_FILE,) if fraud_report is not None else ())
    return [folder / name for name in written]


def _write_table(build: Callable[[ReplayResult], pa.Table], result: ReplayResult, stream: IO[bytes]) -> None:
    write_csv_table(build(result), stream)
