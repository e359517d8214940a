"""`*.offer.json`: the portable, diffable copy of one offer (docs/file-formats.md).

Reading is strict: an unknown key, a wrong type or a value out of range is refused
with a message naming the key and what is allowed. Writing always gives every key,
so a written file reads back to the same offer and writes back to the same bytes.
"""

from __future__ import annotations

import dataclasses
import json
import math
import os
import types
from collections.abc import Callable
from datetime import datetime
from enum import StrEnum
from typing import Any, NoReturn, TypeVar, get_args, get_type_hints

from referral_studio.domain.atomic_file import atomic_write
from referral_studio.domain.offer import (
    MAX_GOAL_COUNT,
    Attribution,
    AttributionModel,
    Delivery,
    Emails,
    Fraud,
    Goal,
    GoalType,
    Offer,
    PrivacyPolicy,
    Qualification,
    Rewards,
    ShareUrl,
    ShareUrlKind,
    Window,
)
from referral_studio.domain.promo_codes import repeated_codes, repeats_message
from referral_studio.domain.text_file import read_utf8
from referral_studio.domain.times import format_time, parse_time

FORMAT = "referral-studio.offer"
VERSION = 2  # version 2 added the `fraud` key; version-1 files read as before
SUFFIX = ".offer.json"

E = TypeVar("E", bound=StrEnum)


class OfferFileError(ValueError):
    """An offer file that cannot be read; the message names the file and the key."""


def _nullable_keys(cls: type, path: tuple[str, ...] = ()) -> frozenset[tuple[str, ...]]:
    """The key paths whose value may be null: the fields typed `… | None`, read from the dataclasses themselves."""
    found: set[tuple[str, ...]] = set()
    for name, hint in get_type_hints(cls).items():
        if dataclasses.is_dataclass(hint) and isinstance(hint, type):
            found |= _nullable_keys(hint, (*path, name))
        elif types.NoneType in get_args(hint):
            found.add((*path, name))
    return frozenset(found)


NULLABLE_KEYS = _nullable_keys(Offer)
"""Where an offer file may say null, e.g. ("window", "end") and ("rules_url",): formats without null map to these."""


class _Section:
    """The keys of one JSON object, taken one by one; whatever is left over is unknown."""

    def __init__(self, data: object, where: str, source: str) -> None:
        self.where = where
        self.source = source
        if not isinstance(data, dict):
            self.fail(where or "(top level)", "must be a JSON object { … }", data)
        self.data: dict[str, Any] = dict(data)
        self.allowed = _KEYS[where]

    def key(self, name: str) -> str:
        return f"{self.where}.{name}" if self.where else name

    def fail(self, key: str, allowed: str, got: object) -> NoReturn:
        raise OfferFileError(f"{self.source}: key {key!r} {allowed} (got {json.dumps(got, ensure_ascii=False)[:60]})")

    def take(self, name: str, default: Any, check: Callable[[Any], bool], allowed: str) -> Any:
        if name not in self.data:
            return default
        value = self.data.pop(name)
        if not check(value):
            self.fail(self.key(name), allowed, value)
        return value

    def text(self, name: str, default: str | None = None, *, nullable: bool = True) -> str | None:
        allowed = "must be a string or null" if nullable else "must be a string"
        text: str | None = self.take(name, default, lambda v: isinstance(v, str) or (nullable and v is None), allowed)
        return text

    def required_text(self, name: str, default: str | None = None) -> str:
        """A string that may not be null (a missing key with no default is refused by the caller)."""
        text: str = self.take(name, default, lambda v: isinstance(v, str), "must be a string")
        return text

    def flag(self, name: str, default: bool) -> bool:
        flag: bool = self.take(name, default, lambda v: isinstance(v, bool), "must be true or false")
        return flag

    def count(self, name: str, default: int, low: int, high: int) -> int:
        """A whole number that may not be null."""
        number: int = self.integer(name, default, low, high, nullable=False)
        return number

    def integer(self, name: str, default: int | None, low: int, high: int | None, *, nullable: bool) -> Any:
        span = f"from {low:,} to {high:,}" if high is not None else f"of at least {low:,}"
        allowed = f"must be a whole number {span}" + (" or null" if nullable else "")

        def ok(v: object) -> bool:
            if v is None:
                return nullable
            return isinstance(v, int) and not isinstance(v, bool) and v >= low and (high is None or v <= high)

        return self.take(name, default, ok, allowed)

    def positive_number(self, name: str) -> float | None:
        def ok(v: object) -> bool:
            return v is None or (isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v) and v > 0)

        days: float | None = self.take(name, None, ok, "must be a positive number of days (fractions allowed) or null")
        return days

    def days(self, name: str) -> float:
        def ok(v: object) -> bool:
            return isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v) and v >= 0

        days: float = self.take(name, 0, ok, "must be a number of days of at least 0 (fractions allowed)")
        return days

    def choice(self, name: str, enum: type[E], default: E) -> E:
        values = [member.value for member in enum]
        allowed = "must be one of " + ", ".join(f'"{v}"' for v in values)
        return enum(self.take(name, default.value, lambda v: v in values, allowed))

    def strings(self, name: str) -> tuple[str, ...]:
        def ok(v: object) -> bool:
            return isinstance(v, list) and all(isinstance(item, str) for item in v)

        return tuple(self.take(name, [], ok, "must be a list of strings"))

    def unique_strings(self, name: str) -> tuple[str, ...]:
        """A list of strings none of which is listed twice (promo codes: each is given out once)."""
        values = self.strings(name)
        if repeated := repeated_codes(values):
            raise OfferFileError(f"{self.source}: key {self.key(name)!r}: {repeats_message(repeated)}")
        return values

    def time(self, name: str) -> datetime | None:
        raw = self.text(name)
        if raw is None:
            return None
        try:
            return parse_time(raw)
        except ValueError as error:
            raise OfferFileError(f"{self.source}: key {self.key(name)!r}: {error}") from None

    def section(self, name: str) -> _Section:
        return _Section(self.data.pop(name, {}), self.key(name), self.source)

    def done(self) -> None:
        """Refuse any key that was not taken."""
        if self.data:
            unknown = sorted(self.data)[0]
            raise OfferFileError(
                f"{self.source}: unknown key {self.key(unknown)!r}; allowed here: {', '.join(self.allowed)}"
            )


_KEYS = {
    "": (
        "format",
        "version",
        "name",
        "program",
        "goal",
        "window",
        "attribution",
        "rewards",
        "promo_codes",
        "uses_give_credit_to_referrer",
        "emails",
        "rules_url",
        "privacy_policy",
        "share_url",
        "fraud",
    ),
    "goal": ("type", "count", "count_repeat_visits", "trigger_activities", "qualification", "event_name"),
    "window": ("start", "end"),
    "attribution": ("model", "window_days"),
    "rewards": ("repeat", "max_fulfillments"),
    "emails": ("sign_up", "fulfillment", "delivery"),
    "privacy_policy": ("shown", "title", "url"),
    "share_url": ("kind", "url"),
    "fraud": (
        "same_ip",
        "same_device",
        "same_email",
        "blocked_email_domains",
        "max_credits_per_day",
        "hold_days",
    ),
}


def offer_from_dict(data: object, source: str = "offer", *, stored: bool = False) -> Offer:
    """Build an offer from parsed JSON, refusing anything the format does not allow.

    A file with a promo code listed twice is refused; a `stored` draft keeps its codes as saved (one saved
    before the rule still opens, and validation blocks its approval until the repeat is gone).
    """
    top = _Section(data, "", source)
    given = top.data.pop("format", None)
    if given != FORMAT:
        top.fail("format", f'is required and must be "{FORMAT}"', given)
    if "version" not in top.data:
        top.fail("version", f"is required and must be a whole number from 1 to {VERSION}", None)
    version = top.data["version"]
    if isinstance(version, int) and not isinstance(version, bool) and version > VERSION:
        raise OfferFileError(
            f"{source}: this offer file is version {version}, newer than this Referral Studio "
            f"reads (up to version {VERSION}); update Referral Studio to open it"
        )
    version = top.integer("version", None, 1, VERSION, nullable=False)
    if version == 1 and "fraud" in top.data:
        top.fail("fraud", "needs offer file version 2 (version 1 has no fraud settings)", top.data["fraud"])
    if "name" not in top.data:
        top.fail("name", "is required and must be a string", None)
    name = top.required_text("name")
    program = top.required_text("program", "")

    g = top.section("goal")
    goal = Goal(
        type=g.choice("type", GoalType, GoalType.REFERRED_VISITS),
        count=g.count("count", 1, 1, MAX_GOAL_COUNT),
        count_repeat_visits=g.flag("count_repeat_visits", False),
        trigger_activities=g.strings("trigger_activities"),
        qualification=g.choice("qualification", Qualification, Qualification.ONCE),
        event_name=g.text("event_name"),
    )
    g.done()
    w = top.section("window")
    window = Window(start=w.time("start"), end=w.time("end"))
    w.done()
    a = top.section("attribution")
    attribution = Attribution(
        model=a.choice("model", AttributionModel, AttributionModel.FIRST_TOUCH),
        window_days=a.positive_number("window_days"),
    )
    a.done()
    r = top.section("rewards")
    rewards = Rewards(
        repeat=r.flag("repeat", False), max_fulfillments=r.integer("max_fulfillments", None, 1, None, nullable=True)
    )
    r.done()
    e = top.section("emails")
    emails = Emails(
        sign_up=e.text("sign_up"),
        fulfillment=e.text("fulfillment"),
        delivery=e.choice("delivery", Delivery, Delivery.AUTO_ON_GOAL),
    )
    e.done()
    p = top.section("privacy_policy")
    policy = PrivacyPolicy(shown=p.flag("shown", False), title=p.text("title"), url=p.text("url"))
    p.done()
    s = top.section("share_url")
    share = ShareUrl(kind=s.choice("kind", ShareUrlKind, ShareUrlKind.REFERRING_PAGE), url=s.text("url"))
    s.done()
    f = top.section("fraud")
    fraud = Fraud(
        same_ip=f.flag("same_ip", False),
        same_device=f.flag("same_device", False),
        same_email=f.flag("same_email", False),
        blocked_email_domains=f.strings("blocked_email_domains"),
        max_credits_per_day=f.integer("max_credits_per_day", None, 1, None, nullable=True),
        hold_days=f.days("hold_days"),
    )
    f.done()
    offer = Offer(
        name=name,
        program=program,
        goal=goal,
        window=window,
        attribution=attribution,
        rewards=rewards,
        promo_codes=top.strings("promo_codes") if stored else top.unique_strings("promo_codes"),
        uses_give_credit_to_referrer=top.flag("uses_give_credit_to_referrer", False),
        emails=emails,
        rules_url=top.text("rules_url"),
        privacy_policy=policy,
        share_url=share,
        fraud=fraud,
    )
    top.done()
    return offer


def offer_to_dict(offer: Offer) -> dict[str, Any]:
    """Every key of the offer file, in the order docs/file-formats.md shows them."""

    def time(value: Any) -> str | None:
        return None if value is None else format_time(value)

    goal, fraud = offer.goal, offer.fraud
    return {
        "format": FORMAT,
        "version": VERSION,
        "name": offer.name,
        "program": offer.program,
        "goal": {
            "type": goal.type.value,
            "count": goal.count,
            "count_repeat_visits": goal.count_repeat_visits,
            "trigger_activities": list(goal.trigger_activities),
            "qualification": goal.qualification.value,
            "event_name": goal.event_name,
        },
        "window": {"start": time(offer.window.start), "end": time(offer.window.end)},
        "attribution": {"model": offer.attribution.model.value, "window_days": offer.attribution.window_days},
        "rewards": {"repeat": offer.rewards.repeat, "max_fulfillments": offer.rewards.max_fulfillments},
        "promo_codes": list(offer.promo_codes),
        "uses_give_credit_to_referrer": offer.uses_give_credit_to_referrer,
        "emails": {
            "sign_up": offer.emails.sign_up,
            "fulfillment": offer.emails.fulfillment,
            "delivery": offer.emails.delivery.value,
        },
        "rules_url": offer.rules_url,
        "privacy_policy": {
            "shown": offer.privacy_policy.shown,
            "title": offer.privacy_policy.title,
            "url": offer.privacy_policy.url,
        },
        "share_url": {"kind": offer.share_url.kind.value, "url": offer.share_url.url},
        "fraud": {
            "same_ip": fraud.same_ip,
            "same_device": fraud.same_device,
            "same_email": fraud.same_email,
            "blocked_email_domains": list(fraud.blocked_email_domains),
            "max_credits_per_day": fraud.max_credits_per_day,
            "hold_days": fraud.hold_days,
        },
    }


def dumps_offer(offer: Offer) -> str:
    """The offer file's text: two-space indented JSON, UTF-8 kept readable, one final newline."""
    return json.dumps(offer_to_dict(offer), indent=2, ensure_ascii=False) + "\n"


def loads_offer(text: str, source: str = "offer", *, stored: bool = False) -> Offer:
    """Parse offer-file text; a JSON syntax error names its line and column."""
    try:
        data = json.loads(text, parse_constant=_refuse_constant)
    except json.JSONDecodeError as error:
        raise OfferFileError(
            f"{source}: line {error.lineno}, column {error.colno}: not valid JSON ({error.msg})"
        ) from None
    except ValueError as error:
        raise OfferFileError(f"{source}: {error}") from None
    return offer_from_dict(data, source, stored=stored)


def _refuse_constant(name: str) -> float:
    raise ValueError(f"{name} is not a number JSON allows")


def read_offer_file(path: str | os.PathLike[str]) -> Offer:
    """Read a `*.offer.json` file (UTF-8, a BOM allowed)."""
    source = str(path)
    text = read_utf8(path, OfferFileError)
    if not text.strip():
        raise OfferFileError(
            f"{source}: the file is empty; an offer file is a JSON object with format, version and name"
        )
    return loads_offer(text, source)


def write_offer_file(offer: Offer, path: str | os.PathLike[str]) -> None:
    """Write the offer file whole or not at all."""
    with atomic_write(path, newline="\n") as stream:
        stream.write(dumps_offer(offer))
