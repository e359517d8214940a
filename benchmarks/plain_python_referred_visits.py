"""The referred-visits computation in plain Python (csv module, dicts, one loop): what a scripter
would write with no libraries at all. Same inputs and the same four outputs as the polars version.

Usage: python plain_python_referred_visits.py EVENTS.csv GOAL_COUNT OUT_DIR
"""

from __future__ import annotations

import csv
import json
import sys
from datetime import datetime, timezone
from pathlib import Path

EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


def text(seconds: int) -> str:
    return datetime.fromtimestamp(seconds, timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def main(events: str, goal_count: int, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    with open(events, newline="", encoding="utf-8-sig") as stream:
        rows = [
            (int(datetime.fromisoformat(r["time"]).timestamp()), r["kind"], r["person"], r.get("referrer") or "")
            for r in csv.DictReader(stream)
        ]
    rows.sort(key=lambda row: row[0])  # stable: equal times keep file order
    seen: set[tuple[str, str]] = set()
    credits: dict[str, int] = {}
    fulfilled: list[tuple[str, int]] = []
    changes: list[tuple[int, int, int]] = []  # time, credited referrers, fulfilled referrers after it
    credited_count = fulfilled_count = 0
    for time, kind, person, referrer in rows:
        if kind != "visit" or not referrer or referrer == person or (referrer, person) in seen:
            continue
        seen.add((referrer, person))
        credits[referrer] = credits.get(referrer, 0) + 1
        if credits[referrer] == 1:
            credited_count += 1
        if credits[referrer] == goal_count:
            fulfilled.append((referrer, time))
            fulfilled_count += 1
        if credits[referrer] in (1, goal_count):
            if changes and changes[-1][0] == time:
                changes[-1] = (time, credited_count, fulfilled_count)
            else:
                changes.append((time, credited_count, fulfilled_count))
    first = dict(fulfilled)
    with open(out / "referrers.csv", "w", newline="") as stream:
        writer = csv.writer(stream, lineterminator="\n")
        writer.writerow(["referrer", "credits", "fulfillments", "first_fulfilled_at"])
        for referrer, count in sorted(credits.items(), key=lambda item: (-item[1], item[0])):
            at = first.get(referrer)
            writer.writerow([referrer, count, int(count >= goal_count), "" if at is None else text(at)])
    with open(out / "fulfillments.csv", "w", newline="") as stream:
        writer = csv.writer(stream, lineterminator="\n")
        writer.writerow(["referrer", "fulfillment", "time", "promo_code"])
        writer.writerows([referrer, 1, text(time), ""] for referrer, time in fulfilled)
    with open(out / "timeline.csv", "w", newline="") as stream:
        writer = csv.writer(stream, lineterminator="\n")
        writer.writerow(["time", "credited_referrers", "fulfilled_referrers"])
        writer.writerows([text(time), c, f] for time, c, f in changes)
    summary = {"events_read": len(rows), "credits": len(seen), "fulfilled_referrers": len(fulfilled)}
    (out / "summary.json").write_text(json.dumps(summary))


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), Path(sys.argv[3]))
