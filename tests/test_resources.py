"""Assets have their sources in resources/ and reach the package at build time, so an installed app finds them."""

from __future__ import annotations

import runpy
from pathlib import Path

import pytest

from referral_studio import assets

ROOT = Path(__file__).resolve().parent.parent


def test_the_build_copies_the_compiled_assets_into_the_package_and_leaves_the_sources(tmp_path: Path) -> None:
    copy_assets = runpy.run_path(str(ROOT / "setup.py"))["copy_assets"]
    copied = copy_assets(ROOT / "resources", tmp_path / "referral_studio" / "resources")
    names = {path.relative_to(tmp_path / "referral_studio" / "resources").as_posix() for path in copied}
    assert {"translations/referral_studio_sv.qm", "translations/referral_studio_en.qm"} <= names
    assert not any(name.endswith(".ts") for name in names), "translation sources stay out of the package"
    for path in copied:
        assert (
            path.read_bytes()
            == (ROOT / "resources" / path.relative_to(tmp_path / "referral_studio" / "resources")).read_bytes()
        )


def test_the_app_finds_its_assets_in_the_package_first_else_in_the_source_tree(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert assets.asset_folder("translations") == ROOT / "resources" / "translations"  # a source checkout
    packaged = tmp_path / "resources"
    (packaged / "translations").mkdir(parents=True)
    monkeypatch.setattr(assets, "PACKAGED", packaged)
    assert assets.asset_folder("translations") == packaged / "translations"  # as installed from a wheel
