"""What every command shares: the exit codes, and the error for bad input the user can fix.

Its own module so the command modules and `main` can all raise and return these without importing each other.
"""

from __future__ import annotations

EXIT_OK, EXIT_INTERNAL, EXIT_BAD_INPUT, EXIT_INTERRUPTED = 0, 1, 2, 130
EXIT_FAILED = 1  # a check failed: a scenario of `check`, a difference `reconcile` found


class UserError(Exception):
    """Bad input the user can fix; printed as one line, exit code 2."""
