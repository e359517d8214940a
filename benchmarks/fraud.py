"""Fraud rules: the 2M-row end-to-end run with every rule on, next to the plain run (issue 15).

Run: python benchmarks/fraud.py [--rows 2000000]
The log is `generate --preset classroom --fraud-rate 0.1` (cached in benchmarks/data/);
both offers are Referred Sign-Ups with repeat rewards, one without fraud settings, one with
all six. Each measurement runs in its own process, so peak RSS belongs to it alone.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from run import DATA, EVENTS_PER_PARTICIPANT, timed  # noqa: E402 - the shared helpers of benchmarks/run.py

PLAIN = {"format": "referral-studio.offer", "version": 2, "name": "plain", "goal": {"type": "referred_signups"},
         "rewards": {"repeat": True}}  # fmt: skip
EVERY_RULE = {
    **PLAIN,
    "name": "every rule",
    "fraud": {
        "same_ip": True,
        "same_device": True,
        "same_email": True,
        "blocked_email_domains": ["mailinator.com", "guerrillamail.com", "10minutemail.com", "yopmail.com"],
        "max_credits_per_day": 3,
        "hold_days": 14,
    },
}
REPLAY_CHILD = r"""
import json, sys, time
from referral_studio.domain.offer_file import read_offer_file
from referral_studio.engine.log_files import read_event_log
from referral_studio.engine.replay import replay
log = read_event_log(sys.argv[1])
offer = read_offer_file(sys.argv[2])
times = []
for _ in range(3):  # the first on a freshly read log; later ones reuse its normalised identities
    start = time.perf_counter()
    result = replay(offer, log)
    times.append(time.perf_counter() - start)
print(json.dumps({"events": len(log), "first": times[0], "again": min(times[1:]), "credits": result.totals.credits,
                  "decided": int((result.fates.outcome != 0).sum())}))
"""


def fraud_log(rows: int) -> Path:
    DATA.mkdir(exist_ok=True)
    path = DATA / f"fraud-events-{rows}.csv"
    if not path.exists():
        participants = str(int(rows / EVENTS_PER_PARTICIPANT))
        command = [sys.executable, "-m", "referral_studio", "generate", "--preset", "classroom", "--participants"]
        command += [participants, "--seed", "1", "--fraud-rate", "0.1", "--out", str(path), "--quiet"]
        start = time.perf_counter()
        subprocess.run(command, check=True)
        print(f"generated {path.name} in {time.perf_counter() - start:.1f} s")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=2_000_000)
    args = parser.parse_args()
    print(
        f"# {platform.node()} · {os.cpu_count()} cores · Python {platform.python_version()} · {time.strftime('%Y-%m-%d')}"
    )
    path = fraud_log(args.rows)
    print("\n| offer | replay s (first) | replay s (again, best of 2) | credits counted | credits decided by rules | "
          "simulate s (end to end, best of 3) | peak RSS |")  # fmt: skip
    print("|---|---:|---:|---:|---:|---:|---:|")
    for offer in (PLAIN, EVERY_RULE):
        offer_path = DATA / f"{offer['name'].replace(' ', '-')}.offer.json"
        offer_path.write_text(json.dumps(offer))
        memory = json.loads(
            subprocess.run(
                [sys.executable, "-c", REPLAY_CHILD, str(path), str(offer_path)],
                check=True,
                capture_output=True,
                text=True,
            ).stdout
        )
        command = [sys.executable, "-m", "referral_studio", "simulate", "--offer", str(offer_path)]
        command += ["--events", str(path), "--out", str(DATA / "out-fraud"), "--quiet"]
        runs = [timed(command) for _ in range(3)]
        print(
            f"| {offer['name']} | {memory['first']:.3f} | {memory['again']:.3f} | {memory['credits']:,} | "
            f"{memory['decided']:,} | "
            f"{min(r[0] for r in runs):.2f} | {max(r[1] for r in runs):,.0f} MB |",
            flush=True,
        )
    print(f"\nevents: {memory['events']:,}")


if __name__ == "__main__":
    main()
