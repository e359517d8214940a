"""Forecasts on real Dask clusters: local ones of 1 and 2 workers, and a scheduler and workers started here.

Every file but summary.json's `execution` must be byte-identical whoever ran the runs,
also when a worker process is killed mid-study. The studies are tiny (CI time).
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from distributed import Client

from referral_studio import __version__
from referral_studio.forecast import execution
from referral_studio.forecast.execution import ForecastCancelled, ForecastError, run_in_process, run_study
from referral_studio.forecast.outputs import write_forecast
from referral_studio.forecast.study_file import loads_study, read_study
from tests.dask_processes import Processes, free_port

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "spring.forecast.toml"
CLI = [sys.executable, "-m", "referral_studio"]


def files_of(folder: Path) -> dict[str, bytes]:
    """Every output file's bytes, summary.json without its `execution`."""
    files = {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}
    summary = json.loads(files.pop("summary.json"))
    assert set(summary.pop("execution")) == {"scheduler", "workers", "seconds"}
    return files | {"summary.json": json.dumps(summary).encode()}


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    folder = tmp_path_factory.mktemp("reference") / "out"
    write_forecast(run_in_process(read_study(EXAMPLE)), folder)
    return files_of(folder)


def test_one_and_two_local_workers_write_identical_files(tmp_path: Path, reference: dict[str, bytes]) -> None:
    two, report = tmp_path / "two", tmp_path / "report.pdf"
    command = [*CLI, "forecast", str(EXAMPLE), "--out", str(two), "--workers", "2", "--report", str(report), "--quiet"]
    subprocess.run(command, check=True, cwd=tmp_path, timeout=120)
    assert report.read_bytes().startswith(b"%PDF-")
    one = run_study(read_study(EXAMPLE), workers=1)
    assert (one.execution.scheduler, one.execution.workers) == ("local", 1)
    write_forecast(one, tmp_path / "one")
    assert files_of(tmp_path / "one") == files_of(two) == reference
    assert json.loads((two / "summary.json").read_text())["execution"]["workers"] == 2
    assert sorted(p.name for p in (two / "variants").iterdir()) == [
        "count 3, last touch, cap 2.offer.json",
        "count 3.offer.json",
        "count 5.offer.json",
    ]


def test_ctrl_c_cancels_closes_the_cluster_exits_130_and_writes_nothing(tmp_path: Path) -> None:
    study = tmp_path / "long.forecast.toml"
    study.write_text(EXAMPLE.read_text().replace("runs = 40", "runs = 2000"))
    shutil.copy(EXAMPLE.with_name("spring.offer.json"), tmp_path)
    out = tmp_path / "out"
    before = _local_clusters()
    child = subprocess.Popen(
        [*CLI, "forecast", str(study), "--out", str(out), "--workers", "2"],
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its own process group, as a terminal's Ctrl+C reaches the whole group
    )
    time.sleep(4)
    os.killpg(child.pid, signal.SIGINT)
    _, err = child.communicate(timeout=60)
    assert child.returncode == 130, err
    assert "interrupted; nothing was written" in err and "Traceback" not in err, err
    assert not out.exists() and [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
    deadline = time.monotonic() + 30
    while _local_clusters() - before and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not _local_clusters() - before, "the local cluster outlived the interrupted forecast"


def _local_clusters() -> set[str]:
    """Process ids of running local clusters (forecast/local_cluster.py), read from /proc."""
    found = set()
    for entry in Path("/proc").iterdir():
        try:
            command = (entry / "cmdline").read_bytes()
        except OSError:  # not a process, or it just ended
            continue
        if b"referral_studio.forecast.local_cluster" in command:
            found.add(entry.name)
    return found


# A real scheduler and real workers, started and stopped by the tests -------------------------------------------


@pytest.fixture(scope="module")
def cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Processes]:
    """A plain tcp scheduler and two workers, for this module."""
    started = Processes(tmp_path_factory.mktemp("cluster"), "tcp", [])
    try:
        started.start_worker()
        started.start_worker()
        started.wait_for(2)
        yield started
    finally:
        started.stop()


def test_a_study_on_a_scheduler_gives_the_local_result(
    cluster: Processes, tmp_path: Path, reference: dict[str, bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("REFERRAL_STUDIO_SCHEDULER", cluster.address)
    forecast = run_study(read_study(EXAMPLE))
    assert (forecast.execution.scheduler, forecast.execution.workers) == (cluster.address, 2)
    write_forecast(forecast, tmp_path / "remote")
    assert files_of(tmp_path / "remote") == reference


def test_cancel_stops_the_study_and_leaves_no_task_behind(cluster: Processes) -> None:
    study = loads_study(EXAMPLE.read_text().replace("runs = 40", "runs = 400"), "long", EXAMPLE.parent)
    seen: list[int] = []
    with pytest.raises(ForecastCancelled):
        run_study(
            study,
            scheduler=cluster.address,
            progress=lambda done, _runs: seen.append(done),
            cancelled=lambda: len(seen) > 1,
        )
    assert seen[-1] < study.runs
    with Client(cluster.address, timeout="10s") as client:
        deadline = time.monotonic() + 10
        while client.run_on_scheduler(lambda dask_scheduler: len(dask_scheduler.tasks)) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert client.run_on_scheduler(lambda dask_scheduler: len(dask_scheduler.tasks)) == 0


def test_a_worker_killed_mid_study_does_not_change_the_result(
    cluster: Processes, tmp_path: Path, reference: dict[str, bytes]
) -> None:
    victim = cluster.workers[0]

    def kill_once(done: int, _runs: int) -> None:
        if done > 0 and victim.poll() is None:
            victim.send_signal(signal.SIGKILL)
            victim.wait()

    forecast = run_study(read_study(EXAMPLE), scheduler=cluster.address, progress=kill_once)
    assert victim.returncode == -signal.SIGKILL
    write_forecast(forecast, tmp_path / "survived")
    assert files_of(tmp_path / "survived") == reference


def test_a_worker_of_another_version_is_refused_naming_both(cluster: Processes, tmp_path: Path) -> None:
    shutil.copytree(ROOT / "referral_studio", tmp_path / "old" / "referral_studio")
    (tmp_path / "old" / "referral_studio" / "__init__.py").write_text('__version__ = "0.0.1"\n')
    stale = cluster.start_worker(os.environ | {"PYTHONPATH": str(tmp_path / "old")})
    with Client(cluster.address, timeout="10s") as client:
        deadline = time.monotonic() + 30
        while stale.pid not in client.run(os.getpid).values() and time.monotonic() < deadline:
            time.sleep(0.2)
    with pytest.raises(ForecastError) as caught:
        run_study(read_study(EXAMPLE), scheduler=cluster.address)
    assert "0.0.1" in str(caught.value) and __version__ in str(caught.value)
    stale.terminate()
    stale.wait(timeout=10)


def test_an_unreachable_scheduler_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(execution, "CONNECT_SECONDS", 1)  # a refused port is retried until the timeout
    with pytest.raises(ForecastError, match=r"cannot reach the Dask scheduler at tcp://127.0.0.1:\d+"):
        run_study(read_study(EXAMPLE), scheduler=f"tcp://127.0.0.1:{free_port()}")
