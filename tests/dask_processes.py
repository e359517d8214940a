"""`dask scheduler` and `dask worker` processes on 127.0.0.1 for tests, over tcp or over TLS with throwaway certificates.

The certificates are made by openssl (a CA, a certificate it signed for every part of the cluster, and a
stranger's self-signed one); the processes are stopped by the tests that start them.
"""

from __future__ import annotations

import contextlib
import shutil
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import pytest
from distributed import Client
from distributed.security import Security

from referral_studio.forecast.scheduler import TlsFiles, security_for

DASK = shutil.which("dask") or str(Path(sys.executable).with_name("dask"))


def _openssl(*args: str) -> None:
    subprocess.run(["openssl", *args], check=True, capture_output=True, timeout=60)


def make_certificates(folder: Path) -> dict[str, Path]:
    """A CA, a certificate it signed (for every part of the cluster), and a stranger's self-signed one."""
    paths = {name: folder / f"{name}.pem" for name in ("ca", "ca-key", "node", "node-key", "stranger", "stranger-key")}
    ec = ("-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes")
    for name in ("ca", "stranger"):
        key, subject = str(paths[f"{name}-key"]), f"/CN={name}"
        _openssl("req", "-x509", *ec, "-keyout", key, "-out", str(paths[name]), "-days", "2", "-subj", subject)
    request = folder / "node.csr"
    _openssl("req", *ec, "-keyout", str(paths["node-key"]), "-out", str(request), "-subj", "/CN=node")
    _openssl(
        "x509", "-req", "-in", str(request), "-CA", str(paths["ca"]), "-CAkey", str(paths["ca-key"]),
        "-CAcreateserial", "-out", str(paths["node"]), "-days", "2",
    )  # fmt: skip
    return paths


def free_port() -> int:
    """A port nothing on 127.0.0.1 listens on now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Processes:
    """`dask scheduler` and `dask worker` processes started here, each stopped in `stop()`."""

    def __init__(self, folder: Path, protocol: str, tls: list[str]) -> None:
        self.folder, self.tls = folder, tls
        port = free_port()
        self.address = f"{protocol}://127.0.0.1:{port}"
        self.processes: list[subprocess.Popen[str]] = []
        self.workers: list[subprocess.Popen[str]] = []  # in the order started
        self.logs: list[IO[str]] = []
        scheduler = [DASK, "scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard"]
        self._start([*scheduler, "--protocol", protocol, *tls])

    def _start(self, command: list[str], env: dict[str, str] | None = None) -> subprocess.Popen[str]:
        log = open(self.folder / f"process-{len(self.processes)}.log", "w")  # noqa: SIM115 - closed in stop()
        self.logs.append(log)
        process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, text=True, env=env)
        self.processes.append(process)
        return process

    def start_worker(self, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
        """A worker of one thread; `env` replaces this process's environment (another PYTHONPATH…)."""
        worker = [DASK, "worker", self.address, "--nthreads", "1", "--no-nanny", "--no-dashboard"]
        self.workers.append(self._start([*worker, "--host", "127.0.0.1", *self.tls], env))
        return self.workers[-1]

    def wait_for(self, workers: int, security: Security | None = None) -> None:
        with Client(self.address, timeout="30s", security=security) as client:
            if workers:  # 0: the scheduler is up, which connecting has shown
                client.wait_for_workers(workers, timeout=60)

    def stop(self) -> None:
        """Terminate every process, kill those still there after 3 s, and close their logs."""
        for process in reversed(self.processes):
            process.terminate()
        for process in self.processes:
            with contextlib.suppress(subprocess.TimeoutExpired):
                process.wait(timeout=3)
            process.kill()  # nothing happens to a process that has ended
            process.wait()
        for log in self.logs:
            log.close()


@pytest.fixture(scope="module")
def certificates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Throwaway certificates, made once per test module that imports this fixture."""
    return make_certificates(tmp_path_factory.mktemp("certificates"))


@pytest.fixture(scope="module")
def tls_cluster(tmp_path_factory: pytest.TempPathFactory, certificates: dict[str, Path]) -> Iterator[Processes]:
    """A TLS scheduler and two workers, all on the CA's certificate, for one test module."""
    folder = tmp_path_factory.mktemp("tls")
    node = ["--tls-cert", str(certificates["node"]), "--tls-key", str(certificates["node-key"])]
    started = Processes(folder, "tls", ["--tls-ca-file", str(certificates["ca"]), *node])
    try:
        started.start_worker()
        started.start_worker()
        files = TlsFiles(str(certificates["ca"]), str(certificates["node"]), str(certificates["node-key"]))
        started.wait_for(2, security_for(started.address, files))
        yield started
    finally:
        started.stop()
