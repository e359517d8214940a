"""The files `reconcile` writes: reconcile.csv (every pairing) and summary.json (a count per status)."""

from __future__ import annotations

import csv
import json
from collections.abc import Sequence
from pathlib import Path

from referral_studio.domain.atomic_file import atomic_write
from referral_studio.domain.times import format_ns
from referral_studio.engine.reconcile import Pairing, counts

CSV_COLUMNS = ("status", "person", "referrer", "platform_referrer", "time", "platform_time", "line", "why")


def pairing_fields(pairing: Pairing) -> list[str]:
    """A pairing as reconcile.csv's fields: times in ISO 8601 UTC, empty where a side is absent."""
    return [
        pairing.status,
        pairing.person,
        pairing.referrer,
        pairing.platform_referrer,
        format_ns(pairing.time) if pairing.time is not None else "",
        format_ns(pairing.platform_time) if pairing.platform_time is not None else "",
        str(pairing.line) if pairing.line is not None else "",
        pairing.why,
    ]


def write_reconcile(pairings: Sequence[Pairing], folder: Path) -> dict[str, int]:
    """Write reconcile.csv and summary.json into `folder` (made if missing); returns the counts."""
    folder.mkdir(parents=True, exist_ok=True)
    with atomic_write(folder / "reconcile.csv") as stream:
        writer = csv.writer(stream, lineterminator="\n")
        writer.writerow(CSV_COLUMNS)
        writer.writerows(pairing_fields(pairing) for pairing in pairings)
    found = counts(pairings)
    summary = {**found, "differences": sum(p.differs for p in pairings)}
    with atomic_write(folder / "summary.json") as stream:
        json.dump(summary, stream, indent=2)
        stream.write("\n")
    return found
