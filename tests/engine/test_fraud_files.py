"""Fraud columns and refunds through CSV and Parquet; blocked.csv, summary keys and the fraud report via the CLI."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pyarrow.csv as pcsv
import pyarrow.parquet as pq
import pytest

from referral_studio.cli import main
from referral_studio.domain.offer import Fraud, Goal, GoalType, Offer, Rewards
from referral_studio.domain.offer_file import write_offer_file
from referral_studio.engine.log_files import read_event_log
from referral_studio.engine.replay import replay

HEADER = "time,kind,person,referrer,name,ip,device,email,fraud\n"
LOG = (
    HEADER
    + "2027-03-01T09:00:00Z,share,bob,,,10.0.0.7,,bob@x.com,false\n"
    + "2027-03-01T10:00:00Z,signup,ann,bob,,10.0.0.7,,,true\n"  # blocked same_ip (fraud: a true positive)
    + '2027-03-01T11:00:00Z,signup,cid,bob,,10.0.0.9,,"c,d@mailinator.com",true\n'  # blocked domain, quoted
    + "2027-03-01T12:00:00Z,signup,dan,bob,,::ffff:10.0.0.7,,,false\n"  # blocked same_ip: a false positive
    + "2027-03-01T13:00:00Z,signup,eve,bob,,,,,true\n"  # counted although fraud: a false negative
    + "2027-03-01T14:00:00Z,signup,fay,gus,,,,,false\n"  # counted, then reversed by her refund
    + "2027-03-01T15:00:00Z,refund,fay,someone,ignored,,,,false\n"
    + "2027-03-01T16:00:00Z,signup,hal,gus,,,,,false\n"  # counted (matures at 16:00 + 0.25 d = 22:00)
    + "2027-03-02T00:00:00Z,share,gus,,,,,,false\n"
)
OFFER = Offer(
    name="x",
    goal=Goal(type=GoalType.REFERRED_SIGNUPS),
    rewards=Rewards(repeat=True),
    fraud=Fraud(same_ip=True, blocked_email_domains=("mailinator.com",), hold_days=0.25),
)


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    offer, events = tmp_path / "o.offer.json", tmp_path / "events.csv"
    write_offer_file(OFFER, offer)
    events.write_text(LOG)
    return {"offer": offer, "events": events, "out": tmp_path / "out"}


def simulate(files: dict[str, Path], *extra: str) -> int:
    return main(
        ["simulate", "--offer", str(files["offer"]), "--events", str(files["events"]), "--out", str(files["out"]), "--quiet", *extra]
    )  # fmt: skip


def rows(path: Path) -> list[dict[str, str]]:
    with path.open(newline="") as stream:
        return list(csv.DictReader(stream))


def test_csv_and_parquet_give_the_same_coded_columns_and_refunds_drop_their_referrer(tmp_path: Path) -> None:
    path = tmp_path / "events.csv"
    path.write_text(LOG)
    from_csv = read_event_log(path)
    assert set(from_csv.coded) == {"ip", "device", "email", "fraud"}
    assert from_csv.coded_text("email").to_pylist()[2] == "c,d@mailinator.com"
    assert from_csv.people_text(from_csv.referrer).to_pylist()[6] == ""  # the refund's referrer is ignored
    table = pcsv.read_csv(path, convert_options=pcsv.ConvertOptions(strings_can_be_null=True))
    parquet = tmp_path / "events.parquet"
    pq.write_table(table, parquet)  # empty cells become nulls: a null is an empty value
    from_parquet = read_event_log(parquet)
    for column in ("ip", "device", "email", "fraud"):
        assert from_parquet.coded_text(column).to_pylist() == from_csv.coded_text(column).to_pylist()
    assert replay(OFFER, from_parquet).fates.summary() == replay(OFFER, from_csv).fates.summary()


def test_simulate_writes_blocked_csv_summary_keys_and_the_fraud_report(files: dict[str, Path]) -> None:
    assert simulate(files, "--reward-per-fulfillment", "12.5") == 0
    out = files["out"]
    assert (out / "blocked.csv").read_text().splitlines() == [
        "time,line,person,referrer,outcome,rule,value,until",
        "2027-03-01T10:00:00Z,3,ann,bob,blocked,same_ip,10.0.0.7,",
        "2027-03-01T11:00:00Z,4,cid,bob,blocked,blocked_email_domain,mailinator.com,",
        "2027-03-01T12:00:00Z,5,dan,bob,blocked,same_ip,10.0.0.7,",
        "2027-03-01T14:00:00Z,7,fay,gus,reversed,refund,8,2027-03-01T15:00:00Z",
    ]
    summary = json.loads((out / "summary.json").read_text())
    assert summary["credits_blocked"] == {"same_ip": 2, "same_device": 0, "same_email": 0, "blocked_email_domain": 1}
    assert (summary["credits_reversed"], summary["credits_pending"], summary["credits"]) == (1, 0, 2)
    report = rows(out / "fraud-report.csv")
    assert [row["rule"] for row in report] == ["same_ip", "blocked_email_domain", "refund", "all"]
    by_rule = {row.pop("rule"): row for row in report}
    # Labels: ann and cid fraud (caught), dan honest (caught), eve fraud (counted), fay honest (reversed).
    assert by_rule["same_ip"] == {
        "credits": "2",
        "true_positives": "1",
        "false_positives": "1",
        "false_negatives": "1",
        "precision": "0.5",
        "recall": repr(1 / 3),
        "cost_saved": "12.5",  # without ann's credit bob has one fulfillment fewer
        "cost_wrongly_withheld": "12.5",
    }
    assert by_rule["all"]["credits"] == "4" and by_rule["all"]["true_positives"] == "2"
    assert by_rule["all"]["recall"] == repr(2 / 3) and by_rule["all"]["precision"] == "0.5"
    assert by_rule["refund"]["precision"] == "0.0" and by_rule["refund"]["cost_wrongly_withheld"] == "12.5"


def test_as_of_leaves_later_maturities_pending(files: dict[str, Path]) -> None:
    assert simulate(files, "--as-of", "2027-03-01T21:59:00Z") == 0
    blocked = rows(files["out"] / "blocked.csv")
    assert blocked[-1] == {
        "time": "2027-03-01T16:00:00Z",
        "line": "9",
        "person": "hal",
        "referrer": "gus",
        "outcome": "pending",
        "rule": "",
        "value": "",
        "until": "2027-03-01T22:00:00Z",
    }


def test_without_fraud_settings_blocked_csv_is_its_header_and_the_keys_are_zeros(files: dict[str, Path]) -> None:
    write_offer_file(OFFER.replace(fraud=Fraud()), files["offer"])
    assert simulate(files) == 0
    assert (files["out"] / "blocked.csv").read_text() == "time,line,person,referrer,outcome,rule,value,until\n"
    summary = json.loads((files["out"] / "summary.json").read_text())
    assert summary["credits_for_review"] == summary["credits_reversed"] == summary["credits_pending"] == 0
    assert [row["rule"] for row in rows(files["out"] / "fraud-report.csv")] == ["all"]


@pytest.mark.parametrize(("label", "shown"), [("yes", "'yes'"), ("", "empty"), ("True", "'True'")])
def test_a_credit_without_a_true_or_false_label_is_refused_with_file_line_and_field(
    files: dict[str, Path], capsys: pytest.CaptureFixture, label: str, shown: str
) -> None:
    files["events"].write_text(
        LOG.replace("14:00:00Z,signup,fay,gus,,,,,false", f"14:00:00Z,signup,fay,gus,,,,,{label}")
    )
    assert simulate(files) == 2
    error = capsys.readouterr().err
    assert f"events.csv: line 7: field 'fraud' is {shown}; allowed: true, false" in error
    assert not files["out"].exists() or not any(files["out"].iterdir())


def test_no_fraud_column_no_report(files: dict[str, Path]) -> None:
    files["events"].write_text("time,kind,person,referrer\n2027-03-01T10:00:00Z,signup,ann,bob\n")
    assert simulate(files) == 0
    assert not (files["out"] / "fraud-report.csv").exists()


def test_a_bad_reward_is_refused(files: dict[str, Path], capsys: pytest.CaptureFixture) -> None:
    assert simulate(files, "--reward-per-fulfillment", "-1") == 2
    assert "--reward-per-fulfillment" in capsys.readouterr().err


def test_columns_the_rules_do_not_look_at_can_be_left_unread(tmp_path: Path) -> None:
    path = tmp_path / "events.csv"
    path.write_text(LOG)
    log = read_event_log(path, skip={"device", "email"})
    assert set(log.coded) == {"ip", "fraud"}
    full = replay(OFFER.replace(fraud=Fraud(same_ip=True)), read_event_log(path))
    assert replay(OFFER.replace(fraud=Fraud(same_ip=True)), log).fates.summary() == full.fates.summary()
