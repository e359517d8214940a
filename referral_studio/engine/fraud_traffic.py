"""Labelled synthetic fraud on top of generated traffic (fraud-rules.md § Synthetic fraud).

A separate step after `generator.generate`, drawing from its own seeded stream, so the
honest traffic is the same with or without it. It gives every person an IP, a device
and an email, honest noise included (Gmail dots and plus-addresses, mobile carrier IPs
shared by strangers, colleagues who share an office IP, honest refunds), then turns a
share of the credited friends into fraud of the kinds platforms report. Every row of a
fraudulent friend is labelled `fraud=true`, so a rule's catches can be scored.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pyarrow as pa

from referral_studio.domain.offer import Goal, GoalType, Offer
from referral_studio.engine.event_log import NO_CODE, Coded, EventLog
from referral_studio.engine.kinds import Kind
from referral_studio.engine.replay import replay
from referral_studio.engine.traffic_options import TrafficOptions

SECOND = 1_000_000_000
MINUTE = 60 * SECOND
HOUR = 60 * MINUTE
DAY = 24 * HOUR
FRAUD_KINDS = ("same_ip", "same_device", "same_email", "disposable_email", "burst", "refund")
DEFAULT_MIX = ",".join(f"{kind}=1" for kind in FRAUD_KINDS)
HONEST_DOMAINS = ("gmail.com", "outlook.com", "yahoo.com", "icloud.com", "example.com", "acme.example")
HONEST_WEIGHTS = (0.45, 0.15, 0.1, 0.1, 0.1, 0.1)
DISPOSABLE_DOMAINS = ("mailinator.com", "guerrillamail.com", "10minutemail.com", "yopmail.com", "temp.mailinator.com")
CARRIER_IPS = 500  # mobile carriers put many strangers behind one address (carrier-grade NAT)
MOBILE_SHARE = 0.1  # rows of an honest person sent from a carrier IP instead of home
# Which kinds of row carry which identity: a visit or a JavaScript event has no email, a CRM activity no IP.
CARRIES = {
    "ip": (Kind.SHARE, Kind.VISIT, Kind.SIGNUP, Kind.JS_EVENT),
    "device": (Kind.SHARE, Kind.VISIT, Kind.SIGNUP, Kind.JS_EVENT),
    "email": (Kind.SHARE, Kind.SIGNUP, Kind.ACTIVITY, Kind.REFUND),
}


FRAUD_OPTION_KEYS = {  # `generate`'s options (--fraud-rate …) as [traffic] keys → FraudTrafficOptions fields
    "fraud_rate": "rate",
    "fraud_mix": "mix",
    "shared_ip_rate": "shared_ip_rate",
    "honest_refund_rate": "honest_refund_rate",
}


@dataclass(frozen=True)
class FraudTrafficOptions:
    """`generate --fraud-rate F` and its companions."""

    rate: float = 0.0  # share of credited friends (by first sign-up) made fraudulent
    mix: str = DEFAULT_MIX  # relative weights of the fraud kinds, "kind=weight,…"
    shared_ip_rate: float = 0.05  # honest friends on their referrer's IP: an office, a campus, a household
    honest_refund_rate: float = 0.03  # honest credited friends who refund within 30 days anyway
    seed: int = 1

    def weights(self) -> np.ndarray:
        """The mix as probabilities in FRAUD_KINDS order (ValueError naming a bad entry)."""
        given = dict.fromkeys(FRAUD_KINDS, 0.0)
        named: set[str] = set()
        for entry in filter(None, (part.strip() for part in self.mix.split(","))):
            kind, _, weight = entry.partition("=")
            if kind.strip() not in given:
                raise ValueError(f"fraud-mix: unknown kind {kind.strip()!r}; allowed: {', '.join(FRAUD_KINDS)}")
            if kind.strip() in named:
                raise ValueError(f"fraud-mix: {kind.strip()} is named twice; give each kind one weight")
            named.add(kind.strip())
            try:
                value = float(weight)
            except ValueError:
                raise ValueError(f"fraud-mix: {entry!r} needs a weight, as in same_ip=2") from None
            if not value >= 0 or value == float("inf"):
                raise ValueError(f"fraud-mix: the weight of {kind.strip()} must be a number of at least 0")
            given[kind.strip()] = value
        total = sum(given.values())
        if total <= 0:
            raise ValueError("fraud-mix: at least one kind needs a weight above 0")
        return np.array([given[kind] / total for kind in FRAUD_KINDS])

    def problems(self) -> list[str]:
        found = [
            f"{name}: a share from 0 to 1"
            for name, value in (
                ("fraud-rate", self.rate),
                ("shared-ip-rate", self.shared_ip_rate),
                ("honest-refund-rate", self.honest_refund_rate),
            )
            if not 0 <= value <= 1
        ]
        try:
            self.weights()
        except ValueError as error:
            found.append(str(error))
        return found


@dataclass(frozen=True)
class SyntheticFraud:
    """Generated traffic with labelled fraud added: the workspace's synthetic traffic with a fraud rate."""

    traffic: TrafficOptions
    fraud: FraudTrafficOptions


@dataclass(frozen=True, eq=False)
class FraudTraffic:
    log: EventLog
    fraudulent_friends: int  # including the fake friends of bursts
    credited_friends: int


def add_fraud(log: EventLog, options: FraudTrafficOptions) -> FraudTraffic:
    """The log with identities on every row, labelled fraud mixed in, and refunds."""
    rng = np.random.default_rng([options.seed, 0xF4A0D])  # its own stream: the honest traffic is untouched
    signups = replay(Offer(name="", goal=Goal(type=GoalType.REFERRED_SIGNUPS)), log).fates
    friend, referrer, signed = signups.friend, signups.referrer, signups.time
    fraudulent = rng.random(friend.size) < options.rate
    kind = np.full(friend.size, -1)
    kind[fraudulent] = rng.choice(len(FRAUD_KINDS), int(fraudulent.sum()), p=options.weights())

    # New rows: refunds and the fake friends of bursts, who get people codes after the log's.
    people = len(log.people)
    bursts = np.flatnonzero(kind == FRAUD_KINDS.index("burst"))
    size = rng.integers(2, 6, bursts.size)
    fake = people + np.arange(int(size.sum()))
    fake_referrer = np.repeat(referrer[bursts], size)
    fake_visit = np.repeat(signed[bursts], size) + np.cumsum(rng.exponential(3 * MINUTE, fake.size)).astype(np.int64)
    fake_signup = fake_visit + rng.exponential(2 * MINUTE, fake.size).astype(np.int64)
    fake_names = [f"{name}b{n}" for name, count in zip(_names(log, friend[bursts]), size.tolist(), strict=True)
                  for n in range(1, count + 1)]  # fmt: skip
    refunding = (kind == FRAUD_KINDS.index("refund")) | (
        ~fraudulent & (rng.random(friend.size) < options.honest_refund_rate)
    )
    delay = np.where(
        fraudulent[refunding],
        rng.uniform(HOUR, 14 * DAY, int(refunding.sum())),
        rng.uniform(DAY, 30 * DAY, int(refunding.sum())),
    ).astype(np.int64)
    total = people + fake.size
    new_time = np.concatenate([fake_visit, fake_signup, signed[refunding] + delay])
    new_time -= new_time % SECOND
    new_kind = np.concatenate(
        [np.full(fake.size, Kind.VISIT), np.full(fake.size, Kind.SIGNUP), np.full(int(refunding.sum()), Kind.REFUND)]
    )
    new_person = np.concatenate([fake, fake, friend[refunding]])
    new_referrer = np.concatenate([fake_referrer, fake_referrer, np.full(int(refunding.sum()), NO_CODE)])

    time = np.concatenate([log.time, new_time])
    kinds = np.concatenate([log.kind, new_kind]).astype(np.int8)
    person = np.concatenate([log.person, new_person]).astype(np.int32)
    by = np.concatenate([log.referrer, new_referrer]).astype(np.int32)
    name = np.concatenate([log.name, np.full(new_time.size, NO_CODE)]).astype(np.int32)

    # Who is fraud: the chosen friends and every fake friend.
    is_fraud = np.zeros(total, bool)
    is_fraud[friend[fraudulent]] = True
    is_fraud[fake] = True
    identities = _Identities(rng, total)
    honest = ~fraudulent & (rng.random(friend.size) < options.shared_ip_rate)
    identities.home_ip[friend[honest]] = identities.home_ip[referrer[honest]]
    for index, fraud_kind in enumerate(FRAUD_KINDS):
        chosen = kind == index
        f, r = friend[chosen], referrer[chosen]
        if fraud_kind == "same_ip":
            identities.home_ip[f] = identities.home_ip[r]
        elif fraud_kind == "same_device":
            identities.device[f] = identities.device[r]
        elif fraud_kind == "same_email":
            identities.disguise(f, r)
        elif fraud_kind == "disposable_email":
            identities.domain[f] = rng.integers(
                len(HONEST_DOMAINS), len(HONEST_DOMAINS) + len(DISPOSABLE_DOMAINS), f.size
            )
    all_names = [*log.people.to_pylist(), *fake_names]
    coded = identities.columns(rng, all_names, person, kinds, is_fraud)
    people_array = pa.array(all_names, pa.string())
    built = EventLog.build(time, kinds, person, by, name, people_array, log.names, coded=coded)
    return FraudTraffic(built, int(is_fraud.sum()), int(friend.size))


def _names(log: EventLog, codes: np.ndarray) -> list[str]:
    names: list[str] = log.people.take(pa.array(codes, pa.int32())).to_pylist()
    return names


class _Identities:
    """Each person's home IP, device and email; rows mostly use them, with honest noise."""

    def __init__(self, rng: np.random.Generator, people: int) -> None:
        self.home_ip = rng.integers(0x0B000000, 0xDF000000, people)  # one address per home
        self.device = rng.integers(0, 1 << 40, people)
        self.domain = rng.choice(len(HONEST_DOMAINS), people, p=HONEST_WEIGHTS)
        self.alias = np.full(people, -1)  # a person whose email is a disguised copy of another's
        self.alias_style = np.zeros(people, np.int8)

    def disguise(self, friend: np.ndarray, referrer: np.ndarray) -> None:
        """The friend's email becomes one that normalises to the referrer's (dots, a plus tag, case)."""
        self.alias[friend] = referrer
        self.alias_style[friend] = 1 + np.arange(friend.size) % 3

    def columns(
        self, rng: np.random.Generator, names: list[str], person: np.ndarray, kind: np.ndarray, is_fraud: np.ndarray
    ) -> dict[str, Coded]:
        rows = person.size
        domains = [*HONEST_DOMAINS, *DISPOSABLE_DOMAINS]
        # IPs: home, or for honest people now and then a carrier address shared by strangers.
        carrier = rng.integers(0x64400000, 0x647FFFFF, CARRIER_IPS)  # 100.64.0.0/10, carrier-grade NAT space
        mobile = (rng.random(rows) < MOBILE_SHARE) & ~is_fraud[person]
        address = np.where(mobile, carrier[rng.integers(0, CARRIER_IPS, rows)], self.home_ip[person])
        ip = _coded_ints(address, _ipv4, self._carries("ip", kind))
        device = _coded_ints(self.device[person], lambda v: f"dev-{v:010x}", self._carries("device", kind))
        # Emails: one address per person, written with honest variations now and then.
        owner = np.where(self.alias >= 0, self.alias, np.arange(self.alias.size))
        base = [f"{names[o]}@{domains[d]}" for o, d in zip(owner.tolist(), self.domain[owner].tolist(), strict=True)]
        style = np.where(self.alias_style[person] > 0, self.alias_style[person], 0)
        honest_noise = rng.integers(0, 10, rows)  # 0–2: a variation of the person's own address; else plain
        style = np.where((style == 0) & (honest_noise < 3), 4 + honest_noise, style)
        email_codes, email_values = _email_column(base, person, style, self._carries("email", kind))
        fraud_codes = is_fraud[person].astype(np.int32)  # values: "false", "true"
        return {
            "ip": ip,
            "device": device,
            "email": Coded(email_codes, email_values),
            "fraud": Coded(fraud_codes, pa.array(["false", "true"], pa.string())),
        }

    @staticmethod
    def _carries(column: str, kind: np.ndarray) -> np.ndarray:
        return np.isin(kind, CARRIES[column])


def _ipv4(value: int) -> str:
    return f"{value >> 24}.{(value >> 16) & 255}.{(value >> 8) & 255}.{value & 255}"


def _coded_ints(values: np.ndarray, text: object, present: np.ndarray) -> Coded:
    """Integers as dictionary-coded text; rows without the identity get NO_CODE."""
    distinct, codes = np.unique(values, return_inverse=True)
    codes = np.where(present, codes, NO_CODE).astype(np.int32)
    return Coded(codes, pa.array([text(int(v)) for v in distinct.tolist()], pa.string()))  # type: ignore[operator]


def _email_column(
    base: list[str], person: np.ndarray, style: np.ndarray, present: np.ndarray
) -> tuple[np.ndarray, pa.Array]:
    """Per row the person's address in one of its spellings; all spellings of one address normalise alike.

    Styles: 0 plain; 1–3 a fraudster's disguise of someone else's address (dots, plus tag, upper case);
    4–6 an honest person's own variation (plus tag, upper case, dots — Gmail only, elsewhere plain).
    """
    key = person.astype(np.int64) * 8 + style
    distinct, codes = np.unique(np.where(present, key, -1), return_inverse=True)
    texts = []
    for value in distinct.tolist():
        if value < 0:
            continue
        texts.append(_spell(base[value // 8], value % 8))
    offset = 1 if distinct.size and distinct[0] < 0 else 0
    codes = np.where(present, codes - offset, NO_CODE).astype(np.int32)
    return codes, pa.array(texts, pa.string())


def _spell(address: str, style: int) -> str:
    local, _, domain = address.partition("@")
    gmail = domain == "gmail.com"
    if style in (1, 6) and gmail:
        return ".".join(local) + "@" + ("googlemail.com" if style == 1 else domain)
    if style in (2, 4):
        return f"{local}+{'ref' if style == 2 else 'news'}@{domain}"
    if style in (3, 5):
        return address.upper() if style == 3 else local.capitalize() + "@" + domain.capitalize()
    return address
