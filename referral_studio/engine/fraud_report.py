"""The fraud report (fraud-rules.md): how well each rule catches the credits labelled as fraud.

Every credit of the base rules is judged by the `fraud` cell of its own row: a credit
that is blocked, in review or reversed is a positive, a matured one a negative; pending
credits are left out (the report counts them apart). Costs are in fulfillments: how
many a replay without fraud settings would lose if the rule's catches did not count.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from referral_studio.domain.identities import normalise_blocked_domain
from referral_studio.domain.offer import Fraud, Offer
from referral_studio.engine.event_log import NO_CODE, EventLog
from referral_studio.engine.fraud_rules import RULE_NAMES, Fates, Outcome, Rule
from referral_studio.engine.log_files import EventLogError
from referral_studio.engine.result import ReplayResult

REPORT_HEADER = (
    "rule",
    "credits",
    "true_positives",
    "false_positives",
    "false_negatives",
    "precision",
    "recall",
    "cost_saved",
    "cost_wrongly_withheld",
)


class FraudLabelError(EventLogError):
    """A credit's row has no usable `fraud` label; the message names the file, line and field."""


@dataclass(frozen=True)
class RuleScore:
    """One row of the report."""

    rule: str
    credits: int
    true_positives: int
    false_positives: int
    false_negatives: int
    precision: float | None
    recall: float | None
    cost_saved: float
    cost_wrongly_withheld: float

    def cells(self) -> list[str]:
        def number(value: float | None) -> str:
            return "" if value is None else repr(float(value))

        counts = (self.credits, self.true_positives, self.false_positives, self.false_negatives)
        money = (self.cost_saved, self.cost_wrongly_withheld)
        return [self.rule, *map(str, counts), number(self.precision), number(self.recall), *map(number, money)]


@dataclass(frozen=True)
class FraudReport:
    """Per enabled rule, then `all`; pending credits counted apart by label."""

    scores: tuple[RuleScore, ...]
    pending_fraud: int
    pending_honest: int


def enabled_rules(fraud: Fraud) -> list[Rule]:
    """The rules an offer's settings switch on, in the order they decide."""
    rules = [
        Rule.SAME_IP if fraud.same_ip else None,
        Rule.SAME_DEVICE if fraud.same_device else None,
        Rule.SAME_EMAIL if fraud.same_email else None,
        Rule.BLOCKED_EMAIL_DOMAIN if any(map(normalise_blocked_domain, fraud.blocked_email_domains)) else None,
        Rule.VELOCITY if fraud.max_credits_per_day is not None else None,
        Rule.REFUND if fraud.hold_days > 0 else None,
    ]
    return [rule for rule in rules if rule is not None]


def credit_labels(log: EventLog, fates: Fates, source: str) -> np.ndarray:
    """True for each credit whose row is labelled fraud; a missing or other label is refused."""
    column = log.coded.get("fraud")
    if column is None:
        raise FraudLabelError(f"{source}: no 'fraud' column; the fraud report needs a label on every row")
    values = column.values.to_pylist()
    meaning = np.array([{"true": 1, "false": 0}.get(value, -1) for value in values] + [-1], np.int8)
    labels = meaning[column.codes[fates.row]]  # NO_CODE reads the last slot: no label
    bad = np.flatnonzero(labels < 0)
    if bad.size:
        lines = log.lines(fates.row[bad])
        first = bad[np.argmin(lines)]
        code = int(column.codes[fates.row[first]])
        got = "empty" if code == NO_CODE else f"{values[code]!r}"
        raise FraudLabelError(
            f"{source}: line {int(lines.min())}: field 'fraud' is {got}; allowed: true, false (exactly)"
        )
    fraud: np.ndarray = labels.astype(bool)
    return fraud


def fraud_report(result: ReplayResult, log: EventLog, source: str, reward_per_fulfillment: float = 0.0) -> FraudReport:
    """Score each enabled rule of the result's offer against the log's labels."""
    fates = result.fates
    fraud = credit_labels(log, fates, source)
    positive = np.isin(fates.outcome, (Outcome.BLOCKED, Outcome.REVIEW, Outcome.REVERSED))
    matured = fates.outcome == Outcome.COUNTED
    pending = fates.outcome == Outcome.PENDING
    false_negatives = int(np.count_nonzero(matured & fraud))
    caught_fraud = int(np.count_nonzero(positive & fraud))
    base = fulfillments_leaving_out(result.offer, log, fates, np.zeros(fates.row.size, bool))

    def score(name: str, mine: np.ndarray) -> RuleScore:
        true_positives = int(np.count_nonzero(mine & fraud))
        false_positives = int(np.count_nonzero(mine & ~fraud))
        judged = true_positives + false_positives
        denominator = caught_fraud + false_negatives
        saved = base - fulfillments_leaving_out(result.offer, log, fates, mine & fraud)
        withheld = base - fulfillments_leaving_out(result.offer, log, fates, mine & ~fraud)
        return RuleScore(
            rule=name,
            credits=judged,
            true_positives=true_positives,
            false_positives=false_positives,
            false_negatives=false_negatives,
            precision=true_positives / judged if judged else None,
            recall=true_positives / denominator if denominator else None,
            cost_saved=reward_per_fulfillment * saved,
            cost_wrongly_withheld=reward_per_fulfillment * withheld,
        )

    scores = [score(RULE_NAMES[rule], positive & (fates.rule == rule)) for rule in enabled_rules(result.offer.fraud)]
    scores.append(score("all", positive))
    return FraudReport(
        scores=tuple(scores),
        pending_fraud=int(np.count_nonzero(pending & fraud)),
        pending_honest=int(np.count_nonzero(pending & ~fraud)),
    )


def fulfillments_leaving_out(offer: Offer, log: EventLog, fates: Fates, left_out: np.ndarray) -> int:
    """f(S): fulfillments of a replay without fraud settings in which the credits left out do not count.

    Their number depends only on each referrer's credits (credit-rules.md step 6), so no ledger is built.
    """
    credits = np.bincount(fates.referrer[~left_out], minlength=len(log.people))
    cap = (offer.rewards.max_fulfillments or np.iinfo(np.int64).max) if offer.rewards.repeat else 1
    return int(np.minimum(credits // offer.goal.count, cap).sum())


def report_rows(report: FraudReport) -> list[list[str]]:
    """The CSV's rows, header first."""
    return [list(REPORT_HEADER), *(score.cells() for score in report.scores)]
