"""`reconcile`: a live platform's credits against the replay's own, each difference with the replay's why.

Exit 0 when every credit matches, 1 when any differs (as `check` when an expectation fails), 2 on bad input.
"""

from __future__ import annotations

import argparse
import math
from typing import TYPE_CHECKING

from referral_studio.cli.errors import EXIT_FAILED, EXIT_OK, UserError, check_out_folder
from referral_studio.cli.log_input import read_log_for

if TYPE_CHECKING:
    from referral_studio.engine.reconcile import Pairing


def run_reconcile(args: argparse.Namespace) -> int:
    from referral_studio.domain.offer_file import read_offer_file
    from referral_studio.engine.platform_credits import (
        CreditsFileError,
        read_mapped_platform_credits,
        read_platform_credits,
    )
    from referral_studio.engine.reconcile import reconcile
    from referral_studio.engine.reconcile_outputs import write_reconcile

    if not (math.isfinite(args.time_tolerance) and args.time_tolerance >= 0):
        raise UserError(f"--time-tolerance must be a number of seconds, at least 0 (got {args.time_tolerance})")
    check_out_folder(args.out)
    offer = read_offer_file(args.offer)
    log, _report = read_log_for(args, args.events, args.out, quiet=args.quiet)
    try:
        if args.credits_mapping is not None:
            platform = read_mapped_platform_credits(args.credits, args.credits_mapping)
        else:
            platform = read_platform_credits(args.credits)
    except CreditsFileError as error:
        raise UserError(str(error)) from None
    pairings = reconcile(offer, log, platform, args.time_tolerance)
    found = write_reconcile(pairings, args.out)
    differences = [pairing for pairing in pairings if pairing.differs]
    if args.junit is not None:
        _write_junit(differences, args)
    if not args.quiet:
        tally = ", ".join(f"{count:,} {status}" for status, count in found.items())
        verdict = "everything matches" if not differences else f"{len(differences):,} differences"
        print(f"{args.credits} against the rules: {tally}; {verdict}. Written to {args.out}")
    return EXIT_OK if not differences else EXIT_FAILED


def _write_junit(differences: list[Pairing], args: argparse.Namespace) -> None:
    from referral_studio.domain.times import format_ns
    from referral_studio.qa.junit_cases import Case, write_cases

    classname = f"reconcile {args.credits.name}"
    cases = [
        Case(
            classname,
            f"{pairing.status}: {pairing.person}",
            f"{pairing.status}: {pairing.person} — rules: {pairing.referrer or 'no credit'}"
            f"{' at ' + format_ns(pairing.time) if pairing.time is not None else ''}; platform: "
            f"{pairing.platform_referrer or 'no credit'}"
            f"{' at ' + format_ns(pairing.platform_time) if pairing.platform_time is not None else ''}; "
            f"why: {pairing.why}",
        )
        for pairing in differences
    ]
    write_cases("referral-studio reconcile", cases or [Case(classname, "every credit matches")], args.junit)
