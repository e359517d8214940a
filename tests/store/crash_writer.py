"""Helper of test_crash.py, run as its own single-threaded process (so fork is safe).

Each round forks a child that opens the store and saves the draft again and again,
writing each acknowledged revision to a pipe once its transaction has committed; the
parent kills it with SIGKILL at a random moment, then checks the file with plain sqlite3
and prints one JSON line: the last acknowledged revision, the stored one, the draft's
goal count (saved equal to its revision), and PRAGMA integrity_check.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import signal
import sqlite3
import sys
import time

from referral_studio.domain.offer import Goal, Offer
from referral_studio.domain.offer_file import loads_offer
from referral_studio.store import repository as repo
from referral_studio.store.database import Store

NAME = "Crash"


def child(path: str, pipe: int) -> None:
    store = Store(path)
    while True:
        with store.transaction() as session:
            current = repo.offer_summary(session, NAME).draft_revision or 0
            revision = repo.save_draft(
                session, NAME, Offer(name=NAME, goal=Goal(count=current + 1)), expected_revision=current
            )
        os.write(pipe, f"{revision}\n".encode())  # acknowledged: the commit returned


def read_acks(pipe: int, text: bytes) -> bytes:
    with contextlib.suppress(BlockingIOError):
        while chunk := os.read(pipe, 65536):
            text += chunk
    return text


def check(path: str) -> tuple[int, int, str]:
    with contextlib.closing(sqlite3.connect(path)) as connection:
        integrity = connection.execute("PRAGMA integrity_check").fetchone()[0]
        revision, content = connection.execute(
            "SELECT draft_revision, draft_content FROM offers WHERE name = ?", (NAME,)
        ).fetchone()
    return revision, loads_offer(content).goal.count, integrity


def main() -> None:
    path, rounds, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    rng = random.Random(seed)
    store = Store(path)
    with store.transaction() as session:
        repo.create_offer(session, Offer(name=NAME, goal=Goal(count=1)))
    store.close()
    for _ in range(rounds):
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(read_end)
            try:
                child(path, write_end)
            finally:
                os._exit(1)
        os.close(write_end)
        os.set_blocking(read_end, False)
        text = b""
        while b"\n" not in text:  # wait for the child's first save, then kill it at a random moment
            text = read_acks(read_end, text)
            time.sleep(0.001)
        time.sleep(rng.uniform(0, 0.03))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        text = read_acks(read_end, text)
        os.close(read_end)
        acked = int(text.split()[-1])
        revision, count, integrity = check(path)
        print(json.dumps({"acked": acked, "stored": revision, "count": count, "integrity": integrity}), flush=True)


if __name__ == "__main__":
    main()
