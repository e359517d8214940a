"""The options of synthetic traffic, their limits and the check of them.

Apart from the generator because most of the app reads options without making traffic:
the GUI's form (bounded by LIMITS), the CLI's `generate` flags, presets, scenario files and
forecasts. The generator itself (engine/generator.py) and its steps (engine/traffic_steps.py)
import from here, never the other way.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, fields
from datetime import datetime, timezone

from referral_studio.domain.texts import QT_TRANSLATE_NOOP
from referral_studio.domain.times import to_ns

SECOND = 1_000_000_000
HOUR = 3600 * SECOND
DAY = 24 * HOUR
MAX_EVENTS = 500_000_000  # about 10 GB of columns: options that grow past it are refused, not left to exhaust memory


class TrafficTooLarge(ValueError):
    """The options make traffic that grows past MAX_EVENTS (e.g. many visits per share with a high sign-up rate)."""


NS_MIN, NS_MAX = -(2**63), 2**63 - 1  # the engine's int64 nanosecond times


@dataclass(frozen=True)
class TrafficOptions:
    """What the generator makes; each field is also a `generate` option (underscores → dashes), its help in metadata."""

    participants: int = field(
        default=1_000,
        metadata={
            "help": QT_TRANSLATE_NOOP(
                "TrafficOptions", "Organic participants, who join the offer on their own over the campaign."
            )
        },
    )
    days: float = field(
        default=30.0,
        metadata={"help": QT_TRANSLATE_NOOP("TrafficOptions", "Campaign length in days; nothing happens after it.")},
    )
    start: datetime = field(
        default=datetime(2027, 3, 1, tzinfo=timezone.utc),
        metadata={"help": QT_TRANSLATE_NOOP("TrafficOptions", "When the campaign starts.")},
    )
    seed: int = field(
        default=1,
        metadata={
            "help": QT_TRANSLATE_NOOP(
                "TrafficOptions", "Seed of the random generator: same seed and options, same log."
            )
        },
    )
    share_rate: float = field(
        default=0.07,
        metadata={"help": QT_TRANSLATE_NOOP("TrafficOptions", "Share of participants who share their link at all.")},
    )
    shares_per_sharer: float = field(
        default=2.0,
        metadata={
            "help": QT_TRANSLATE_NOOP(
                "TrafficOptions", "Mean number of shares by a participant who shares (at least one)."
            )
        },
    )
    visits_per_share: float = field(
        default=2.0,
        metadata={"help": QT_TRANSLATE_NOOP("TrafficOptions", "Mean number of friends who visit through one share.")},
    )
    overlap_rate: float = field(
        default=0.05,
        metadata={
            "help": QT_TRANSLATE_NOOP(
                "TrafficOptions", "Share of referred visits by a friend already reached through someone else's link."
            )
        },
    )
    return_rate: float = field(
        default=0.15,
        metadata={
            "help": QT_TRANSLATE_NOOP(
                "TrafficOptions", "Share of visiting friends who come back through the same link."
            )
        },
    )
    js_event_rate: float = field(
        default=0.3,
        metadata={
            "help": QT_TRANSLATE_NOOP(
                "TrafficOptions", "Share of visiting friends who fire the landing page's JavaScript event."
            )
        },
    )
    signup_rate: float = field(
        default=0.075,
        metadata={
            "help": QT_TRANSLATE_NOOP(
                "TrafficOptions", "Share of visiting friends who sign up (and become participants)."
            )
        },
    )
    tagged_rate: float = field(
        default=0.6,
        metadata={
            "help": QT_TRANSLATE_NOOP(
                "TrafficOptions",
                "Share of a friend's sign-ups, JS events and milestones that carry the referrer (the rest rely on attribution).",
            )
        },
    )
    milestone_rate: float = field(
        default=0.1,
        metadata={
            "help": QT_TRANSLATE_NOOP(
                "TrafficOptions",
                "Chance that a referred participant reaches each next milestone (webinar → attended → opportunity → purchase).",
            )
        },
    )
    self_referral_rate: float = field(
        default=0.02,
        metadata={
            "help": QT_TRANSLATE_NOOP("TrafficOptions", "Share of participants who visit through their own link.")
        },
    )
    organic_visit_rate: float = field(
        default=3.0,
        metadata={"help": QT_TRANSLATE_NOOP("TrafficOptions", "Organic visits (no referrer) per organic participant.")},
    )

    organic_signup_rate: float = field(
        default=0.03,
        metadata={
            "help": QT_TRANSLATE_NOOP(
                "TrafficOptions",
                "Share of organic visitors who sign up on their own (the base rate referred traffic is compared with).",
            )
        },
    )
    purchase_rate: float = field(
        default=0.6,
        metadata={
            "help": QT_TRANSLATE_NOOP(
                "TrafficOptions", "Share of referred sign-ups who make a Purchase (besides the milestone chain)."
            )
        },
    )
    share_spread: float = field(
        default=1.0,
        metadata={
            "help": QT_TRANSLATE_NOOP(
                "TrafficOptions",
                "Spread of sharers' propensity (lognormal sigma): 0 makes every sharer alike, 1.5 lets a few send most shares.",
            )
        },
    )
    share_mode: str = field(
        default="broadcast",
        metadata={
            "choices": ("broadcast", "recommendation"),
            "help": QT_TRANSLATE_NOOP(
                "TrafficOptions",
                "broadcast: a share is a link that several friends may click; recommendation: a share reaches one "
                "person, who clicks with chance visits-per-share.",
            ),
        },
    )
    saturation: int = field(
        default=3,
        metadata={
            "help": QT_TRANSLATE_NOOP(
                "TrafficOptions",
                "A friend's chance to sign up rises with each distinct referrer who reached them, up to this many "
                "(0: no limit).",
            )
        },
    )
    day_night: float = field(
        default=0.6,
        metadata={
            "help": QT_TRANSLATE_NOOP(
                "TrafficOptions",
                "Strength of the day-night rhythm (UTC, peak at 20:00): 0 spreads events evenly, 1 leaves nights empty.",
            )
        },
    )
    delays: str = field(
        default="lognormal",
        metadata={
            "choices": ("lognormal", "exponential"),
            "help": QT_TRANSLATE_NOOP(
                "TrafficOptions",
                "How long people take between steps: lognormal (most within the hour, a tail of days) or "
                "exponential (the classroom's even spread).",
            ),
        },
    )

    def problems(self) -> list[str]:
        """What is out of range, as `option: allowed` lines."""
        found = []
        for name, limit in LIMITS.items():
            if not limit.allows(getattr(self, name)):
                found.append(f"{name.replace('_', '-')}: {limit.allowed}")
            elif name == "days" and not NS_MIN <= to_ns(self.start) <= NS_MAX - int(self.days * DAY) - 2 * DAY:
                found.append(
                    "start: a time from 1677-09-22 on, with the campaign (start plus days) over "
                    "by 2262-04-09 (the range of nanosecond times)"
                )
        for f in fields(self):
            choices = f.metadata.get("choices")
            if choices and getattr(self, f.name) not in choices:
                found.append(f"{f.name.replace('_', '-')}: one of {', '.join(choices)}")
        if self.share_mode == "recommendation" and self.visits_per_share > 1:
            found.append("visits-per-share: at most 1 in recommendation mode (one share reaches one person)")
        if self.shares_per_sharer < 1 and self.share_rate > 0:
            found.append("shares-per-sharer: at least 1 (a sharer shares at least once)")
        return found


@dataclass(frozen=True)
class Limit:
    """The values a traffic option allows; `problems()` checks them and the GUI's form is bounded by them."""

    low: float
    high: float
    allowed: str  # in words, for the message naming the option
    low_excluded: bool = False  # more than `low`, not `low` itself

    def allows(self, value: float) -> bool:
        return (self.low < value if self.low_excluded else self.low <= value) and value <= self.high


_FRACTION = Limit(0, 1, "a fraction from 0 to 1")
_PER_PERSON = Limit(0, 1000, "a number from 0 to 1000")
LIMITS: dict[str, Limit] = {
    "participants": Limit(0, 50_000_000, "a whole number from 0 to 50,000,000"),
    "days": Limit(0, 3650, "more than 0 and at most 3650", low_excluded=True),
    "seed": Limit(0, math.inf, "a whole number of at least 0"),
    **dict.fromkeys(
        (
            "share_rate",
            "overlap_rate",
            "return_rate",
            "js_event_rate",
            "signup_rate",
            "tagged_rate",
            "milestone_rate",
            "self_referral_rate",
            "organic_signup_rate",
            "purchase_rate",
            "day_night",
        ),
        _FRACTION,
    ),
    **dict.fromkeys(("shares_per_sharer", "visits_per_share", "organic_visit_rate"), _PER_PERSON),
    "share_spread": Limit(0, 4, "a number from 0 to 4"),
    "saturation": Limit(0, 1000, "a whole number from 0 (no limit) to 1000"),
}
"""The range of every bounded option, in the order problems() names them (the start is checked with the days)."""


OPTION_FIELDS = tuple(f.name for f in fields(TrafficOptions))
