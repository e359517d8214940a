"""Fraud rules (fraud-rules.md): the fate of each credit the base rules give.

The base replay's step 5 decides which rows give credits; this module only decides
what becomes of each: counted, blocked (shared IP, device or email; a blocked email
domain), sent to review (velocity), reversed by a refund during the hold, or pending
at the as-of time. Identity checks and refunds are vectorised joins over
(person, value) pairs; only the velocity rule, whose decisions feed later ones, runs a
loop, and only over referrers that could reach the limit at all.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from enum import IntEnum

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from referral_studio.domain.identities import (
    domain_is_blocked,
    normalise_blocked_domain,
    normalise_device,
    normalise_email,
    normalise_ip,
)
from referral_studio.domain.offer import Fraud
from referral_studio.domain.times import days_to_ns
from referral_studio.engine.event_log import NO_CODE, Coded, EventLog
from referral_studio.engine.grouping import first_of_each_key, stable_group_order
from referral_studio.engine.kinds import Kind

NS_PER_DAY = 86_400 * 1_000_000_000
NEVER = np.iinfo(np.int64).max  # a maturity beyond what int64 nanoseconds hold: never reached
_FIRST = int(np.iinfo(np.int64).min)


class Outcome(IntEnum):
    """What became of a credit."""

    COUNTED = 0
    BLOCKED = 1
    REVIEW = 2
    REVERSED = 3
    PENDING = 4


class Rule(IntEnum):
    """The rule that decided a credit that was not counted (NONE for counted and pending ones)."""

    NONE = 0
    SAME_IP = 1
    SAME_DEVICE = 2
    SAME_EMAIL = 3
    BLOCKED_EMAIL_DOMAIN = 4
    VELOCITY = 5
    REFUND = 6


OUTCOME_NAMES = ("counted", "blocked", "review", "reversed", "pending")
RULE_NAMES = ("", "same_ip", "same_device", "same_email", "blocked_email_domain", "velocity", "refund")
BLOCKING_RULES = RULE_NAMES[1:5]  # the keys of summary.json's credits_blocked


@dataclass(frozen=True, eq=False)
class Fates:
    """One entry per credit of step 5, in processing order of its row."""

    row: np.ndarray  # int64: the credit's row in the log's processing order
    time: np.ndarray  # int64 ns: the row's time
    line: np.ndarray  # int64: the file line where the row starts, for the credits not counted (0 for counted ones)
    friend: np.ndarray  # int32 codes of the rows' persons
    referrer: np.ndarray  # int32 codes of the credited referrers
    outcome: np.ndarray  # int8 Outcome
    rule: np.ndarray  # int8 Rule
    value: dict[int, str]  # by credit index: the shared value, the blocked domain, the refund's line, the ordinal
    until: np.ndarray  # int64 ns: the refund's time (reversed) or the maturity (pending); 0 otherwise
    hold_ns: int  # the hold in nanoseconds: a counted credit matures this long after its row
    as_of: int  # ns: the moment the replay ran as of

    def count(self, outcome: Outcome, rule: Rule | None = None, referrer: int | None = None) -> int:
        """The credits with this outcome (and rule; and referrer code, when given)."""
        hit = self.outcome == outcome
        if rule is not None:
            hit &= self.rule == rule
        if referrer is not None:
            hit &= self.referrer == referrer
        return int(np.count_nonzero(hit))

    def summary(self, referrer: int | None = None) -> dict[str, object]:
        """The keys fraud-rules.md adds to summary.json, zeros included; with a referrer code, theirs alone."""
        return {
            "credits_blocked": {
                name: self.count(Outcome.BLOCKED, Rule(i + 1), referrer) for i, name in enumerate(BLOCKING_RULES)
            },
            "credits_for_review": self.count(Outcome.REVIEW, referrer=referrer),
            "credits_reversed": self.count(Outcome.REVERSED, referrer=referrer),
            "credits_pending": self.count(Outcome.PENDING, referrer=referrer),
        }


def identity_columns(fraud: Fraud) -> set[str]:
    """The log columns the rules look at (the report reads `fraud` besides)."""
    wanted = {"ip": fraud.same_ip, "device": fraud.same_device}
    wanted["email"] = fraud.same_email or any(map(normalise_blocked_domain, fraud.blocked_email_domains))
    return {column for column, needed in wanted.items() if needed}


def idle_rules(fraud: Fraud, log: EventLog) -> list[tuple[str, str]]:
    """(rule, column) of each identity rule switched on that this log cannot trigger: it has no such column."""
    rules = (
        ("same_ip", "ip", fraud.same_ip),
        ("same_device", "device", fraud.same_device),
        ("same_email", "email", fraud.same_email),
        ("blocked_email_domains", "email", any(map(normalise_blocked_domain, fraud.blocked_email_domains))),
    )
    return [(rule, column) for rule, column, enabled in rules if enabled and column not in log.coded]


def maturity_of(time: np.ndarray, hold: int) -> np.ndarray:
    """Each time plus the hold, or NEVER where that lies past int64's last nanosecond (such a hold never ends)."""
    limit = max(NEVER - hold, _FIRST)  # rows after it would mature past NEVER; the hold may exceed int64 itself
    wrapped_where_never = time - limit + NEVER  # = time + hold wherever it is kept
    return np.where(time > limit, NEVER, wrapped_where_never)


def decide(fraud: Fraud, log: EventLog, rows: np.ndarray, credited: np.ndarray, cut: int, as_of: int) -> Fates:
    """The fate of each credit (rows: processing-order rows; cut: rows at or after it are not yet seen)."""
    n = rows.shape[0]
    outcome = np.zeros(n, np.int8)
    rule = np.zeros(n, np.int8)
    until = np.zeros(n, np.int64)
    value: dict[int, str] = {}
    hold = days_to_ns(fraud.hold_days)
    friend = log.person[rows]
    line = np.zeros(n, np.int64)
    fates = Fates(rows, log.time[rows], line, friend, credited, outcome, rule, value, until, min(hold, NEVER), as_of)
    if n == 0 or not fraud.active:
        return fates
    people = len(log.people)
    open_ = np.ones(n, bool)

    def settle(found: np.ndarray, texts: pa.Array | list[str], how: Rule, what: Outcome = Outcome.BLOCKED) -> None:
        at = np.flatnonzero(found >= 0)
        outcome[at], rule[at] = what, how
        codes = found[at]
        named = texts.take(pa.array(codes)).to_pylist() if isinstance(texts, pa.Array) else [texts[c] for c in codes]
        value.update(zip(at.tolist(), named, strict=True))
        open_[at] = False

    blocked = frozenset(d for d in map(normalise_blocked_domain, fraud.blocked_email_domains) if d is not None)
    emails = log.coded.get("email")
    # 1. Shared identities, in the spec's order.
    identity_checks: list[tuple[bool, str, Rule]] = [
        (fraud.same_ip, "ip", Rule.SAME_IP),
        (fraud.same_device, "device", Rule.SAME_DEVICE),
        (fraud.same_email, "email", Rule.SAME_EMAIL),
    ]
    for enabled, column, how in identity_checks:
        if enabled and column in log.coded and open_.any():
            texts, pairs = _pairs_of(log, column, column)
            at = np.flatnonzero(open_)
            credit, code = pairs.friend_values(friend[at], rows[at])
            found = pairs.first_hit(credit, code, pairs.has(credited[at][credit], code, rows[at][credit]), at.size)
            settle(_spread(at, found, n), texts, how)
    # 2. Blocked email domains.
    if blocked and emails is not None and open_.any():
        domains, pairs = _pairs_of(log, "email", "domain")
        flagged = np.array([domain_is_blocked(domain, blocked) for domain in domains.to_pylist()] or [False], bool)
        at = np.flatnonzero(open_)
        credit, code = pairs.friend_values(friend[at], rows[at])
        found = pairs.first_hit(credit, code, flagged[code], at.size)
        settle(_spread(at, found, n), domains, Rule.BLOCKED_EMAIL_DOMAIN)
    # Refunds: the first refund of the friend after the credit's row, if it comes before maturity.
    time = log.time
    maturity = maturity_of(time[rows], hold)
    refund = _first_refund(log, friend, rows, cut) if hold > 0 else np.full(n, -1, np.int64)
    refund[(refund >= 0) & (time[np.maximum(refund, 0)] > maturity)] = -1
    # 3. Velocity.
    if fraud.max_credits_per_day is not None and open_.any():
        _velocity(fraud.max_credits_per_day, np.flatnonzero(open_), time[rows], rows, credited, refund, people, settle)
    # Holds: reversed by a refund, pending past the as-of time, else counted.
    reversed_ = open_ & (refund >= 0)
    at = np.flatnonzero(reversed_)
    outcome[at], rule[at], until[at] = Outcome.REVERSED, Rule.REFUND, time[refund[at]]
    value.update(zip(at.tolist(), map(str, log.lines(refund[at]).tolist()), strict=True))
    pending = open_ & ~reversed_ & (maturity > as_of)
    outcome[pending], until[pending] = Outcome.PENDING, maturity[pending]
    listed = np.flatnonzero(outcome != Outcome.COUNTED)
    if listed.size:  # a CSV's physical lines cost a pass over the file: only for the rows blocked.csv lists
        line[listed] = log.lines(rows[listed])
    return fates


def _pairs_of(log: EventLog, column: str, kind: str) -> tuple[pa.Array, _Pairs]:
    """The normalised values of one identity kind and their (person, value) pairs, kept with the log's column.

    They depend on the log alone, so the workspace's what-if re-runs (same log, other rules) reuse them.
    """
    coded = log.coded[column]
    if kind not in coded.cache:
        if column == "email" and "forms" not in coded.cache:
            coded.cache["forms"] = _email_forms(coded.values)
        forms = coded.cache.get("forms")
        codes, texts = _email_domains(coded, forms) if kind == "domain" else _identity_codes(coded, kind, forms)
        coded.cache[kind] = (texts, _Pairs(codes, log.person, len(log.people)))
    cached: tuple[pa.Array, _Pairs] = coded.cache[kind]
    return cached


def _spread(at: np.ndarray, found: np.ndarray, n: int) -> np.ndarray:
    full = np.full(n, -1, np.int64)
    full[at] = found
    return full


# IPs and devices already in their normal form are recognised at C speed; the rest go through Python.
_OCTET = r"(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])"
FAST = {
    "ip": rf"^(?:{_OCTET}\.){{3}}{_OCTET}$",  # dotted IPv4 without leading zeros: its own compressed form
    "device": r"^[!-~](?:.*[!-~])?$",  # nothing that trimming would remove
}
# Emails of printable ASCII without spaces are normalised column-wise (NFC and case-folding are plain
# lower-casing there); anything else, or punycode, goes through domain/identities.py one by one.
# Printable, no white space, and after the last @ at least one character other than a dot.
_EMAIL_FAST = r"^[!-~]*@[!-?A-~]*[!-\-/-?A-~][!-?A-~]*$"
_EMAIL_SLOW = r"xn--"


EmailForms = tuple[pa.Array, pa.Array, pa.Array]


def _identity_codes(column: Coded, kind: str, forms: EmailForms | None = None) -> tuple[np.ndarray, pa.Array]:
    """Row codes of normalised values (NO_CODE where none) and the values' texts."""
    values = column.values
    if kind == "email":
        fast, address, _domain = forms or _email_forms(values)

        def normalise(text: str) -> str | None:
            email = normalise_email(text)
            return email.address if email is not None and email.local else None

        return _renormalised(column, normalise, fast, address)
    fast = pc.match_substring_regex(values, FAST[kind])
    return _renormalised(column, normalise_ip if kind == "ip" else normalise_device, fast, values)


def _email_domains(column: Coded, forms: EmailForms | None = None) -> tuple[np.ndarray, pa.Array]:
    def domain(text: str) -> str | None:
        email = normalise_email(text)
        return None if email is None else email.domain

    fast, _address, domains = forms or _email_forms(column.values)
    return _renormalised(column, domain, fast, domains)


def _email_forms(values: pa.Array) -> EmailForms:
    """(which values are done here, their normalised addresses — null for an empty local part —, their domains)."""
    lower = pc.utf8_lower(values)
    fast = pc.and_not(pc.match_substring_regex(values, _EMAIL_FAST), pc.match_substring_regex(lower, _EMAIL_SLOW))
    # Split at the last @ (every fast value has one; the others are redone in Python and split as "@").
    parts = pc.split_pattern(pc.if_else(fast, lower, "@"), "@", max_splits=1, reverse=True)
    domain = pc.replace_substring_regex(pc.list_element(parts, 1), r"\.$", "")
    domain = pc.if_else(pc.equal(domain, "googlemail.com"), "gmail.com", domain)
    local = pc.replace_substring_regex(pc.list_element(parts, 0), r"\+.*$", "")
    local = pc.if_else(pc.equal(domain, "gmail.com"), pc.replace_substring(local, ".", ""), local)
    address = pc.binary_join_element_wise(local, domain, "@")
    address = pc.if_else(pc.equal(local, ""), pa.scalar(None, pa.string()), address)
    return fast, address, domain


def _renormalised(
    column: Coded, normalise: Callable[[str], str | None], fast: pa.Array, fast_form: pa.Array
) -> tuple[np.ndarray, pa.Array]:
    """Codes of the normalised values: raw values that normalise alike share one code.

    `fast` marks the values whose normal form `fast_form` already holds; the others are normalised one by one.
    """
    slow = ~fast.to_numpy(zero_copy_only=False)
    if not slow.any() and fast_form is column.values:
        return column.codes, column.values  # distinct values, each its own normal form: the codes stand
    normal = fast_form
    if slow.any():
        forms = [normalise(text) for text in column.values.filter(pa.array(slow)).to_pylist()]
        normal = pc.replace_with_mask(fast_form, pa.array(slow), pa.array(forms, pa.string()))
    encoded = pc.dictionary_encode(normal)  # a null (no identity) stays null
    remap = np.append(pc.fill_null(encoded.indices, NO_CODE).to_numpy().astype(np.int32), np.int32(NO_CODE))
    return remap[column.codes], encoded.dictionary  # the last slot of remap maps NO_CODE to itself


class _Pairs:
    """Each (person, value) pair of one identity kind with the row where the person first showed it."""

    def __init__(self, codes: np.ndarray, person: np.ndarray, people: int) -> None:
        self.values = int(codes.max(initial=-1)) + 1
        rows = np.flatnonzero(codes != NO_CODE)
        key = person[rows].astype(np.int64) * self.values + codes[rows]
        firsts = first_of_each_key(key)
        self.first = rows[firsts]  # ascending: pairs in order of first appearance
        self.person, self.value = person[self.first], codes[self.first]
        self.order = stable_group_order(self.person, people)  # grouped by person, first appearance within
        counts = np.bincount(self.person, minlength=people)
        self.counts = counts
        self.starts = np.concatenate([[0], np.cumsum(counts)[:-1]]).astype(np.int64)
        keys = key[firsts]
        self.by_key = np.argsort(keys, kind="stable")
        self.sorted_keys = keys[self.by_key]

    def friend_values(self, friend: np.ndarray, at: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(credit index, value) for each value a friend had at the credit's row, by first appearance."""
        taken = self.counts[friend]
        credit = np.repeat(np.arange(friend.size), taken)
        offset = np.arange(credit.size) - np.repeat(np.cumsum(taken) - taken, taken)
        pair = self.order[np.repeat(self.starts[friend], taken) + offset]
        shown = self.first[pair] <= at[credit]
        return credit[shown], self.value[pair[shown]]

    def has(self, who: np.ndarray, value: np.ndarray, at: np.ndarray) -> np.ndarray:
        """Whether each person had shown each value at or before the row."""
        if self.sorted_keys.size == 0:
            return np.zeros(who.size, bool)
        key = who.astype(np.int64) * self.values + value
        where = np.minimum(np.searchsorted(self.sorted_keys, key), self.sorted_keys.size - 1)
        found: np.ndarray = (self.sorted_keys[where] == key) & (self.first[self.by_key[where]] <= at) & (who != NO_CODE)
        return found

    @staticmethod
    def first_hit(credit: np.ndarray, value: np.ndarray, hit: np.ndarray, credits: int) -> np.ndarray:
        """Per credit, the first value (in the friend's order) that hit; -1 for none."""
        found = np.full(credits, -1, np.int64)
        credit, value = credit[hit], value[hit]
        first = np.ones(credit.size, bool)
        first[1:] = credit[1:] != credit[:-1]
        found[credit[first]] = value[first]
        return found


def _first_refund(log: EventLog, friend: np.ndarray, rows: np.ndarray, cut: int) -> np.ndarray:
    """The first refund row of each credit's friend after its row (before `cut`); -1 for none."""
    refunds = np.flatnonzero(log.kind[:cut] == Kind.REFUND)
    found = np.full(rows.size, -1, np.int64)
    if refunds.size == 0:
        return found
    span = np.int64(len(log))
    keys = np.sort(log.person[refunds].astype(np.int64) * span + refunds)
    query = friend.astype(np.int64) * span + rows
    where = np.searchsorted(keys, query, "right")
    hit = keys[np.minimum(where, keys.size - 1)]
    ok = (where < keys.size) & (hit // span == friend)
    found[ok] = hit[ok] % span
    return found


def _velocity(
    limit: int,
    open_at: np.ndarray,
    times: np.ndarray,
    rows: np.ndarray,
    credited: np.ndarray,
    refund: np.ndarray,
    people: int,
    settle: Callable[..., None],
) -> None:
    """3. Review a credit when its referrer already has `limit` counting credits in the 24 hours up to it."""
    t, referrer = times[open_at], credited[open_at]
    # An upper bound first: earlier open credits of the same referrer within 24 hours, blocked ones left out.
    distinct = np.unique(t)
    rank = np.searchsorted(distinct, t)
    since = np.searchsorted(distinct, t - NS_PER_DAY, "right")
    span = np.int64(distinct.size + 1)
    order = stable_group_order(referrer, people)
    keys = referrer[order].astype(np.int64) * span + rank[order]
    place = np.empty(order.size, np.int64)
    place[order] = np.arange(order.size)
    bound = place - np.searchsorted(keys, referrer.astype(np.int64) * span + since, "left")
    suspects = np.zeros(people, bool)
    suspects[referrer[bound >= limit]] = True
    found = np.full(rows.size, -1, np.int64)
    ordinals: list[str] = []
    recent: dict[int, deque[tuple[int, int]]] = {}
    for index in open_at[suspects[referrer]].tolist():
        row, when = int(rows[index]), int(times[index])
        window = recent.setdefault(int(credited[index]), deque())
        while window and window[0][0] <= when - NS_PER_DAY:
            window.popleft()
        counting = sum(1 for _when, undone in window if not 0 <= undone < row)
        if counting >= limit:
            found[index] = len(ordinals)
            ordinals.append(str(counting + 1))
        else:
            window.append((when, int(refund[index])))
    settle(found, ordinals, Rule.VELOCITY, Outcome.REVIEW)


def decided_values(fates: Fates) -> pa.Array:
    """The value of every credit as text ("" for counted ones), for blocked.csv and the views."""
    texts = [""] * fates.row.size
    for index, text in fates.value.items():
        texts[index] = text
    return pa.array(texts, pa.string())
