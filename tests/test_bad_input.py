"""Whatever bytes arrive, every parser answers with a value or its own clear error — never another exception.

Hypothesis builds near-miss inputs (valid files with one part broken) as well as raw bytes.
The CLI battery checks the user's side: exit 2, the file named, no traceback, nothing written.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from referral_studio.cli import main
from referral_studio.domain.offer_file import OfferFileError, loads_offer, read_offer_file
from referral_studio.domain.promo_codes import PromoCodeFileError, parse_promo_codes
from referral_studio.engine.log_files import EventLogError, read_event_log

VALID_OFFER = {
    "format": "referral-studio.offer",
    "version": 1,
    "name": "Spring",
    "goal": {"type": "smart_list_trigger", "count": 2, "trigger_activities": ["Opportunity Created"]},
    "window": {"start": "2027-03-01T00:00:00Z", "end": None},
    "promo_codes": ["A"],
    "rewards": {"repeat": True, "max_fulfillments": 3},
}
VALID_LOG = b"time,kind,person,referrer,name\n2027-03-01T00:00:00Z,visit,ann,bob,\n2027-03-01T01:00:00Z,signup,ann,,\n"
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**70), 2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=8,
)


def paths(data: dict) -> list[tuple[str, ...]]:
    """Every key path of a nested dict."""
    found = []
    for key, value in data.items():
        found.append((key,))
        if isinstance(value, dict):
            found.extend((key, *rest) for rest in paths(value))
    return found


@FUZZ
@given(data=st.data())
def test_an_offer_with_any_one_value_replaced_is_read_or_refused_by_name(data: st.DataObject) -> None:
    offer = json.loads(json.dumps(VALID_OFFER))
    path = data.draw(st.sampled_from(paths(offer) + [("unknown_key",), ("goal", "unknown")]))
    target = offer
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = data.draw(json_values)
    try:
        loads_offer(json.dumps(offer), "spring.offer.json")
    except OfferFileError as error:
        assert "spring.offer.json" in str(error) and path[-1] in str(error) or "version" in str(error)


@FUZZ
@given(raw=st.binary(max_size=300) | st.text(max_size=300).map(str.encode))
def test_any_bytes_as_an_offer_file_are_read_or_refused(tmp_path: Path, raw: bytes) -> None:
    file = tmp_path / "x.offer.json"
    file.write_bytes(raw)
    try:
        read_offer_file(file)
    except OfferFileError as error:
        assert "x.offer.json" in str(error)


@FUZZ
@given(raw=st.binary(max_size=300))
def test_any_bytes_as_promo_codes_are_read_or_refused_by_line(raw: bytes) -> None:
    try:
        codes = parse_promo_codes(raw, "codes.txt")
    except PromoCodeFileError as error:
        assert "codes.txt" in str(error) and "line" in str(error)
    else:
        assert all("\n" not in code for code in codes)


def mutate_log(data: st.DataObject) -> bytes:
    """The valid log with one byte-level change: an insertion, a deletion or a replacement."""
    position = data.draw(st.integers(0, len(VALID_LOG)))
    junk = data.draw(
        st.sampled_from([b",", b"\n", b"\r\n", b'"', b"\xff", b"\xef\xbb\xbf", b"\x00", b"Visit", b"9" * 30, b""])
    )
    cut = data.draw(st.integers(0, 3))
    return VALID_LOG[:position] + junk + VALID_LOG[position + cut :]


@FUZZ
@given(data=st.data())
def test_a_log_with_any_small_damage_is_read_or_refused_with_its_line(tmp_path: Path, data: st.DataObject) -> None:
    raw = data.draw(st.binary(max_size=200)) if data.draw(st.booleans()) else mutate_log(data)
    file = tmp_path / "events.csv"
    file.write_bytes(raw)
    try:
        log = read_event_log(file)
    except EventLogError as error:
        assert "events.csv" in str(error) and "line" in str(error)
    else:
        assert len(log) <= raw.count(b"\n") + 1


BAD_OFFERS = {
    "empty": b"",
    "not json": b"{not json",
    "bom and crlf, missing name": b'\xef\xbb\xbf{"format": "referral-studio.offer",\r\n "version": 1}',
    "wrong type": json.dumps({**VALID_OFFER, "goal": {"type": "smart_list_trigger", "count": "two"}}).encode(),
    "huge number": json.dumps({**VALID_OFFER, "goal": {"type": "referred_visits", "count": 10**30}}).encode(),
    "unknown key": json.dumps({**VALID_OFFER, "colour": "blue"}).encode(),
    "newer version": json.dumps({**VALID_OFFER, "version": 99}).encode(),
    "not utf-8": b'{"format": "referral-studio.offer", "version": 1, "name": "\xff"}',
}
BAD_LOGS = {
    "empty": b"",
    "missing column": b"time,kind\n2027-03-01T00:00:00Z,visit\n",
    "bad kind with crlf": b"time,kind,person\r\n2027-03-01T00:00:00Z,click,a\r\n",
    "not utf-8": b"time,kind,person\n2027-03-01T00:00:00Z,visit,\xff\n",
    "huge year": b"time,kind,person\n99999-03-01T00:00:00Z,visit,a\n",
    "parquet that is not": b"PAR1 nothing here",
}


@pytest.mark.parametrize("case", list(BAD_OFFERS))
def test_cli_refuses_each_bad_offer_file_cleanly(case: str, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    offer = tmp_path / "bad.offer.json"
    offer.write_bytes(BAD_OFFERS[case])
    events = tmp_path / "events.csv"
    events.write_bytes(VALID_LOG)
    database = tmp_path / "store.sqlite3"
    assert (
        main(["simulate", "--offer", str(offer), "--events", str(events), "--out", str(tmp_path / "out"), "--quiet"])
        == 2
    )
    assert main(["offers", "import", str(offer), "--database", str(database)]) == 2
    err = capsys.readouterr().err
    assert err.count("bad.offer.json") >= 2 and "Traceback" not in err
    assert not (tmp_path / "out").exists()
    assert main(["offers", "list", "--database", str(database)]) == 0
    assert "bad" not in capsys.readouterr().out.lower()  # nothing was imported


@pytest.mark.parametrize("case", list(BAD_LOGS))
def test_cli_refuses_each_bad_event_log_cleanly(case: str, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    offer = tmp_path / "good.offer.json"
    offer.write_text(json.dumps(VALID_OFFER))
    suffix = ".parquet" if case.startswith("parquet") else ".csv"
    events = tmp_path / f"bad{suffix}"
    events.write_bytes(BAD_LOGS[case])
    assert (
        main(["simulate", "--offer", str(offer), "--events", str(events), "--out", str(tmp_path / "out"), "--quiet"])
        == 2
    )
    err = capsys.readouterr().err
    assert f"bad{suffix}" in err and ("line" in err or "not a readable Parquet file" in err) and "Traceback" not in err
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("command", ["simulate", "reconcile"])
def test_an_out_folder_that_is_a_file_is_refused_and_kept(
    command: str, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    offer, events, out = tmp_path / "good.offer.json", tmp_path / "events.csv", tmp_path / "out"
    offer.write_text(json.dumps(VALID_OFFER))
    events.write_bytes(VALID_LOG)
    out.write_text("mine")
    extra = ["--credits", str(events)] if command == "reconcile" else []
    assert main([command, "--offer", str(offer), "--events", str(events), *extra, "--out", str(out), "--quiet"]) == 2
    assert f"{out}: --out must be a folder, and this is a file" in capsys.readouterr().err
    assert out.read_text() == "mine"


VALID_SCENARIO = b"""name = "s"
[offer]
name = "Inline"
goal = { type = "referred_signups", count = 2 }
[traffic]
seed = 3
participants = 50
[expect]
credits = ">= 1"
[[expect.referrer]]
name = "u0000001"
fulfilled = true
[[expect.timeline]]
time = 2027-03-10T00:00:00Z
credited_referrers = 3
"""


@FUZZ
@given(data=st.data())
def test_a_scenario_with_any_small_damage_is_read_or_refused_by_name(tmp_path: Path, data: st.DataObject) -> None:
    from referral_studio.qa.scenario import Scenario, ScenarioError
    from referral_studio.qa.scenario_reader import load_scenario

    position = data.draw(st.integers(0, len(VALID_SCENARIO)))
    junk = data.draw(
        st.sampled_from(
            [
                b"",
                b"=",
                b'"',
                b"[",
                b"]",
                b"\n",
                b"\xff",
                b"-1",
                b"1e999",
                b"true",
                b"{",
                b"x = 1\n",
                b"[expect]\n",
                b"'>= '",
                b"99999999999999999999999",
            ]
        )
    )
    raw = VALID_SCENARIO[:position] + junk + VALID_SCENARIO[position + data.draw(st.integers(0, 4)) :]
    file = tmp_path / "s.scenario.toml"
    file.write_bytes(raw)
    try:
        assert isinstance(load_scenario(file), Scenario)
    except ScenarioError as error:
        assert "s.scenario.toml" in str(error)
