"""Issue 24 item 15: a CSV read without a mapping suggests the separator or the capitalisation; `,,,,` rows are empty."""

from __future__ import annotations

from pathlib import Path

import pytest

from referral_studio.engine.log_files import EventLogError, log_table, read_event_log


@pytest.mark.parametrize(
    ("separator", "named"), [(";", "';'-separated"), ("\t", "tab-separated"), ("|", "'|'-separated")]
)
def test_a_file_with_another_separator_suggests_it_and_a_mapping(tmp_path: Path, separator: str, named: str) -> None:
    path = tmp_path / "export.csv"
    path.write_text(
        separator.join(["time", "kind", "person"])
        + "\n"
        + separator.join(["2027-03-01T00:00:00Z", "visit", "a"])
        + "\n"
    )
    with pytest.raises(EventLogError) as caught:
        read_event_log(path)
    assert "no 'time' column" in str(caught.value)
    assert f"the header looks {named}, and an event log is comma-separated: read it with --mapping" in str(caught.value)


def test_a_capitalised_header_names_the_column_as_the_log_needs_it(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_text("Time,kind,person\n2027-03-01T00:00:00Z,visit,a\n")
    with pytest.raises(
        EventLogError, match=r"no 'time' column.*the header has 'Time': column names are exact and lower case"
    ):
        read_event_log(path)


def test_a_spreadsheets_empty_rows_are_ignored_and_later_lines_stay_right(tmp_path: Path) -> None:
    path = tmp_path / "from-excel.csv"
    path.write_text(
        "time,kind,person,referrer,name\r\n"
        "2027-03-01T00:00:00Z,share,ann,,\r\n"
        ",,,,\r\n"
        "2027-03-01T00:01:00Z,visit,bob,ann,\r\n"
        ",,,,\r\n,,,,\r\n"
    )
    log = read_event_log(path)
    assert log_table(log).column("person").to_pylist() == ["ann", "bob"]
    assert log.lines([0, 1]).tolist() == [2, 4]
    path.write_text("time,kind,person\n2027-03-01T00:00:00Z,visit,a\n,,\n,nonsense,\n")
    with pytest.raises(EventLogError, match="line 4: field 'kind' is 'nonsense'"):
        read_event_log(path)  # a row with anything in it is still read, and refused by its line
