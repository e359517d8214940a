"""Forecasts: offer variants replayed over many seeded synthetic traffic runs (docs/forecast.md).

Qt-free and store-free: a Dask worker needs this package and the engine, nothing else.
Dask itself is imported only by `execution`, so reading a study stays fast.
"""
