"""Put an engine result in the reference model's shape, so tests compare like with like."""

from __future__ import annotations

from referral_studio.engine.fraud_rules import decided_values
from referral_studio.engine.result import ReplayResult
from tests.engine.reference import Expected


def as_expected(result: ReplayResult) -> Expected:
    names = result.names(result.referrer).to_pylist()
    referrers = {
        name: (int(c), int(f), int(t) if f else None)
        for name, c, f, t in zip(names, result.credits, result.fulfillments, result.first_fulfilled, strict=True)
    }
    ledger = list(
        zip(
            result.names(result.ledger_referrer).to_pylist(),
            [int(n) for n in result.ledger_number],
            [int(t) for t in result.ledger_time],
            result.ledger_code,
            strict=True,
        )
    )
    totals = dict(vars(result.totals))
    timeline = [
        (int(t), int(c), int(f))
        for t, c, f in zip(result.timeline_time, result.timeline_credited, result.timeline_fulfilled, strict=True)
    ]
    f = result.fates
    values = decided_values(f).to_pylist()
    fates = list(
        zip(
            result.names(f.friend).to_pylist(),
            result.names(f.referrer).to_pylist(),
            f.outcome.tolist(),
            f.rule.tolist(),
            values,
            f.until.tolist(),
            strict=True,
        )
    )
    return Expected(referrers=referrers, ledger=ledger, totals=totals, timeline=timeline, fates=fates)
