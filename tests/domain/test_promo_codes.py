"""Promo codes from .txt: white space is part of a code; bad bytes name their line."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from referral_studio.domain.promo_codes import PromoCodeFileError, parse_promo_codes, read_promo_codes


def test_codes_keep_their_white_space_and_punctuation() -> None:
    assert parse_promo_codes(b" A1 \nB;2\r\n\tC3\n\n") == (" A1 ", "B;2", "\tC3")


def test_bom_is_not_part_of_the_first_code() -> None:
    assert parse_promo_codes(b"\xef\xbb\xbfA\nB") == ("A", "B")


def test_non_utf8_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "codes.txt"
    path.write_bytes(b"A\nB\n\xff\xfe\n")
    with pytest.raises(PromoCodeFileError, match=r"codes.txt: line 3: not UTF-8"):
        read_promo_codes(path)


def test_empty_file_has_no_codes(tmp_path: Path) -> None:
    path = tmp_path / "codes.txt"
    path.write_bytes(b"")
    assert read_promo_codes(path) == ()


@given(
    st.lists(st.text(alphabet=st.characters(blacklist_characters="\n\r\x00", blacklist_categories=["Cs"]), min_size=1))
)
def test_any_codes_written_one_per_line_read_back(codes: list[str]) -> None:
    for ending in (b"\n", b"\r\n"):
        assert parse_promo_codes(ending.join(code.encode() for code in codes) + ending) == tuple(codes)
