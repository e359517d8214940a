"""The `referral-studio` command: the desktop app, and simulate / generate / offers for scripts.

Qt is imported only when the app opens, so `--help` and the batch commands start fast.
Exit codes: 0 success, 2 bad usage or bad input (one line naming file, line and field),
130 interrupted (nothing half-written), 1 an internal error.
"""

from __future__ import annotations

import argparse
import dataclasses
import math
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from referral_studio import __version__

if TYPE_CHECKING:  # the commands import what they use when they run, so --help starts fast
    from referral_studio.domain.lifecycle import OfferSummary
    from referral_studio.domain.offer import Offer
    from referral_studio.engine.event_log import EventLog
    from referral_studio.engine.result import ReplayResult

EXIT_OK, EXIT_INTERNAL, EXIT_BAD_INPUT, EXIT_INTERRUPTED = 0, 1, 2, 130
DEBUG_ENV = "REFERRAL_STUDIO_DEBUG"


class UserError(Exception):
    """Bad input the user can fix; printed as one line, exit code 2."""


def _database_option(parser: argparse.ArgumentParser, default: object) -> None:
    parser.add_argument(
        "--database",
        metavar="PATH",
        type=Path,
        default=default,
        help="the store file (default: $REFERRAL_STUDIO_DATABASE, else the user data folder)",
    )


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The whole command line, for `--help` and for parsing.

    The generator's options are added only when `argv` names the generate command (or is
    not given), so other commands and `--help` start without numpy and pyarrow.
    """
    parser = argparse.ArgumentParser(
        prog="referral-studio",
        description="Design, teach and test referral offers offline. Without a command, opens the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"referral-studio {__version__}")
    _database_option(parser, None)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    simulate = commands.add_parser("simulate", help="replay an event log under an offer and write the results")
    simulate.description = (
        "Replay EVENTS under OFFER and write referrers.csv, fulfillments.csv, summary.json, timeline.csv and "
        "blocked.csv into DIR (and fraud-report.csv when the log has a fraud column)."
    )
    simulate.add_argument("--offer", required=True, type=Path, metavar="OFFER.json", help="the offer file")
    simulate.add_argument("--events", required=True, type=Path, metavar="EVENTS", help="the event log (CSV or Parquet)")
    simulate.add_argument("--out", required=True, type=Path, metavar="DIR", help="folder for the result files")
    simulate.add_argument("--quiet", action="store_true", help="no progress bar and no closing summary")
    simulate.add_argument(
        "--reward-per-fulfillment",
        type=float,
        default=0.0,
        metavar="AMOUNT",
        help="what one fulfillment's reward costs, for fraud-report.csv's cost columns (default: 0)",
    )
    simulate.add_argument(
        "--as-of",
        metavar="TIME",
        help="replay as things stood at TIME (ISO 8601): later rows unseen, later maturities pending "
        "(default: the log's last row)",
    )
    simulate.add_argument(
        "--explain",
        action="append",
        default=[],
        metavar="REFERRER",
        help="list every event that involved REFERRER with its verdict and reason (repeatable)",
    )

    generate = commands.add_parser("generate", help="write a seeded synthetic event log")
    generate.description = (
        "Write seeded synthetic referral traffic: the same seed and options give the same bytes. "
        "--preset picks rates calibrated to a published programme; options given beside it override it."
    )
    generate.add_argument(
        "--preset",
        metavar="NAME",
        help="traffic calibrated to published figures: ecommerce (the defaults below), retail, b2b, banks, books, "
        "dvd, or classroom (exaggerated, for demos); see --list-presets",
    )
    generate.add_argument(
        "--list-presets", action="store_true", help="list the presets with their sources and figures, and exit"
    )
    if argv is None or "generate" in argv:
        _generator_options(generate)
    generate.add_argument("--out", type=Path, metavar="EVENTS", help="the log to write (.csv or .parquet); required")
    generate.add_argument("--quiet", action="store_true", help="no closing summary")
    _fraud_options(generate)
    _other_commands(commands)
    return parser


def _generator_options(generate: argparse.ArgumentParser) -> None:
    """One option per field of TrafficOptions (underscores as dashes), with its default in the help."""
    from referral_studio.engine.traffic_options import TrafficOptions

    defaults = TrafficOptions()
    for field in dataclasses.fields(TrafficOptions):
        default = getattr(defaults, field.name)
        kind = int if isinstance(default, int) else float if isinstance(default, float) else str
        shown = default.isoformat().replace("+00:00", "Z") if field.name == "start" else default
        choices = field.metadata.get("choices")
        generate.add_argument(
            "--" + field.name.replace("_", "-"),
            type=kind,
            default=argparse.SUPPRESS,
            choices=choices,
            metavar="|".join(choices) if choices else {int: "N", float: "NUMBER", str: "TIME"}[kind],
            help=f"{field.metadata['help']} (default: {shown})",
        )


def _fraud_options(generate: argparse.ArgumentParser) -> None:
    """`generate --fraud-rate` and its companions (fraud-rules.md § Synthetic fraud)."""
    fraud = generate.add_argument_group(
        "synthetic fraud (any of these adds ip, device, email and fraud columns and refund rows)"
    )
    fraud.add_argument(
        "--fraud-rate",
        type=float,
        default=argparse.SUPPRESS,
        metavar="SHARE",
        help="share of credited friends (by first sign-up) made fraudulent, 0 to 1 (default: no fraud columns)",
    )
    fraud.add_argument(
        "--fraud-mix",
        default=argparse.SUPPRESS,
        metavar="KIND=WEIGHT,…",
        help="relative weights of same_ip, same_device, same_email, disposable_email, burst, refund (default: all 1)",
    )
    fraud.add_argument(
        "--shared-ip-rate",
        type=float,
        default=argparse.SUPPRESS,
        metavar="SHARE",
        help="honest friends on their referrer's IP: offices, campuses, households (default: 0.05)",
    )
    fraud.add_argument(
        "--honest-refund-rate",
        type=float,
        default=argparse.SUPPRESS,
        metavar="SHARE",
        help="honest credited friends who refund within 30 days anyway (default: 0.03)",
    )


def _other_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    demo = commands.add_parser("demo", help="open the app on a fresh demo workspace (your own store is not touched)")
    demo.description = (
        "Build the demo workspace afresh — Marketo's example offers, one per goal type, and a seeded "
        "event log — and open the desktop app on it. Your own store is never opened."
    )
    demo.add_argument(
        "--folder", type=Path, metavar="DIR", help="where to build it (default: the user data folder's demo/)"
    )

    report = commands.add_parser("traffic-report", help="measure an event log's traffic against published figures")
    report.description = (
        "Print every traffic measure of EVENTS (share rate, clicks per share, sign-up and conversion rates, "
        "referred lift, …) beside a preset's published figures, and whether each is in range."
    )
    report.add_argument("events", type=Path, metavar="EVENTS", help="the event log (CSV or Parquet)")
    report.add_argument("--preset", metavar="NAME", help="whose published figures to compare with (default: ecommerce)")

    check = commands.add_parser("check", help="run QA scenario files and report pass/fail")
    check.description = (
        "Run every scenario (*.scenario.toml) named or found under the folders named. Exit 0 when all pass, "
        "1 when any fails, 2 when a scenario file is bad."
    )
    check.add_argument("targets", nargs="+", type=Path, metavar="FILE_OR_DIR", help="scenario files or folders of them")
    check.add_argument("--junit", type=Path, metavar="PATH", help="also write the outcomes as JUnit XML")

    desktop = commands.add_parser(
        "install-desktop-entry", help="add Referral Studio to the desktop's application menu, with its icon"
    )
    desktop.description = (
        "Write referral-studio.desktop and the icon into the user's data folder ($XDG_DATA_HOME, else "
        "~/.local/share), so the desktop's menu and task bar show the app. No root rights needed."
    )
    desktop.add_argument("--data-home", type=Path, metavar="DIR", help="write under DIR instead")
    _forecast_parser(commands)

    offers = commands.add_parser("offers", help="list, import and export the store's offers")
    offer_commands = offers.add_subparsers(dest="offers_command", metavar="ACTION", required=True)
    listing = offer_commands.add_parser("list", help="program, name, state and goal of every offer")
    importing = offer_commands.add_parser("import", help="add an offer file to the store as a draft")
    importing.add_argument("file", type=Path, metavar="FILE.offer.json")
    exporting = offer_commands.add_parser("export", help="write an offer's approved version (or --draft) to a file")
    exporting.add_argument("name", metavar="NAME")
    exporting.add_argument("--out", required=True, type=Path, metavar="FILE.offer.json")
    exporting.add_argument("--draft", action="store_true", help="export the draft instead of the approved version")
    for sub in (offers, listing, importing, exporting):
        _database_option(sub, argparse.SUPPRESS)


def _forecast_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    forecast = commands.add_parser("forecast", help="run a forecast study: offer variants over many traffic runs")
    forecast.description = (
        "Run every variant of STUDY over its Monte-Carlo traffic runs on a local Dask cluster (or the scheduler "
        "given) and write runs.csv, variants.csv, ranking.csv, bands.csv, summary.json and variants/ into DIR."
    )
    forecast.add_argument("study", type=Path, metavar="STUDY.forecast.toml", help="the study file")
    forecast.add_argument("--out", required=True, type=Path, metavar="DIR", help="folder for the result files")
    forecast.add_argument(
        "--workers", type=int, metavar="N", help="worker processes of the local cluster (default: one per core)"
    )
    forecast.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="an existing Dask scheduler, e.g. tcp://host:8786 (default: $REFERRAL_STUDIO_SCHEDULER, else local)",
    )
    forecast.add_argument("--report", type=Path, metavar="FILE.pdf", help="also write the PDF report")
    forecast.add_argument("--quiet", action="store_true", help="no progress bar and no closing summary")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    argv = sys.argv[1:] if argv is None else list(argv)
    try:
        args = build_parser(argv).parse_args(argv)  # its imports take a moment on a busy machine: Ctrl+C may come here
    except KeyboardInterrupt:
        print("\nreferral-studio: interrupted; nothing was written", file=sys.stderr)
        return EXIT_INTERRUPTED
    try:
        if args.command is None:
            from referral_studio.ui.shell.app import run_app

            return run_app(args.database)
        if args.command == "demo":
            from referral_studio.app.demo import build_demo
            from referral_studio.ui.shell.app import run_app

            store_path, log_path = build_demo(args.folder)
            return run_app(store_path, demo_log=log_path)
        handler = {
            "simulate": _simulate,
            "generate": _generate,
            "traffic-report": _traffic_report,
            "check": _check,
            "offers": _offers,
            "install-desktop-entry": _install_desktop_entry,
            "forecast": _forecast,
        }[args.command]
        return handler(args)
    except KeyboardInterrupt:
        print("\nreferral-studio: interrupted; nothing was written", file=sys.stderr)
        return EXIT_INTERRUPTED
    except Exception as error:  # noqa: BLE001 - the one place that turns errors into exit codes
        message = _user_message(error)
        if message is None:
            if os.environ.get(DEBUG_ENV):
                raise
            print(
                f"referral-studio: internal error: {type(error).__name__}: {error}\n"
                f"Please report it; set {DEBUG_ENV}=1 to see the details.",
                file=sys.stderr,
            )
            return EXIT_INTERNAL
        print(f"referral-studio: error: {message}", file=sys.stderr)
        return EXIT_BAD_INPUT


def _user_message(error: Exception) -> str | None:
    """One line for errors the user can fix; None for bugs."""
    from referral_studio.domain.offer_file import OfferFileError
    from referral_studio.domain.promo_codes import PromoCodeFileError
    from referral_studio.engine.log_files import EventLogError
    from referral_studio.engine.traffic_options import TrafficTooLarge
    from referral_studio.forecast.execution import ForecastError
    from referral_studio.forecast.outputs import OutputFolderError
    from referral_studio.forecast.study_file import StudyError
    from referral_studio.store.database import StoreError
    from referral_studio.store.repository import RepositoryError

    user_errors = (UserError, OfferFileError, PromoCodeFileError, EventLogError, StoreError, RepositoryError)
    if isinstance(error, (*user_errors, TrafficTooLarge, StudyError, ForecastError, OutputFolderError)):
        return str(error)
    if isinstance(error, OSError):
        return f"{error.filename or ''}: {error.strerror or error}".lstrip(": ")
    return None


def _as_of(text: str | None) -> int | None:
    from referral_studio.domain.times import parse_ns

    if text is None:
        return None
    try:
        return parse_ns(text)  # exact to the nanosecond, as the log's times and a scenario's as_of
    except ValueError as error:
        raise UserError(f"--as-of: {error}") from None


def _simulate(args: argparse.Namespace) -> int:
    from referral_studio.domain.offer_file import read_offer_file
    from referral_studio.engine.fraud_report import fraud_report
    from referral_studio.engine.fraud_rules import identity_columns
    from referral_studio.engine.log_files import read_event_log
    from referral_studio.engine.outputs import write_results
    from referral_studio.engine.replay import replay
    from referral_studio.terminal_progress import TerminalProgress

    offer = read_offer_file(args.offer)
    if not (math.isfinite(args.reward_per_fulfillment) and args.reward_per_fulfillment >= 0):
        raise UserError(f"--reward-per-fulfillment must be a number of at least 0 (got {args.reward_per_fulfillment})")
    if args.out.exists() and not args.out.is_dir():
        raise UserError(f"{args.out}: --out must be a folder, and this is a file")
    progress = TerminalProgress("reading events", enabled=not args.quiet)
    try:
        progress.stage("reading events")
        unused = {"ip", "device", "email"} - identity_columns(offer.fraud)
        log = read_event_log(args.events, skip=unused)
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


def _install_desktop_entry(args: argparse.Namespace) -> int:
    from referral_studio.desktop_entry import install_desktop_entry

    for path in install_desktop_entry(args.data_home):
        print(path)
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
            _one_line(f"{v.kind} {v.name!r}" if v.name else v.kind),
            _one_line(f"{v.person} ← {v.referrer}" if v.referrer else v.person),
            _one_line(v.text),
        )
        for v in verdicts
    ]
    widths = [max((len(row[column]) for row in rows), default=0) for column in range(4)]  # columns line up
    for row in rows:
        print("  " + "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=False)) + "  " + row[4])


_LINE_BREAKING = {code: f"\\u{code:04x}" for code in (*range(0x20), 0x7F, 0x85, 0x2028, 0x2029)}


def _one_line(text: str) -> str:
    """The text with control characters and line breaks escaped, so one verdict stays on one line."""
    return text.translate(_LINE_BREAKING)


def _count(number: int, noun: str) -> str:
    return f"{number:,} {noun}{'' if number == 1 else 's'}"


FRAUD_OPTIONS = {
    "fraud_rate": "rate",
    "fraud_mix": "mix",
    "shared_ip_rate": "shared_ip_rate",
    "honest_refund_rate": "honest_refund_rate",
}


def _generate(args: argparse.Namespace) -> int:
    from referral_studio.domain.times import parse_time
    from referral_studio.engine.generator import generate
    from referral_studio.engine.log_files import write_event_log
    from referral_studio.engine.presets import DEFAULT_PRESET, UnknownPreset, preset_options
    from referral_studio.engine.traffic_options import OPTION_FIELDS

    if args.list_presets:
        _print_presets()
        return EXIT_OK
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
    except UnknownPreset as error:
        raise UserError(f"--preset: {error}") from None
    problems = options.problems()
    if problems:
        raise UserError("bad generator options: " + "; ".join(f"--{problem}" for problem in problems))
    traffic = generate(options)
    log = traffic.log
    fraud_given = {name: getattr(args, name) for name in FRAUD_OPTIONS if hasattr(args, name)}
    if fraud_given:
        from referral_studio.engine.fraud_traffic import FraudTrafficOptions, add_fraud

        fraud_options = FraudTrafficOptions(
            **{FRAUD_OPTIONS[name]: value for name, value in fraud_given.items()}, seed=options.seed
        )
        problems = fraud_options.problems()
        if problems:
            raise UserError("bad fraud options: " + "; ".join(f"--{problem}" for problem in problems))
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


def _traffic_report(args: argparse.Namespace) -> int:
    from referral_studio.engine.log_files import read_event_log
    from referral_studio.engine.presets import DEFAULT_PRESET, UnknownPreset, find_preset
    from referral_studio.engine.traffic_measures import measure
    from referral_studio.engine.traffic_report import report_lines

    try:
        preset = find_preset(args.preset or DEFAULT_PRESET)
    except UnknownPreset as error:
        raise UserError(f"--preset: {error}") from None
    log = read_event_log(args.events)
    print(f"Traffic of {args.events}: {len(log):,} events")
    for line in report_lines(measure(log), preset):
        print(line)
    return EXIT_OK


def _check(args: argparse.Namespace) -> int:
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
            print(f"ERROR {message}")
            continue
        outcomes.append(outcome)
        print(f"{'PASS ' if outcome.passed else 'FAIL '} {outcome.scenario.name}  ({file}, {outcome.seconds:.2f} s)")
        for check in outcome.checks:
            if not check.passed:
                print(f"       {check.subject}: expected {check.expected}, got {check.actual}")
    failed = sum(not outcome.passed for outcome in outcomes)
    print(
        f"{len(files)} scenario{'s' if len(files) != 1 else ''}: {len(outcomes) - failed} passed, {failed} failed"
        + (f", {len(errors)} could not run" if errors else "")
    )
    if args.junit:
        write_junit(outcomes, errors, args.junit)
    return EXIT_BAD_INPUT if errors else (1 if failed else EXIT_OK)


def _forecast(args: argparse.Namespace) -> int:
    import logging
    import time

    from referral_studio.forecast.execution import Cluster, describe, run_study
    from referral_studio.forecast.outputs import check_output_folder, write_forecast
    from referral_studio.forecast.study_file import read_study
    from referral_studio.terminal_progress import TerminalProgress

    if args.workers is not None and not 1 <= args.workers <= 1024:
        raise UserError(f"--workers: a whole number from 1 to 1024 (got {args.workers})")
    study = read_study(args.study)
    check_output_folder(args.out)
    if args.report is not None and not args.report.parent.is_dir():
        raise UserError(f"--report: the folder {args.report.parent} does not exist")
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
            scheduler=args.scheduler,
            progress=report,
            on_cluster=cluster_up,
        )
        progress.stage("writing results")
        write_forecast(forecast, args.out)
        if args.report is not None:
            progress.stage("writing the report")
            from referral_studio.ui.forecast.forecast_report import write_report

            write_report(forecast, args.report)
    finally:
        progress.close()
    if not args.quiet:
        best, _, share = forecast.ranking()[0]
        print(
            f"{study.runs:,} runs × {len(study.variants)} variants in {forecast.execution.seconds:.1f} s "
            f"({where[0] if where else 'local'}): best by {study.objective} is {best!r} "
            f"(best in {share:.0%} of runs). Results in {args.out}",
            file=sys.stderr,
        )
    return EXIT_OK


def _offers(args: argparse.Namespace) -> int:
    from referral_studio.domain.offer_file import read_offer_file, write_offer_file
    from referral_studio.store import repository as repo
    from referral_studio.store.database import Store, default_database_path

    if args.offers_command == "import":
        offer = read_offer_file(args.file)  # before the store opens: a bad file changes nothing
    store = Store(args.database or default_database_path())
    try:
        with store.transaction() if args.offers_command == "import" else store.reading() as session:
            if args.offers_command == "list":
                _print_offers(repo.list_offers(session))
            elif args.offers_command == "import":
                summary = repo.create_offer(session, offer)
                print(f"Imported {summary.name!r} into program {summary.program!r} as a draft.")
            else:
                version = repo.load_draft(session, args.name) if args.draft else repo.load_approved(session, args.name)
                if version is None:
                    other = "--draft to export its draft" if not args.draft else "export without --draft"
                    which = "draft" if args.draft else "approved version"
                    raise UserError(f"offer {args.name!r} has no {which}; use {other}")
                write_offer_file(version, args.out)
    finally:
        store.close()
    return EXIT_OK


def _print_offers(offers: list[OfferSummary]) -> None:
    rows = [("PROGRAM", "NAME", "STATE", "GOAL")]
    rows += [(o.program, o.name, o.state.value, f"{o.goal_type.label} × {o.goal_count}") for o in offers]
    widths = [max(len(row[i]) for row in rows) for i in range(3)]
    for row in rows:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=False)) + "  " + row[3])
