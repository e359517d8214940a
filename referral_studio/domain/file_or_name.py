"""Whether a value the user gives names a file or one of the program's built-ins.

`--preset`, a study's or scenario's `preset = "…"` and `--mapping` all take either a built-in's
name (`ecommerce`, `segment`) or a file the user wrote; one rule tells them apart, so the same
value means the same thing wherever it is given.
"""

from __future__ import annotations

import os


def names_a_file(value: str | os.PathLike[str]) -> bool:
    """A path object, a name ending in .toml, or one holding a path separator (either kind) is a file."""
    text = os.fspath(value)
    return not isinstance(value, str) or text.endswith(".toml") or "/" in text or "\\" in text
