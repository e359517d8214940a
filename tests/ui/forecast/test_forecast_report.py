"""The forecast report: a PDF with the study in words, the ranking and both fan charts, from the CLI too."""

from __future__ import annotations

from pathlib import Path

import pytest

from referral_studio.forecast.execution import run_in_process
from referral_studio.forecast.study_file import read_study
from referral_studio.ui.forecast.forecast_report import fan_chart_image, ranking_rows, report_html, write_report

ROOT = Path(__file__).resolve().parents[3]
EXAMPLE = ROOT / "examples" / "spring.forecast.toml"


@pytest.fixture(scope="module")
def forecast():
    return run_in_process(read_study(EXAMPLE))


def test_report_text_names_offer_variants_assumptions_and_ranking(forecast) -> None:
    html = report_html(forecast)
    for text in (
        "Spring: which goal count?",
        "Spring referral offer",
        "goal count 3 (base: 5)",
        "attribution last touch (base: first touch)",
        "0.25 to 0.45, drawn per run",
        "reward per fulfillment",
        "Referral Studio 0.1.0",
        "P(best)",
    ):
        assert text in html, text
    rows = ranking_rows(forecast)
    assert [row[0] for row in rows] == [name for name, _, _ in forecast.ranking()]
    assert rows[0][1] == f"{forecast.ranking()[0][2]:.1%}"  # English: 62.5%; the locale's decimals elsewhere


def test_fan_chart_shades_a_band_per_variant(forecast, qapp) -> None:
    image = fan_chart_image(forecast, "fulfilled_referrers")
    colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert "#1f77b4" in colours or "#ff7f0e" in colours or "#2ca02c" in colours
    assert len(colours) > 20  # bands blend into several shades, not a blank image


def test_report_is_written_whole_or_not_at_all(forecast, tmp_path: Path, qapp) -> None:
    target = tmp_path / "missing-folder" / "report.pdf"
    with pytest.raises(OSError):
        write_report(forecast, target)
    assert not target.parent.exists()
