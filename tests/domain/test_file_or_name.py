"""One rule tells a built-in's name from a file's, for presets and mappings alike."""

from __future__ import annotations

from pathlib import Path

import pytest

from referral_studio.domain.file_or_name import names_a_file
from referral_studio.engine.mapping_file import MappingError, read_mapping
from referral_studio.engine.presets import UnknownPreset, find_preset
from referral_studio.engine.traffic_file import TrafficFileError


@pytest.mark.parametrize(
    ("value", "file"),
    [
        ("ecommerce", False),
        ("segment", False),
        ("own.traffic.toml", True),
        ("shop.toml", True),
        ("data/own", True),
        ("data\\own", True),
        (Path("segment"), True),
    ],
)
def test_names_a_file(value: str | Path, file: bool) -> None:
    assert names_a_file(value) is file


def test_presets_and_mappings_read_the_same_value_as_a_file() -> None:
    missing = "nowhere\\own"  # a Windows-style path: a file for both, on every system
    with pytest.raises(TrafficFileError, match="no such traffic file"):
        find_preset(missing)
    with pytest.raises(MappingError, match="cannot read the file"):
        read_mapping(missing)
    with pytest.raises(UnknownPreset):
        find_preset("nowhere")
