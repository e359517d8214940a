"""Reading a user's UTF-8 text file (a BOM allowed) with refusals that name the file and, for bad bytes, the line."""

from __future__ import annotations

import os
from pathlib import Path


def read_utf8(path: str | os.PathLike[str], error: type[Exception]) -> str:
    """The file's text; an unreadable file or bytes that are not UTF-8 raise `error` with a message for people."""
    source = str(path)
    try:
        raw = Path(path).read_bytes()
    except OSError as problem:
        raise error(f"{source}: cannot read the file ({problem.strerror or problem})") from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as problem:
        line = raw[: problem.start].count(b"\n") + 1
        raise error(f"{source}: line {line}: not UTF-8 text (byte {problem.start})") from None
