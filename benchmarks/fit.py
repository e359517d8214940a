"""Speed and peak memory of `referral-studio fit` on a 2M-event log (own-data.md: under 30 s and 2 GB).

Run: python benchmarks/fit.py [--events 2000000]
Generates a seeded ecommerce log of about `--events` events as CSV (cached in
benchmarks/data/, git-ignored), then runs the whole command in a child process: reading the
CSV, the estimates with their 200 bootstrap resamples, writing the traffic file, and the
side-by-side measures of a log generated from the fit with the same participants and days.
Prints wall and CPU seconds (user + system of the child) and the child's peak RSS.
"""

from __future__ import annotations

import argparse
import platform
import resource
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

DATA = Path(__file__).parent / "data"
EVENTS_PER_PARTICIPANT = 4.7  # the ecommerce preset's events per organic participant (seed 1, 30 days)


def _log(events: int) -> Path:
    path = DATA / f"fit-ecommerce-{events}.csv"
    if not path.exists():
        DATA.mkdir(exist_ok=True)
        participants = int(events / EVENTS_PER_PARTICIPANT)
        command = ["generate", "--participants", str(participants), "--seed", "1", "--out", str(path), "--quiet"]
        subprocess.run([sys.executable, "-m", "referral_studio", *command], check=True)
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=2_000_000)
    args = parser.parse_args()
    log = _log(args.events)
    rows = sum(1 for _ in log.open("rb")) - 1
    out = DATA / "fitted.traffic.toml"
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "referral_studio", "fit", str(log), "--out", str(out)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    print(f"{platform.machine()}, Python {platform.python_version()}, {date.today().isoformat()}", file=sys.stderr)
    print("| events | fit s | CPU s | peak RSS |")
    print("|---:|---:|---:|---:|")
    print(f"| {rows:,} | {seconds:.1f} | {cpu:.1f} | {after.ru_maxrss / 1024:,.0f} MB |")


if __name__ == "__main__":
    main()
