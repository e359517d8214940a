"""Speed and peak memory of the traffic generator, per preset, at 1,000,000 participants.

Run: python benchmarks/generator.py [--participants 1000000] [--presets ecommerce b2b ...]
Each preset runs in its own process (so its peak RSS is its own): generate the traffic in
memory (the `Traffic` with its `EventLog`, as `generate` and the forecasts use it), best of
`--repeat` runs, then measure the log. Prints a Markdown table for benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import json
import platform
import subprocess
import sys
from datetime import date

CHILD = r"""
import json, resource, sys, time
from referral_studio.engine.generator import generate
from referral_studio.engine.presets import preset_options
from referral_studio.engine.traffic_measures import measure
name, participants, repeat = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
options = preset_options(name, participants=participants, seed=1)
best = cpu = float("inf")
traffic = None
for _ in range(repeat):
    traffic = None  # the previous run's log is not held while the next one is made
    start, start_cpu = time.perf_counter(), time.process_time()
    traffic = generate(options)
    best = min(best, time.perf_counter() - start)
    cpu = min(cpu, time.process_time() - start_cpu)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
start = time.perf_counter()
measures = measure(traffic.log)
print(json.dumps({"events": len(traffic.log), "seconds": best, "cpu_seconds": cpu, "peak_rss_mb": rss,
                  "measure_seconds": time.perf_counter() - start, "log_mb": traffic.log.nbytes / 2**20,
                  "participants": measures.participants}))
"""


def main() -> None:
    from referral_studio.engine.presets import PRESET_NAMES

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--participants", type=int, default=1_000_000)
    parser.add_argument("--presets", nargs="+", default=list(PRESET_NAMES), choices=PRESET_NAMES)
    parser.add_argument(
        "--repeat",
        type=int,
        default=1,
        help="runs per preset; the best time is kept (peak RSS is the first run's and more)",
    )
    args = parser.parse_args()
    print(f"{platform.machine()}, {platform.python_version()}, {date.today().isoformat()}", file=sys.stderr)
    print(
        "| preset | participants (option) | participants (in log) | events | generate s | CPU s | events/s "
        "| peak RSS | log | measure s |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for name in args.presets:
        out = subprocess.run(
            [sys.executable, "-c", CHILD, name, str(args.participants), str(args.repeat)],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        row = json.loads(out)
        print(
            f"| `{name}` | {args.participants:,} | {row['participants']:,} | {row['events']:,} | "
            f"{row['seconds']:.2f} | {row['cpu_seconds']:.2f} | {row['events'] / row['seconds'] / 1e6:.1f} M | "
            f"{row['peak_rss_mb']:,.0f} MB | "
            f"{row['log_mb']:,.0f} MB | {row['measure_seconds']:.2f} |",
            flush=True,
        )


if __name__ == "__main__":
    main()
