"""`referral-studio forecast`: run a forecast study on Dask with a progress bar, and write its results.

Dask, and the PDF report's Qt, are imported only when the command runs.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from referral_studio.cli.errors import EXIT_OK, UserError
from referral_studio.cli.scheduler_options import scheduler_choice

if TYPE_CHECKING:
    from referral_studio.forecast.aggregate import Forecast
    from referral_studio.terminal_progress import TerminalProgress


def run_forecast(args: argparse.Namespace) -> int:
    import logging
    import time

    from referral_studio.forecast.execution import Cluster, describe, run_study
    from referral_studio.forecast.output_checks import check_outputs
    from referral_studio.forecast.outputs import write_forecast
    from referral_studio.forecast.run_logs import response_warnings
    from referral_studio.forecast.study_file import read_study
    from referral_studio.terminal_progress import TerminalProgress

    if args.workers is not None and not 1 <= args.workers <= 1024:
        raise UserError(f"--workers: a whole number from 1 to 1024 (got {args.workers})")
    scheduler, tls = scheduler_choice(args)  # a bad address or TLS file: refused before anything runs
    study = read_study(args.study)
    for warning in response_warnings(study):
        print(f"warning: {warning}", file=sys.stderr)
    check_outputs(args.out, args.report)
    logging.getLogger("distributed").setLevel(logging.CRITICAL)  # lost workers are retried; their logs are noise here
    progress = TerminalProgress("starting the cluster", enabled=not args.quiet)
    started, where = [time.monotonic()], []  # the rate counts from the moment the cluster is up

    def report(done: int, runs: int) -> None:
        elapsed = time.monotonic() - started[-1]
        rate = done / elapsed if elapsed > 0 else 0.0
        left = f", {(runs - done) / rate:,.0f} s left" if rate > 0 and done < runs else ""
        progress.label = f"{done:,}/{runs:,} runs ({rate:,.1f}/s{left})"
        progress(done / runs)

    def cluster_up(cluster: Cluster) -> None:
        where.append(describe(cluster))
        started.append(time.monotonic())

    try:
        forecast = run_study(
            study,
            workers=args.workers,
            scheduler=scheduler,
            tls=tls,
            progress=report,
            on_cluster=cluster_up,
        )
        progress.stage("writing results")
        written = False
        try:
            write_forecast(forecast, args.out)  # KeyboardInterrupt("the results are in …") once they are
            written = True
            if args.report is not None:
                _write_report(forecast, args.report, progress)
        except KeyboardInterrupt as interrupt:  # say what is on disk
            if not (written or str(interrupt)):
                raise
            missing = f"; the report {args.report} was not written" if args.report is not None else ""
            raise KeyboardInterrupt(f"the results are in {args.out}{missing}") from None
    finally:
        progress.close()
    if not args.quiet:
        from referral_studio.forecast.headline import headline

        print(
            f"{study.runs:,} runs × {len(study.variants)} variants in {forecast.execution.seconds:.1f} s "
            f"({where[0] if where else 'local'}). Results in {args.out}\n{headline(forecast)}.",
            file=sys.stderr,
        )
    return EXIT_OK


def _write_report(forecast: Forecast, path: Path, progress: TerminalProgress) -> None:
    """The PDF report; Ctrl+C stops it between Qt calls (cli/interrupts.py), leaving no report."""
    progress.stage("writing the report")
    from referral_studio.cli.interrupts import held_interrupts
    from referral_studio.ui.forecast.forecast_report import write_report  # Qt: only now

    with held_interrupts() as interrupted:
        write_report(forecast, path, cancelled=interrupted)
