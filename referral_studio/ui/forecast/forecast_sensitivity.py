"""The forecast workspace's "What the answer depends on": the flips in words over sensitivity.csv's figures.

Shown only when the study draws something from a range; hidden otherwise, since then the
answer depends on nothing that varies between runs.
"""

from __future__ import annotations

from dataclasses import replace
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGroupBox, QHeaderView, QLabel, QTableWidgetItem, QVBoxLayout, QWidget

from referral_studio.forecast.aggregate import Forecast
from referral_studio.forecast.sensitivity import flip_text, flips, sensitivity
from referral_studio.ui.forecast.response_model import LABELS as RESPONSE_LABELS
from referral_studio.ui.forecast.traffic_assumptions_model import option_label
from referral_studio.ui.i18n import key_label, number, translate
from referral_studio.ui.widgets.read_only_table import read_only_table


def sensitivity_headers() -> list[str]:
    """Column titles of the sensitivity table, in the workspace and the report."""
    return [
        translate("ForecastSensitivity", "Assumption"),
        translate("ForecastSensitivity", "Variant"),
        translate("ForecastSensitivity", "P(best), lower third"),
        translate("ForecastSensitivity", "middle third"),
        translate("ForecastSensitivity", "upper third"),
        translate("ForecastSensitivity", "Spearman"),
    ]


def assumption_label(name: str) -> str:
    """A drawn option or effect as the study form's tables name it ("Share rate", not share_rate)."""
    if name in RESPONSE_LABELS:
        return key_label("ResponseEffect", RESPONSE_LABELS, name)
    return option_label(name)


def sensitivity_rows(forecast: Forecast) -> list[list[str]]:
    """sensitivity.csv's rows for people: percentages, "–" where a third had no run or the series was constant."""

    def share(value: float | None) -> str:
        return "–" if value is None else translate("ForecastReport", "{value}%").format(value=number(100 * value, 0))

    return [
        [
            assumption_label(row.assumption),
            row.variant,
            *(share(value) for value in row.p_best),
            "–" if row.spearman is None else number(row.spearman, 2),
        ]
        for row in sensitivity(forecast)
    ]


def flips_sentences(forecast: Forecast) -> list[str]:
    """Each assumption whose range changes the most frequent winner, in words; one sentence when none does."""
    found = [flip_text(replace(flip, assumption=f"“{assumption_label(flip.assumption)}”")) for flip in flips(forecast)]
    if found:
        return found
    return [
        translate(
            "ForecastSensitivity",
            "No range drawn changes which variant wins most often ({names}).",
        ).format(names=", ".join(assumption_label(name) for name in forecast.study.ranges()))
    ]


SENSITIVITY_TABLE_HEIGHT = 120  # pixels: the table's header and three rows, whatever the words above it take


class SensitivityView(QGroupBox):
    """The flips in words above the p_best-per-third table."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("ForecastSensitivity", "What the answer depends on"), parent)
        self.setObjectName("forecastSensitivity")
        self.words = QLabel(objectName="forecastSensitivityWords")
        self.words.setWordWrap(True)
        self.words.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = read_only_table("forecastSensitivityTable", sensitivity_headers())
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for name_column in (0, 1):  # the names share what the figures leave, ending in "…" (whole in the tooltip)
            self.table.horizontalHeader().setSectionResizeMode(name_column, QHeaderView.ResizeMode.Stretch)
        self.table.setToolTip(
            translate(
                "ForecastSensitivity",
                "Runs are split by where their drawn value fell in the range: lower, middle or upper third. "
                "P(best): the share of those runs in which the variant was best. Spearman: how the drawn value "
                "moves with the variant's lead over the leader (−1 to 1).",
            )
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.words)
        layout.addWidget(self.table, 1)
        self.table.setMinimumHeight(SENSITIVITY_TABLE_HEIGHT)
        self.setVisible(False)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Keep every wrapped line of the words shown: a splitter gives a child no more than its minimum asks."""
        super().resizeEvent(event)
        self._fit_words()

    def _fit_words(self) -> None:
        self.words.setMinimumHeight(self.words.heightForWidth(self.words.width()) if self.words.text() else 0)

    def show_forecast(self, forecast: Forecast) -> None:
        """Fill in the forecast's figures; hidden when nothing was drawn from a range."""
        ranged = bool(forecast.study.ranges())
        self.setVisible(ranged)
        if not ranged:
            self.words.clear()
            self.table.setRowCount(0)
            return
        self.words.setText("<br>".join(escape(sentence) for sentence in flips_sentences(forecast)))
        self._fit_words()
        rows = sensitivity_rows(forecast)
        self.table.setRowCount(len(rows))
        for row, cells in enumerate(rows):
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column <= 1:
                    item.setToolTip(text)
                else:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
