"""`--mapping` and `--skip-bad-rows`, as every command that reads an event log offers them.

One place adds the two options, reads the log through engine/log_sources.read_log, writes
`skipped.csv` beside the command's output and says what was left out, so `simulate`,
`traffic-report` and `import-log` (and later commands) read logs alike.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Collection

    from referral_studio.engine.event_log import EventLog
    from referral_studio.engine.read_report import ReadReport


def add_log_options(parser: argparse.ArgumentParser, log: str = "EVENTS") -> None:
    """`--mapping` and `--skip-bad-rows` for a command whose log argument is shown as `log`."""
    parser.add_argument(
        "--mapping",
        metavar="M",
        help=f"read {log} through a mapping: a *.mapping.toml file, or a built-in (segment, mixpanel); "
        "without it, a log in the event-log schema",
    )
    parser.add_argument(
        "--skip-bad-rows",
        action="store_true",
        help="leave out rows whose time does not parse or that name no person (listed in skipped.csv) "
        "instead of stopping at the first",
    )


def read_log_for(
    args: argparse.Namespace, events: Path, skipped_folder: Path, *, skip: Collection[str] = (), quiet: bool = False
) -> tuple[EventLog, ReadReport]:
    """The command's log, read as its options say; skipped rows go to `skipped_folder`/skipped.csv."""
    from referral_studio.engine.log_sources import read_log
    from referral_studio.engine.read_report import write_skipped

    log, report = read_log(events, args.mapping, skip_bad_rows=args.skip_bad_rows, skip=skip)
    written = write_skipped(report, skipped_folder)
    left_out = bool(report.skipped or report.unmapped)
    if not quiet and (args.mapping is not None or left_out):
        for line in report.summary_lines():
            print(line, file=sys.stderr)
    if written is not None:
        count = len(report.skipped)
        print(f"{count:,} bad row{'' if count == 1 else 's'} skipped, listed in {written}", file=sys.stderr)
    return log, report
