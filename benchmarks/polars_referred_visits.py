"""The referred-visits computation written directly in polars: what a data engineer would write
instead of using Referral Studio. Same inputs, same four outputs (goal count from argv).

Usage: python polars_referred_visits.py EVENTS.csv GOAL_COUNT OUT_DIR
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import polars as pl


def main(events: str, goal_count: int, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    log = pl.read_csv(events, schema_overrides={"time": pl.String, "person": pl.String, "referrer": pl.String})
    log = log.with_columns(pl.col("time").str.to_datetime(time_zone="UTC", time_unit="ns")).with_row_index("row")
    log = log.sort("time", maintain_order=True)
    touches = (
        log.filter(
            (pl.col("kind") == "visit") & pl.col("referrer").is_not_null() & (pl.col("referrer") != pl.col("person"))
        )
        .unique(subset=["referrer", "person"], keep="first", maintain_order=True)
        .with_columns(pl.int_range(1, pl.len() + 1).over("referrer").alias("n"))
    )
    fulfilled = touches.filter(pl.col("n") == goal_count).select("referrer", "time")
    referrers = (
        touches.group_by("referrer")
        .agg(pl.len().alias("credits"))
        .join(fulfilled.rename({"time": "first_fulfilled_at"}), on="referrer", how="left")
        .with_columns((pl.col("credits") >= goal_count).cast(pl.Int64).alias("fulfillments"))
        .sort(["credits", "referrer"], descending=[True, False])
        .select("referrer", "credits", "fulfillments", pl.col("first_fulfilled_at").dt.strftime("%Y-%m-%dT%H:%M:%SZ"))
    )
    referrers.write_csv(out / "referrers.csv")
    fulfilled.with_columns(
        pl.lit(1).alias("fulfillment"),
        pl.col("time").dt.strftime("%Y-%m-%dT%H:%M:%SZ"),
        pl.lit(None, pl.String).alias("promo_code"),
    ).select("referrer", "fulfillment", "time", "promo_code").write_csv(out / "fulfillments.csv")
    firsts = touches.filter(pl.col("n") == 1).select("time", credited=pl.lit(1), ful=pl.lit(0))
    changes = pl.concat([firsts, fulfilled.select("time", credited=pl.lit(0), ful=pl.lit(1))]).sort(
        "time", maintain_order=True
    )
    timeline = (
        changes.with_columns(
            pl.col("credited").cum_sum().alias("credited_referrers"),
            pl.col("ful").cum_sum().alias("fulfilled_referrers"),
        )
        .group_by("time", maintain_order=True)
        .last()
        .select(pl.col("time").dt.strftime("%Y-%m-%dT%H:%M:%SZ"), "credited_referrers", "fulfilled_referrers")
    )
    timeline.write_csv(out / "timeline.csv")
    summary = {"events_read": log.height, "credits": touches.height, "fulfilled_referrers": fulfilled.height}
    (out / "summary.json").write_text(json.dumps(summary))


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), Path(sys.argv[3]))
