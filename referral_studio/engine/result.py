"""What a replay returns: frozen arrays the CLI writes and the GUI charts."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from referral_studio.domain.offer import GoalType, Offer
from referral_studio.domain.times import format_ns
from referral_studio.engine.event_log import EventLog
from referral_studio.engine.fraud_rules import Fates
from referral_studio.engine.funnel import Funnel, funnel_of


@dataclass(frozen=True)
class Totals:
    """The run's totals, as summary.json writes them."""

    events_read: int
    events_in_window: int
    credits: int
    credited_referrers: int
    fulfilled_referrers: int
    fulfillments: int
    promo_codes_used: int
    promo_codes_exhausted_at: int | None  # ns, or None

    def as_dict(self) -> dict[str, object]:
        exhausted = self.promo_codes_exhausted_at
        return {
            "events_read": self.events_read,
            "events_in_window": self.events_in_window,
            "credits": self.credits,
            "credited_referrers": self.credited_referrers,
            "fulfilled_referrers": self.fulfilled_referrers,
            "fulfillments": self.fulfillments,
            "promo_codes_used": self.promo_codes_used,
            "promo_codes_exhausted_at": None if exhausted is None else format_ns(exhausted),
        }


@dataclass(frozen=True, eq=False)
class ReplayResult:
    """Credits, fulfillments and the timeline of one offer over one log.

    Per-referrer arrays are indexed alike and ordered by referrer code; `ranked` gives
    the order outputs and the leaderboard use (credits descending, then name).
    """

    offer: Offer
    goal_type: GoalType
    goal_count: int
    log: EventLog  # the log replayed: its people name the codes, and its funnel is read off it when asked for
    referrer: np.ndarray  # int32 codes of referrers with ≥ 1 credit
    credits: np.ndarray  # int64
    fulfillments: np.ndarray  # int64
    first_fulfilled: np.ndarray  # int64 ns; meaningful where fulfillments > 0
    credit_time: np.ndarray  # int64 ns, one per credit in processing order
    credit_referrer: np.ndarray  # int32 codes, alongside credit_time
    ledger_referrer: np.ndarray  # int32 codes, one per fulfillment in processing order
    ledger_number: np.ndarray  # int64: 1 for a referrer's first fulfillment, …
    ledger_time: np.ndarray  # int64 ns
    ledger_row: np.ndarray  # int64 index into the log's processing order
    ledger_code: tuple[str | None, ...]
    timeline_time: np.ndarray  # int64 ns
    timeline_credited: np.ndarray  # int64
    timeline_fulfilled: np.ndarray  # int64
    totals: Totals
    window_rows: tuple[int, int]  # the log's rows [lo, hi) inside the offer window
    fates: Fates  # what became of every credit of the base rules (fraud-rules.md)

    @property
    def people(self) -> pa.Array:
        """Everyone the log names (persons and referrers), by code."""
        return self.log.people

    def names(self, codes: np.ndarray) -> pa.Array:
        """People's names for referrer codes."""
        return self.people.take(pa.array(np.asarray(codes), pa.int32()))

    @cached_property
    def funnel(self) -> Funnel:
        """Traffic inside the offer window, step by step (computed when first asked for)."""
        return funnel_of(self.log, *self.window_rows)

    @cached_property
    def ranked(self) -> np.ndarray:
        """Positions of the per-referrer arrays by credits descending, then name by code point."""
        table = pa.table({"credits": self.credits, "name": self.names(self.referrer)})
        indices = pc.sort_indices(table, sort_keys=[("credits", "descending"), ("name", "ascending")])
        order: np.ndarray = indices.to_numpy()
        return order
