"""The `referral-studio` command as scripts use it: outputs, exit codes, messages, nothing half-written."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest

from referral_studio.cli import main
from referral_studio.domain.offer import Emails, Goal, GoalType, Offer
from referral_studio.domain.offer_file import read_offer_file, write_offer_file

OFFER = Offer(
    name="Spring",
    program="Spring 2027",
    goal=Goal(type=GoalType.REFERRED_VISITS, count=2),
    promo_codes=("A 1", "B;2"),
    emails=Emails(fulfillment="Thanks"),
    rules_url="https://example.com/rules",
)
LOG = (
    "time,kind,person,referrer,name\n"
    "2027-03-01T00:00:01Z,visit,ann,bob,\n"
    "2027-03-01T00:00:02Z,visit,ann,bob,\n"
    "2027-03-01T00:00:03Z,visit,cid,bob,\n"
    "2027-03-01T00:00:04Z,visit,bob,bob,\n"
    "2027-03-01T00:00:05Z,signup,cid,,\n"
    "2027-03-01T02:00:06+02:00,visit,dee,eve,\n"
)


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    offer, events = tmp_path / "spring.offer.json", tmp_path / "events.csv"
    write_offer_file(OFFER, offer)
    events.write_text(LOG)
    return {"offer": offer, "events": events, "out": tmp_path / "out", "db": tmp_path / "store.sqlite3"}


def simulate_args(files: dict[str, Path], *, quiet: bool = True) -> list[str]:
    """`simulate` on the fixture's offer and log, into its out folder."""
    args = ["simulate", "--offer", str(files["offer"]), "--events", str(files["events"]), "--out", str(files["out"])]
    return [*args, "--quiet"] if quiet else args


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(newline="") as stream:
        return list(csv.DictReader(stream))


def test_simulate_writes_the_four_files(files: dict[str, Path]) -> None:
    assert main(simulate_args(files)) == 0
    out = files["out"]
    assert (out / "referrers.csv").read_text().splitlines() == [
        "referrer,credits,fulfillments,first_fulfilled_at",
        "bob,2,1,2027-03-01T00:00:03Z",
        "eve,1,0,",
    ]
    assert (out / "fulfillments.csv").read_text().splitlines() == [
        "referrer,fulfillment,time,promo_code",
        "bob,1,2027-03-01T00:00:03Z,A 1",
    ]
    assert (out / "timeline.csv").read_text().splitlines() == [
        "time,credited_referrers,fulfilled_referrers",
        "2027-03-01T00:00:01Z,1,0",
        "2027-03-01T00:00:03Z,1,1",
        "2027-03-01T00:00:06Z,2,1",
    ]
    assert json.loads((out / "summary.json").read_text()) == {
        "events_read": 6,
        "events_in_window": 6,
        "credits": 3,
        "credited_referrers": 2,
        "fulfilled_referrers": 1,
        "fulfillments": 1,
        "promo_codes_used": 1,
        "promo_codes_exhausted_at": None,
        "credits_blocked": {"same_ip": 0, "same_device": 0, "same_email": 0, "blocked_email_domain": 0},
        "credits_for_review": 0,
        "credits_reversed": 0,
        "credits_pending": 0,
    }
    assert list(json.loads((out / "summary.json").read_text())) == [
        "events_read",
        "events_in_window",
        "credits",
        "credited_referrers",
        "fulfilled_referrers",
        "fulfillments",
        "promo_codes_used",
        "promo_codes_exhausted_at",
        "credits_blocked",
        "credits_for_review",
        "credits_reversed",
        "credits_pending",
    ]


def test_referrers_sort_by_credits_then_code_point(tmp_path: Path, files: dict[str, Path]) -> None:
    rows = ["time,kind,person,referrer"] + [
        f"2027-03-01T00:00:0{i}Z,visit,f{i},{r}" for i, r in enumerate(["b", "B", "a", "é", "a"])
    ]
    files["events"].write_text("\n".join(rows) + "\n")
    assert main(simulate_args(files)) == 0
    assert [r["referrer"] for r in read_csv(files["out"] / "referrers.csv")] == ["a", "B", "b", "é"]


def test_codes_with_commas_and_quotes_survive_csv(files: dict[str, Path]) -> None:
    write_offer_file(OFFER.replace(goal=Goal(count=1), promo_codes=('say "hi", now',)), files["offer"])
    main(simulate_args(files))
    assert read_csv(files["out"] / "fulfillments.csv")[0]["promo_code"] == 'say "hi", now'


def test_bad_log_exits_2_with_one_line_and_writes_nothing(
    files: dict[str, Path], capsys: pytest.CaptureFixture
) -> None:
    files["events"].write_text(LOG + "2027-03-01T00:00:07Z,click,ann,bob,\n")
    code = main(simulate_args(files, quiet=False))
    err = capsys.readouterr().err
    assert code == 2
    assert err.count("\n") == 1 and "events.csv: line 8: field 'kind' is 'click'" in err
    assert not files["out"].exists()


def test_bad_offer_exits_2(files: dict[str, Path], capsys: pytest.CaptureFixture) -> None:
    files["offer"].write_text('{"format": "referral-studio.offer", "version": 1, "name": "x", "goal": {"count": 0}}')
    assert main(simulate_args(files, quiet=False)) == 2
    assert "'goal.count'" in capsys.readouterr().err


def test_failed_rerun_leaves_earlier_results_whole(files: dict[str, Path]) -> None:
    args = simulate_args(files)
    assert main(args) == 0
    before = {p.name: p.read_bytes() for p in files["out"].iterdir()}
    files["events"].write_text("time,kind\n")
    assert main(args) == 2
    assert {p.name: p.read_bytes() for p in files["out"].iterdir()} == before


def test_generate_is_byte_identical_by_seed(tmp_path: Path) -> None:
    for name in ("a.csv", "b.csv"):
        assert main(["generate", "--participants", "200", "--seed", "5", "--out", str(tmp_path / name), "--quiet"]) == 0
    assert (tmp_path / "a.csv").read_bytes() == (tmp_path / "b.csv").read_bytes()
    assert (tmp_path / "a.csv").read_text().startswith("time,kind,person,referrer,name\n")


def test_generate_refuses_bad_options(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    assert main(["generate", "--share-rate", "2", "--out", str(tmp_path / "e.csv")]) == 2
    assert "--share-rate: a fraction from 0 to 1" in capsys.readouterr().err
    assert main(["generate", "--start", "soon", "--out", str(tmp_path / "e.csv")]) == 2
    assert not (tmp_path / "e.csv").exists()


def test_offers_import_list_export_round_trip(files: dict[str, Path], capsys: pytest.CaptureFixture) -> None:
    db = ["--database", str(files["db"])]
    assert main(["offers", "import", str(files["offer"]), *db]) == 0
    assert main(["offers", "list", *db]) == 0
    listing = capsys.readouterr().out
    assert "Spring 2027" in listing and "draft" in listing and "Referred Visits × 2" in listing
    out = files["out"].with_suffix(".offer.json")
    assert main(["offers", "export", "Spring", "--draft", "--out", str(out), *db]) == 0
    assert read_offer_file(out) == OFFER
    assert out.read_bytes() == files["offer"].read_bytes()


def test_export_without_an_approved_version_says_so(files: dict[str, Path], capsys: pytest.CaptureFixture) -> None:
    db = ["--database", str(files["db"])]
    main(["offers", "import", str(files["offer"]), *db])
    assert main(["offers", "export", "Spring", "--out", str(files["out"]), *db]) == 2
    assert "no approved version; use --draft" in capsys.readouterr().err


def test_import_clash_and_broken_file_change_nothing(files: dict[str, Path], capsys: pytest.CaptureFixture) -> None:
    db = ["--database", str(files["db"])]
    assert main(["offers", "import", str(files["offer"]), *db]) == 0
    assert main(["offers", "import", str(files["offer"]), *db]) == 2
    assert "already exists" in capsys.readouterr().err
    broken = files["offer"].with_name("broken.offer.json")
    broken.write_text('{"format": "referral-studio.offer", "version": 1, "name": "New", "goal": {"type": "x"}}')
    assert main(["offers", "import", str(broken), *db]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "broken.offer.json" in err and "'goal.type'" in err
    main(["offers", "list", *db])
    assert "New" not in capsys.readouterr().out


def test_database_from_the_environment(
    files: dict[str, Path], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    monkeypatch.setenv("REFERRAL_STUDIO_DATABASE", str(files["db"]))
    assert main(["offers", "import", str(files["offer"])]) == 0
    assert files["db"].exists()


def test_usage_errors_exit_2_and_help_exits_0() -> None:
    run = [sys.executable, "-m", "referral_studio"]
    assert subprocess.run([*run, "simulate"], capture_output=True, check=False).returncode == 2
    assert subprocess.run([*run, "frobnicate"], capture_output=True, check=False).returncode == 2
    for command in ([], ["simulate"], ["generate"], ["offers"], ["offers", "export"]):
        result = subprocess.run([*run, *command, "--help"], capture_output=True, text=True, check=False)
        assert result.returncode == 0 and "usage: referral-studio" in result.stdout


def test_explain_lists_a_referrers_events_with_reasons(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    events = tmp_path / "events.csv"
    events.write_text(
        "time,kind,person,referrer,name\n2027-03-01T01:00:00Z,visit,ann,bob,\n2027-03-01T02:00:00Z,visit,ann,bob,\n"
        "2027-03-01T03:00:00Z,visit,cid,bob,\n2027-03-01T04:00:00Z,visit,bob,bob,\n2027-03-01T05:00:00Z,signup,cid,,\n"
    )
    offer = tmp_path / "o.offer.json"
    offer.write_text(
        '{"format": "referral-studio.offer", "version": 1, "name": "x", '
        '"goal": {"type": "referred_signups", "count": 1}, "promo_codes": ["P1"]}'
    )
    args = ["simulate", "--offer", str(offer), "--events", str(events), "--out", str(tmp_path / "out"), "--quiet"]
    assert main([*args, "--explain", "bob"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "Why bob: 5 events, 1 credit, 1 fulfillment"
    assert "line 5" in lines[4] and "self-referral" in lines[4]
    assert (
        "line 6" in lines[5] and "credit 1 to bob (attributed by first touch); fulfillment 1, promo code P1" in lines[5]
    )
    assert main([*args[:-3], "--out", str(tmp_path / "other"), "--quiet", "--explain", "Bob"]) == 2
    assert "no event in" in capsys.readouterr().err and not (tmp_path / "other").exists()
