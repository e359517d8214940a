"""`referral-studio simulate`: replay an event log under an offer, write the results, and explain referrers.

The `--explain` printing lives here, beside the one command that uses it.
"""

from __future__ import annotations

import argparse
import math
import sys
from typing import TYPE_CHECKING

from referral_studio.cli.errors import EXIT_OK, UserError, check_out_folder
from referral_studio.cli.log_input import read_log_for
from referral_studio.cli.terminal_text import one_line

if TYPE_CHECKING:  # the command imports what it uses when it runs, so --help starts fast
    from referral_studio.domain.offer import Offer
    from referral_studio.engine.event_log import EventLog
    from referral_studio.engine.result import ReplayResult


def _as_of(text: str | None) -> int | None:
    from referral_studio.domain.times import parse_ns

    if text is None:
        return None
    try:
        return parse_ns(text)  # exact to the nanosecond, as the log's times and a scenario's as_of
    except ValueError as error:
        raise UserError(f"--as-of: {error}") from None


def run_simulate(args: argparse.Namespace) -> int:
    from referral_studio.domain.offer_file import read_offer_file
    from referral_studio.engine.fraud_report import fraud_report
    from referral_studio.engine.fraud_rules import identity_columns, idle_rules
    from referral_studio.engine.outputs import write_results
    from referral_studio.engine.replay import replay
    from referral_studio.forecast.study_file import MAX_AMOUNT
    from referral_studio.terminal_progress import TerminalProgress

    offer = read_offer_file(args.offer)
    if not (math.isfinite(args.reward_per_fulfillment) and 0 <= args.reward_per_fulfillment <= MAX_AMOUNT):
        raise UserError(
            f"--reward-per-fulfillment must be a number from 0 to {MAX_AMOUNT:g} (got {args.reward_per_fulfillment})"
        )
    check_out_folder(args.out)
    progress = TerminalProgress("reading events", enabled=not args.quiet)
    try:
        progress.stage("reading events")
        unused = {"ip", "device", "email"} - identity_columns(offer.fraud)
        log, _report = read_log_for(args, args.events, args.out, skip=unused, quiet=args.quiet)
        unknown = sorted(name for name in set(args.explain) if not _names_someone(log, name))
        if unknown:
            raise UserError(
                f"--explain: no event in {args.events} involves {', '.join(map(repr, unknown))} "
                "(names are exact, case included); nothing was written"
            )
        progress.stage("replaying")
        result = replay(offer, log, progress=progress, as_of=_as_of(args.as_of))
        report = None
        if "fraud" in log.coded:
            report = fraud_report(result, log, str(args.events), args.reward_per_fulfillment)
        progress.stage("writing results")
        write_results(result, args.out, report)
    finally:
        progress.close()
    from referral_studio.engine.offer_window import window_miss

    miss = window_miss(offer.window, log)
    if miss is not None:
        print(f"warning: {miss}", file=sys.stderr)
    for rule, column in idle_rules(offer.fraud, log):
        print(
            f"warning: {args.events} has no {column} column, so the offer's {rule} rule never applies", file=sys.stderr
        )
    for referrer in args.explain:
        _print_explanation(offer, log, result, referrer)
    if not args.quiet:
        totals = result.totals
        print(
            f"{totals.events_read:,} events, {totals.events_in_window:,} in the window: {totals.credits:,} credits to "
            f"{totals.credited_referrers:,} referrers, {totals.fulfilled_referrers:,} fulfilled. Results in {args.out}",
            file=sys.stderr,
        )
    return EXIT_OK


def _names_someone(log: EventLog, name: str) -> bool:
    import pyarrow.compute as pc

    return bool(pc.index(log.people, name).as_py() >= 0)


def _print_explanation(offer: Offer, log: EventLog, result: ReplayResult, referrer: str) -> None:
    from referral_studio.domain.times import format_ns
    from referral_studio.engine.explain import Reason, explain

    verdicts = explain(offer, log, referrer, result)
    credits = sum(v.reason is Reason.CREDIT and v.credited == referrer for v in verdicts)
    fulfilled = sum(v.fulfillment is not None for v in verdicts)
    print(
        f"Why {referrer}: {_count(len(verdicts), 'event')}, {_count(credits, 'credit')}, "
        f"{_count(fulfilled, 'fulfillment')}"
    )
    rows = [
        (
            format_ns(v.time),
            f"line {v.line}",
            one_line(f"{v.kind} {v.name!r}" if v.name else v.kind),
            one_line(f"{v.person} ← {v.referrer}" if v.referrer else v.person),
            one_line(v.text),
        )
        for v in verdicts
    ]
    widths = [max((len(row[column]) for row in rows), default=0) for column in range(4)]  # columns line up
    for row in rows:
        print("  " + "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=False)) + "  " + row[4])


def _count(number: int, noun: str) -> str:
    return f"{number:,} {noun}{'' if number == 1 else 's'}"
