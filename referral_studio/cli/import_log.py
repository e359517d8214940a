"""`referral-studio import-log SOURCE --mapping M --out EVENTS`: an export converted to an event log.

Writes the event log's columns (time, kind, person, referrer, name, then ip, device, email,
fraud when mapped) as CSV or Parquet by the suffix, whole or not at all, and prints what it
read: rows, events per kind, rows skipped per reason and per unmapped kind value.
"""

from __future__ import annotations

import argparse

from referral_studio.cli.errors import EXIT_OK, UserError
from referral_studio.cli.log_input import read_log_for


def run_import_log(args: argparse.Namespace) -> int:
    from referral_studio.engine.log_files import is_parquet, write_event_log

    out = args.out
    if out.exists() and out.is_dir():
        raise UserError(f"{out}: --out must be a file (EVENTS.csv or EVENTS.parquet), and this is a folder")
    if out.suffix.lower() != ".csv" and not is_parquet(out):  # the suffixes write_event_log knows
        raise UserError(f"{out}: --out must end in .csv or .parquet")
    if out.resolve() == args.source.resolve():
        raise UserError(f"{out}: --out is the export itself; write the event log to another file")
    out.parent.mkdir(parents=True, exist_ok=True)
    log, report = read_log_for(args, args.source, out.parent, quiet=True)
    write_event_log(log, out)
    for line in report.summary_lines():
        print(line)
    print(f"{len(log):,} events written to {out}")
    return EXIT_OK
