"""`fit`: estimate the generator's options from a log and write them as a traffic file.

The traffic file stands wherever a preset's name can (engine/presets.py), so a forecast can
run on traffic shaped like the user's own.
"""

from __future__ import annotations

import argparse
import sys

from referral_studio.cli.errors import EXIT_OK, UserError
from referral_studio.cli.log_input import read_log_for


def run_fit(args: argparse.Namespace) -> int:
    from referral_studio.domain.atomic_file import atomic_write
    from referral_studio.engine.fit import fit_log
    from referral_studio.engine.fit_report import estimate_lines, refit_measures, side_by_side, traffic_file_text
    from referral_studio.engine.presets import DEFAULT_PRESET, PRESET_ERRORS, preset_options
    from referral_studio.engine.traffic_file import SUFFIX
    from referral_studio.engine.traffic_measures import measure

    if not args.out.name.endswith(".toml"):
        raise UserError(f"--out {args.out}: a traffic file's name ends in {SUFFIX} (so it can stand for a preset)")
    base_name = args.preset or DEFAULT_PRESET
    try:
        base = preset_options(base_name)
    except PRESET_ERRORS as error:
        raise UserError(f"--preset: {error}") from None
    log, _report = read_log_for(args, args.events, args.out.parent)  # skipped.csv beside the traffic file
    if not len(log):
        raise UserError(f"{args.events}: the event log has no events to fit")
    fit = fit_log(log, base, base_name)
    text = traffic_file_text(fit, args.events.name, ranges=args.ranges)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with atomic_write(args.out) as stream:
        stream.write(text)
    print(f"Fitted {len(log):,} events of {args.events}:")
    for line in estimate_lines(fit):
        print(line)
    print()
    print(
        f"Measures of the log and of a log generated from the fit ({fit.options.participants:,} organic "
        f"participants, {fit.options.days:g} days):"
    )
    for line in side_by_side(measure(log), refit_measures(fit)):
        print(line)
    print(f"Traffic file written to {args.out}", file=sys.stderr)
    return EXIT_OK
