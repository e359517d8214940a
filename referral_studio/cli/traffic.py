"""Synthetic and measured traffic: `generate` (with its presets and synthetic fraud) and `traffic-report`.

Both commands speak of the same presets, so they live together.
"""

from __future__ import annotations

import argparse
import sys

from referral_studio.cli.errors import EXIT_OK, UserError
from referral_studio.cli.log_input import read_log_for

FRAUD_OPTIONS = {
    "fraud_rate": "rate",
    "fraud_mix": "mix",
    "shared_ip_rate": "shared_ip_rate",
    "honest_refund_rate": "honest_refund_rate",
}


def run_generate(args: argparse.Namespace) -> int:
    from referral_studio.domain.times import parse_time
    from referral_studio.engine.generator import generate
    from referral_studio.engine.log_files import write_event_log
    from referral_studio.engine.presets import DEFAULT_PRESET, PRESET_ERRORS, preset_options
    from referral_studio.engine.traffic_options import OPTION_FIELDS

    if args.list_presets:
        _print_presets()
        return EXIT_OK
    if args.study is not None:
        from referral_studio.cli.study_log import run_study_log

        return run_study_log(args)
    if args.run is not None or args.variant is not None:
        raise UserError("generate: --run and --variant need --study FILE")
    if args.out is None:
        raise UserError("generate: --out EVENTS is required (the log to write), unless --list-presets")
    values = {name: value for name, value in vars(args).items() if name in OPTION_FIELDS}
    if "start" in values:
        try:
            values["start"] = parse_time(values["start"])
        except ValueError as error:
            raise UserError(f"--start: {error}") from None
    try:
        options = preset_options(args.preset or DEFAULT_PRESET, **values)
    except PRESET_ERRORS as error:
        raise UserError(f"--preset: {error}") from None
    problems = options.problems()
    if problems:
        raise UserError("bad generator options: " + "; ".join(f"--{problem}" for problem in problems))
    fraud_given = {name: getattr(args, name) for name in FRAUD_OPTIONS if hasattr(args, name)}
    if fraud_given:  # checked before any traffic is made
        from referral_studio.engine.fraud_traffic import FraudTrafficOptions, add_fraud

        fraud_options = FraudTrafficOptions(
            **{FRAUD_OPTIONS[name]: value for name, value in fraud_given.items()}, seed=options.seed
        )
        problems = fraud_options.problems()
        if problems:
            raise UserError("bad fraud options: " + "; ".join(f"--{problem}" for problem in problems))
        if "fraud_mix" in fraud_given and not fraud_options.rate:
            raise UserError(
                "--fraud-mix: weighs the kinds of fraud --fraud-rate SHARE adds; give a --fraud-rate above 0"
            )
    traffic = generate(options)
    log = traffic.log
    if fraud_given:
        log = add_fraud(log, fraud_options).log
    write_event_log(log, args.out)
    if not args.quiet:
        print(
            f"{len(traffic.log):,} events from {traffic.participants:,} participants over {traffic.generations} "
            f"generations (viral coefficient {traffic.viral_coefficient:.2f}) written to {args.out}",
            file=sys.stderr,
        )
    return EXIT_OK


def _print_presets() -> None:
    from referral_studio.engine.presets import PRESETS

    for preset in PRESETS.values():
        print(f"{preset.name:<10} {preset.title}")
        print(f"{'':<10} source:  {preset.source}")
        print(f"{'':<10} figures: {preset.figures}")


def run_traffic_report(args: argparse.Namespace) -> int:
    from pathlib import Path

    from referral_studio.engine.presets import DEFAULT_PRESET, PRESET_ERRORS, find_preset
    from referral_studio.engine.traffic_measures import measure
    from referral_studio.engine.traffic_report import report_lines

    try:
        preset = find_preset(args.preset or DEFAULT_PRESET)
    except PRESET_ERRORS as error:
        raise UserError(f"--preset: {error}") from None
    log, _report = read_log_for(args, args.events, Path.cwd())  # skipped.csv: it writes no other file
    print(f"Traffic of {args.events}: {len(log):,} events")
    for line in report_lines(measure(log), preset):
        print(line)
    return EXIT_OK
