"""Ending quietly when the reader of the output goes away, as `referral-studio traffic-report LOG | head -1` does.

Unix tools stop without a word when the program reading their output exits; Python instead raises
BrokenPipeError at the next write, and again when it flushes standard output on the way out.
"""

from __future__ import annotations

import os
import select
import sys

from referral_studio.cli.errors import EXIT_OK


def output_closed(error: BrokenPipeError) -> int | None:
    """The exit code for a closed standard output (0, with stdout pointed at the null device); None for any other pipe."""
    if error.filename is not None or not _reader_gone(sys.stdout.fileno()):
        return None  # another pipe (a FIFO given as --out): the user's to hear about
    null = os.open(os.devnull, os.O_WRONLY)
    os.dup2(null, sys.stdout.fileno())  # so the flush at exit finds somewhere to write
    os.close(null)
    return EXIT_OK


def _reader_gone(fd: int) -> bool:
    """Whether the pipe behind `fd` has lost its reader (poll reports an error on it); True where poll is missing."""
    if not hasattr(select, "poll"):
        return True
    poller = select.poll()
    poller.register(fd, select.POLLOUT)
    return any(events & select.POLLERR for _, events in poller.poll(0))
