"""`generate --fraud-rate`: seeded, byte-identical without it, labelled, with identities and honest noise."""

from __future__ import annotations

import hashlib
from pathlib import Path

import numpy as np
import pytest

from referral_studio.cli import main
from referral_studio.domain.identities import normalise_email
from referral_studio.domain.offer import Fraud, Goal, GoalType, Offer
from referral_studio.engine.fraud_report import fraud_report
from referral_studio.engine.generator import generate
from referral_studio.engine.kinds import Kind
from referral_studio.engine.log_files import read_event_log, write_event_log
from referral_studio.engine.presets import preset_options
from referral_studio.engine.replay import replay

SMALL = ["--preset", "classroom", "--participants", "400", "--days", "20", "--quiet"]  # classroom: many referrals


def generate_file(path: Path, *options: str) -> bytes:
    assert main(["generate", *SMALL, *options, "--out", str(path)]) == 0
    return path.read_bytes()


def test_without_fraud_options_the_output_is_the_plain_generators_bytes(tmp_path: Path) -> None:
    written = generate_file(tmp_path / "a.csv")
    write_event_log(generate(preset_options("classroom", participants=400, days=20)).log, tmp_path / "plain.csv")
    assert written == (tmp_path / "plain.csv").read_bytes()
    assert written.split(b"\n", 1)[0] == b"time,kind,person,referrer,name"


def test_same_seed_same_bytes_and_the_honest_rows_are_kept(tmp_path: Path) -> None:
    a = generate_file(tmp_path / "a.csv", "--fraud-rate", "0.2")
    b = generate_file(tmp_path / "b.csv", "--fraud-rate", "0.2")
    c = generate_file(tmp_path / "c.csv", "--fraud-rate", "0.2", "--seed", "2")
    assert hashlib.sha256(a).digest() == hashlib.sha256(b).digest() and a != c
    generate_file(tmp_path / "plain.csv")
    plain = read_event_log(tmp_path / "plain.csv")
    fraud = read_event_log(tmp_path / "a.csv")
    honest_rows = np.isin(fraud.kind, (Kind.REFUND,), invert=True)
    fakes = np.array(["b" in name for name in fraud.people_text(fraud.person).to_pylist()])
    # Every row of the plain log is still there (the fraud step adds refunds and bursts' fake friends only).
    assert int((honest_rows & ~fakes).sum()) == len(plain)


def test_labels_identities_and_the_share_of_fraudulent_friends(tmp_path: Path) -> None:
    generate_file(tmp_path / "f.csv", "--fraud-rate", "0.3", "--fraud-mix", "same_ip=1,same_email=1,refund=1")
    log = read_event_log(tmp_path / "f.csv")
    label = log.coded_text("fraud").to_pylist()
    person = log.person
    # Every row of a fraudulent friend is labelled true, every other row false.
    fraud_people = {int(p) for p, value in zip(person.tolist(), label, strict=True) if value == "true"}
    assert all((value == "true") == (int(p) in fraud_people) for p, value in zip(person.tolist(), label, strict=True))
    assert set(label) == {"true", "false"}
    # About 30% of the credited friends (by first sign-up); no bursts in this mix, so no fake friends.
    credits = replay(Offer(name="", goal=Goal(type=GoalType.REFERRED_SIGNUPS)), log).fates
    share = np.isin(credits.friend, list(fraud_people)).mean()
    assert 0.2 < share < 0.4
    # Identities where the kind has them: visits carry no email, activities no IP.
    ip, email = log.coded_text("ip").to_pylist(), log.coded_text("email").to_pylist()
    kinds = log.kind.tolist()
    assert all(
        bool(ip[i]) == (kinds[i] in (Kind.SHARE, Kind.VISIT, Kind.SIGNUP, Kind.JS_EVENT)) for i in range(len(log))
    )
    assert all(
        bool(email[i]) == (kinds[i] in (Kind.SHARE, Kind.SIGNUP, Kind.ACTIVITY, Kind.REFUND)) for i in range(len(log))
    )
    # Honest people write their own address in several ways that normalise alike.
    spellings: dict[int, set[str]] = {}
    for p, text, value in zip(person.tolist(), email, label, strict=True):
        if text and value == "false":
            spellings.setdefault(p, set()).add(text)
    varied = [s for s in spellings.values() if len(s) > 1]
    assert varied and all(len({normalise_email(t) for t in s}) == 1 for s in varied)


def test_rules_catch_the_fraud_kinds_with_some_honest_false_positives(tmp_path: Path) -> None:
    generate_file(tmp_path / "f.csv", "--fraud-rate", "0.25", "--shared-ip-rate", "0.1", "--honest-refund-rate", "0.1")
    log = read_event_log(tmp_path / "f.csv")
    fraud = Fraud(
        same_ip=True,
        same_device=True,
        same_email=True,
        blocked_email_domains=("mailinator.com", "guerrillamail.com", "10minutemail.com", "yopmail.com"),
        max_credits_per_day=2,
        hold_days=14,
    )
    result = replay(Offer(name="", goal=Goal(type=GoalType.REFERRED_SIGNUPS), fraud=fraud), log)
    report = {score.rule: score for score in fraud_report(result, log, "f.csv").scores}
    assert report["same_device"].precision == 1.0 and report["same_email"].precision == 1.0
    assert report["blocked_email_domain"].precision == 1.0
    assert report["same_ip"].false_positives > 0  # offices and carrier NAT
    assert report["refund"].false_positives > 0  # honest refunds inside the hold
    assert report["all"].true_positives > 0 and 0 < (report["all"].recall or 0) <= 1


@pytest.mark.parametrize(
    ("options", "words"),
    [
        (["--fraud-rate", "1.5"], "fraud-rate"),
        (["--fraud-mix", "sybil=1"], "unknown kind 'sybil'"),
        (["--fraud-mix", "same_ip=0"], "at least one kind"),
        (["--fraud-mix", "same_ip"], "needs a weight"),
    ],
)
def test_bad_fraud_options_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture, options: list[str], words: str
) -> None:
    assert main(["generate", *SMALL, *options, "--out", str(tmp_path / "x.csv")]) == 2
    assert words in capsys.readouterr().err
    assert not (tmp_path / "x.csv").exists()
