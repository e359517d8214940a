"""Forecast speed on Dask and the client's memory.

Run: python benchmarks/forecast.py [--quick]

- runs per second with 1 and 2 local workers (the cluster's start-up timed apart), and
  Dask's overhead against the same runs as a plain loop in one process;
- the client's peak RSS for 1,000 and 100,000 runs of a tiny study (writing the files
  included), against its RSS before the study: the growth is the metric rows;
- response effects off against on (`--only effects`): the same 4-variant study of 5,000
  e-commerce participants on 2 local workers, without and with a [response] table, and
  with `--baseline DIR` the effects-off study on another checkout (e.g. main) beside it.

Each measurement runs in a process of its own, so peak RSS belongs to it alone.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile

STUDY = """
runs = {runs}
seed = 1
[offer]
name = "Bench"
goal = {{ type = "referred_signups", count = 3 }}
window = {{ start = 2027-03-01T00:00:00Z }}
[traffic]
participants = {participants}
days = {days}
share_rate = [0.25, 0.45]
[[variant]]
name = "count 3"
[[variant]]
name = "count 5"
goal = {{ count = 5 }}
[[variant]]
name = "last touch, cap 2"
attribution = {{ model = "last_touch", window_days = 14 }}
rewards = {{ repeat = true, max_fulfillments = 2 }}
[costs]
reward_per_fulfillment = 25
value_per_referred_signup = 40
"""

EFFECTS_STUDY = """
runs = {runs}
seed = 1
[offer]
name = "Bench"
goal = {{ type = "referred_signups", count = 3 }}
window = {{ start = 2027-03-01T00:00:00Z }}
[traffic]
preset = "ecommerce"
participants = 5000
days = 30
share_rate = [0.05, 0.09]
{response}
[[variant]]
name = "count 3"
[[variant]]
name = "count 4"
goal = {{ count = 4 }}
[[variant]]
name = "count 5"
goal = {{ count = 5 }}
[[variant]]
name = "last touch, cap 2"
attribution = {{ model = "last_touch", window_days = 14 }}
rewards = {{ repeat = true, max_fulfillments = 2 }}
[costs]
reward_per_fulfillment = 25
reward_per_referred_signup = 10
value_per_referred_signup = 40
"""
RESPONSE = "[response]\ngoal_gradient = [0, 2]\nafter_reward = [0.5, 1]\nreward_elasticity = [0.5, 1.5]\n"
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # this checkout, which the children import

CHILD = r"""
import json, resource, sys, tempfile, time
from referral_studio.forecast.execution import connect, run_in_process, run_study
from referral_studio.forecast.outputs import write_forecast
from referral_studio.forecast.study_file import loads_study
mode, workers, text = sys.argv[1], int(sys.argv[2]), sys.argv[3]
study = loads_study(text, "bench.forecast.toml")
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
started = time.perf_counter()
if mode == "serial":
    cpu = time.process_time()
    forecast = run_in_process(study)
    cpu = time.process_time() - cpu
    up = started
else:  # a local cluster, then the study on it by address, so the workers' CPU time can be read before and after
    with connect(workers) as cluster:
        # A worker imports the engine on its first task; that is start-up, as the serial loop's imports are.
        cluster.client.run(__import__, "referral_studio.forecast.runs")
        up = time.perf_counter()
        worker_cpu = lambda: sum(cluster.client.run(time.process_time).values())
        cpu = worker_cpu()
        forecast = run_study(study, scheduler=cluster.client.scheduler.address)
        cpu = worker_cpu() - cpu
done = time.perf_counter()
with tempfile.TemporaryDirectory() as folder:
    write_forecast(forecast, folder + "/out")
written = time.perf_counter()
print(json.dumps({"runs": study.runs, "startup": up - started, "compute": done - up,
                  "runs_per_s": study.runs / (done - up), "cpu_ms_per_run": 1000 * cpu / study.runs,
                  "write": written - done, "rss_before_mb": before,
                  "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "metric_rows_mb": sum(a.nbytes for a in forecast.metrics.values()) / 2**20}))
"""


def measure(mode: str, workers: int, runs: int, participants: int, days: int) -> dict:
    """One measurement in a fresh process."""
    return measure_text(mode, workers, STUDY.format(runs=runs, participants=participants, days=days))


def measure_text(mode: str, workers: int, text: str, checkout: str = HERE) -> dict:
    """One measurement of a study's text in a fresh process importing `checkout`'s referral_studio."""
    env = {**os.environ, "PYTHONPATH": checkout}
    with tempfile.TemporaryDirectory() as folder:
        result = subprocess.run(
            [sys.executable, "-c", CHILD, mode, str(workers), text],
            capture_output=True,
            text=True,
            check=True,
            cwd=folder,
            env=env,
        )
    return json.loads(result.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller studies (a smoke run, not the figures)")
    parser.add_argument("--only", choices=("throughput", "memory", "effects"), help="run one of the parts")
    parser.add_argument("--baseline", metavar="DIR", help="a checkout whose effects-off speed to show beside this one")
    args = parser.parse_args()
    runs, big, repeats = (100, 10_000, 1) if args.quick else (1000, 100_000, 3)
    print(f"Python {platform.python_version()}, {platform.machine()}, load average {os.getloadavg()[0]:.1f}")
    if args.only in (None, "throughput"):
        throughput(runs, repeats)
    if args.only in (None, "memory"):
        memory(big)
    if args.only in (None, "effects"):
        effects(40 if args.quick else 200, 1 if args.quick else 2, args.baseline)
    print(f"\nload average at the end: {os.getloadavg()[0]:.1f}")


def throughput(runs: int, repeats: int) -> None:
    """Runs per second: a serial loop, 1 and 2 local workers, interleaved, best of `repeats`."""
    print(f"\nThroughput: 2,000 participants, 30 days, 3 variants, {runs} runs (best of {repeats})")
    results: dict[str, list[dict]] = {"serial": [], "1": [], "2": []}
    for _ in range(repeats):  # interleaved, so a busy minute hurts every mode alike
        results["serial"].append(measure("serial", 1, runs, 2000, 30))
        results["1"].append(measure("dask", 1, runs, 2000, 30))
        results["2"].append(measure("dask", 2, runs, 2000, 30))
    serial, one, two = (max(results[key], key=lambda r: r["runs_per_s"]) for key in ("serial", "1", "2"))
    print(
        f"  serial loop, one process: {serial['runs_per_s']:.1f} runs/s ({serial['compute']:.2f} s; "
        f"{serial['cpu_ms_per_run']:.1f} ms CPU per run)"
    )
    for workers, result in ((1, one), (2, two)):
        print(
            f"  Dask, {workers} local worker{'s' if workers > 1 else ''}: {result['runs_per_s']:.1f} runs/s "
            f"({result['compute']:.2f} s; cluster start-up {result['startup']:.2f} s; "
            f"{result['cpu_ms_per_run']:.1f} ms worker CPU per run)"
        )
    print(f"  2 workers / 1 worker: {two['runs_per_s'] / one['runs_per_s']:.2f}×")
    print(
        f"  Dask overhead, 1 worker against the serial loop: {serial['runs_per_s'] / one['runs_per_s'] - 1:+.1%} wall"
    )
    least = min(results["serial"], key=lambda r: r["cpu_ms_per_run"])["cpu_ms_per_run"]
    worker = min(results["1"], key=lambda r: r["cpu_ms_per_run"])["cpu_ms_per_run"]
    print(f"  CPU per run, a worker against the serial loop: {worker / least - 1:+.1%}")


def memory(big: int) -> None:
    """The client's peak RSS for 1,000 and `big` runs of a tiny study."""
    print(f"\nClient memory: 5 participants, 2 days, 3 variants, 2 workers (load average {os.getloadavg()[0]:.1f})")
    for count in (1_000, big):
        result = measure("dask", 2, count, 5, 2)
        print(
            f"  {count:>7,} runs: peak RSS {result['peak_rss_mb']:.0f} MB (before the study {result['rss_before_mb']:.0f} MB; "
            f"metric rows {result['metric_rows_mb']:.1f} MB), {result['runs_per_s']:.0f} runs/s, writing {result['write']:.1f} s"
        )


def effects(runs: int, repeats: int, baseline: str | None) -> None:
    """Response effects off against on, 2 local workers, interleaved, best of `repeats`."""
    print(f"\nResponse effects: 5,000 e-commerce participants, 30 days, 4 variants, {runs} runs, 2 workers")
    off_text = EFFECTS_STUDY.format(runs=runs, response="")
    on_text = EFFECTS_STUDY.format(runs=runs, response=RESPONSE)
    cases = {"off": (off_text, HERE), "on": (on_text, HERE)}
    if baseline:
        cases["off, baseline"] = (off_text, baseline)
    results: dict[str, list[dict]] = {key: [] for key in cases}
    for _ in range(repeats):
        for key, (text, checkout) in cases.items():
            results[key].append(measure_text("dask", 2, text, checkout))
    best = {key: max(values, key=lambda r: r["runs_per_s"]) for key, values in results.items()}
    cpu = {key: min(r["cpu_ms_per_run"] for r in values) for key, values in results.items()}
    for key, result in best.items():
        where = f" ({cases[key][1]})" if key.endswith("baseline") else ""
        print(
            f"  effects {key}{where}: {result['runs_per_s']:.1f} runs/s ({result['compute']:.2f} s; cluster start-up "
            f"{result['startup']:.2f} s; {cpu[key]:.1f} ms worker CPU per run)"
        )
    print(
        f"  on / off: {best['on']['compute'] / best['off']['compute']:.2f}× wall, "
        f"{cpu['on'] / cpu['off']:.2f}× worker CPU"
    )
    if baseline:
        print(
            f"  off against the baseline: {best['off']['runs_per_s'] / best['off, baseline']['runs_per_s'] - 1:+.1%} "
            f"runs/s, {cpu['off'] / cpu['off, baseline'] - 1:+.1%} worker CPU per run"
        )


if __name__ == "__main__":
    main()
