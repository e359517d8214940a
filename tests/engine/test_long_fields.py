"""CSV values longer than the csv module's default field limit (131,072 characters) are data, not errors."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from referral_studio.engine.csv_layout import physical_lines
from referral_studio.engine.log_files import EventLogError, read_event_log

LONG = "x" * 200_000
HEADER = "time,kind,person,referrer,name"
OBRIEN = '2027-03-01T11:00:00Z,signup,O"Brien,,'  # a quote mid-value: a plain character, the file irregular


def write(path: Path, *rows: str) -> Path:
    path.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    return path


def test_a_row_error_after_a_long_value_names_its_line(tmp_path: Path) -> None:
    log = write(
        tmp_path / "log.csv",
        f"2027-03-01T10:00:00Z,visit,ann,bob,{LONG}",
        "2027-03-01T11:00:00Z,signup,dan,bob,,extra",
    )
    with pytest.raises(EventLogError, match=r"log\.csv: line 3: 6 fields where the header has 5"):
        read_event_log(log)


def test_a_mid_value_quote_after_a_long_value_reads_and_is_located(tmp_path: Path) -> None:
    log = write(
        tmp_path / "log.csv",
        f"2027-03-01T10:00:00Z,visit,ann,bob,{LONG}",
        OBRIEN,
        "2027-03-01T12:00:00Z,signup,cid,bob,",
    )
    events = read_event_log(log)
    assert len(events) == 3
    assert np.array_equal(physical_lines(log, [0, 1, 2]), [2, 3, 4])


def test_a_bad_value_in_an_irregular_file_with_a_long_value_names_its_line(tmp_path: Path) -> None:
    quoted = f'2027-03-01T10:00:00Z,visit,ann,bob,"{LONG}\nsecond line"'
    log = write(tmp_path / "log.csv", quoted, OBRIEN, "2027-03-01T12:00:00Z,wat,cid,bob,")
    with pytest.raises(EventLogError, match=r"log\.csv: line 5: field 'kind' is 'wat'"):
        read_event_log(log)
