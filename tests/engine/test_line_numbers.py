"""Row line numbers: the quick count for files of one line a record agrees with the csv module."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import numpy as np
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from referral_studio.engine.csv_layout import _count_plain_lines, physical_lines

ENDS = ["\n", "\r\n", "\r"]
lines = st.lists(
    st.tuples(st.sampled_from(["a,b", "cc,d", "", "é,f", "x"]), st.sampled_from(ENDS)), min_size=1, max_size=30
)


def text_of(entries: list[tuple[str, str]], final_end: bool) -> str:
    body = "".join(line + end for line, end in entries)
    return body if final_end else body[: -len(entries[-1][1])]


def csv_row_lines(path: Path) -> list[int]:
    """The line each data row starts on, as the csv module reads the file (blank lines are no rows, nor headers)."""
    with path.open(encoding="utf-8", newline="") as stream:
        reader = csv.reader(stream)
        while next(reader, ["end"]) == []:
            pass
        found, line = [], reader.line_num + 1
        for fields in reader:
            if fields:
                found.append(line)
            line = reader.line_num + 1
    return found


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(entries=lines, final_end=st.booleans())
def test_row_lines_match_the_csv_module(tmp_path: Path, entries: list[tuple[str, str]], final_end: bool) -> None:
    path = tmp_path / "log.csv"
    path.write_bytes(text_of(entries, final_end).encode())
    expected = csv_row_lines(path)
    assert physical_lines(path, range(len(expected) + 2)).tolist() == [*expected, -1, -1]


@settings(max_examples=150, deadline=None)
@given(entries=lines, final_end=st.booleans(), chunk=st.integers(1, 9))
@example(entries=[("a,b", "\r"), ("", "\n")], final_end=True, chunk=4)
def test_the_quick_count_is_exact_or_declines_wherever_the_chunks_end(
    entries: list[tuple[str, str]], final_end: bool, chunk: int
) -> None:
    raw = text_of(entries, final_end).encode()
    if not raw:
        return
    data = np.frombuffer(raw, np.uint8)
    counted = _count_plain_lines(data, crlf=b"\r" in raw, chunk=chunk)
    # The line ends as the text has them, not as the entries were drawn: an entry's CR before a blank entry's LF is one CRLF.
    ends = set(re.findall(rb"\r\n|\r|\n", raw))
    blank = any(not line for line in re.split(rb"\r\n|\r|\n", raw)[:-1])  # an empty line that has its end
    total = len(raw.replace(b"\r\n", b"\n").splitlines())
    if len(ends) <= 1 and b"\r" not in ends and not blank:
        assert counted == total  # one line a record: counted
    else:
        assert counted is None or counted == total
    if b"\r" in ends or blank:
        assert counted is None  # a lone CR or a blank line: left to the exact pass
