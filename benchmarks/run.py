"""Speed and memory of the engine, and the end-to-end CLI against a direct polars version.

Run: python benchmarks/run.py [--sizes 1000000 10000000] [--e2e-rows 2000000]
Needs the bench extra (pip install -e ".[bench]") for polars. Logs are cached in
benchmarks/data/ (git-ignored). Each measurement runs in its own process so peak RSS
belongs to it alone.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
EVENTS_PER_PARTICIPANT = 10.5  # of the classroom preset (the traffic these figures were first taken on), measured

REPLAY_CHILD = r"""
import json, resource, sys, time
from referral_studio.domain.offer import Goal, GoalType, Offer
from referral_studio.engine.log_files import read_event_log
from referral_studio.engine.replay import replay
from referral_studio.engine.traffic_steps import JS_EVENT_NAME
log = read_event_log(sys.argv[1])
offer = Offer(name="bench", goal=Goal(type=GoalType(sys.argv[2]), count=5,
              trigger_activities=("Opportunity Created",), event_name=JS_EVENT_NAME))
best = float("inf")
result = None
for _ in range(3):
    result = None  # one result at a time: the peak is reading plus one replay
    start = time.perf_counter()
    result = replay(offer, log)
    best = min(best, time.perf_counter() - start)
print(json.dumps({"events": len(log), "seconds": best, "credits": result.totals.credits,
                  "log_mb": log.nbytes / 2**20,
                  "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def log_for(events: int) -> Path:
    """A generated CSV log of about `events` rows (cached)."""
    DATA.mkdir(exist_ok=True)
    path = DATA / f"events-{events}.csv"
    if not path.exists():
        participants = int(events / EVENTS_PER_PARTICIPANT)
        subprocess.run(
            [
                sys.executable,
                "-m",
                "referral_studio",
                "generate",
                "--preset",
                "classroom",
                "--participants",
                str(participants),
                "--seed",
                "1",
                "--out",
                str(path),
                "--quiet",
            ],
            check=True,
        )
    return path


# As an installed package runs: with its modules' bytecode cached. A shell with PYTHONDONTWRITEBYTECODE
# set (some sandboxes and containers do) would have every changed module compiled again on every run.
CHILD_ENV = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}


def timed(command: list[str]) -> tuple[float, float, float]:
    """Wall seconds, this one child's peak RSS in MB and its CPU seconds (wait4 reports the child alone).

    CPU seconds barely move when other work shares the machine; wall seconds do.
    """
    start = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, env=CHILD_ENV)
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode:
        raise subprocess.CalledProcessError(child.returncode, command)
    return seconds, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[1_000_000, 10_000_000])  # none: end to end only
    parser.add_argument("--e2e-rows", type=int, default=2_000_000)
    args = parser.parse_args()
    print(
        f"# {platform.node()} · {os.cpu_count()} cores · Python {platform.python_version()} · {time.strftime('%Y-%m-%d')}"
    )
    print("\n## In-memory replay (best of 3, goal count 5)\n")
    print("| log | goal type | events | seconds | events/s | peak RSS |")
    print("|---|---|---:|---:|---:|---:|")
    for size in args.sizes:
        path = log_for(size)
        for goal in ("referred_visits", "referred_signups", "smart_list_trigger", "custom_js_event"):
            out = subprocess.run(
                [sys.executable, "-c", REPLAY_CHILD, str(path), goal], check=True, capture_output=True, text=True
            ).stdout
            m = json.loads(out)
            print(
                f"| {path.name} | {goal} | {m['events']:,} | {m['seconds']:.3f} | "
                f"{m['events'] / m['seconds'] / 1e6:.1f} M | {m['peak_rss_mb']:,.0f} MB |",
                flush=True,
            )
    path = log_for(args.e2e_rows)
    offer = DATA / "visits.offer.json"
    offer.write_text(
        json.dumps(
            {
                "format": "referral-studio.offer",
                "version": 1,
                "name": "bench",
                "goal": {"type": "referred_visits", "count": 5},
            }
        )
    )
    print(f"\n## End to end on {path.name}: CSV in, four result files out (best of 3)\n")
    print("| tool | seconds | CPU seconds | peak RSS |")
    print("|---|---:|---:|---:|")
    runs = {
        "referral-studio simulate": [
            sys.executable,
            "-m",
            "referral_studio",
            "simulate",
            "--offer",
            str(offer),
            "--events",
            str(path),
            "--out",
            str(DATA / "out-rs"),
            "--quiet",
        ],
        "polars (direct script)": [
            sys.executable,
            str(HERE / "polars_referred_visits.py"),
            str(path),
            "5",
            str(DATA / "out-polars"),
        ],
        "plain Python (direct script)": [
            sys.executable,
            str(HERE / "plain_python_referred_visits.py"),
            str(path),
            "5",
            str(DATA / "out-python"),
        ],
    }
    # Interleaved rounds, so a busy moment on the machine falls on every tool alike.
    results: dict[str, list[tuple[float, float, float]]] = {label: [] for label in runs}
    for _ in range(3):
        for label, command in runs.items():
            results[label].append(timed(command))
    best = {label: min(r[0] for r in runs_of) for label, runs_of in results.items()}
    cpu = {label: min(r[2] for r in runs_of) for label, runs_of in results.items()}
    for label, runs_of in results.items():
        print(f"| {label} | {best[label]:.2f} | {cpu[label]:.2f} | {max(r[1] for r in runs_of):,.0f} MB |", flush=True)
    for name, figures in (("wall", best), ("CPU", cpu)):
        ours = figures["referral-studio simulate"]
        print(
            f"\nsimulate vs polars ({name}): {figures['polars (direct script)'] / ours:.2f}× as fast; "
            f"vs plain Python: {figures['plain Python (direct script)'] / ours:.1f}× as fast"
        )
    for name in ("referrers.csv", "fulfillments.csv", "timeline.csv"):
        outputs = {(DATA / folder / name).read_bytes() for folder in ("out-rs", "out-polars", "out-python")}
        print(f"{name} identical across the three: {len(outputs) == 1}")


if __name__ == "__main__":
    main()
