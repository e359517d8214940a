"""The command line of `fit` and `reconcile`: a user's own log fitted, a platform's credits checked.

Its own module so the parser of every other command stays as it is; `parser.build_parser` adds these.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from referral_studio.cli.log_input import add_log_options


def add_own_data_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    fit = commands.add_parser("fit", help="estimate the generator's options from an event log: a traffic file")
    fit.description = (
        "Estimate from EVENTS every generator option a log identifies, each with a 90% bootstrap interval, and "
        "write them as a traffic file that stands wherever a preset can (generate --preset FILE, a study's or "
        "scenario's preset = \"FILE\"). Options a log cannot identify come from --preset. Prints the log's "
        "measures beside those of a log generated from the fit."
    )
    fit.add_argument("events", type=Path, metavar="EVENTS", help="the event log (CSV or Parquet)")
    fit.add_argument(
        "--preset",
        metavar="BASE",
        help="where the options a log cannot identify (share mode, saturation, delays, spread) come from "
        "(default: ecommerce)",
    )
    fit.add_argument(
        "--ranges",
        action="store_true",
        help="write each estimated rate as its 90%% interval [low, high], so a forecast carries the uncertainty "
        "(generate refuses such a file)",
    )
    fit.add_argument("--out", required=True, type=Path, metavar="NAME.traffic.toml", help="the traffic file to write")
    add_log_options(fit)

    reconcile = commands.add_parser("reconcile", help="compare a live platform's credits with the rules' own")
    reconcile.description = (
        "Replay EVENTS under OFFER and pair each friend's credits with the platform's (CREDITS: a CSV with time, "
        "referrer and person): matched, time_differs, other_referrer, missing or extra. Writes reconcile.csv and "
        "summary.json into DIR. Exit 0 when everything matches, 1 when anything differs, 2 on bad input."
    )
    reconcile.add_argument("--offer", required=True, type=Path, metavar="OFFER.json", help="the offer file")
    reconcile.add_argument("--events", required=True, type=Path, metavar="EVENTS", help="the event log")
    reconcile.add_argument(
        "--credits",
        required=True,
        type=Path,
        metavar="CREDITS",
        help="the platform's credits: CSV of time,referrer,person",
    )
    reconcile.add_argument(
        "--credits-mapping",
        metavar="CM",
        help="read CREDITS through a mapping file that maps time, referrer and person (own-data.md)",
    )
    add_log_options(reconcile)
    reconcile.add_argument(
        "--time-tolerance",
        type=float,
        default=60.0,
        metavar="SECONDS",
        help="a platform credit this close to the rules' is matched (default: 60)",
    )
    reconcile.add_argument("--out", required=True, type=Path, metavar="DIR", help="folder for the result files")
    reconcile.add_argument("--junit", type=Path, metavar="FILE", help="also write each difference as a JUnit test case")
    reconcile.add_argument("--quiet", action="store_true", help="no closing summary")
