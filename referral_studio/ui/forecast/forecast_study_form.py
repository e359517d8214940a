"""The forecast workspace's study form: variants, traffic assumptions, costs, runs and what is best.

The widgets are edited as the study file's own tables and checked by the same reader
(`study_from_dict`) that reads `*.forecast.toml`, so the form refuses exactly what the command
line refuses, and a study saved from it opens again as it was.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from referral_studio.domain.offer import Offer
from referral_studio.domain.offer_file import offer_to_dict
from referral_studio.engine.fraud_traffic import SyntheticFraud
from referral_studio.engine.presets import DEFAULT_PRESET, PRESET_NAMES, find_preset, preset_options
from referral_studio.engine.traffic_options import TrafficOptions
from referral_studio.forecast.study import COST_KEYS, FRAUD_METRICS, MAX_SEED, NUMERIC_METRICS, Study
from referral_studio.forecast.study_file import study_from_dict
from referral_studio.ui.forecast.forecast_metrics import metric_label
from referral_studio.ui.forecast.forecast_variants_model import COL_NAME, ForecastVariantsModel, VariantsDelegate
from referral_studio.ui.forecast.response_model import ResponseModel
from referral_studio.ui.forecast.scheduler_fields import SchedulerFields
from referral_studio.ui.forecast.traffic_assumptions_model import GENERATOR_OPTIONS as TRAFFIC_OPTIONS
from referral_studio.ui.forecast.traffic_assumptions_model import TrafficAssumptionsModel
from referral_studio.ui.forecast.variant_settings import VariantSettings
from referral_studio.ui.i18n import translate
from referral_studio.ui.widgets.button_row import add_buttons
from referral_studio.ui.widgets.traffic_file_choice import (
    FROM_FILE,
    add_from_file_entry,
    ask_traffic_file,
    load_traffic_file,
)

DEFAULT_RUNS = 200
MAX_GUI_RUNS = 1_000_000
DEFAULT_TRAFFIC = {"participants": 1000, "days": 30.0, "share_rate": [0.25, 0.45]}
SHOWN_AS_SET = ("participants", "days", "start")  # a simulation's own choices, kept even where a preset agrees


class StudyForm(QWidget):
    """The study of one base offer, as widgets; `current_study()` reads it, `show_study()` fills it."""

    sig_problem = Signal(str)
    """An edit was refused (a bad name or value); the message says why."""

    def __init__(self, offer: Offer, scheduler: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.base = offer
        self.variants = ForecastVariantsModel(offer, self)
        self.traffic = TrafficAssumptionsModel(self)
        self.traffic.set_traffic("classroom", DEFAULT_TRAFFIC)
        self.variants.sig_problem.connect(self.sig_problem)
        self.traffic.sig_problem.connect(self.sig_problem)
        self.response = ResponseModel(self)
        self.response.sig_problem.connect(self.sig_problem)
        column = QVBoxLayout(self)
        self.heading = QLabel(objectName="forecastOffer")
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-size: 13pt; font-weight: 600;")
        column.addWidget(self.heading)
        column.addWidget(self._variants_box())
        column.addWidget(self._traffic_box())
        column.addWidget(self._response_box())
        column.addWidget(self._runs_box(scheduler))
        column.addStretch(1)
        self.set_offer(offer)

    # Building

    def _variants_box(self) -> QGroupBox:
        box = QGroupBox(translate("ForecastPanel", "Variants"))
        layout = QVBoxLayout(box)
        hint = QLabel(
            translate(
                "ForecastPanel",
                "Each variant changes some settings of the base offer; every variant is replayed on the same "
                "traffic in each run. Pick a variant to change its settings below the table.",
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.variants_view = QTableView(objectName="forecastVariants")
        self.variants_view.setModel(self.variants)
        self.variants_view.setItemDelegate(VariantsDelegate(self.variants_view))
        self.variants_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.variants_view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.variants_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.variants_view.horizontalHeader().setStretchLastSection(True)
        self.variants_view.verticalHeader().setVisible(False)
        self.variants_view.setWordWrap(False)  # a long summary ends in "…"; its tooltip says it whole
        self.variants_view.setMinimumHeight(150)
        layout.addWidget(self.variants_view)
        self.variant_settings = VariantSettings(self.variants, self.variants_view)
        layout.addWidget(self.variant_settings)
        row = QHBoxLayout()
        add_buttons(
            row,
            (
                ("addVariant", translate("ForecastPanel", "&Add"), self.add_variant),
                ("duplicateVariant", translate("ForecastPanel", "D&uplicate"), self.duplicate_variant),
                ("renameVariant", translate("ForecastPanel", "Re&name…"), self.ask_rename_variant),
                ("removeVariant", translate("ForecastPanel", "Re&move"), self.remove_variant),
            ),
        )
        layout.addLayout(row)
        return box

    def _traffic_box(self) -> QGroupBox:
        box = QGroupBox(translate("ForecastPanel", "Traffic assumptions"))
        layout = QVBoxLayout(box)
        preset_row = QHBoxLayout()
        preset_row.addWidget(QLabel(translate("ForecastPanel", "Starting from the preset")))
        self.preset = QComboBox(objectName="forecastPreset")
        for name in PRESET_NAMES:  # the titles the simulation's traffic form shows; the study file keeps the key
            self.preset.addItem(translate("TrafficPreset", find_preset(name).title), name)
        add_from_file_entry(self.preset)
        self.preset.setCurrentIndex(self.preset.findData(self.traffic.preset))
        self.preset.currentIndexChanged.connect(self._on_preset_changed)
        preset_row.addWidget(self.preset)
        preset_row.addStretch(1)
        layout.addLayout(preset_row)
        hint = QLabel(
            translate(
                "ForecastPanel",
                "Grey values come from the preset. Give a high end to make an option a range, drawn anew in each run.",
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.traffic_view = QTableView(objectName="forecastTraffic")
        self.traffic_view.setModel(self.traffic)
        self.traffic_view.verticalHeader().setVisible(False)
        self.traffic_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.traffic_view.setMinimumHeight(220)
        layout.addWidget(self.traffic_view)
        return box

    def _response_box(self) -> QGroupBox:
        box = QGroupBox(translate("ForecastPanel", "How people respond"), objectName="forecastResponse")
        layout = QVBoxLayout(box)
        hint = QLabel(
            translate(
                "ForecastPanel",
                "Assumptions, off in grey: with every effect off, people behave the same whatever the offer. "
                "Give a high end to make an effect a range, drawn anew in each run. Hover for each one's source.",
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.response_view = QTableView(objectName="forecastResponseTable")
        self.response_view.setModel(self.response)
        self.response_view.verticalHeader().setVisible(False)
        header = self.response_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        rows = self.response.rowCount() * self.response_view.verticalHeader().defaultSectionSize()
        self.response_view.setFixedHeight(header.sizeHint().height() + rows + 2 * self.response_view.frameWidth())
        layout.addWidget(self.response_view)
        return box

    def _runs_box(self, scheduler: str) -> QGroupBox:
        box = QGroupBox(translate("ForecastPanel", "Costs, runs and what is best"))
        form = QFormLayout(box)
        self.costs: dict[str, QDoubleSpinBox] = {}
        labels = (
            translate("ForecastPanel", "Reward per fulfillment"),
            translate("ForecastPanel", "Reward per referred sign-up"),
            translate("ForecastPanel", "Value per referred sign-up"),
        )
        for key, label in zip(COST_KEYS, labels, strict=True):
            spin = QDoubleSpinBox(objectName=f"forecastCost_{key}")
            spin.setRange(0, 1e9)
            spin.setDecimals(2)
            self.costs[key] = spin
            form.addRow(label, spin)
        self.runs = QSpinBox(objectName="forecastRuns")
        self.runs.setRange(1, MAX_GUI_RUNS)
        self.runs.setValue(DEFAULT_RUNS)
        self.runs.setGroupSeparatorShown(True)
        form.addRow(translate("ForecastPanel", "Runs"), self.runs)
        self.seed = QSpinBox(objectName="forecastSeed")
        self.seed.setRange(0, min(MAX_SEED, 2**31 - 1))
        self.seed.setValue(1)
        form.addRow(translate("ForecastPanel", "Seed"), self.seed)
        self.objective = QComboBox(objectName="forecastObjective")
        for metric in NUMERIC_METRICS + FRAUD_METRICS:  # a fraud metric needs a variant with fraud settings
            self.objective.addItem(metric_label(metric), metric)
        self.objective.setCurrentIndex(self.objective.findData("net"))
        self.minimize = QCheckBox(translate("ForecastPanel", "Smaller is better"), objectName="forecastMinimize")
        form.addRow(translate("ForecastPanel", "Best variant by"), self.objective)
        form.addRow("", self.minimize)  # beside the drop-down it would widen the form past its column (in Swedish)
        self.where_to_run = SchedulerFields(form, scheduler)  # not in the study: the address and TLS files
        self.scheduler = self.where_to_run.address
        return box

    # The study

    def set_offer(self, offer: Offer) -> None:
        """The base offer (the draft as the editor changes it); variants are merged into it again."""
        self.base = offer
        self.variants.set_base(offer)
        self.heading.setText(translate("ForecastPanel", "Forecast of {offer}").format(offer=offer.name))

    def add_variant(self) -> int:
        row = self.variants.add()
        self.variants_view.selectRow(row)
        return row

    def duplicate_variant(self) -> int:
        row = self.variants.duplicate(max(0, self._selected_row()))
        self.variants_view.selectRow(row)
        return row

    def remove_variant(self) -> None:
        self.variants.remove(self._selected_row())

    def ask_rename_variant(self) -> None:
        row = self._selected_row()
        if row <= 0:
            return
        name, ok = QInputDialog.getText(
            self,
            translate("ForecastPanel", "Rename Variant"),
            translate("ForecastPanel", "Name:"),
            text=self.variants.data(self.variants.index(row, COL_NAME)),
        )
        if ok:
            self.variants.rename(row, name)

    def _selected_row(self) -> int:
        rows = self.variants_view.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def study_table(self) -> dict[str, Any]:
        """The study as the study file's tables."""
        return {
            "name": translate("ForecastPanel", "Forecast of {offer}").format(offer=self.base.name),
            "offer": offer_to_dict(self.base),
            "runs": self.runs.value(),
            "seed": self.seed.value(),
            "objective": self.objective.currentData(),
            "minimize": self.minimize.isChecked(),
            "traffic": self.traffic.table(),
            "response": self.response.table(),
            "variant": self.variants.study_variants(),
            "costs": {key: spin.value() for key, spin in self.costs.items()},
        }

    def current_study(self) -> Study:
        """The study the widgets describe (StudyError, naming the setting, when one is out of range)."""
        return study_from_dict(self.study_table(), translate("ForecastPanel", "this study"), Path("."))

    def show_study(self, study: Study) -> None:
        """Fill the widgets from a study (a variant without changes first is the base offer's row)."""
        variants = list(study.variants)
        if variants and not variants[0].overrides:
            variants = variants[1:]
        self.set_offer(study.base)
        self.variants.set_variants(variants)
        self.traffic.set_traffic(study.preset or "ecommerce", {k: _table_value(v) for k, v in study.traffic})
        self.preset.setCurrentIndex(self.preset.findData(self.traffic.preset))
        self.response.set_response({k: _table_value(v) for k, v in study.response})
        self.runs.setValue(study.runs)
        self.seed.setValue(min(study.seed, self.seed.maximum()))
        self.objective.setCurrentIndex(self.objective.findData(study.objective))
        self.minimize.setChecked(study.minimize)
        for key, spin in self.costs.items():
            spin.setValue(getattr(study.costs, key))

    def use_traffic(self, preset: str, traffic: TrafficOptions | SyntheticFraud) -> None:
        """Start from a simulation's traffic exactly: its preset, every option it sets otherwise, its fraud rate."""
        options = traffic.traffic if isinstance(traffic, SyntheticFraud) else traffic
        if preset not in PRESET_NAMES:  # a traffic file: its options become the study's own, over the defaults
            preset = DEFAULT_PRESET
        base = preset_options(preset)
        values: dict[str, Any] = {
            option.name: getattr(options, option.name)
            for option in TRAFFIC_OPTIONS
            if option.name in SHOWN_AS_SET or getattr(options, option.name) != getattr(base, option.name)
        }
        if isinstance(traffic, SyntheticFraud):
            values["fraud_rate"] = traffic.fraud.rate
        self.traffic.set_traffic(preset, values)
        self.preset.setCurrentIndex(self.preset.findData(preset))

    def _on_preset_changed(self) -> None:
        if self.preset.currentData() == FROM_FILE:
            path = ask_traffic_file(self)
            if path is None or not self.use_traffic_file(path):
                self._show_preset()
            return
        self.traffic.set_traffic(self.preset.currentData(), self.traffic.values)

    def use_traffic_file(self, path: str) -> bool:
        """Take a traffic file's options (and ranges) as the study's own, over the defaults; False when refused."""
        preset = load_traffic_file(self, path, ranges_allowed=True)
        if preset is None:
            return False
        ranges = {key: [low, high] for key, (low, high) in preset.ranges.items()}
        self.traffic.set_traffic(DEFAULT_PRESET, {**self.traffic.values, **preset.changes, **ranges})
        self._show_preset()
        return True

    def _show_preset(self) -> None:
        with QSignalBlocker(self.preset):
            self.preset.setCurrentIndex(self.preset.findData(self.traffic.preset))


def _table_value(value: Any) -> Any:
    """A study's traffic or response value as its table holds it."""
    low = getattr(value, "low", None)
    return [low, value.high] if low is not None else value
