"""Text from the user's files as one safe terminal line: control characters and line breaks shown escaped.

A name holding an escape sequence or a carriage return would otherwise move the cursor, recolour the
terminal or overwrite what was printed before it; `simulate --explain` and `check` print such names.
"""

from __future__ import annotations

_LINE_BREAKING = {code: f"\\u{code:04x}" for code in (*range(0x20), 0x7F, 0x85, 0x2028, 0x2029)}


def one_line(text: str) -> str:
    """The text with control characters and line breaks escaped, so it stays on one line and changes nothing."""
    return text.translate(_LINE_BREAKING)
