"""Promo codes from a plain `.txt` file, one per line, white space kept as part of a code; and the rule
that a code is given out once, so a list never holds one twice.

Fulfillments take codes in list order (credit-rules.md step 7): a code listed twice would go to
two referrers. So approval is blocked, an offer file refused, and the editor leaves a repeat out.
"""

from __future__ import annotations

import os
from collections import Counter
from pathlib import Path

from referral_studio.domain.texts import translate

SHOWN_IN_MESSAGE = 3  # codes a message names; more are "…"


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


def repeated_codes(codes: tuple[str, ...]) -> list[str]:
    """The codes listed more than once, in the order they first appear."""
    counts = Counter(codes)
    return [code for code in dict.fromkeys(codes) if counts[code] > 1]


def without_repeats(codes: tuple[str, ...]) -> tuple[str, ...]:
    """The codes with each repeat left out (the first of each kept in its place)."""
    return tuple(dict.fromkeys(codes))


def named_codes(codes: list[str]) -> str:
    """The first few codes, quoted (spaces in a code show), '…' for the rest."""
    shown = ", ".join(repr(code) for code in codes[:SHOWN_IN_MESSAGE])
    return shown + (" …" if len(codes) > SHOWN_IN_MESSAGE else "")


def repeats_message(repeated: list[str]) -> str:
    """What is wrong with a list holding these codes more than once, in the singular or the plural."""
    if len(repeated) == 1:
        return translate(
            "Validation", "The promo code {code} is listed more than once; each code can be given out only once."
        ).format(code=repr(repeated[0]))
    return translate(
        "Validation", "{count} promo codes are listed more than once: {codes}; each code can be given out only once."
    ).format(count=len(repeated), codes=named_codes(repeated))
