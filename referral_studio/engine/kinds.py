"""The kinds of event a log holds, as the small integer codes the engine works with."""

from __future__ import annotations

from enum import IntEnum


class Kind(IntEnum):
    """Event kinds of credit-rules.md, in the order of their codes."""

    SHARE = 0
    VISIT = 1
    SIGNUP = 2
    ACTIVITY = 3
    JS_EVENT = 4
    REFUND = 5  # fraud-rules.md: the person's purchase or sign-up was refunded; inert without holds


KIND_NAMES = ("share", "visit", "signup", "activity", "js_event", "refund")
