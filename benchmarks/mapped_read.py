"""Reading 2M rows through a mapping against reading the same events as a canonical CSV (own-data.md § Speed).

Run: python benchmarks/mapped_read.py [--rows 2000000] [--rounds 3]

From one generated log (cached in benchmarks/data/) it writes two exports: a `;`-separated
Latin-1 CSV with local Stockholm times (`%d/%m/%Y %H:%M:%S`, Swedish column names, event
words mapped through [kinds]) and Mixpanel-style JSON Lines with Unix seconds (the built-in
`mixpanel` mapping). Each read runs in its own process, in interleaved rounds, best of N;
each child checks that it read every event. Wall and CPU seconds and peak RSS are printed
as a Markdown table.
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
EVENTS_PER_PARTICIPANT = 10.5  # the classroom preset's, as run.py measures it

CHILD = r"""
import json, sys, time
from referral_studio.engine.log_sources import read_log
path, mapping = sys.argv[1], (sys.argv[2] or None)
start = time.perf_counter()
log, report = read_log(path, mapping)
seconds = time.perf_counter() - start
# VmHWM, not ru_maxrss: the latter survives exec and would report the parent's peak
peak = next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmHWM:"))
print(json.dumps({"events": len(log), "seconds": seconds, "skipped": len(report.skipped),
                  "peak_rss_mb": peak / 1024}))
"""

SWEDISH = {"share": "Delning", "visit": "Sidvisning", "signup": "Registrering", "activity": "Aktivitet"}
SWEDISH |= {"js_event": "JS-händelse", "refund": "Återbetalning"}
MIXPANEL = {"share": "Invite Sent", "visit": "$mp_web_page_view", "signup": "Sign Up"}


def canonical_log(rows: int) -> Path:
    DATA.mkdir(exist_ok=True)
    path = DATA / f"events-{rows}.csv"
    if not path.exists():
        participants = int(rows / EVENTS_PER_PARTICIPANT)
        command = [sys.executable, "-m", "referral_studio", "generate", "--preset", "classroom", "--quiet"]
        subprocess.run([*command, "--participants", str(participants), "--seed", "1", "--out", str(path)], check=True)
    return path


def write_exports(canonical: Path) -> dict[str, tuple[Path, str]]:
    """The semicolon Latin-1 CSV and the JSON Lines export of the canonical log, with their mappings."""
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.csv as pcsv

    from referral_studio.engine.log_files import read_event_log

    local_csv, jsonl = DATA / f"{canonical.stem}-swedish.csv", DATA / f"{canonical.stem}-mixpanel.jsonl"
    mapping = DATA / "swedish.mapping.toml"
    kinds = "\n".join(f'"{word}" = "{kind}"' for kind, word in SWEDISH.items())
    mapping.write_text(
        'format = "csv"\n[csv]\ndelimiter = ";"\nencoding = "latin-1"\n[fields]\ntime = "Tid"\nkind = "Händelse"\n'
        'person = "Besökare"\nreferrer = "Värvad av"\nname = "Aktivitet"\n'
        f'[time]\nformat = "%d/%m/%Y %H:%M:%S"\nzone = "Europe/Stockholm"\n[kinds]\n{kinds}\n',
        encoding="utf-8",
    )
    if not (local_csv.exists() and jsonl.exists()):
        log = read_event_log(canonical)
        assert {k for k, n in log.kind_counts().items() if n} <= set(MIXPANEL) | {"activity", "js_event"}
        utc = pa.array(log.time, pa.timestamp("ns", tz="UTC"))
        local = pc.strftime(utc.cast(pa.timestamp("s", tz="Europe/Stockholm")), format="%d/%m/%Y %H:%M:%S")
        kind = log.kind_text()
        table = pa.table(
            {
                "Tid": local,
                "Händelse": pc.take(pa.array(list(SWEDISH.values())), pa.array(log.kind, pa.int8())),
                "Besökare": log.people_text(log.person),
                "Värvad av": log.people_text(log.referrer),
                "Aktivitet": log.name_text(log.name),
            }
        )
        with local_csv.open("wb") as stream:
            stream.write(";".join(table.column_names).encode("latin-1") + b"\n")
            body = pa.BufferOutputStream()
            options = pcsv.WriteOptions(include_header=False, delimiter=";", quoting_style="none")
            pcsv.write_csv(table, body, write_options=options)
            stream.write(body.getvalue().to_pybytes().decode("utf-8").encode("latin-1"))
        event = pc.take(
            pa.array([MIXPANEL.get(k, k) for k in ("share", "visit", "signup", "activity", "js_event")]),
            pa.array(log.kind, pa.int8()),
        )
        seconds = pa.array(log.time // 1_000_000_000).cast(pa.string())
        parts = [
            '{"event":"',
            event,
            '","properties":{"time":',
            seconds,
            ',"distinct_id":"',
            log.people_text(log.person),
            '","referral_code":"',
            log.people_text(log.referrer),
            '","$os":"Linux"}}',
        ]
        lines = pc.binary_join_element_wise(*parts, "")
        jsonl.write_bytes(("\n".join(lines.to_pylist()) + "\n").encode("utf-8"))
        del kind
    mixpanel = DATA / "mixpanel-all.mapping.toml"  # the built-in, with the two kinds it leaves out mapped too
    from referral_studio.engine.mapping_file import BUILT_IN_FOLDER

    mixpanel.write_text(
        (BUILT_IN_FOLDER / "mixpanel.mapping.toml").read_text(encoding="utf-8")
        + '"activity" = "activity"\n"js_event" = "js_event"\n',
        encoding="utf-8",
    )
    return {
        "canonical CSV": (canonical, ""),
        "mapped CSV (; Latin-1, local times)": (local_csv, str(mapping)),
        "mapped JSON Lines (Unix s)": (jsonl, str(mixpanel)),
    }


def measure(path: Path, mapping: str) -> dict[str, float]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    output = subprocess.run([sys.executable, "-c", CHILD, str(path), mapping], check=True, capture_output=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    result: dict[str, float] = json.loads(output.stdout)
    result["cpu"] = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=2_000_000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    shapes = write_exports(canonical_log(args.rows))
    best: dict[str, dict[str, float]] = {}
    for _round in range(args.rounds):
        for name, (path, mapping) in shapes.items():
            result = measure(path, mapping)
            if name not in best or result["seconds"] < best[name]["seconds"]:
                best[name] = result
    events = {result["events"] for result in best.values()}
    assert len(events) == 1, best
    base = best["canonical CSV"]["seconds"]
    print(
        f"{platform.machine()}, Python {platform.python_version()}, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}"
    )
    print(f"{int(events.pop()):,} events read, best of {args.rounds}\n")
    print("| read | seconds | CPU seconds (process) | peak RSS | × canonical |\n|---|---:|---:|---:|---:|")
    for name, result in best.items():
        print(
            f"| {name} | {result['seconds']:.2f} | {result['cpu']:.2f} | {result['peak_rss_mb']:.0f} MB | "
            f"{result['seconds'] / base:.2f} |"
        )


if __name__ == "__main__":
    main()
