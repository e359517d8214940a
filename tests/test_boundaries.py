"""Every numeric option and offer key at its edges — zero, negative, huge, NaN, the ends of the
nanosecond range — through generate, simulate and check: each run succeeds or is refused with
exit 2 naming what was wrong; never an internal error, never a half-written output."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from referral_studio.cli import main
from referral_studio.engine.traffic_options import OPTION_FIELDS, TrafficOptions

NASTY_NUMBERS = ["0", "-0", "-1", "1", "0.5", "1e-300", "1e308", "nan", "inf", "-inf", "9223372036854775808", "1e3"]
NASTY_TIMES = [
    "1677-09-21T00:12:43Z",
    "1677-09-22T00:00:00Z",
    "1970-01-01T00:00:00Z",
    "2262-04-08T00:00:00Z",
    "2262-04-11T23:47:16Z",
    "9999-12-31T23:59:59Z",
    "0001-01-01T00:00:00Z",
    "2027-03-01T00:00:00.123456789Z",
]
NUMERIC = [name for name in OPTION_FIELDS if isinstance(getattr(TrafficOptions(), name), (int, float))]
SMALL = ["--participants", "5", "--days", "0.5"]  # so an option at its top cannot make a huge log

LOG = (
    "time,kind,person,referrer,name\n"
    "1677-09-22T00:00:00Z,visit,ann,bob,\n"
    "2027-03-01T00:00:00.123456789Z,signup,ann,,\n"
    "2027-03-01T00:00:01Z,visit,cid,bob,\n"
    "2261-12-31T23:59:59Z,signup,cid,,\n"
)


def outcome(capsys: pytest.CaptureFixture, argv: list[str]) -> str:
    """Run the command; its stderr, empty on success (argparse's own refusals count as exit 2).

    A success may print warnings (`simulate` says why nothing fell inside the offer window); they are not errors.
    """
    try:
        code = main(argv)
    except SystemExit as exit_:
        code = exit_.code  # type: ignore[assignment]
    err = capsys.readouterr().err
    assert code in (0, 2), err
    if code == 0:
        err = "".join(line for line in err.splitlines(keepends=True) if not line.startswith("warning: "))
    assert (code == 0) == (err == ""), err
    assert "internal error" not in err and "Traceback" not in err
    return err


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(option=st.sampled_from(NUMERIC), value=st.sampled_from(NASTY_NUMBERS))
def test_generate_numeric_options_at_their_edges(
    tmp_path: Path, capsys: pytest.CaptureFixture, option: str, value: str
) -> None:
    out = tmp_path / "events.csv"
    out.unlink(missing_ok=True)
    flag = "--" + option.replace("_", "-")
    if option in ("visits_per_share", "shares_per_sharer") and value in ("1e308", "1e3"):
        value = "1000"  # the documented top; higher is refused like any out-of-range value
    err = outcome(capsys, ["generate", *SMALL, flag, value, "--quiet", "--out", str(out)])
    if err:
        assert flag in err
        assert not out.exists()
    else:
        assert out.read_text().startswith("time,kind,person,referrer,name")


@pytest.mark.parametrize("start", NASTY_TIMES)
def test_generate_start_at_the_ends_of_the_nanosecond_range(
    tmp_path: Path, capsys: pytest.CaptureFixture, start: str
) -> None:
    out = tmp_path / "events.csv"
    err = outcome(capsys, ["generate", *SMALL, "--start", start, "--quiet", "--out", str(out)])
    if err:
        assert "--start" in err and not out.exists()
    else:
        first = out.read_text().splitlines()[1]
        assert first[:4] == start[:4]  # no time wrapped round the nanosecond range


OFFER_VALUES = {
    ("goal", "count"): [0, 1, 1_000_000, 1_000_001, -1, 1.5, True, "5", 2**64],
    ("attribution", "window_days"): [0, -1, 1e-9, 0.5, 1e6, 1e308, 2**64, True, "3"],
    ("rewards", "max_fulfillments"): [0, 1, 2**63, 2**64, -1, 1.5, None],
    ("window", "start"): NASTY_TIMES,
    ("window", "end"): NASTY_TIMES,
}
CASES = [(section, key, value) for (section, key), values in OFFER_VALUES.items() for value in values]


@pytest.mark.parametrize(("section", "key", "value"), CASES)
def test_simulate_with_offer_keys_at_their_edges(
    tmp_path: Path, capsys: pytest.CaptureFixture, section: str, key: str, value: object
) -> None:
    events, offer, out = tmp_path / "events.csv", tmp_path / "x.offer.json", tmp_path / "out"
    events.write_text(LOG)
    document = {"format": "referral-studio.offer", "version": 1, "name": "x"}
    document |= {"goal": {"type": "referred_signups"}, "rewards": {"repeat": True}}
    document.setdefault(section, {})[key] = value
    offer.write_text(json.dumps(document))
    err = outcome(capsys, ["simulate", "--offer", str(offer), "--events", str(events), "--out", str(out), "--quiet"])
    if err:
        assert f"{section}.{key}" in err and not out.exists()
    else:
        summary = json.loads((out / "summary.json").read_text())
        assert summary["events_read"] == 4 and 0 <= summary["credits"] <= 2


SCENARIO = """
[offer]
name = "x"
goal = {{ type = "referred_signups", count = 1 }}
[traffic]
{traffic}
[expect]
{expect}
"""
EXPECTATIONS = [
    "credits = 99999999999999999999999",
    "credits = -1",
    'credits = ">= -99999999999999999999"',
    "credits = 1.5",
    "credits = nan",
    "promo_codes_exhausted_at = 0001-01-01T00:00:00Z",
    "promo_codes_exhausted_at = 9999-12-31T23:59:59.999999Z",
    "[[expect.timeline]]\ntime = 0001-01-01T00:00:00Z\ncredited_referrers = 0",
    '[[expect.timeline]]\ntime = 9999-12-31T23:59:59Z\ncredited_referrers = ">= 0"',
    '[[expect.timeline]]\ntime = "2262-04-11T23:47:16.854775808Z"\ncredited_referrers = 2',
    '[[expect.referrer]]\nname = "bob"\nfulfilled_before = 0001-01-01T00:00:00Z',
    '[[expect.referrer]]\nname = "bob"\nfirst_fulfilled_at = 9999-12-31T23:59:59Z',
    '[[expect.referrer]]\nname = "bob"\nfirst_fulfilled_at = "2027-03-01T00:00:00.1234567891Z"',
]
TRAFFIC = [
    'events = "events.csv"',
    "seed = -1",
    "seed = 1\ndays = nan",
    "seed = 1\ndays = inf",
    "seed = 1\nparticipants = -5",
]


@pytest.mark.parametrize("traffic", TRAFFIC)
@pytest.mark.parametrize("expect", EXPECTATIONS)
def test_check_with_expectations_and_traffic_at_their_edges(
    tmp_path: Path, capsys: pytest.CaptureFixture, traffic: str, expect: str
) -> None:
    (tmp_path / "events.csv").write_text(LOG)
    path = tmp_path / "edge.scenario.toml"
    path.write_text(SCENARIO.format(traffic=traffic, expect=expect))
    code = main(["check", str(path)])
    captured = capsys.readouterr()
    assert "internal error" not in captured.err and "Traceback" not in captured.err, captured.err
    if code == 2:
        assert "edge.scenario.toml" in captured.out and "ERROR" in captured.out
    else:
        assert code in (0, 1) and ("PASS" in captured.out or "FAIL" in captured.out)
