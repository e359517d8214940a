"""The one place `fit` and `reconcile` read an event log, so a mapping's reader plugs in here once."""

from __future__ import annotations

from pathlib import Path

from referral_studio.engine.event_log import EventLog


def read_events(path: Path) -> EventLog:
    """The event log at `path` (CSV or Parquet, in the event-log schema)."""
    from referral_studio.engine.log_files import read_event_log

    return read_event_log(path)
