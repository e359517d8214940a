"""Write a file whole or not at all: a crash or Ctrl+C never leaves half a file.

The file gets the permissions any other file the user writes would: a new one follows the
umask (tempfile.mkstemp's private 0600 would make an export unreadable to a colleague),
and one written over keeps its own.
"""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any


def _create_beside(target: Path) -> tuple[int, Path]:
    """A new, empty temporary file in the target's folder, created as any file is (0666 less the umask)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _attempt in range(100):
        temp = target.with_name(f".{target.name}.{os.urandom(4).hex()}.partial")
        try:
            return os.open(temp, flags, 0o666), temp
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary name beside {target}")


@contextlib.contextmanager
def atomic_write(path: str | os.PathLike[str], *, binary: bool = False, newline: str | None = "") -> Iterator[IO[Any]]:
    """Yield a temporary file beside `path`; on success fsync it and rename it over `path`."""
    target = Path(path)
    handle, temp = _create_beside(target)
    try:
        with contextlib.suppress(FileNotFoundError):
            os.chmod(temp, stat.S_IMODE(target.stat().st_mode))  # written over: keep the file's own permissions
        stream: IO[Any]
        if binary:
            stream = os.fdopen(handle, "wb")
        else:
            stream = os.fdopen(handle, "w", encoding="utf-8", newline=newline)
        with stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp)
        raise
