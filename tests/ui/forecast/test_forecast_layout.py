"""The forecast workspace at 1280×720: variants without sideways scroll, the ranking's three variants whole,
the bands chart and the sensitivity's words not squeezed."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QScrollArea,
    QSpinBox,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from referral_studio.domain.offer import Goal, GoalType, Offer
from referral_studio.forecast.execution import run_in_process
from referral_studio.ui.forecast.forecast_panel import ForecastPanel
from referral_studio.ui.forecast.forecast_results import BANDS_CHART_HEIGHT
from referral_studio.ui.forecast.forecast_variants_model import COL_COUNT, COL_DIFF, COL_MODEL, COL_NAME, COL_REPEAT
from referral_studio.ui.settings import UiSettings


def test_the_ranking_s_third_row_is_whole_at_1280x720(qtbot: object, settings: UiSettings) -> None:
    panel = ForecastPanel(Offer(name="F", goal=Goal(type=GoalType.REFERRED_SIGNUPS, count=2)), settings=settings)
    qtbot.addWidget(panel)  # type: ignore[attr-defined]
    panel.resize(1280, 720)
    panel.show()
    ranking = panel.findChild(QTableWidget, "forecastRanking")
    ranking.setRowCount(3)  # three variants ranked, as a forecast of the base offer and two variants gives
    for row in range(3):
        ranking.setItem(row, 0, QTableWidgetItem(f"Variant {row}"))
    QApplication.processEvents()
    third = ranking.visualItemRect(ranking.item(2, 0))
    assert third.top() >= 0 and third.bottom() <= ranking.viewport().height()


EXAMPLES = Path(__file__).resolve().parents[3] / "examples"


def _spring_panel(qtbot: object, settings: UiSettings) -> ForecastPanel:
    """The forecast workspace at 1280×720 on the example study: a base offer and three variants."""
    panel = ForecastPanel(Offer(name="F"), settings=settings)
    qtbot.addWidget(panel)  # type: ignore[attr-defined]
    panel.resize(1280, 720)
    panel.show()
    assert panel.files.open_study(EXAMPLES / "spring.forecast.toml")
    QApplication.processEvents()
    return panel


def test_the_variants_table_needs_no_sideways_scroll_at_1280x720(qtbot: object, settings: UiSettings) -> None:
    panel = _spring_panel(qtbot, settings)
    view = panel.findChild(QTableView, "forecastVariants")
    header = view.horizontalHeader()
    shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
    assert shown == [COL_NAME, COL_DIFF]  # what matters: which variant, and what it changes
    assert not view.horizontalScrollBar().isVisible()
    assert header.sectionViewportPosition(COL_DIFF) + 40 < view.viewport().width()  # the summary has room
    form = panel.findChild(QScrollArea)
    assert not form.horizontalScrollBar().isVisible()  # nor does the study form beside it


def test_the_selected_variant_s_settings_are_edited_below_the_table(qtbot: object, settings: UiSettings) -> None:
    panel = _spring_panel(qtbot, settings)
    model, view = panel.form.variants, panel.form.variants_view
    fields = panel.findChild(QWidget, "forecastVariantSettings")
    count = fields.fields[COL_COUNT]
    assert fields.findChild(QSpinBox, "forecastVariant_goal_count") is count  # a name QA scripts can find
    assert isinstance(count, QSpinBox) and not count.isEnabled() and count.value() == 5  # the base offer's, greyed
    view.setCurrentIndex(model.index(2, COL_NAME))  # "count 5"
    assert count.isEnabled() and count.value() == 5
    count.setValue(4)
    count.editingFinished.emit()
    assert model.data(model.index(2, COL_DIFF)) == "goal count 4 (base: 5)" and count.font().bold()  # it differs
    repeat = fields.fields[COL_REPEAT]
    assert isinstance(repeat, QCheckBox)
    repeat.setChecked(True)
    assert "repeat rewards on" in model.data(model.index(2, COL_DIFF))
    count.setValue(5)
    count.editingFinished.emit()  # back to the base: only the repeat stays
    assert model.data(model.index(2, COL_DIFF)) == "repeat rewards on (base: off)" and not count.font().bold()
    view.setCurrentIndex(model.index(3, COL_NAME))
    assert count.value() == 3 and isinstance(fields.fields[COL_MODEL], QComboBox)
    assert fields.fields[COL_MODEL].currentData() == "last_touch"
    assert panel.files.open_study(EXAMPLES / "spring.forecast.toml")  # nothing selected after: the base offer shown
    assert not count.isEnabled() and count.value() == 5 and not view.currentIndex().isValid()


def test_after_a_forecast_the_bands_chart_and_every_sensitivity_line_show_at_1280x720(
    qtbot: object, settings: UiSettings
) -> None:
    panel = _spring_panel(qtbot, settings)
    results = panel.results
    results.sensitivity.setVisible(True)  # as after a forecast of ranges: six lines of words above its table
    results.sensitivity.words.setText(
        "<br>".join(f"count {n} is best when share_rate is below 0.{n}" for n in range(6))
    )
    QApplication.processEvents()
    assert results.bands_chart.height() >= BANDS_CHART_HEIGHT
    words = results.sensitivity.words
    assert words.height() >= words.heightForWidth(words.width())


def test_a_long_variant_name_in_the_ranking_is_shown_whole_at_1280x720(qtbot: object, settings: UiSettings) -> None:
    panel = _spring_panel(qtbot, settings)
    study = dataclasses.replace(panel.form.current_study(), runs=8)
    panel.results.show_forecast(run_in_process(study))  # what Run Forecast shows, without a Dask cluster
    QApplication.processEvents()
    ranking = panel.findChild(QTableWidget, "forecastRanking")
    item = next(ranking.item(r, 0) for r in range(ranking.rowCount()) if ranking.item(r, 0).text().endswith("cap 2"))
    rect = ranking.visualItemRect(item)  # "count 3, last touch, cap 2" must not read "count 3…" beside "count 3"
    wrapped = ranking.fontMetrics().boundingRect(rect.adjusted(4, 0, -4, 0), int(Qt.TextFlag.TextWordWrap), item.text())
    assert rect.height() >= wrapped.height()


def test_in_swedish_the_study_form_needs_no_sideways_scroll_at_1280x720(
    qtbot: object, settings: UiSettings, swedish: None
) -> None:
    panel = _spring_panel(qtbot, settings)
    form = next(area for area in panel.findChildren(QScrollArea) if area.widget() is panel.form)
    assert panel.form.minimumSizeHint().width() <= form.viewport().width()
    assert not form.horizontalScrollBar().isVisible()
