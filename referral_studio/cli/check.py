"""`referral-studio check`: run QA scenario files, print pass/fail and optionally write JUnit XML."""

from __future__ import annotations

import argparse

from referral_studio.cli.errors import EXIT_BAD_INPUT, EXIT_FAILED, EXIT_OK, UserError
from referral_studio.cli.terminal_text import one_line


def run_check(args: argparse.Namespace) -> int:
    from referral_studio.qa.junit import write_junit
    from referral_studio.qa.scenario import ScenarioError, find_scenarios
    from referral_studio.qa.scenario_checks import run_scenario
    from referral_studio.qa.scenario_reader import load_scenario

    if args.junit is not None:
        folder = args.junit.parent
        if args.junit.is_dir():
            raise UserError(f"--junit {args.junit}: is a folder; name the XML file to write")
        if not folder.is_dir():
            raise UserError(f"--junit {args.junit}: the folder {folder} does not exist; nothing was run")
    try:
        files = find_scenarios(args.targets)
    except ScenarioError as error:
        raise UserError(str(error)) from None
    if not files:
        raise UserError("no scenario files (*.scenario.toml) in " + ", ".join(map(str, args.targets)))
    outcomes, errors = [], []
    for file in files:
        try:
            outcome = run_scenario(load_scenario(file))
        except ScenarioError as error:
            message = str(error) if str(error).startswith(str(file)) else f"{file}: {error}"
            errors.append((file, message))
            print(f"ERROR {one_line(message)}")
            continue
        outcomes.append(outcome)
        name = one_line(outcome.scenario.name)
        print(f"{'PASS ' if outcome.passed else 'FAIL '} {name}  ({one_line(str(file))}, {outcome.seconds:.2f} s)")
        for check in outcome.checks:
            if not check.passed:
                print(one_line(f"       {check.subject}: expected {check.expected}, got {check.actual}"))
    failed = sum(not outcome.passed for outcome in outcomes)
    print(
        f"{len(files)} scenario{'s' if len(files) != 1 else ''}: {len(outcomes) - failed} passed, {failed} failed"
        + (f", {len(errors)} could not run" if errors else "")
    )
    if args.junit:
        write_junit(outcomes, errors, args.junit)
    return EXIT_BAD_INPUT if errors else (EXIT_FAILED if failed else EXIT_OK)
