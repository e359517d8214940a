"""`generate --study FILE --run N [--variant NAME]`: the very log a forecast's run replayed.

Apart from cli/traffic.py's plain `generate` because everything comes from the study:
its traffic, its response effects and the run's seed and drawn values, so no other
traffic option may be given beside it.
"""

from __future__ import annotations

import argparse
import sys

from referral_studio.cli.errors import EXIT_OK, UserError

OTHER_OPTIONS = ("preset", "fraud_rate", "fraud_mix", "shared_ip_rate", "honest_refund_rate")


def run_study_log(args: argparse.Namespace) -> int:
    from referral_studio.engine.log_files import write_event_log
    from referral_studio.engine.traffic_options import OPTION_FIELDS
    from referral_studio.forecast.run_logs import variant_log
    from referral_studio.forecast.runs import plan_run
    from referral_studio.forecast.study_file import read_study

    given = [name for name in (*OPTION_FIELDS, *OTHER_OPTIONS) if getattr(args, name, None) is not None]
    if given:
        flags = ", ".join("--" + name.replace("_", "-") for name in given)
        raise UserError(f"generate --study takes its traffic from the study; remove {flags}")
    if args.run is None:
        raise UserError("generate --study: --run N is required (which run's log to write)")
    if args.out is None:
        raise UserError("generate --study: --out EVENTS is required (the log to write)")
    study = read_study(args.study)
    if not 1 <= args.run <= study.runs:
        raise UserError(f"--run: a whole number from 1 to {study.runs:,}, the study's runs (got {args.run})")
    names = [variant.name for variant in study.variants]
    if args.variant is not None and args.variant not in names:
        raise UserError(f"--variant: {args.variant!r} is not a variant of {args.study}; its variants: {names}")
    plan = plan_run(study, args.run)
    index = None if args.variant is None else names.index(args.variant)
    log = variant_log(study, plan.traffic_seed, plan.drawn, index)
    write_event_log(log, args.out)
    if not args.quiet:
        whose = "the base offer" if args.variant is None else f"variant {args.variant!r}"
        print(f"{len(log):,} events of run {args.run} for {whose} written to {args.out}", file=sys.stderr)
    return EXIT_OK
