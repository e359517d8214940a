"""The whole command line as argparse sees it, for `--help` and for parsing.

Kept apart from the commands that run it so `--help` and parsing import nothing but argparse (the generator's
options excepted, and only when `generate` is asked for).
"""

from __future__ import annotations

import argparse
import dataclasses
from collections.abc import Sequence
from pathlib import Path

from referral_studio import __version__
from referral_studio.cli.log_input import add_log_options
from referral_studio.cli.own_data_parser import add_own_data_commands
from referral_studio.cli.scheduler_options import add_scheduler_options


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
    add_log_options(simulate)
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
    _study_options(generate)
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


def _study_options(generate: argparse.ArgumentParser) -> None:
    """`generate --study FILE --run N [--variant NAME]`: the log a forecast's run replayed."""
    study = generate.add_argument_group("a forecast run's log (no other traffic option beside these)")
    study.add_argument("--study", type=Path, metavar="FILE", help="a *.forecast.toml study")
    study.add_argument("--run", type=int, metavar="N", help="the run, 1 to the study's runs")
    study.add_argument("--variant", metavar="NAME", help="the variant whose log to write (default: the base offer)")


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
    add_log_options(report)

    importing_log = commands.add_parser("import-log", help="convert an export to an event log through a mapping")
    importing_log.description = (
        "Read SOURCE (a CSV or JSON Lines export) through a mapping and write it as an event log (CSV or Parquet "
        "by the suffix of EVENTS); print the rows read, events per kind and rows skipped per reason and value."
    )
    importing_log.add_argument("source", type=Path, metavar="SOURCE", help="the export to read")
    importing_log.add_argument("--out", required=True, type=Path, metavar="EVENTS", help="the event log to write")
    add_log_options(importing_log, "SOURCE")

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
    add_own_data_commands(commands)

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
    add_scheduler_options(forecast)
    forecast.add_argument("--report", type=Path, metavar="FILE.pdf", help="also write the PDF report")
    forecast.add_argument("--quiet", action="store_true", help="no progress bar and no closing summary")
