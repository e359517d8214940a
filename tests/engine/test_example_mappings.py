"""The built-in mappings ship in the package and as examples; every example mapping reads its example export."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from referral_studio.engine.log_files import log_table
from referral_studio.engine.log_sources import read_log
from referral_studio.engine.mapping_file import BUILT_IN_FOLDER, built_in_names, read_mapping
from referral_studio.engine.mapping_preview import offered_mapping

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
SHAPES = {"shop-semicolon": "csv", "app-events": "jsonl", "crm-utf16": "tsv"}  # one story in three shapes


def test_the_built_ins_ship_in_the_package_and_their_copies_in_examples_match() -> None:
    assert built_in_names() == ["mixpanel", "segment"]
    for name in built_in_names():
        shipped = (BUILT_IN_FOLDER / f"{name}.mapping.toml").read_text(encoding="utf-8")
        assert (EXAMPLES / f"{name}.mapping.toml").read_text(encoding="utf-8") == shipped
    package_data = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["package-data"]
    assert "mappings/*.mapping.toml" in package_data["referral_studio.engine"]


def test_the_three_example_shapes_hold_the_same_events() -> None:
    tables = {}
    for name, suffix in SHAPES.items():
        log, report = read_log(EXAMPLES / f"{name}.{suffix}", EXAMPLES / f"{name}.mapping.toml")
        tables[name] = log_table(log).to_pylist()
        assert report.events == 9 and not report.skipped
    assert tables["shop-semicolon"] == tables["app-events"] == tables["crm-utf16"]


@pytest.mark.parametrize("name", ["segment", "mixpanel"])
def test_the_built_in_examples_read_by_name(name: str) -> None:
    log, report = read_log(EXAMPLES / f"{name}.jsonl", name)
    assert report.kinds == {"share": 2, "visit": 4, "signup": 2, "activity": 0, "js_event": 0, "refund": 0}
    assert report.unmapped.get("Webinar Registered") == 1
    rows = log_table(log).to_pylist()
    assert {row["referrer"] for row in rows if row["kind"] == "visit"} == {"anna", "björn"}


def test_each_example_export_is_offered_its_own_mapping() -> None:
    """Import… offers `segment.mapping.toml` for `segment.jsonl`, not the newest mapping of the folder."""
    for export, mapping in (
        ("segment.jsonl", "segment"),
        ("mixpanel.jsonl", "mixpanel"),
        ("crm-utf16.tsv", "crm-utf16"),
    ):
        assert offered_mapping(EXAMPLES / export) == read_mapping(EXAMPLES / f"{mapping}.mapping.toml"), export
