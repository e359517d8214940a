"""Files written whole: and with the permissions any file the user writes gets (their umask), not mkstemp's 0600."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from referral_studio.domain.atomic_file import atomic_write
from referral_studio.domain.offer import Offer
from referral_studio.domain.offer_file import write_offer_file


@pytest.fixture
def umask() -> Iterator[None]:
    """Restores the process's umask after a test that sets its own."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.parametrize(("mask", "expected"), [(0o022, 0o644), (0o002, 0o664), (0o077, 0o600)])
def test_a_new_file_gets_the_umask_permissions(tmp_path: Path, umask: None, mask: int, expected: int) -> None:
    os.umask(mask)
    plain = tmp_path / "plain.txt"
    plain.write_text("as any program writes it")
    exported = tmp_path / "spring.offer.json"
    write_offer_file(Offer(name="Spring"), exported)
    assert mode(exported) == mode(plain) == expected


def test_a_file_written_over_keeps_its_permissions_and_nothing_is_left_beside_it(tmp_path: Path, umask: None) -> None:
    target = tmp_path / "results.csv"
    target.write_text("old")
    target.chmod(0o640)
    with atomic_write(target) as stream:
        stream.write("new")
    assert target.read_text() == "new" and mode(target) == 0o640
    with pytest.raises(RuntimeError), atomic_write(target) as stream:
        stream.write("half")
        raise RuntimeError("interrupted")
    assert target.read_text() == "new" and [p.name for p in tmp_path.iterdir()] == ["results.csv"]
