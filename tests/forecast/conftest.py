"""Fixtures of this folder's tests: a TLS Dask cluster on 127.0.0.1 and its throwaway certificates."""

from tests.dask_processes import certificates, tls_cluster  # noqa: F401 - fixtures, found by name
