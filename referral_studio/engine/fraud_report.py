"""The fraud report (fraud-rules.md): how well each rule catches the credits labelled as fraud.

Every credit of the base rules is judged by the `fraud` cell of its own row: a credit
that is blocked, in review or reversed is a positive, a matured one a negative; pending
credits are left out (the report counts them apart). Each column means one thing on every
row, the row's rule (or, for `all`, every rule together) being "the rule":

- `true_positives` / `false_positives`: fraud / honest credits the rule decided;
- `false_negatives`: fraud credits the rule let through — those that matured, and those
  another rule decided — so true positives + false negatives are the fraud credits decided,
  recall's denominator on every row;
- `cost_saved` / `cost_wrongly_withheld`: the reward of the fulfillments that a replay without
  fraud settings pays and would not pay if the rule's true / false positives did not count.
  A rule can catch much fraud and save nothing: velocity takes a referrer's later credits of a
  day, after an earlier one already earned the reward. Rules overlap, so the rows need not
  add up to `all`.

The CSV rounds as people read it: shares to 4 decimals, money to cents.
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

SHARE_DECIMALS, MONEY_DECIMALS = 4, 2  # precision and recall; the cost columns
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
        """The CSV row: each value rounded as it is read, then in the shortest form that reads back the same."""

        def number(value: float | None, decimals: int) -> str:
            return "" if value is None else repr(round(float(value), decimals) + 0.0)  # + 0.0: never "-0.0"

        counts = (self.credits, self.true_positives, self.false_positives, self.false_negatives)
        shares = (number(self.precision, SHARE_DECIMALS), number(self.recall, SHARE_DECIMALS))
        money = (number(self.cost_saved, MONEY_DECIMALS), number(self.cost_wrongly_withheld, MONEY_DECIMALS))
        return [self.rule, *map(str, counts), *shares, *money]


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
    decided_fraud = int(np.count_nonzero((positive | matured) & fraud))  # recall's denominator on every row
    base = _fulfillments(result.offer, log, fates, np.zeros(fates.row.size, bool))

    def score(name: str, mine: np.ndarray) -> RuleScore:
        true_positives = int(np.count_nonzero(mine & fraud))
        false_positives = int(np.count_nonzero(mine & ~fraud))
        judged = true_positives + false_positives
        saved = base - _fulfillments(result.offer, log, fates, mine & fraud)
        withheld = base - _fulfillments(result.offer, log, fates, mine & ~fraud)
        return RuleScore(
            rule=name,
            credits=judged,
            true_positives=true_positives,
            false_positives=false_positives,
            false_negatives=decided_fraud - true_positives,  # fraud this rule let through
            precision=true_positives / judged if judged else None,
            recall=true_positives / decided_fraud if decided_fraud else None,
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


def _fulfillments(offer: Offer, log: EventLog, fates: Fates, left_out: np.ndarray) -> int:
    """f(S): fulfillments of a replay without fraud settings in which the credits left out do not count.

    Their number depends only on each referrer's credits (credit-rules.md step 6), so no ledger is built.
    """
    credits = np.bincount(fates.referrer[~left_out], minlength=len(log.people))
    cap = (offer.rewards.max_fulfillments or np.iinfo(np.int64).max) if offer.rewards.repeat else 1
    return int(np.minimum(credits // offer.goal.count, cap).sum())


def report_rows(report: FraudReport) -> list[list[str]]:
    """The CSV's rows, header first."""
    return [list(REPORT_HEADER), *(score.cells() for score in report.scores)]
