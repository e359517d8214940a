"""Promo codes from a plain `.txt` file, one per line, white space kept as part of a code."""

from __future__ import annotations

import os
from pathlib import Path


class PromoCodeFileError(ValueError):
    """A promo-code file that cannot be read; the message names the file and line."""


def parse_promo_codes(raw: bytes, source: str = "promo codes") -> tuple[str, ...]:
    """Split UTF-8 bytes into codes: only the line ending (LF or CRLF) is removed; empty lines are skipped."""
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    codes: list[str] = []
    for number, line in enumerate(raw.split(b"\n"), start=1):
        if line.endswith(b"\r"):
            line = line[:-1]
        if not line:
            continue
        try:
            code = line.decode("utf-8")
        except UnicodeDecodeError as error:
            raise PromoCodeFileError(
                f"{source}: line {number}: not UTF-8 text (byte {error.start + 1} of the line); save the file as UTF-8"
            ) from None
        if "\x00" in code:
            raise PromoCodeFileError(f"{source}: line {number}: a promo code cannot contain a NUL character")
        codes.append(code)
    return tuple(codes)


def read_promo_codes(path: str | os.PathLike[str]) -> tuple[str, ...]:
    """Read a promo-code `.txt` file."""
    try:
        raw = Path(path).read_bytes()
    except OSError as error:
        raise PromoCodeFileError(f"{path}: cannot read the file ({error.strerror or error})") from None
    return parse_promo_codes(raw, str(path))
