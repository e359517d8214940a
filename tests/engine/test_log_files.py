"""Reading and writing event logs: the forms the spec allows and every refusal."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from referral_studio.domain.offer import Goal, GoalType, Offer
from referral_studio.domain.times import format_ns, parse_time, to_ns
from referral_studio.engine.event_log import NO_CODE, EventLog
from referral_studio.engine.log_files import EventLogError, read_event_log, write_event_log
from referral_studio.engine.replay import replay


def write(tmp_path: Path, content: bytes, name: str = "events.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(content)
    return path


def test_columns_in_any_order_extras_ignored_optional_missing(tmp_path: Path) -> None:
    path = write(tmp_path, b"channel,person,kind,time\nemail,ann,visit,2027-03-01T00:00:00Z\n")
    log = read_event_log(path)
    assert len(log) == 1
    assert log.people.to_pylist() == ["ann"]
    assert log.referrer.tolist() == [NO_CODE] and log.name.tolist() == [NO_CODE]


def test_bom_crlf_offsets_fractions_and_plain_times(tmp_path: Path) -> None:
    content = (
        "\ufefftime,kind,person,referrer,name\r\n"
        "2027-03-01T02:00:00+02:00,visit,ann,bob,\r\n"
        "2027-03-01T00:00:00.5Z,signup,ann,,\r\n"
        "2027-03-01 00:00:01,activity,ann,,Purchase\r\n"
    ).encode()
    log = read_event_log(write(tmp_path, content))
    base = to_ns(parse_time("2027-03-01T00:00:00Z"))
    assert log.time.tolist() == [base, base + 500_000_000, base + 1_000_000_000]
    assert log.kind_text().to_pylist() == ["visit", "signup", "activity"]
    assert log.people_text(log.referrer).to_pylist() == ["bob", "", ""]


def test_referrer_and_person_share_one_dictionary(tmp_path: Path) -> None:
    path = write(
        tmp_path, b"time,kind,person,referrer\n2027-03-01T00:00:00Z,visit,ann,bob\n2027-03-01T00:00:01Z,visit,bob,ann\n"
    )
    log = read_event_log(path)
    assert log.person[0] == log.referrer[1] and log.person[1] == log.referrer[0]


def test_rows_are_put_in_time_order_stably_and_remember_their_place(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        b"time,kind,person\n2027-03-01T00:00:02Z,visit,c\n2027-03-01T00:00:01Z,visit,a\n2027-03-01T00:00:01Z,visit,b\n",
    )
    log = read_event_log(path)
    assert log.people_text(log.person).to_pylist() == ["a", "b", "c"]
    assert log.order is not None and log.order.tolist() == [1, 2, 0]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", r"events.csv: line 1: the file is empty"),
        (b"time,kind\n2027-03-01T00:00:00Z,visit\n", r"events.csv: line 1 \(header\): no 'person' column"),
        (b"kind,person\nvisit,a\n", r"no 'time' column"),
        (
            b"time,kind,person\n2027-03-01T00:00:00Z,visit,a\n2027-03-01T00:00:00Z,Visit,b\n",
            r"line 3: field 'kind' is 'Visit'; allowed: share, visit",
        ),
        (b"time,kind,person\n2027-03-01T00:00:00Z,visit,\n", r"line 2: field 'person' is empty"),
        (
            b"time,kind,person\n2027-03-01T00:00:00Z,visit,a\nyesterday,visit,b\n",
            r"line 3: field 'time' is 'yesterday'; it must be an ISO 8601 time",
        ),
        (b"time,kind,person\n2027-03-01,visit,a\n", r"line 2: field 'time' is '2027-03-01'"),
        (b"time,kind,person\n2027-02-30T00:00:00Z,visit,a\n", r"line 2: field 'time'"),
        (b"time,kind,person\n2999-01-01T00:00:00Z,visit,a\n", r"line 2: field 'time'.*1678 to 2261"),
        (b"time,kind,person\n,visit,a\n", r"line 2: field 'time' is empty"),
        (
            b"time,kind,person\n2027-03-01T00:00:00Z,visit,a\n2027-03-01T00:00:00Z,visit,b,extra\n",
            r"line 3: 4 fields where the header has 3",
        ),
        (b"time,kind,person\n2027-03-01T00:00:00Z,visit,\xff\n", r"line 2: not UTF-8"),
        (b"\xfftime,kind,person\n", r"line 1: the header is not UTF-8"),
        (
            b'time,kind,person\n2027-03-01T00:00:00Z,visit,a\n2027-03-01T00:00:00Z,visit,"b\n2027-03-01T00:00:00Z,visit,c\n',
            r"line 3: a quoted field starts here and is never closed",
        ),
        (b"\r\x00time,kind,person\n", r"line 1: the header row cannot be read as CSV"),
    ],
)
def test_bad_logs_name_file_line_and_field(tmp_path: Path, content: bytes, message: str) -> None:
    with pytest.raises(EventLogError, match=message):
        read_event_log(write(tmp_path, content))


def test_line_numbers_count_quoted_line_breaks(tmp_path: Path) -> None:
    content = b'time,kind,person,name\n2027-03-01T00:00:00Z,activity,a,"two\nlines"\n2027-03-01T00:00:00Z,oops,b,\n'
    with pytest.raises(EventLogError, match="line 4: field 'kind'"):
        read_event_log(write(tmp_path, content))


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(EventLogError, match="no such file"):
        read_event_log(tmp_path / "nope.csv")


people = st.text(alphabet=st.characters(blacklist_categories=["Cs", "Cc"]), min_size=1, max_size=6)
records = st.lists(
    st.tuples(
        st.integers(0, 10**12).map(lambda s: 1_700_000_000 * 10**9 + s * 1000),
        st.sampled_from(["share", "visit", "signup", "activity", "js_event"]),
        people,
        st.just("") | people,
        st.just("") | st.text(max_size=8, alphabet=st.characters(blacklist_categories=["Cs"])),
    ),
    max_size=30,
)


@settings(max_examples=60, deadline=None)
@given(rows=records)
def test_written_logs_read_back_the_same(tmp_path_factory: pytest.TempPathFactory, rows: list) -> None:
    folder = tmp_path_factory.mktemp("logs")
    log = EventLog.from_records(rows)
    for name in ("events.csv", "events.parquet"):
        write_event_log(log, folder / name)
        again = read_event_log(folder / name)
        assert again.time.tolist() == log.time.tolist()
        assert again.kind.tolist() == log.kind.tolist()
        for codes, other in ((log.person, again.person), (log.referrer, again.referrer)):
            assert log.people_text(codes).to_pylist() == again.people_text(other).to_pylist()
        assert log.name_text(log.name).to_pylist() == again.name_text(again.name).to_pylist()


def test_csv_and_parquet_give_the_same_result(tmp_path: Path) -> None:
    rows = [(to_ns(parse_time(f"2027-03-01T00:00:0{i}Z")), "visit", f"f{i}", "r", "") for i in range(5)]
    log = EventLog.from_records(rows)
    offer = Offer(name="x", goal=Goal(type=GoalType.REFERRED_VISITS, count=2))
    write_event_log(log, tmp_path / "e.csv")
    write_event_log(log, tmp_path / "e.parquet")
    a, b = (replay(offer, read_event_log(tmp_path / name)) for name in ("e.csv", "e.parquet"))
    assert np.array_equal(a.ledger_time, b.ledger_time) and a.totals == b.totals


def test_times_are_written_as_utc_with_z(tmp_path: Path) -> None:
    log = EventLog.from_records([(to_ns(parse_time("2027-03-01T02:00:00.25+02:00")), "visit", "a", "", "")])
    write_event_log(log, tmp_path / "e.csv")
    assert (tmp_path / "e.csv").read_text().splitlines()[1].startswith("2027-03-01T00:00:00.25Z")
    assert format_ns(log.time[0]) == "2027-03-01T00:00:00.25Z"


def test_a_folder_or_pipe_is_refused_with_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(EventLogError, match="not a regular file .* save the event log to a file first"):
        read_event_log(tmp_path)
