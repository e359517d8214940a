"""Work spread over the machine's cores with threads.

numpy and pyarrow let go of the GIL in their loops, so hashing, gathering and CSV writing
run side by side in threads, without the copies and start-up of processes.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, Future
from typing import TypeVar

WORKERS = max(1, min(os.cpu_count() or 1, 4))  # past four, memory bandwidth, not cores, is the limit
T = TypeVar("T")
Item = TypeVar("Item")


def in_order(pool: Executor, work: Callable[[Item], T], items: Iterable[Item], ahead: int = WORKERS) -> Iterator[T]:
    """work(item) for each item, run in the pool and yielded in order, at most `ahead` queued past the next.

    The bound keeps memory to a few items' results however many items there are.
    """
    pending: deque[Future[T]] = deque()
    for item in items:
        pending.append(pool.submit(work, item))
        if len(pending) > ahead:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()
