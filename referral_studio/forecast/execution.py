"""Where a forecast runs: a local Dask cluster by default, any Dask scheduler by address.

Runs are cut into batches, one Dask task each, so scheduling costs little beside the
work; results are folded in as they complete (`as_completed`) and the outputs follow run
order, whatever order the batches came back in. A worker lost mid-study costs nothing
but time: Dask runs its tasks again elsewhere, and a run's result depends on its number
alone. Cancelling (or Ctrl+C) cancels the study's tasks and closes a local cluster.
"""

from __future__ import annotations

import contextlib
import math
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from referral_studio import __version__
from referral_studio.forecast.aggregate import Aggregator, Execution, Forecast
from referral_studio.forecast.runs import VersionMismatch, run_batch
from referral_studio.forecast.scheduler import SchedulerError, TlsFiles, probe, security_for
from referral_studio.forecast.study import Study

SCHEDULER_ENV = "REFERRAL_STUDIO_SCHEDULER"
TASKS_PER_WORKER = 8  # enough tasks to balance uneven runs and show progress, few enough to keep overhead small
MAX_BATCH = 250  # runs per task at most: a lost worker costs at most this much work per task
CONNECT_SECONDS = 10
CLOSE_SECONDS = 30
WORKERS_SECONDS = 30
POLL_SECONDS = 0.05
LOST_WORKERS_SECONDS = 20  # a cluster left without any worker this long mid-study: stop and say so

Progress = Callable[[int, int], None]  # runs done, runs in all
Cancelled = Callable[[], bool]


class ForecastError(Exception):
    """The forecast cannot run where it was sent (scheduler unreachable, no workers, another version)."""


class ForecastCancelled(Exception):
    """The caller cancelled the forecast; nothing was produced."""


@dataclass(frozen=True)
class Cluster:
    """A connected Dask client and how to describe where it runs."""

    client: Any
    scheduler: str  # "local" or the scheduler's address
    workers: int
    dashboard: str | None


def batch_size(runs: int, workers: int) -> int:
    """Runs per task: about TASKS_PER_WORKER tasks per worker, at most MAX_BATCH runs each."""
    return max(1, min(MAX_BATCH, math.ceil(runs / (max(workers, 1) * TASKS_PER_WORKER))))


def default_workers() -> int:
    """One worker process per core."""
    return os.cpu_count() or 1


def describe(cluster: Cluster) -> str:
    """Where it runs, in words: "local, 2 workers" or the scheduler's address."""
    if cluster.scheduler == "local":
        return f"local, {cluster.workers} worker{'s' if cluster.workers != 1 else ''}"
    return f"{cluster.scheduler}, {cluster.workers} worker{'s' if cluster.workers != 1 else ''}"


@contextlib.contextmanager
def connect(workers: int | None = None, scheduler: str | None = None, tls: TlsFiles | None = None) -> Iterator[Cluster]:
    """A client on a new local cluster of `workers` processes, or on the scheduler at `scheduler` (over TLS with `tls`)."""
    from distributed import Client

    if scheduler:
        try:
            security = security_for(scheduler, tls)
            probe(scheduler, security, CONNECT_SECONDS)  # a bad address or a silent server fails here, in bounded time
        except SchedulerError as error:
            raise ForecastError(str(error)) from None
        try:
            client = Client(scheduler, security=security, timeout=f"{CONNECT_SECONDS}s", set_as_default=False)
        except (OSError, TimeoutError) as error:
            raise ForecastError(f"cannot reach the Dask scheduler at {scheduler} ({error})") from None
        try:
            count = _check_workers(client, scheduler)
            yield Cluster(client, scheduler, count, client.dashboard_link if _has_dashboard(client) else None)
        finally:
            client.close()
        return
    count = workers or default_workers()
    with _local_cluster(count) as address:
        client = Client(address, timeout=f"{CONNECT_SECONDS}s", set_as_default=False)
        try:
            yield Cluster(client, "local", count, None)
        finally:
            client.close()


@contextlib.contextmanager
def _local_cluster(workers: int) -> Iterator[str]:
    """Start a LocalCluster of `workers` processes in a session of its own (local_cluster.py); yield its address."""
    with tempfile.TemporaryFile("w+") as errors:
        process = subprocess.Popen(
            [sys.executable, "-m", "referral_studio.forecast.local_cluster", str(workers)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=errors,
            text=True,
            start_new_session=True,
        )
        try:
            address = process.stdout.readline().strip()  # type: ignore[union-attr]
            if not address.startswith("tcp://"):
                process.wait(timeout=CONNECT_SECONDS)
                errors.seek(0)
                raise ForecastError(f"the local Dask cluster did not start: {errors.read().strip()[-500:]}")
            yield address
        finally:
            process.stdin.close()  # type: ignore[union-attr]
            try:
                process.wait(timeout=CLOSE_SECONDS)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
            process.stdout.close()  # type: ignore[union-attr]


def _has_dashboard(client: Any) -> bool:
    return "dashboard" in client.scheduler_info().get("services", {})


def _check_workers(client: Any, scheduler: str) -> int:
    """Wait for a worker; refuse workers that run another referral-studio version."""
    try:
        client.wait_for_workers(1, timeout=WORKERS_SECONDS)
    except TimeoutError:
        raise ForecastError(f"the Dask scheduler at {scheduler} has no workers (waited {WORKERS_SECONDS} s)") from None
    try:
        versions = client.run(_worker_version)
    except Exception as error:  # noqa: BLE001 - a worker without the package fails to unpickle the call
        raise ForecastError(
            f"the workers of {scheduler} cannot run referral-studio ({type(error).__name__}: {error}); "
            f"install referral-studio {__version__} on every worker"
        ) from None
    for worker, version in sorted(versions.items()):
        if version != __version__:
            raise ForecastError(
                f"worker {worker} runs referral-studio {version}, this is referral-studio {__version__}; "
                "install the same version on every worker"
            )
    return len(versions)


def _worker_version() -> str:
    return __version__


def run_study(
    study: Study,
    *,
    workers: int | None = None,
    scheduler: str | None = None,
    tls: TlsFiles | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    on_cluster: Callable[[Cluster], None] | None = None,
) -> Forecast:
    """Run every run of the study on Dask and aggregate; `scheduler` falls back to $REFERRAL_STUDIO_SCHEDULER."""
    scheduler = scheduler or os.environ.get(SCHEDULER_ENV) or None
    started = time.perf_counter()
    aggregator = Aggregator(study)
    with connect(workers, scheduler, tls) as cluster:
        if on_cluster is not None:
            on_cluster(cluster)
        _gather(cluster.client, study, aggregator, batch_size(study.runs, cluster.workers), progress, cancelled)
        execution = Execution(cluster.scheduler, cluster.workers, round(time.perf_counter() - started, 3))
    return aggregator.result(execution)


def _gather(
    client: Any,
    study: Study,
    aggregator: Aggregator,
    size: int,
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> None:
    from distributed import as_completed

    futures = [
        client.submit(run_batch, study, first, min(first + size, study.runs + 1), __version__, pure=False)
        for first in range(1, study.runs + 1, size)
    ]
    pending = as_completed(futures, loop=client.loop)
    del futures  # each future is dropped once its batch is folded in, so workers free its result
    watch = _WorkerWatch(client)
    try:
        if progress is not None:
            progress(0, study.runs)
        while not pending.is_empty():
            if cancelled is not None and cancelled():
                raise ForecastCancelled
            ready = pending.next_batch(block=False)
            if not ready:
                watch.check(aggregator.runs_done, study.runs)
                time.sleep(POLL_SECONDS)
                continue
            for future in ready:
                try:
                    batch = future.result()
                except VersionMismatch as error:
                    raise ForecastError(str(error)) from None
                aggregator.add(batch)
            del ready, future
            if progress is not None:
                progress(aggregator.runs_done, study.runs)
    except BaseException:
        client.cancel(list(pending.futures), force=True)
        raise


class _WorkerWatch:
    """Notices a cluster whose workers have all gone, which Dask would otherwise wait out forever."""

    def __init__(self, client: Any) -> None:
        self.client = client
        self.next_check = time.monotonic() + 1
        self.empty_since: float | None = None

    def check(self, done: int, runs: int) -> None:
        """At most once a second: raise once no worker has been connected for LOST_WORKERS_SECONDS."""
        now = time.monotonic()
        if now < self.next_check:
            return
        self.next_check = now + 1
        address = self.client.scheduler.address
        try:
            workers = self.client.nthreads()
        except OSError as error:
            raise ForecastError(f"lost the connection to the Dask scheduler at {address} ({error})") from None
        if workers:
            self.empty_since = None
        elif self.empty_since is None:
            self.empty_since = now
        elif now - self.empty_since >= LOST_WORKERS_SECONDS:
            raise ForecastError(
                f"every worker of the Dask scheduler at {address} has left ({done:,} of {runs:,} runs done; "
                f"none for {LOST_WORKERS_SECONDS} s); start workers and run the forecast again"
            )


def run_in_process(study: Study, *, progress: Progress | None = None) -> Forecast:
    """The same forecast as a plain loop in this process: the reference the Dask runs are held against."""
    started = time.perf_counter()
    aggregator = Aggregator(study)
    size = batch_size(study.runs, 1)
    for first in range(1, study.runs + 1, size):
        aggregator.add(run_batch(study, first, min(first + size, study.runs + 1)))
        if progress is not None:
            progress(aggregator.runs_done, study.runs)
    return aggregator.result(Execution("in-process", 1, round(time.perf_counter() - started, 3)))
