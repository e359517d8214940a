"""What every command shares: the exit codes, and the error for bad input the user can fix.

Its own module so the command modules and `main` can all raise and return these without importing each other.
"""

from __future__ import annotations

from pathlib import Path

EXIT_OK, EXIT_INTERNAL, EXIT_BAD_INPUT, EXIT_INTERRUPTED = 0, 1, 2, 130
EXIT_FAILED = 1  # a check failed: a scenario of `check`, a difference `reconcile` found


class UserError(Exception):
    """Bad input the user can fix; printed as one line, exit code 2."""


def check_out_folder(out: Path) -> None:
    """Refuse an `--out DIR` that is a file, before any work (as forecast's own output checks do)."""
    if out.exists() and not out.is_dir():
        raise UserError(f"{out}: --out must be a folder, and this is a file")
