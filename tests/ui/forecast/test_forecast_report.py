"""The forecast report: a PDF with the study in words, the ranking and both fan charts, from the CLI too."""

from __future__ import annotations

import dataclasses
from html import escape
from pathlib import Path

import pytest
from PySide6.QtGui import QTextOption

from referral_studio.forecast.execution import run_in_process
from referral_studio.forecast.headline import headline
from referral_studio.forecast.study import Range, Study
from referral_studio.forecast.study_file import read_study
from referral_studio.ui.forecast.forecast_report import (
    fan_chart_image,
    headline_text,
    ranking_rows,
    report_document,
    report_html,
    write_report,
)

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


def test_report_headline_follows_the_verdict_and_says_what_was_assumed(forecast) -> None:
    html = report_html(forecast)
    assert f"<h1>{forecast.study.name}</h1>" in html and "Forecast: " not in html
    assert headline_text(forecast) == headline(forecast, "Net")
    assert f"<b>{escape(headline_text(forecast))}.</b>" in html
    assert "Traffic preset: classroom — Classroom (exaggerated). Source: none: exaggerated on purpose." in html
    assert "generator&#x27;s defaults" not in html and "generator's defaults" not in html
    for key in ("share_rate", "signup_rate", "shares_per_sharer", "delays", "reward per referred signup"):
        assert f">{key}<" in html, key  # every traffic option under its key, the preset's too; costs per variant
    costs = html.split("Costs per variant")[1].split("</table>")[0]
    for variant in forecast.study.variants:  # every variant pays the study's [costs]
        assert f"<tr><td>{variant.name}</td><td align='right'>25</td><td align='right'>10</td>" in costs
    for key in ("goal_gradient", "after_reward", "reward_elasticity"):  # how people respond, under their keys
        assert f">{key}<" in html, key
    assert "In this forecast people behave the same whatever the offer" not in html  # the example's people respond
    off = run_in_process(dataclasses.replace(forecast.study, response=(), runs=4))
    assert "In this forecast people behave the same whatever the offer" in report_html(off)
    assert "What the answer depends on" in html and "share_rate" in html
    assert "the median net is not median value − median cost" in html


def test_report_of_a_study_without_preset_names_the_default_preset_and_its_source() -> None:
    study = read_study(EXAMPLE)
    plain_study = dataclasses.replace(
        study, preset=None, traffic=(("participants", 200), ("days", 14.0)), response=(), runs=4
    )
    html = report_html(run_in_process(plain_study))
    assert "Traffic preset: ecommerce — E-commerce (default). Source: Friendbuy" in html
    assert "<td>14</td>" in html and "14.0" not in html  # days as written, not as a float
    assert "What the answer depends on" not in html  # nothing drawn from a range
    # 200 e-commerce participants in 14 days: no variant's goal pays out, so every variant nets the same in every run
    assert "All variants are equal on Net in every run — rank by another metric" in html


def test_report_breaks_lines_between_words_only_and_writes_whole_days_without_decimals(forecast, qapp) -> None:
    document = report_document(forecast)
    assert document.defaultTextOption().wrapMode() == QTextOption.WrapMode.WordWrap  # never inside a word
    assert "K\u2011factor" in report_html(forecast)  # a header's hyphen does not break either
    windowed = forecast.study.variants[2].offer  # last touch within 14 days
    assert windowed.attribution.window_days == 14
    study = dataclasses.replace(forecast.study, base=windowed)
    html = report_html(dataclasses.replace(forecast, study=study))
    assert "last touch, within 14 days" in html and "14.0" not in html


@dataclasses.dataclass(frozen=True)
class RespondingStudy(Study):
    """A study with another table of assumptions beside [traffic], and people who respond to the offer."""

    response: tuple = (("goal_gradient", Range(0.0, 2.0)), ("after_reward", 0.5))

    @property
    def effects_on(self) -> bool:
        return True


def test_the_assumptions_list_every_table_of_assumptions_generically(forecast) -> None:
    given = {field.name: getattr(forecast.study, field.name) for field in dataclasses.fields(Study)}
    study = RespondingStudy(**{name: value for name, value in given.items() if name != "response"})
    html = report_html(dataclasses.replace(forecast, study=study))
    assert "<td><b>goal_gradient</b></td><td>goal gradient</td><td>0 to 2, drawn per run</td>" in html
    assert "<td><b>after_reward</b></td><td>after reward</td><td>0.5</td>" in html
    assert "people behave the same whatever the offer" not in html  # they respond here
