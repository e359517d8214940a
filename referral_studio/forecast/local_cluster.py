"""`python -m referral_studio.forecast.local_cluster N`: a local Dask cluster in a session of its own.

The forecast's client starts this process, reads the scheduler's address from its first
line and closes its stdin when done. Living in its own session, the cluster never sees a
terminal's Ctrl+C: that is the client's to handle (cancel the tasks, close the cluster,
exit 130), and a worker stopping on its own would only print a traceback over the
client's clear message. If the client dies, stdin closes too and the cluster shuts down.
"""

from __future__ import annotations

import logging
import sys


def main(argv: list[str]) -> int:
    """Run a cluster of `argv[0]` single-threaded worker processes until stdin closes."""
    import dask
    from distributed import LocalCluster

    # Dask's nanny has glibc give freed memory back after every 64 KiB (MALLOC_TRIM_THRESHOLD_); a replay
    # allocates and frees large arrays all the time, and that trimming cost ~10% of the workers' CPU.
    # Each worker lives for one study, so it keeps the allocator's own default; the thread caps stay.
    dask.config.set(
        {"distributed.nanny.pre-spawn-environ": {"OMP_NUM_THREADS": 1, "MKL_NUM_THREADS": 1, "OPENBLAS_NUM_THREADS": 1}}
    )
    with LocalCluster(
        n_workers=int(argv[0]),
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address=None,
        silence_logs=logging.CRITICAL,
        preload=["referral_studio.forecast.runs"],  # workers import the engine while the cluster starts
    ) as cluster:
        print(cluster.scheduler_address, flush=True)
        sys.stdin.read()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
