"""Moments between Python and Qt: every date field in the app shows and returns UTC.

A field shows whole minutes unless its moment has seconds (an offer file may hold any); what it
returns is what it shows, so a time that reads 09:00 is never stored as 09:00:48.
"""

from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import QDateTime, QTimeZone
from PySide6.QtWidgets import QDateTimeEdit

UTC = QTimeZone.utc()
MINUTES, SECONDS = "yyyy-MM-dd HH:mm 'UTC'", "yyyy-MM-dd HH:mm:ss 'UTC'"


def to_qdatetime(value: datetime) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(value.timestamp()), UTC)


def from_qdatetime(value: QDateTime) -> datetime:
    return datetime.fromtimestamp(value.toSecsSinceEpoch(), timezone.utc)


def this_minute() -> datetime:
    """Now, in UTC, to the whole minute: what a new time field starts at."""
    return datetime.now(timezone.utc).replace(second=0, microsecond=0)


def show_moment(edit: QDateTimeEdit, value: datetime) -> None:
    """Show the moment in the field, with its seconds when it has any."""
    edit.setDisplayFormat(SECONDS if value.second or value.microsecond else MINUTES)
    edit.setDateTime(to_qdatetime(value))


def shown_moment(edit: QDateTimeEdit) -> datetime:
    """The moment the field shows: a field without seconds on screen drops those Qt keeps behind it."""
    value = from_qdatetime(edit.dateTime())
    return value if "ss" in edit.displayFormat() else value.replace(second=0)
