"""QA scenarios (`*.scenario.toml`): an offer, its traffic, and what the result must be.

    name = "Spring sign-ups"                 # optional; the file name otherwise
    as_of = 2027-03-15T00:00:00Z             # optional: replay as things stood then (credits on hold pending)
    offer = "spring.offer.json"              # an offer file beside this one…
    [offer]                                  # …or the offer inline, with offer-file keys
    name = "Inline"
    goal = { type = "referred_signups", count = 5 }
    [traffic]                                # generator options with a seed…
    preset = "classroom"                     # (a traffic preset; options beside it override it)
    seed = 7
    participants = 500
    fraud_rate = 0.1                         # synthetic fraud, as generate --fraud-rate adds it (also fraud_mix,
                                             # shared_ip_rate, honest_refund_rate); drawn from the same seed
    # events = "events.csv"                  # …or an event log beside this file (no fraud keys beside it)
    [expect]                                 # totals: a number, or a comparison as text
    fulfilled_referrers = 12
    credits = ">= 100"
    credits_for_review = ">= 1"              # fraud rules: summary.json's counts, by the same names
    credits_reversed = 0                     # (also credits_pending)
    [expect.credits_blocked]                 # blocked credits per rule: same_ip, same_device,
    same_ip = 2                              # same_email, blocked_email_domain
    [[expect.referrer]]
    name = "u0000042"
    credits = 5                              # also fulfillments, fulfilled, fulfilled_before, promo_code,
    credits_blocked = { same_ip = 1 }        # and the fraud counts of this referrer's credits
    [[expect.timeline]]
    time = 2027-03-10T00:00:00Z
    credited_referrers = ">= 3"
    [[expect.blocked]]                       # a row blocked.csv must hold; every key given must match:
    person = "ann"                           # person, referrer, outcome, rule, value, line
    outcome = "blocked"
    rule = "same_ip"

The fraud counts follow summary.json: the velocity rule sends credits to review, so it has
no credits_blocked key. A scenario passes when every expectation holds; each failure says
what was expected and what the replay gave. Bad files raise ScenarioError naming the file
and the key.

This module says what a scenario is (its data classes) and finds the files;
qa/scenario_reader.py reads one (load_scenario), qa/scenario_checks.py replays it and checks
the result (run_scenario).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from referral_studio.domain.offer import Offer
from referral_studio.engine.simulation import Traffic

SUFFIX = ".scenario.toml"
BLOCKED_ROW_KEYS = ("person", "referrer", "outcome", "rule", "value", "line")  # blocked.csv's columns a row may name


class ScenarioError(ValueError):
    """A scenario file that cannot be run; the message names the file and the key."""


@dataclass(frozen=True)
class Check:
    """One expectation: what it looks at, what was wanted, what the replay gave, and whether they agree."""

    subject: str
    expected: str
    actual: str
    passed: bool


Count = tuple[str, int]
"""An expected count: a comparison (==, !=, >=, <=, >, <) and a number."""


@dataclass(frozen=True)
class ReferrerExpectation:
    """What one referrer must have; None leaves a key unchecked. Times are nanoseconds."""

    name: str
    credits: Count | None = None
    fulfillments: Count | None = None
    fulfilled: bool | None = None
    fulfilled_before: int | None = None
    first_fulfilled_at: int | None = None
    promo_code: str | None = None
    fraud: dict[str, Count] = field(default_factory=dict)  # by key: credits_for_review, credits_blocked.same_ip, …


@dataclass(frozen=True)
class TimelineExpectation:
    """The counts as they must stand at one moment (nanoseconds)."""

    time: int
    credited_referrers: Count | None = None
    fulfilled_referrers: Count | None = None


@dataclass(frozen=True)
class BlockedRowExpectation:
    """A row blocked.csv must hold: the columns named (person, outcome, rule, …) and their values, as written."""

    number: int  # its place among the [[expect.blocked]] entries, from 1
    columns: dict[str, str | int]


@dataclass(frozen=True)
class Exhaustion:
    """When the promo codes must run out: a moment (nanoseconds), or None for never."""

    at: int | None


@dataclass(frozen=True)
class Expectations:
    """Everything a scenario's [expect] asks."""

    totals: dict[str, Count]
    exhausted: Exhaustion | None = None
    referrers: tuple[ReferrerExpectation, ...] = ()
    timeline: tuple[TimelineExpectation, ...] = ()
    fraud: dict[str, Count] = field(default_factory=dict)  # by key: credits_for_review, credits_blocked.same_ip, …
    blocked: tuple[BlockedRowExpectation, ...] = ()


@dataclass(frozen=True)
class Scenario:
    path: Path
    name: str
    offer: Offer
    traffic: Traffic
    expect: Expectations
    as_of: int | None = None  # ns: replay as things stood then (holds); None: as of the log's last row


@dataclass(frozen=True)
class Outcome:
    scenario: Scenario
    checks: tuple[Check, ...]
    seconds: float

    @property
    def passed(self) -> bool:
        return all(check.passed for check in self.checks)


def find_scenarios(targets: list[Path]) -> list[Path]:
    """The scenario files named, and those under the folders named (sorted), in the order given; each once."""
    found: dict[Path, Path] = {}  # by the file it is, however it was named
    for target in targets:
        if target.is_dir():
            files = sorted(target.rglob(f"*{SUFFIX}"))
        elif target.exists():
            files = [target]
        else:
            raise ScenarioError(f"{target}: no such file or folder")
        for file in files:
            found.setdefault(file.resolve(), file)
    return list(found.values())
