"""`simulate` on a generated two-million-row log equals the plain reference model, end to end."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from referral_studio.cli import main
from referral_studio.domain.offer import Attribution, AttributionModel, Goal, GoalType, Offer, Rewards
from referral_studio.domain.offer_file import write_offer_file
from referral_studio.domain.times import format_ns
from referral_studio.engine.generator import generate
from referral_studio.engine.kinds import KIND_NAMES
from referral_studio.engine.log_files import write_event_log
from referral_studio.engine.presets import preset_options
from tests.engine.reference import reference_replay


def test_simulate_on_two_million_rows_matches_the_reference(tmp_path: Path) -> None:
    log = generate(preset_options("classroom", participants=190_000, seed=11)).log
    assert len(log) >= 2_000_000
    events, offer_path, out = tmp_path / "events.csv", tmp_path / "o.offer.json", tmp_path / "out"
    write_event_log(log, events)
    offer = Offer(
        name="large",
        goal=Goal(type=GoalType.REFERRED_SIGNUPS, count=2),
        attribution=Attribution(model=AttributionModel.LAST_TOUCH, window_days=2.5),
        rewards=Rewards(repeat=True, max_fulfillments=3),
        promo_codes=tuple(f"CODE-{i:05d}" for i in range(5_000)),
    )
    write_offer_file(offer, offer_path)
    assert main(["simulate", "--offer", str(offer_path), "--events", str(events), "--out", str(out), "--quiet"]) == 0

    people, names = log.people.to_pylist(), log.names.to_pylist()
    rows = [
        (t, KIND_NAMES[k], people[p], people[r] if r >= 0 else "", names[n] if n >= 0 else "")
        for t, k, p, r, n in zip(
            log.time.tolist(),
            log.kind.tolist(),
            log.person.tolist(),
            log.referrer.tolist(),
            log.name.tolist(),
            strict=True,
        )
    ]
    expected = reference_replay(offer, rows)

    with (out / "referrers.csv").open(newline="") as stream:
        referrers = {
            r["referrer"]: (int(r["credits"]), int(r["fulfillments"]), r["first_fulfilled_at"] or None)
            for r in csv.DictReader(stream)
        }
    assert referrers == {
        name: (c, f, format_ns(t) if t is not None else None) for name, (c, f, t) in expected.referrers.items()
    }
    with (out / "fulfillments.csv").open(newline="") as stream:
        ledger = [
            (r["referrer"], int(r["fulfillment"]), r["time"], r["promo_code"] or None) for r in csv.DictReader(stream)
        ]
    assert ledger == [(r, n, format_ns(t), code) for r, n, t, code in expected.ledger]
    summary = json.loads((out / "summary.json").read_text())
    exhausted = expected.totals["promo_codes_exhausted_at"]
    no_fraud_rules = {  # fraud-rules.md's keys: always there, zeros without fraud settings
        "credits_blocked": {"same_ip": 0, "same_device": 0, "same_email": 0, "blocked_email_domain": 0},
        "credits_for_review": 0,
        "credits_reversed": 0,
        "credits_pending": 0,
    }
    assert summary == {
        **expected.totals,
        "promo_codes_exhausted_at": format_ns(exhausted) if exhausted else None,
        **no_fraud_rules,
    }
    assert summary["fulfillments"] > 5_000, "the case should run out of promo codes"
