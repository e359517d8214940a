"""Mapping files as own-data.md § 1 describes them: refusals naming file and key, and each reading rule."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from referral_studio.domain.times import format_ns
from referral_studio.engine.log_files import EventLogError, log_table
from referral_studio.engine.log_sources import read_log
from referral_studio.engine.mapping_file import MappingError, mapping_from_dict, mapping_toml, read_mapping
from referral_studio.engine.mapping_preview import preview
from referral_studio.engine.read_report import write_skipped

EXPORT = (
    "Date;Visitor ID;Anonymous ID;Referred By;Event;Activity\n"
    "01/03/2027 10:00;ann;;;Link Shared;\n"
    "01/03/2027 10:05;;anon1;ann;Page View;\n"
    "31/10/2027 02:30;bob;;ann;Sign Up;\n"
    "31/10/2027 02:40;bob;;;Webinar Registration;\n"
    "01/11/2027 02:40;bob;;;Logout;\n"
    "01/11/2027 02:41;bob;;;Logout;\n"
    ";;;;;\n"
)
MAPPING = """format = "csv"
[csv]
delimiter = ";"
encoding = "latin-1"
[fields]
time = "Date"
person = ["Visitor ID", "Anonymous ID"]
referrer = "Referred By"
kind = "Event"
name = "Activity"
[time]
format = "%d/%m/%Y %H:%M"
zone = "Europe/Stockholm"
[kinds]
"Page View" = "visit"
"Sign Up" = "signup"
"Link Shared" = "share"
"Webinar Registration" = { kind = "activity", name = "Registers for Webinar" }
"""


def _files(
    tmp_path: Path, export: str = EXPORT, mapping: str = MAPPING, encoding: str = "latin-1"
) -> tuple[Path, Path]:
    (tmp_path / "export.csv").write_bytes(export.encode(encoding))
    (tmp_path / "shop.mapping.toml").write_text(mapping, encoding="utf-8")
    return tmp_path / "export.csv", tmp_path / "shop.mapping.toml"


def test_a_mapping_reads_fields_kinds_and_local_times(tmp_path: Path) -> None:
    log, report = read_log(*_files(tmp_path))
    rows = log_table(log).to_pylist()
    assert [row["time"] for row in rows] == [
        "2027-03-01T09:00:00Z",  # winter: UTC+1
        "2027-03-01T09:05:00Z",
        "2027-10-31T00:30:00Z",  # 02:30 happens twice that night: the first (summer time, UTC+2)
        "2027-10-31T00:40:00Z",
    ]
    assert [row["person"] for row in rows] == ["ann", "anon1", "bob", "bob"]  # the first non-empty of the list
    assert [row["kind"] for row in rows] == ["share", "visit", "signup", "activity"]
    assert rows[3]["name"] == "Registers for Webinar" and rows[1]["referrer"] == "ann"
    assert report.unmapped == {"Logout": 2} and report.empty_rows == 1 and report.rows == 6
    assert report.kinds["visit"] == 1 and report.events == 4
    assert "  skipped 2 rows whose kind value 'Logout' the mapping does not map" in report.summary_lines()
    assert log.lines([0, 3]).tolist() == [2, 5]


def test_a_time_skipped_by_the_spring_change_is_a_bad_row(tmp_path: Path) -> None:
    export = EXPORT.replace("01/03/2027 10:05", "28/03/2027 02:30")
    with pytest.raises(
        EventLogError, match=r"export.csv: line 3: field 'time' is '28/03/2027 02:30'.*Europe/Stockholm"
    ):
        read_log(*_files(tmp_path, export))
    log, report = read_log(*_files(tmp_path, export), skip_bad_rows=True)
    assert len(log) == 3 and [(r.line, r.reason) for r in report.skipped] == [(3, "nonexistent_time")]
    skipped = write_skipped(report, tmp_path / "out")
    assert skipped is not None
    assert skipped.read_text() == "line,reason,value\n3,nonexistent_time,28/03/2027 02:30\n"


def test_bad_rows_name_their_line_and_value_and_are_skipped_on_request(tmp_path: Path) -> None:
    export = EXPORT.replace("01/03/2027 10:05", "yesterday").replace("31/10/2027 02:40;bob", "31/10/2027 02:40;")
    with pytest.raises(EventLogError, match=r"line 3: field 'time' is 'yesterday'.*--skip-bad-rows"):
        read_log(*_files(tmp_path, export))
    _log, report = read_log(*_files(tmp_path, export), skip_bad_rows=True)
    assert [(r.line, r.reason, r.value) for r in report.skipped] == [(3, "bad_time", "yesterday"), (5, "no_person", "")]
    assert report.skipped_by_reason() == {"bad_time": 1, "no_person": 1}


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (('zone = "Europe/Stockholm"', 'zone = "Europe/Stokholm"'), r"\[time\] zone 'Europe/Stokholm' is not an IANA"),
        (('format = "%d/%m/%Y %H:%M"', 'format = "%d/%m/%Q"'), r"\[time\] format '%d/%m/%Q': %Q is not a directive"),
        (('format = "%d/%m/%Y %H:%M"', 'format = "%H:%M"'), r"\[time\] format '%H:%M' has no year"),
        (
            ('encoding = "latin-1"', 'encodng = "latin-1"'),
            r"unknown key 'encodng' in \[csv\]; allowed: delimiter, encoding",
        ),
        (('name = "Activity"', 'names = "Activity"'), r"unknown key 'names' in \[fields\]"),
        (('"Sign Up" = "signup"', '"Sign Up" = "sign-up"'), r"\[kinds\] 'Sign Up': 'sign-up' is not an event kind"),
        (('delimiter = ";"', 'delimiter = "::"'), r"\[csv\] delimiter must be one of"),
    ],
)
def test_a_bad_mapping_is_refused_naming_the_file_and_key(
    tmp_path: Path, change: tuple[str, str], message: str
) -> None:
    export, mapping = _files(tmp_path, mapping=MAPPING.replace(*change))
    with pytest.raises(MappingError, match=r"shop\.mapping\.toml: " + message):
        read_log(export, mapping)


def test_a_mapping_that_is_not_utf8_is_refused_naming_its_line(tmp_path: Path) -> None:
    export, mapping = _files(tmp_path)
    mapping.write_bytes(MAPPING.encode("latin-1").replace(b'"Page View"', b'"Sidvisning \xe4"'))
    with pytest.raises(MappingError, match=r"shop\.mapping\.toml: line 15: not UTF-8 text"):
        read_log(export, mapping)


def test_a_field_naming_a_missing_column_lists_the_columns_and_the_near_match(tmp_path: Path) -> None:
    export, mapping = _files(tmp_path, mapping=MAPPING.replace('time = "Date"', 'time = "date"'))
    with pytest.raises(MappingError) as caught:
        read_log(export, mapping)
    assert str(caught.value) == (
        f"{mapping}: [fields] time: no column 'date' in {export}; the file has 'Date', 'Visitor ID', 'Anonymous ID', "
        "'Referred By', 'Event', 'Activity' (did you mean 'Date'?)"
    )


def test_the_separator_is_sniffed_and_a_byte_order_mark_wins_over_the_encoding(tmp_path: Path) -> None:
    mapping = MAPPING.replace('delimiter = ";"\n', "").replace('encoding = "latin-1"', 'encoding = "cp1252"')
    for separator, encoding in (("\t", "utf-16"), ("|", "utf-8-sig"), (",", "utf-16-be")):
        text = EXPORT.replace(";", separator)
        data = text.encode(encoding)
        if encoding == "utf-16-be":
            data = b"\xfe\xff" + data
        (tmp_path / "export.csv").write_bytes(data)
        (tmp_path / "shop.mapping.toml").write_text(mapping.replace("Referred By", "Referred By"), encoding="utf-8")
        log, _report = read_log(tmp_path / "export.csv", tmp_path / "shop.mapping.toml")
        assert len(log) == 4, (separator, encoding)


def test_json_lines_paths_numbers_as_written_and_nulls(tmp_path: Path) -> None:
    lines = [
        '{"t": 1709280000.5, "who": {"id": 42}, "ev": "visit", "ref": null}',
        "",
        '{"t": 1709280001, "who": {"id": "u2"}, "ev": "signup", "ref": "42", "extra": [1, 2]}',
        '{"t": 1709280002, "ev": "visit"}',
    ]
    (tmp_path / "e.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    mapping = tmp_path / "e.mapping.toml"
    mapping.write_text(
        'format = "jsonl"\n[fields]\ntime = "t"\nperson = "who.id"\nkind = "ev"\nreferrer = "ref"\n'
        '[time]\nformat = "unix_s"\n',
        encoding="utf-8",
    )
    with pytest.raises(EventLogError, match=r"e.jsonl: line 4: field 'person' is empty"):
        read_log(tmp_path / "e.jsonl", mapping)
    log, report = read_log(tmp_path / "e.jsonl", mapping, skip_bad_rows=True)
    rows = log_table(log).to_pylist()
    assert [row["person"] for row in rows] == ["42", "u2"] and rows[1]["referrer"] == "42"
    assert format_ns(int(log.time[0])) == "2024-03-01T08:00:00.5Z"  # the fraction kept exactly
    assert [(r.line, r.reason) for r in report.skipped] == [(4, "no_person")] and log.lines([1]).tolist() == [3]


def test_the_preview_shows_json_values_as_the_reader_reads_them(tmp_path: Path) -> None:
    export = tmp_path / "e.jsonl"
    export.write_text('{"t": 1709280000, "who": "ann", "ev": "visit", "tags": ["é", 1.50, true]}\n', encoding="utf-8")
    mapping = mapping_from_dict(
        {
            "format": "jsonl",
            "fields": {"time": "t", "person": "who", "kind": "ev", "name": "tags"},
            "time": {"format": "unix_s"},
        },
        str(tmp_path / "e.mapping.toml"),
    )
    shown = preview(export, mapping)
    log, _report = read_log(export, mapping)
    read = log_table(log).to_pylist()[0]["name"]
    assert shown.rows[0][shown.header.index("tags")] == read == '["é", "1.50", true]'  # as the reader gives it


def test_built_in_mappings_read_by_name(tmp_path: Path) -> None:
    segment = tmp_path / "segment.jsonl"
    segment.write_text(
        '{"type": "page", "anonymousId": "a1", "timestamp": "2027-03-01T10:00:00.000+01:00",'
        ' "properties": {"referral_code": "ann", "referrer": "https://x.example"}}\n'
        '{"type": "track", "event": "Signed Up", "userId": "a1", "anonymousId": "a1",'
        ' "timestamp": "2027-03-01T09:10:00Z", "properties": {"referral_code": "ann"}}\n'
        '{"type": "identify", "userId": "a1", "timestamp": "2027-03-01T09:11:00Z"}\n',
        encoding="utf-8",
    )
    log, report = read_log(segment, "segment")
    assert log_table(log).to_pylist()[0] == {
        "time": "2027-03-01T09:00:00Z",
        "kind": "visit",
        "person": "a1",
        "referrer": "ann",
        "name": "",
    }
    assert report.kinds["signup"] == 1 and report.unmapped == {"identify": 1}
    mixpanel = tmp_path / "mixpanel.jsonl"
    mixpanel.write_text(
        '{"event": "Sign Up", "properties": {"time": 1803286800, "distinct_id": "u1", "referral_code": "ann"}}\n',
        encoding="utf-8",
    )
    log, _report = read_log(mixpanel, "mixpanel")
    assert log_table(log).to_pylist()[0]["time"] == "2027-02-22T09:00:00Z" and log.kind.tolist() == [2]
    with pytest.raises(MappingError, match="no such built-in mapping .*mixpanel, segment"):
        read_mapping("amplitude")


def test_a_mapping_written_back_reads_as_the_same_mapping(tmp_path: Path) -> None:
    _export, path = _files(tmp_path)
    mapping = read_mapping(path)
    (tmp_path / "again.mapping.toml").write_text(mapping_toml(mapping), encoding="utf-8")
    again = read_mapping(tmp_path / "again.mapping.toml")
    assert again.fields == mapping.fields and again.kinds == mapping.kinds and again.zone == mapping.zone
    assert (again.delimiter, again.encoding, again.time_format) == (";", "iso8859-1", "%d/%m/%Y %H:%M")


def test_rows_with_the_wrong_number_of_fields_are_bad_rows(tmp_path: Path) -> None:
    export = EXPORT.replace("01/03/2027 10:05;;anon1;ann;Page View;", "01/03/2027 10:05;;anon1")
    with pytest.raises(EventLogError, match="line 3: the row has the wrong number of fields"):
        read_log(*_files(tmp_path, export))
    _log, report = read_log(*_files(tmp_path, export), skip_bad_rows=True)
    assert [(r.line, r.reason, r.value) for r in report.skipped] == [
        (3, "wrong_field_count", "01/03/2027 10:05;;anon1")
    ]
    assert list(csv.reader([report.skipped[0].value], delimiter=";")) == [["01/03/2027 10:05", "", "anon1"]]


def test_a_json_path_no_object_holds_is_refused_with_the_paths_there_are(tmp_path: Path) -> None:
    mapping = tmp_path / "e.mapping.toml"
    mapping.write_text(
        'format = "jsonl"\n[fields]\ntime = "ts"\nkind = "ev"\nperson = "user.ID"\n[time]\nformat = "unix_s"\n'
    )
    for ts in ("1803286800", "1803286800.5"):  # pyarrow's reader; the exact one (a fraction is kept as written)
        (tmp_path / "e.jsonl").write_text(f'{{"ts": {ts}, "ev": "visit", "user": {{"id": "a"}}}}\n')
        with pytest.raises(MappingError) as caught:
            read_log(tmp_path / "e.jsonl", mapping)
        assert "[fields] person: no object holds 'user.ID'" in str(caught.value)
        assert "its objects have 'ts', 'ev', 'user.id' (did you mean 'user.id'?)" in str(caught.value)


def test_a_credits_export_reads_as_rows_without_a_kind(tmp_path: Path) -> None:
    from referral_studio.engine.log_sources import read_rows

    (tmp_path / "credits.csv").write_text(
        "Credited At;Friend;Referrer\n01/03/2027 10:00;bob;ann\n;;\n02/03/2027 10:00;;ann\n"
    )
    mapping = tmp_path / "credits.mapping.toml"
    mapping.write_text(
        '[fields]\ntime = "Credited At"\nperson = "Friend"\nreferrer = "Referrer"\n'
        '[time]\nformat = "%d/%m/%Y %H:%M"\nzone = "Europe/Stockholm"\n'
    )
    with pytest.raises(EventLogError, match="line 4: field 'person' is empty"):
        read_rows(tmp_path / "credits.csv", mapping)
    rows = read_rows(tmp_path / "credits.csv", mapping, skip_bad_rows=True)
    assert [format_ns(int(t)) for t in rows.time] == ["2027-03-01T09:00:00Z"]
    assert rows.fields["referrer"].to_pylist() == ["ann"] and rows.lines.tolist() == [2]
    assert rows.report.empty_rows == 1 and [r.line for r in rows.report.skipped] == [4]
    with pytest.raises(MappingError, match=r"\[fields\] kind is missing; this file needs time, kind, person"):
        read_log(tmp_path / "credits.csv", mapping)


def test_quoted_fields_blank_lines_and_quoted_line_breaks_keep_their_lines(tmp_path: Path) -> None:
    mapping = tmp_path / "q.mapping.toml"
    mapping.write_text('[fields]\ntime = "T"\nkind = "K"\nperson = "P"\nname = "N"\n')
    export = tmp_path / "q.csv"
    export.write_bytes(
        b'T;K;P;N\r\n"2027-03-01T00:00:00Z";"visit";"a";"q"\r\n\r\n"2027-03-01T00:00:01Z";"visit";"b";"q;r"\r\n"x"\r\n'
    )
    log, report = read_log(export, mapping, skip_bad_rows=True)
    assert log.lines([0, 1]).tolist() == [2, 4] and log_table(log).column("name").to_pylist() == ["q", "q;r"]
    assert [(r.line, r.reason) for r in report.skipped] == [(5, "wrong_field_count")]
    export.write_bytes(b'T;K;P;N\n2027-03-01T00:00:00Z;visit;a;"two\nlines"\n2027-03-01T00:00:01Z;visit;b;x\n')
    log, _report = read_log(export, mapping)  # a quoted line break: the record still starts where it starts
    assert log.lines([0, 1]).tolist() == [2, 4] and log_table(log).column("name").to_pylist() == ["two\nlines", "x"]


def test_a_value_longer_than_the_csv_modules_limit_is_data(tmp_path: Path) -> None:
    mapping = tmp_path / "q.mapping.toml"
    mapping.write_text('[fields]\ntime = "T"\nkind = "K"\nperson = "P"\nname = "N"\n')
    long_name = "x" * 200_000
    (tmp_path / "q.csv").write_text(  # a quoted line break sends it through the csv module
        f'T;K;P;N\n2027-03-01T00:00:00Z;activity;a;"{long_name}"\n2027-03-01T00:00:01Z;visit;b;"two\nlines"\n'
    )
    log, _report = read_log(tmp_path / "q.csv", mapping)
    assert log_table(log).column("name").to_pylist() == [long_name, "two\nlines"]


def test_a_latin1_row_of_the_wrong_width_is_found_by_its_line(tmp_path: Path) -> None:
    (tmp_path / "l1.csv").write_bytes(
        "T;K;P\n2027-03-01T00:00:00Z;visit;björn\nbjörn;x\n2027-03-01T00:00:01Z;visit;åsa\n".encode("latin-1")
    )
    mapping = tmp_path / "l1.mapping.toml"  # no delimiter: sniffed although one row disagrees
    mapping.write_text('[csv]\nencoding = "latin-1"\n[fields]\ntime = "T"\nkind = "K"\nperson = "P"\n')
    log, report = read_log(tmp_path / "l1.csv", mapping, skip_bad_rows=True)
    assert log_table(log).column("person").to_pylist() == ["björn", "åsa"] and log.lines([0, 1]).tolist() == [2, 4]
    assert [(r.line, r.value) for r in report.skipped] == [(3, "björn;x")]
