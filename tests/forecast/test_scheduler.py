"""Reaching a scheduler: TLS with throwaway certificates, malformed addresses, silent servers, workers that all leave.

A real `dask scheduler --protocol tls` and `dask worker` run on 127.0.0.1 with a CA and certificates made
here by openssl; the forecast over TLS must write exactly what a local run writes.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
from pathlib import Path

import dask
import pytest

from referral_studio.forecast import execution
from referral_studio.forecast.execution import ForecastError, run_in_process, run_study
from referral_studio.forecast.outputs import write_forecast
from referral_studio.forecast.study_file import read_study
from tests.dask_processes import Processes
from tests.forecast.test_dask import CLI, EXAMPLE, files_of


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    folder = tmp_path_factory.mktemp("reference") / "out"
    write_forecast(run_in_process(read_study(EXAMPLE)), folder)
    return files_of(folder)


def forecast_cli(tmp_path: Path, *options: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    command = [*CLI, "forecast", str(EXAMPLE), "--out", str(tmp_path / "out"), "--quiet", *options]
    return subprocess.run(command, check=False, capture_output=True, text=True, cwd=tmp_path, timeout=180, env=env)


def tls_flags(certificates: dict[str, Path], cert: str = "node") -> list[str]:
    files = ["--tls-cert", str(certificates[cert]), "--tls-key", str(certificates[f"{cert}-key"])]
    return ["--tls-ca-file", str(certificates["ca"]), *files]


def test_a_forecast_over_tls_writes_what_a_local_run_writes(
    tls_cluster: Processes, certificates: dict[str, Path], tmp_path: Path, reference: dict[str, bytes]
) -> None:
    done = forecast_cli(tmp_path, "--scheduler", tls_cluster.address, *tls_flags(certificates))
    assert done.returncode == 0, done.stderr
    assert files_of(tmp_path / "out") == reference


def test_dask_configuration_supplies_the_tls_files_when_no_flag_does(
    tls_cluster: Processes, certificates: dict[str, Path], tmp_path: Path, reference: dict[str, bytes]
) -> None:
    settings = {
        "distributed.comm.tls.ca-file": str(certificates["ca"]),
        "distributed.comm.tls.client.cert": str(certificates["node"]),
        "distributed.comm.tls.client.key": str(certificates["node-key"]),
    }
    with dask.config.set(settings):
        forecast = run_study(read_study(EXAMPLE), scheduler=tls_cluster.address)
    assert forecast.execution.scheduler == tls_cluster.address
    write_forecast(forecast, tmp_path / "configured")
    assert files_of(tmp_path / "configured") == reference


def test_a_plain_tcp_client_is_told_the_scheduler_requires_tls(tls_cluster: Processes, tmp_path: Path) -> None:
    plain = tls_cluster.address.replace("tls://", "tcp://")
    done = forecast_cli(tmp_path, "--scheduler", plain)
    assert done.returncode == 2, done.stderr
    assert f"the scheduler at {plain} requires TLS: use {tls_cluster.address}" in done.stderr, done.stderr
    assert "Traceback" not in done.stderr and not (tmp_path / "out").exists()


NODE = ["--tls-cert", "{node}", "--tls-key", "{node-key}"]


@pytest.mark.parametrize(
    ("flags", "expected"),
    [
        ([], "uses TLS: give the cluster's CA file, this computer's certificate and its key"),
        (["--tls-ca-file", "{ca}", "--tls-cert", "{stranger}", "--tls-key", "{stranger-key}"],
         "does not accept this computer's certificate"),
        (["--tls-ca-file", "{stranger}", *NODE], "shows a certificate that the given CA file did not sign"),
        (["--tls-ca-file", "{ca}", "--tls-cert", "missing.pem"], "--tls-cert: missing.pem does not exist"),
        (["--tls-ca-file", "{node-key}", *NODE], "holds no PEM certificate"),
        (["--tls-ca-file", "{ca}", "--tls-cert", "{node}", "--tls-key", "{stranger-key}"],
         "do not load as a PEM certificate and its private key"),
    ],
)  # fmt: skip
def test_wrong_tls_files_are_refused_naming_them(
    tls_cluster: Processes, certificates: dict[str, Path], tmp_path: Path, flags: list[str], expected: str
) -> None:
    paths = {f"{{{name}}}": str(path) for name, path in certificates.items()}
    done = forecast_cli(tmp_path, "--scheduler", tls_cluster.address, *(paths.get(flag, flag) for flag in flags))
    assert done.returncode == 2, done.stderr
    assert expected in done.stderr and "Traceback" not in done.stderr, done.stderr
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        ("tcp://localhost", "'tcp://localhost' needs a host and a port"),
        ("notaurl", "'notaurl' needs a host and a port"),
        ("http://127.0.0.1:8786", "'http://127.0.0.1:8786' is not a Dask scheduler address"),
        ("tcp://127.0.0.1:0", "the port of 'tcp://127.0.0.1:0' must be a number from 1 to 65535"),
    ],
)
def test_a_malformed_address_is_refused_at_once(tmp_path: Path, address: str, expected: str) -> None:
    started = time.monotonic()
    done = forecast_cli(tmp_path, "--scheduler", address)
    assert done.returncode == 2, done.stderr
    assert done.stderr.startswith(f"referral-studio: error: --scheduler: {expected}"), done.stderr
    assert "Traceback" not in done.stderr and not (tmp_path / "out").exists()
    assert time.monotonic() - started < execution.CONNECT_SECONDS  # refused before any connection is tried


def test_tls_files_without_a_scheduler_are_refused(tmp_path: Path, certificates: dict[str, Path]) -> None:
    env = {key: value for key, value in os.environ.items() if key != execution.SCHEDULER_ENV}
    done = forecast_cli(tmp_path, "--tls-ca-file", str(certificates["ca"]), env=env)
    assert done.returncode == 2 and "--tls-ca-file: only for a TLS scheduler" in done.stderr, done.stderr


def test_a_server_that_is_not_a_scheduler_is_given_up_on_in_bounded_time(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(execution, "CONNECT_SECONDS", 2)
    with socket.socket() as silent:  # accepts connections (the kernel's backlog) and never says a word
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)
        address = f"tcp://127.0.0.1:{silent.getsockname()[1]}"
        started = time.monotonic()
        with pytest.raises(
            ForecastError, match=rf"the server at {address} did not answer as a Dask scheduler within 2 s"
        ):
            run_study(read_study(EXAMPLE), scheduler=address)
    assert time.monotonic() - started < 30


def test_a_study_whose_workers_all_die_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(execution, "LOST_WORKERS_SECONDS", 2)
    cluster = Processes(tmp_path, "tcp", [])
    try:
        only = cluster.start_worker()
        cluster.wait_for(1)

        def kill_the_only_worker(done: int, _runs: int) -> None:
            if done > 0 and only.poll() is None:
                only.send_signal(signal.SIGKILL)
                only.wait()

        started = time.monotonic()
        with pytest.raises(
            ForecastError, match=r"every worker of the Dask scheduler at tcp://127\.0\.0\.1:\d+ has left"
        ):
            run_study(read_study(EXAMPLE), scheduler=cluster.address, progress=kill_the_only_worker)
        assert only.returncode == -signal.SIGKILL and time.monotonic() - started < 60
    finally:
        cluster.stop()


def test_a_tls_client_to_a_plain_scheduler_is_told_so(tmp_path: Path, certificates: dict[str, Path]) -> None:
    plain = Processes(tmp_path, "tcp", [])
    try:
        plain.wait_for(0)
        address = plain.address.replace("tcp://", "tls://")
        done = forecast_cli(tmp_path, "--scheduler", address, *tls_flags(certificates))
    finally:
        plain.stop()
    assert done.returncode == 2, done.stderr
    assert f"the scheduler at {address} closed the TLS connection" in done.stderr, done.stderr
    assert "or it does not use TLS (then use tcp://)" in done.stderr and "Traceback" not in done.stderr
