"""Coding text in partitions gives each distinct string one code, whatever the partitioning."""

from __future__ import annotations

import pyarrow as pa
from hypothesis import given, settings
from hypothesis import strategies as st

from referral_studio.engine.text_codes import PARALLEL_ROWS, encode_text

short = st.text(st.characters(exclude_categories=["Cs"], exclude_characters="\x00"), max_size=3)
long = st.text(st.characters(exclude_categories=["Cs"]), min_size=5, max_size=12)


@settings(max_examples=80, deadline=None)
@given(
    chunks=st.lists(st.lists(short | long, max_size=40), min_size=1, max_size=4),
    partition_rows=st.sampled_from([1, 3, 1 << 20]),
    short_only=st.booleans(),
)
def test_every_string_gets_one_code_and_the_dictionary_decodes_them(
    chunks: list[list[str]], partition_rows: int, short_only: bool
) -> None:
    if short_only:
        chunks = [[value[:8].replace("\x00", "") for value in chunk] for chunk in chunks]
    dictionary, codes = encode_text([pa.array(chunk, pa.string()) for chunk in chunks], partition_rows)
    rows = [value for chunk in chunks for value in chunk]
    assert dictionary.take(pa.array(codes)).to_pylist() == rows
    assert sorted(dictionary.to_pylist()) == sorted(set(rows))  # each distinct value once


def test_a_column_big_enough_for_two_cores_is_coded_exactly() -> None:
    # Past PARALLEL_ROWS the rows are split over the cores even below one partition's size.
    rows = [f"u{index % 150_001:07d}" for index in range(PARALLEL_ROWS.start + 50_000)]
    dictionary, codes = encode_text([pa.array(rows[:70_000]), pa.array(rows[70_000:])])
    assert dictionary.take(pa.array(codes)).to_pylist() == rows
    assert len(dictionary) == len(set(rows))
