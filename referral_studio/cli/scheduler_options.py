"""`forecast`'s options for where it runs — `--scheduler` and the TLS files — and their checks before anything runs.

The TLS flags are named as `dask scheduler` and `dask worker` name theirs, so one cluster's files are given the
same way to every part of it. Kept apart from the forecast command so its checks read as one piece.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import TYPE_CHECKING

from referral_studio.cli.errors import UserError

if TYPE_CHECKING:
    from referral_studio.forecast.scheduler import TlsFiles


def add_scheduler_options(forecast: argparse.ArgumentParser) -> None:
    """--scheduler ADDRESS and --tls-ca-file / --tls-cert / --tls-key."""
    forecast.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="an existing Dask scheduler, e.g. tcp://host:8786 or tls://host:8786 "
        "(default: $REFERRAL_STUDIO_SCHEDULER, else local)",
    )
    tls = forecast.add_argument_group(
        "TLS (for a tls:// scheduler; default: distributed.comm.tls.* in Dask's configuration)"
    )
    tls.add_argument("--tls-ca-file", type=Path, metavar="CA", help="the cluster's CA certificate (PEM)")
    tls.add_argument("--tls-cert", type=Path, metavar="CERT", help="this computer's certificate (PEM), signed by CA")
    tls.add_argument("--tls-key", type=Path, metavar="KEY", help="its private key (PEM), unless CERT holds it")


def scheduler_choice(args: argparse.Namespace) -> tuple[str | None, TlsFiles | None]:
    """(address or None for a local cluster, TlsFiles or None), checked now: exit 2 before any run starts."""
    from referral_studio.forecast.execution import SCHEDULER_ENV
    from referral_studio.forecast.scheduler import SchedulerError, TlsFiles, check_address, security_for

    files = {"--tls-ca-file": args.tls_ca_file, "--tls-cert": args.tls_cert, "--tls-key": args.tls_key}
    given = [flag for flag, path in files.items() if path is not None]
    address, source = args.scheduler, "--scheduler"
    if not address and os.environ.get(SCHEDULER_ENV):
        address, source = os.environ[SCHEDULER_ENV], f"${SCHEDULER_ENV}"
    if not address:
        if given:
            raise UserError(f"{', '.join(given)}: only for a TLS scheduler; give --scheduler tls://HOST:PORT too")
        return None, None
    for flag, path in files.items():
        if path is not None and not path.is_file():
            raise UserError(f"{flag}: {path} does not exist or is not a file")
    tls = TlsFiles(*(str(path) if path is not None else None for path in files.values()))
    try:
        check_address(address, source)
        security_for(address, tls)
    except SchedulerError as error:
        raise UserError(str(error)) from None
    return address, tls
