"""The `referral-studio` command: the desktop app, and simulate / generate / offers / check / forecast for scripts.

`main` (here) parses the line with `parser.build_parser`, runs one command module (simulate, traffic, check,
forecast, offers; install-desktop-entry and the app itself are a few lines, here) and turns errors into exit codes.
No module imports Qt until the desktop app opens (or forecast writes its PDF report), and the commands import
what they use only when they run, so `--help` and the batch commands start fast.
Exit codes: 0 success, 1 a check failed (`check`, `reconcile`) or an internal error, 2 bad usage or
bad input (one line naming file, line and field), 130 interrupted (nothing half-written).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from referral_studio.cli.check import run_check
from referral_studio.cli.errors import EXIT_BAD_INPUT, EXIT_INTERNAL, EXIT_INTERRUPTED, EXIT_OK, UserError
from referral_studio.cli.fit import run_fit
from referral_studio.cli.forecast import run_forecast
from referral_studio.cli.import_log import run_import_log
from referral_studio.cli.offers import run_offers
from referral_studio.cli.parser import build_parser
from referral_studio.cli.pipes import output_closed
from referral_studio.cli.reconcile import run_reconcile
from referral_studio.cli.simulate import run_simulate
from referral_studio.cli.traffic import run_generate, run_traffic_report

DEBUG_ENV = "REFERRAL_STUDIO_DEBUG"


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
            "simulate": run_simulate,
            "generate": run_generate,
            "traffic-report": run_traffic_report,
            "check": run_check,
            "offers": run_offers,
            "install-desktop-entry": _install_desktop_entry,
            "forecast": run_forecast,
            "fit": run_fit,
            "reconcile": run_reconcile,
            "import-log": run_import_log,
        }[args.command]
        return handler(args)
    except KeyboardInterrupt as interrupt:  # a command that wrote something says what in the interrupt
        print(f"\nreferral-studio: interrupted; {str(interrupt) or 'nothing was written'}", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError as error:  # `… | head`: the reader has all it wanted
        code = output_closed(error)
        if code is None:
            raise
        return code
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
    from referral_studio.forecast.output_checks import OutputFolderError
    from referral_studio.forecast.study_file import StudyError
    from referral_studio.store.database import StoreError
    from referral_studio.store.repository import RepositoryError

    user_errors = (UserError, OfferFileError, PromoCodeFileError, EventLogError, StoreError, RepositoryError)
    if isinstance(error, (*user_errors, TrafficTooLarge, StudyError, ForecastError, OutputFolderError)):
        return str(error)
    if isinstance(error, OSError):
        return f"{error.filename or ''}: {error.strerror or error}".lstrip(": ")
    return None


def _install_desktop_entry(args: argparse.Namespace) -> int:
    from referral_studio.desktop_entry import install_desktop_entry

    for path in install_desktop_entry(args.data_home):
        print(path)
    return EXIT_OK
