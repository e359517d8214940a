"""Effects-off studies write the files they wrote before people could respond to offers, byte for byte.

The expected files under tests/data/forecast_golden/ were written by the product before the
`[response]` table existed; a study without effects must go on writing exactly them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from referral_studio.forecast.execution import run_in_process
from referral_studio.forecast.outputs import write_forecast
from referral_studio.forecast.runs import plan_run
from referral_studio.forecast.study_file import loads_study, read_study

GOLDEN = Path(__file__).resolve().parents[1] / "data" / "forecast_golden"
PINNED = ("runs.csv", "variants.csv", "bands.csv")


@pytest.mark.parametrize("name", ["spring", "short"])
def test_an_effects_off_study_writes_the_earlier_files_byte_for_byte(name: str, tmp_path: Path) -> None:
    folder = GOLDEN / name
    study = read_study(next(folder.glob("*.forecast.toml")))
    write_forecast(run_in_process(study), tmp_path / "out")
    expected = folder / "expected"
    for file in PINNED:
        assert (tmp_path / "out" / file).read_bytes() == (expected / file).read_bytes(), file
    written = sorted(path.name for path in (tmp_path / "out" / "variants").iterdir())
    assert written == sorted(path.name for path in (expected / "variants").iterdir())
    for file in written:
        assert (tmp_path / "out" / "variants" / file).read_bytes() == (expected / "variants" / file).read_bytes()


def test_the_order_of_traffic_keys_in_the_file_does_not_change_the_draws() -> None:
    source = GOLDEN / "spring" / "spring.forecast.toml"
    text = source.read_text(encoding="utf-8")
    share, signup = "share_rate = [0.25, 0.45]", "signup_rate = [0.15, 0.3]"
    swapped = text.replace(share, "@@").replace(signup, share).replace("@@", signup)
    assert swapped != text
    study = read_study(source)
    other = loads_study(swapped, "swapped.forecast.toml", source.parent)
    for run in (1, 2, 17):
        assert plan_run(other, run) == plan_run(study, run)
    assert other.drawn == study.drawn == ("share_rate", "signup_rate")
