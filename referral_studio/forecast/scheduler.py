"""Reaching a Dask scheduler the user named: its address, its TLS files, and a probe that gives up in time.

Dask's own client accepts almost any text as an address and, on a server that never answers its
handshake, waits forever; a wrong address should instead be refused at once and a silent server
given up on within the caller's connect timeout, each with a message that says what to change. TLS goes through
Dask's `distributed.security.Security` (mutual authentication with the cluster's CA), with the
files the user gave or else those in Dask's own configuration (`distributed.comm.tls.*`).
"""

from __future__ import annotations

import asyncio
import os
import socket
import ssl
from dataclasses import dataclass
from typing import Any

SCHEMES = ("tcp", "tls")
TLS_FLAGS = "--tls-ca-file, --tls-cert and --tls-key"


class SchedulerError(Exception):
    """The scheduler's address or TLS files are wrong, or nothing there answers as a Dask scheduler."""


@dataclass(frozen=True)
class TlsFiles:
    """The client's TLS files as the user gave them; None falls back to Dask's configuration."""

    ca_file: str | None = None
    cert: str | None = None
    key: str | None = None

    def given(self) -> bool:
        return any((self.ca_file, self.cert, self.key))


def check_address(address: str, source: str = "the scheduler address") -> tuple[str, str, int]:
    """(scheme, host, port) of "tcp://HOST:PORT" or "tls://HOST:PORT" (a bare HOST:PORT is tcp, as in Dask)."""
    scheme, sep, location = address.strip().partition("://")
    if not sep:
        scheme, location = "tcp", address.strip()
    example = "such as tcp://host:8786 or tls://host:8786"
    if scheme.lower() not in SCHEMES:
        raise SchedulerError(f"{source}: {address!r} is not a Dask scheduler address ({example})")
    host, colon, port_text = location.rpartition(":")
    if location.startswith("[") and "]" in location:  # IPv6: [::1]:8786
        host, colon, port_text = location[1:].partition("]")
        colon, port_text = port_text[:1], port_text[1:]
    if not colon or not host or "/" in location:
        raise SchedulerError(f"{source}: {address!r} needs a host and a port ({example})")
    if not port_text.isdigit() or not 1 <= int(port_text) <= 65535:
        raise SchedulerError(f"{source}: the port of {address!r} must be a number from 1 to 65535")
    return scheme.lower(), host, int(port_text)


def security_for(address: str, tls: TlsFiles | None) -> Any:
    """The `Security` to reach `address` with, its files checked now; None for a plain tcp:// address."""
    scheme, _, _ = check_address(address)
    if scheme == "tcp":
        if tls is not None and tls.given():
            raise SchedulerError(
                f"TLS files were given but {address} is a plain tcp:// address; use tls://HOST:PORT for a TLS scheduler"
            )
        return None
    from distributed.security import Security

    tls = tls or TlsFiles()
    given = {"tls_ca_file": tls.ca_file, "tls_client_cert": tls.cert, "tls_client_key": tls.key}
    security: Any = Security(require_encryption=True, **{key: value for key, value in given.items() if value})
    if not security.tls_ca_file or not security.tls_client_cert:
        raise SchedulerError(
            f"{address} uses TLS: give the cluster's CA file, this computer's certificate and its key "
            f"({TLS_FLAGS}), or set distributed.comm.tls.ca-file, .client.cert and .client.key in Dask's configuration"
        )
    files = (
        ("CA file", security.tls_ca_file),
        ("certificate", security.tls_client_cert),
        ("key", security.tls_client_key),
    )
    for what, path in files:
        if path and not os.path.isfile(path):
            raise SchedulerError(f"the TLS {what} {path} does not exist or is not a file")
        if path and not os.access(path, os.R_OK):
            raise SchedulerError(f"the TLS {what} {path} cannot be read (permission denied)")
    try:
        ssl.create_default_context(cafile=security.tls_ca_file)
    except ssl.SSLError as error:
        raise SchedulerError(f"the TLS CA file {security.tls_ca_file} holds no PEM certificate ({error})") from None
    try:
        security.get_connection_args("client")
    except ssl.SSLError as error:
        key = f" and key {security.tls_client_key}" if security.tls_client_key else ""
        raise SchedulerError(
            f"the TLS certificate {security.tls_client_cert}{key} do not load as a PEM certificate and its "
            f"private key ({error.reason or error})"
        ) from None
    return security


def probe(address: str, security: Any, seconds: float) -> None:
    """Ask `address` who it is; a clear SchedulerError unless a Dask scheduler answers within `seconds`."""
    scheme, host, port = check_address(address)
    args = security.get_connection_args("client") if security is not None else {}
    try:
        reply = asyncio.run(_identity(address, args, seconds))
    except TimeoutError:
        raise SchedulerError(
            f"the server at {address} did not answer as a Dask scheduler within {seconds:g} s; "
            "check the address and port (the scheduler's, usually 8786)"
        ) from None
    except (OSError, ValueError) as error:  # ValueError: tornado's, when a plain server talks before TLS starts
        raise SchedulerError(_connect_problem(address, scheme, host, port, error, seconds)) from None
    kind = reply.get("type") if isinstance(reply, dict) else None
    if kind != "Scheduler":
        raise SchedulerError(f"{address} is not a Dask scheduler (it answered as {kind or 'something else'})")


async def _identity(address: str, args: dict[str, Any], seconds: float) -> Any:
    from distributed.comm.core import connect

    comm = await asyncio.wait_for(connect(address, timeout=seconds, **args), seconds + 1)  # its own message first
    try:
        await asyncio.wait_for(comm.write({"op": "identity", "reply": True}), seconds)
        return await asyncio.wait_for(comm.read(), seconds)
    finally:
        comm.abort()


def _connect_problem(address: str, scheme: str, host: str, port: int, error: Exception, seconds: float) -> str:
    """Why a connection failed, in words that say what to change."""
    text = str(error)
    if "Timed out trying to connect" in text:
        return f"cannot reach the Dask scheduler at {address}: nothing accepted a connection within {seconds:g} s"
    if scheme == "tcp" and _speaks_tls(host, port, seconds):
        return (
            f"the scheduler at {address} requires TLS: use tls://{host}:{port} with the cluster's "
            f"CA file, certificate and key ({TLS_FLAGS})"
        )
    if "CERTIFICATE_VERIFY_FAILED" in text or "certificate does not match" in text:
        return f"the scheduler at {address} shows a certificate that the given CA file did not sign"
    if scheme == "tls" and (not text or "SSL" in text.upper() or "EOF" in text.upper()):
        return (
            f"the scheduler at {address} closed the TLS connection: it does not accept this computer's "
            "certificate (use one the cluster's CA signed), or it does not use TLS (then use tcp://)"
        )
    return f"cannot reach the Dask scheduler at {address} ({type(error).__name__}: {text})"


def _speaks_tls(host: str, port: int, seconds: float) -> bool:
    """Whether the server at host:port answers a TLS hello (a TLS scheduler reached with tcp://)."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    try:
        with socket.create_connection((host, port), timeout=seconds) as raw, context.wrap_socket(raw) as wrapped:
            wrapped.do_handshake()
    except ssl.SSLError as error:
        return "WRONG_VERSION_NUMBER" not in str(error) and "UNEXPECTED_EOF" not in str(error)
    except OSError:
        return False
    return True
