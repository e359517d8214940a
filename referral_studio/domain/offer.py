"""The referral offer: every setting of Marketo's offer editor, as an immutable value.

Offers are frozen dataclasses so an undo command can keep the value before and after
an edit, and the store can compare what it has with what the editor holds.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any, Literal, get_args

from referral_studio.domain.texts import QT_TRANSLATE_NOOP


class GoalType(StrEnum):
    """What a friend must do for their referrer to earn a credit."""

    REFERRED_VISITS = "referred_visits"
    REFERRED_SIGNUPS = "referred_signups"
    SMART_LIST_TRIGGER = "smart_list_trigger"
    CUSTOM_JS_EVENT = "custom_js_event"

    @property
    def label(self) -> str:
        """The name Marketo's Fulfillment Goal dropdown shows."""
        return GOAL_LABELS[self]


GOAL_LABELS = {  # English, as files and the command line use them; the UI shows them translated ("Goal")
    GoalType.REFERRED_VISITS: QT_TRANSLATE_NOOP("Goal", "Referred Visits"),
    GoalType.REFERRED_SIGNUPS: QT_TRANSLATE_NOOP("Goal", "Referred Sign-Ups"),
    GoalType.SMART_LIST_TRIGGER: QT_TRANSLATE_NOOP("Goal", "Smart List Trigger"),
    GoalType.CUSTOM_JS_EVENT: QT_TRANSLATE_NOOP("Goal", "Custom JavaScript Event"),
}


class Qualification(StrEnum):
    """How often one friend can earn a Smart List Trigger credit."""

    ONCE = "once"
    EVERY_TIME = "every_time"


class AttributionModel(StrEnum):
    """Which earlier referred visit gets the credit for a row without a referrer."""

    FIRST_TOUCH = "first_touch"
    LAST_TOUCH = "last_touch"


class Delivery(StrEnum):
    """When the fulfillment email goes out."""

    AUTO_ON_GOAL = "auto_on_goal"
    MANUAL = "manual"


class ShareUrlKind(StrEnum):
    """Where a participant's share link points (App Settings › Advanced Options)."""

    REFERRING_PAGE = "referring_page"
    LANDING_PAGE = "landing_page"
    EXTERNAL_URL = "external_url"


MAX_GOAL_COUNT = 1_000_000


@dataclass(frozen=True)
class Goal:
    """Fulfillment Goal and the settings of each goal type (kept even when unused)."""

    type: GoalType = GoalType.REFERRED_VISITS
    count: int = 1
    count_repeat_visits: bool = False
    trigger_activities: tuple[str, ...] = ()
    qualification: Qualification = Qualification.ONCE
    event_name: str | None = None


@dataclass(frozen=True)
class Window:
    """The offer runs for rows with start ≤ time < end; None leaves that side open."""

    start: datetime | None = None
    end: datetime | None = None


@dataclass(frozen=True)
class Attribution:
    """How a row without a referrer is matched to an earlier referred visit."""

    model: AttributionModel = AttributionModel.FIRST_TOUCH
    window_days: float | None = None


@dataclass(frozen=True)
class Rewards:
    """Whether a referrer can be rewarded again for every further goal count reached."""

    repeat: bool = False
    max_fulfillments: int | None = None


@dataclass(frozen=True)
class Fraud:
    """Fraud & Holds (fraud-rules.md): which credits are blocked, sent to review, or held for refunds."""

    same_ip: bool = False
    same_device: bool = False
    same_email: bool = False
    blocked_email_domains: tuple[str, ...] = ()
    max_credits_per_day: int | None = None
    hold_days: float = 0

    @property
    def active(self) -> bool:
        """True when any setting can change a credit's fate."""
        return self != Fraud()


@dataclass(frozen=True)
class Emails:
    """The emails Marketo sends: on sign-up and on fulfillment."""

    sign_up: str | None = None
    fulfillment: str | None = None
    delivery: Delivery = Delivery.AUTO_ON_GOAL


@dataclass(frozen=True)
class PrivacyPolicy:
    """Advanced Options › Privacy Policy: a link shown on the offer's forms."""

    shown: bool = False
    title: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class ShareUrl:
    """Advanced Options › Share URL: where shared links send friends."""

    kind: ShareUrlKind = ShareUrlKind.REFERRING_PAGE
    url: str | None = None


@dataclass(frozen=True)
class Offer:
    """One referral offer, as designed in the editor and written to `*.offer.json`."""

    name: str
    program: str = ""
    goal: Goal = field(default_factory=Goal)
    window: Window = field(default_factory=Window)
    attribution: Attribution = field(default_factory=Attribution)
    rewards: Rewards = field(default_factory=Rewards)
    promo_codes: tuple[str, ...] = ()
    uses_give_credit_to_referrer: bool = False
    emails: Emails = field(default_factory=Emails)
    rules_url: str | None = None
    privacy_policy: PrivacyPolicy = field(default_factory=PrivacyPolicy)
    share_url: ShareUrl = field(default_factory=ShareUrl)
    fraud: Fraud = field(default_factory=Fraud)

    def replace(self, **changes: Any) -> Offer:
        """A copy with top-level fields changed."""
        return dataclasses.replace(self, **changes)

    def with_value(self, path: SettingPath, value: object) -> Offer:
        """A copy with one setting changed, named by its offer-file key (`goal.count`)."""
        head, _, rest = path.partition(".")
        changed: dict[str, Any] = {head: value}
        if rest:
            inner: dict[str, Any] = {rest: value}
            changed = {head: dataclasses.replace(getattr(self, head), **inner)}
        return dataclasses.replace(self, **changed)

    def value(self, path: SettingPath) -> object:
        """The setting named by its offer-file key (`goal.count`)."""
        result: object = self
        for name in path.split("."):
            result = getattr(result, name)
        return result


SettingPath = Literal[
    "name",
    "program",
    "goal.type",
    "goal.count",
    "goal.count_repeat_visits",
    "goal.trigger_activities",
    "goal.qualification",
    "goal.event_name",
    "window.start",
    "window.end",
    "attribution.model",
    "attribution.window_days",
    "rewards.repeat",
    "rewards.max_fulfillments",
    "promo_codes",
    "uses_give_credit_to_referrer",
    "emails.sign_up",
    "emails.fulfillment",
    "emails.delivery",
    "rules_url",
    "privacy_policy.shown",
    "privacy_policy.title",
    "privacy_policy.url",
    "share_url.kind",
    "share_url.url",
    "fraud.same_ip",
    "fraud.same_device",
    "fraud.same_email",
    "fraud.blocked_email_domains",
    "fraud.max_credits_per_day",
    "fraud.hold_days",
]
"""Every setting of an offer by its offer-file key, so the type checker catches a misspelt one in an edit."""
SETTING_PATHS: tuple[SettingPath, ...] = get_args(SettingPath)
