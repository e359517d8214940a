"""The event-log reader against Python's csv module on random valid CSV.

Quoted separators, quotes and line breaks anywhere, a BOM, CRLF, blank lines, Unicode,
extra columns in any order, and files past pyarrow's 1 MiB block so quoted line breaks
land on block boundaries: the reader must give the events, and the lines where they
start, that a plain csv-module reading gives.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from referral_studio.domain.times import format_ns, parse_ns
from referral_studio.engine.csv_layout import physical_lines
from referral_studio.engine.kinds import KIND_NAMES
from referral_studio.engine.log_files import read_event_log

MIB = 1 << 20
TRICKY = [",", '"', "\n", "\r\n", "\r", '""', " ", "é", "日本", "😀", "\t", "O'Brien", 'O"Brien']
text = st.lists(
    st.sampled_from(TRICKY) | st.text(st.characters(exclude_categories=["Cs"], exclude_characters="\x00"), max_size=4),
    max_size=4,
).map("".join)
names = text.filter(bool)
times = st.integers(946_684_800 * 10**9, 4_102_444_800 * 10**9).flatmap(
    lambda ns: st.sampled_from(
        [
            format_ns(ns),  # Z, fraction only when present
            format_ns(ns - ns % 10**9),
            format_ns(ns - ns % 10**9).replace("Z", "+00:00"),
        ]
    )
)
rows = st.lists(
    st.fixed_dictionaries(
        {"time": times, "kind": st.sampled_from(KIND_NAMES), "person": names, "referrer": text, "name": text}
    ),
    min_size=1,
    max_size=25,
)
layouts = st.fixed_dictionaries(
    {
        "order": st.permutations(["time", "kind", "person", "referrer", "name", "channel"]),
        "drop": st.sampled_from([(), ("referrer",), ("name",), ("channel",), ("referrer", "name")]),
        "bom": st.booleans(),
        "newline": st.sampled_from(["\n", "\r\n"]),
        "quote_all": st.booleans(),
        "blank_after": st.sets(st.integers(0, 30), max_size=3),
        "final_newline": st.booleans(),
    }
)


def field(value: str, quote_all: bool) -> str:
    """RFC 4180: quoted when it must be (or when asked), inner quotes doubled."""
    if quote_all or any(c in value for c in ',"\r\n'):
        return '"' + value.replace('"', '""') + '"'
    return value


def csv_text(records: list[dict[str, str]], layout: dict) -> str:
    columns = [c for c in layout["order"] if c not in layout["drop"]]
    newline = layout["newline"]
    lines = [",".join(field(c, layout["quote_all"]) for c in columns)]
    for number, record in enumerate(records):
        lines.append(",".join(field(record.get(c, "x,y"), layout["quote_all"]) for c in columns))
        if number in layout["blank_after"]:
            lines.append("")
    body = newline.join(lines) + (newline if layout["final_newline"] else "")
    return ("\ufeff" if layout["bom"] else "") + body


def reference(path: Path) -> tuple[list[tuple[int, str, str, str, str]], list[int]]:
    """Events in processing order and the line each data row starts on, as the csv module reads them."""
    with path.open(encoding="utf-8-sig", newline="") as stream:
        reader = csv.reader(stream)
        header = next(reader)
        events, lines, line = [], [], reader.line_num + 1
        for fields in reader:
            if fields:
                row = dict(zip(header, fields, strict=True))
                refund = row["kind"] == "refund"  # a refund's referrer and name are dropped (fraud-rules.md)
                referrer, name = ("", "") if refund else (row.get("referrer", ""), row.get("name", ""))
                event = (parse_ns(row["time"]), row["kind"], row["person"], referrer, name)
                events.append(event)
                lines.append(line)
            line = reader.line_num + 1
    order = sorted(range(len(events)), key=lambda i: events[i][0])  # stable: equal times keep file order
    return [events[i] for i in order], lines


def read_back(path: Path) -> list[tuple[int, str, str, str, str]]:
    log = read_event_log(path)
    return list(
        zip(
            log.time.tolist(),
            log.kind_text().to_pylist(),
            log.people_text(log.person).to_pylist(),
            log.people_text(log.referrer).to_pylist(),
            log.name_text(log.name).to_pylist(),
            strict=True,
        )
    )


def check(path: Path) -> None:
    events, lines = reference(path)
    assert read_back(path) == events
    assert physical_lines(path, range(len(lines))).tolist() == lines


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(records=rows, layout=layouts)
def test_random_valid_csv_reads_as_the_csv_module_reads_it(tmp_path: Path, records: list, layout: dict) -> None:
    path = tmp_path / "events.csv"
    path.write_bytes(csv_text(records, layout).encode())
    check(path)


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(records=rows, layout=layouts, shift=st.integers(0, 4096))
def test_block_sized_files_read_the_same_wherever_the_blocks_end(
    tmp_path: Path, records: list, layout: dict, shift: int
) -> None:
    # Repeated past 1 MiB, with a padding row moving every boundary to a different byte.
    records = [{**records[0], "person": "p" * (shift + 1)}, *records]
    one = len(csv_text(records, layout).encode())
    path = tmp_path / "events.csv"
    path.write_bytes(csv_text(records * (int(1.6 * MIB) // one + 1), {**layout, "blank_after": set()}).encode())
    check(path)


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_every_row_holding_a_quoted_line_break_past_several_blocks(tmp_path: Path, newline: str) -> None:
    row = f'2027-03-01T00:00:00Z,activity,ann,bob,"Opportunity{newline}Created, by ""bob"""{newline}'
    path = tmp_path / "events.csv"
    path.write_bytes((f"time,kind,person,referrer,name{newline}" + row * (3 * MIB // len(row))).encode())
    check(path)


@pytest.mark.parametrize("person", ["ann", 'O"Brien'])  # a regular file, and one whose quotes need the exact scan
def test_a_quoted_crlf_split_by_a_block_boundary_keeps_its_lf(tmp_path: Path, person: str) -> None:
    # pyarrow reads "a\r\nb" as "a\rb" when one of its blocks begins at that LF; the reader moves the boundary.
    header = "time,kind,person,referrer,name\n"
    fill = f"2027-03-01T00:00:00Z,share,{person},,\n"
    row = f'2027-03-01T00:00:00Z,share,{person},"a\r\nb",\n'
    count = (MIB - len(header) - 2 * len(row)) // len(fill)
    prefix = header + fill * count
    pad = MIB - 1 - len(prefix) - row.index("\r") - len(fill)  # the row's CR lands on the block's last byte
    text = prefix + fill.replace(person, person + "x" * pad, 1) + row + fill * 50
    path = tmp_path / "events.csv"
    path.write_bytes(text.encode())
    assert path.read_bytes()[MIB - 1 : MIB + 1] == b"\r\n"  # the boundary case itself
    check(path)
