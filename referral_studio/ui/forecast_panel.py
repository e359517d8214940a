"""The forecast workspace of one offer: variants, traffic assumptions, costs and runs in; bands, ranking out.

The study is edited here as the study file's own tables, and checked by the same reader
(`study_from_dict`) that reads `*.forecast.toml`, so Save Study… and Open Study… round-trip
and the GUI refuses exactly what the command line refuses. Runs go to Dask on a worker thread.
"""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableView,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from referral_studio.domain.offer import Offer
from referral_studio.domain.offer_file import offer_to_dict
from referral_studio.engine.presets import PRESET_NAMES
from referral_studio.forecast.aggregate import Forecast
from referral_studio.forecast.outputs import OutputFolderError, write_forecast
from referral_studio.forecast.study import (
    BAND_METRICS,
    COST_KEYS,
    FRAUD_METRICS,
    MAX_SEED,
    NUMERIC_METRICS,
    Study,
    file_stem,
)
from referral_studio.forecast.study_file import SUFFIX, StudyError, read_study, study_from_dict, write_study
from referral_studio.ui.forecast_charts import ForecastBandsChart, ObjectiveDistribution
from referral_studio.ui.forecast_report import ranking_headers, ranking_rows, write_report
from referral_studio.ui.forecast_thread import ForecastThread
from referral_studio.ui.forecast_variants_model import COL_NAME, ForecastVariantsModel, VariantsDelegate
from referral_studio.ui.i18n import number, translate
from referral_studio.ui.read_only_table import read_only_table
from referral_studio.ui.settings import UiSettings
from referral_studio.ui.traffic_assumptions_model import TrafficAssumptionsModel

DEFAULT_RUNS = 200
MAX_GUI_RUNS = 1_000_000
DEFAULT_TRAFFIC = {"participants": 1000, "days": 30.0, "share_rate": [0.25, 0.45]}


class ForecastPanel(QWidget):
    """Forecasts one offer: its variants over Monte-Carlo traffic runs, on a local Dask cluster or a scheduler."""

    sig_finished = Signal()
    """A forecast ended (done, failed or cancelled) and the widgets show its outcome."""

    def __init__(self, offer: Offer, parent: QWidget | None = None, *, settings: UiSettings | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ForecastPanel")
        self.settings = settings or UiSettings()
        self.store_name = offer.name  # the offer's name in the store, which edits to the draft never change
        self.worker: ForecastThread | None = None
        self.forecast: Forecast | None = None
        self.variants = ForecastVariantsModel(offer, self)
        self.traffic = TrafficAssumptionsModel(self)
        self.traffic.set_traffic("classroom", DEFAULT_TRAFFIC)
        self._build()
        self.set_offer(offer)
        self.resize(1440, 920)

    # Building

    def _build(self) -> None:
        setup = QWidget()
        column = QVBoxLayout(setup)
        self.heading = QLabel(objectName="forecastOffer")
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-size: 13pt; font-weight: 600;")
        column.addWidget(self.heading)
        column.addWidget(self._variants_box())
        column.addWidget(self._traffic_box())
        column.addWidget(self._runs_box())
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(setup)
        scroll.setWidgetResizable(True)
        scroll.setMinimumWidth(520)

        results = QWidget()
        right = QVBoxLayout(results)
        right.addLayout(self._run_row())
        self.message = QLabel(objectName="forecastMessage")
        self.message.setWordWrap(True)
        right.addWidget(self.message)
        self.band_metric = QComboBox(objectName="forecastBandMetric")
        self.band_metric.addItem(translate("ForecastPanel", "Credited referrers"), BAND_METRICS[0])
        self.band_metric.addItem(translate("ForecastPanel", "Fulfilled referrers"), BAND_METRICS[1])
        self.band_metric.currentIndexChanged.connect(lambda _i: self._show_charts())
        metric_row = QHBoxLayout()
        metric_row.addWidget(QLabel(translate("ForecastPanel", "Chart:")))
        metric_row.addWidget(self.band_metric)
        metric_row.addStretch(1)
        right.addLayout(metric_row)
        self.bands_chart = ForecastBandsChart()
        self.ranking = read_only_table("forecastRanking", ranking_headers(translate("ForecastPanel", "objective")))
        self.ranking.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.ranking.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.objective_chart = ObjectiveDistribution()
        charts = QSplitter(Qt.Orientation.Vertical)
        charts.addWidget(self.bands_chart)
        charts.addWidget(self.ranking)
        charts.addWidget(self.objective_chart)
        charts.setSizes([420, 160, 300])
        right.addWidget(charts, 1)
        right.addLayout(self._file_row())

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(scroll)
        split.addWidget(results)
        split.setStretchFactor(1, 1)
        split.setSizes([560, 880])
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self._show_charts()

    def _variants_box(self) -> QGroupBox:
        box = QGroupBox(translate("ForecastPanel", "Variants"))
        layout = QVBoxLayout(box)
        hint = QLabel(
            translate(
                "ForecastPanel",
                "Each variant changes some settings of the base offer; every variant is replayed on the same "
                "traffic in each run. Double-click a cell to change it.",
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
        self.variants_view.setMinimumHeight(150)
        self.variants.sig_problem.connect(self._show_problem)
        layout.addWidget(self.variants_view)
        row = QHBoxLayout()
        for name, text, slot in (
            ("addVariant", translate("ForecastPanel", "&Add"), self.add_variant),
            ("duplicateVariant", translate("ForecastPanel", "D&uplicate"), self.duplicate_variant),
            ("renameVariant", translate("ForecastPanel", "Re&name…"), self.ask_rename_variant),
            ("removeVariant", translate("ForecastPanel", "Re&move"), self.remove_variant),
        ):
            button = QPushButton(text, objectName=name)
            button.clicked.connect(lambda _checked=False, s=slot: s())
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        return box

    def _traffic_box(self) -> QGroupBox:
        box = QGroupBox(translate("ForecastPanel", "Traffic assumptions"))
        layout = QVBoxLayout(box)
        preset_row = QHBoxLayout()
        preset_row.addWidget(QLabel(translate("ForecastPanel", "Starting from the preset")))
        self.preset = QComboBox(objectName="forecastPreset")
        for name in PRESET_NAMES:
            self.preset.addItem(name, name)
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
        self.traffic.sig_problem.connect(self._show_problem)
        layout.addWidget(self.traffic_view)
        return box

    def _runs_box(self) -> QGroupBox:
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
            self.objective.addItem(metric.replace("_", " "), metric)
        self.objective.setCurrentIndex(self.objective.findData("net"))
        self.minimize = QCheckBox(translate("ForecastPanel", "Smaller is better"), objectName="forecastMinimize")
        objective_row = QHBoxLayout()
        objective_row.addWidget(self.objective)
        objective_row.addWidget(self.minimize)
        form.addRow(translate("ForecastPanel", "Best variant by"), objective_row)
        self.scheduler = QLineEdit(self.settings.forecast_scheduler, objectName="forecastScheduler")
        self.scheduler.setPlaceholderText(translate("ForecastPanel", "this computer (a local Dask cluster)"))
        self.scheduler.setToolTip(
            translate(
                "ForecastPanel", "A Dask scheduler's address, such as tcp://host:8786; empty runs on this computer"
            )
        )
        form.addRow(translate("ForecastPanel", "Dask scheduler"), self.scheduler)
        return box

    def _run_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.run_button = QPushButton(translate("ForecastPanel", "&Run Forecast"), objectName="runForecast")
        self.run_button.setDefault(True)
        self.run_button.setShortcut("Ctrl+Return")
        self.run_button.clicked.connect(self.run)
        self.cancel_button = QPushButton(translate("ForecastPanel", "Cancel"), objectName="cancelForecast")
        self.cancel_button.setShortcut("Esc")
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.progress = QProgressBar(objectName="forecastProgress")
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.setFormat(translate("ForecastPanel", "%v of %m runs"))
        self.progress.setTextVisible(False)  # "0 of 1 runs" would say a run is due
        self.where = QLabel(objectName="forecastWhere")
        self.where.setOpenExternalLinks(True)
        for widget in (self.run_button, self.cancel_button):
            row.addWidget(widget)
        row.addWidget(self.progress, 1)
        row.addWidget(self.where)
        return row

    def _file_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        for name, text, slot in (
            ("openForecastStudy", translate("ForecastPanel", "Open Study…"), self._on_open_clicked),
            ("saveForecastStudy", translate("ForecastPanel", "Save Study…"), self._on_save_clicked),
            ("exportForecastResults", translate("ForecastPanel", "Export Results…"), self._on_export_results_clicked),
            ("exportForecastReport", translate("ForecastPanel", "Export Report…"), self._on_export_report_clicked),
        ):
            button = QPushButton(text, objectName=name)
            button.clicked.connect(lambda _checked=False, s=slot: s())
            row.addWidget(button)
            setattr(self, f"{name}_button", button)
        row.addStretch(1)
        self._enable_exports()
        return row

    # The study

    def set_offer(self, offer: Offer) -> None:
        """The base offer (the draft as the editor changes it); variants are merged into it again."""
        self.base = offer
        self.variants.set_base(offer)
        self.heading.setText(translate("ForecastPanel", "Forecast of {offer}").format(offer=offer.name))
        self.setWindowTitle(translate("ForecastPanel", "Forecast — {offer}").format(offer=offer.name))

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
        self.runs.setValue(study.runs)
        self.seed.setValue(min(study.seed, self.seed.maximum()))
        self.objective.setCurrentIndex(self.objective.findData(study.objective))
        self.minimize.setChecked(study.minimize)
        for key, spin in self.costs.items():
            spin.setValue(getattr(study.costs, key))

    def save_study(self, path: Path) -> bool:
        try:
            write_study(self.current_study(), path)
        except (StudyError, OSError) as error:
            self._show_problem(str(error))
            return False
        self.message.setText(translate("ForecastPanel", "Study saved to {path}.").format(path=path))
        return True

    def open_study(self, path: Path) -> bool:
        try:
            study = read_study(path)
        except StudyError as error:
            self._show_problem(str(error))
            return False
        self.show_study(study)
        self.message.setText(translate("ForecastPanel", "Study opened from {path}.").format(path=path))
        return True

    # Running

    def run(self) -> bool:
        """Start the forecast on a worker thread; False (with the reason shown) if the study is not valid."""
        if self.worker is not None:
            return False
        try:
            study = self.current_study()
        except StudyError as error:
            self._show_problem(str(error))
            return False
        address = self.scheduler.text().strip()
        self.settings.forecast_scheduler = address
        self.worker = ForecastThread(study, address or None, self)
        self.worker.sig_progress.connect(self._on_progress)
        self.worker.sig_cluster.connect(self._on_cluster)
        self.worker.sig_done.connect(self._on_done)
        self.worker.sig_failed.connect(self._on_failed)
        self.worker.sig_cancelled.connect(self._on_cancelled)
        self.progress.setRange(0, study.runs)
        self.progress.setValue(0)
        self.progress.setTextVisible(True)
        self.where.setText(translate("ForecastPanel", "starting the cluster…"))
        self.message.setText("")
        self.run_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.worker.start()
        return True

    def cancel(self) -> None:
        if self.worker is not None:
            self.cancel_button.setEnabled(False)
            self.message.setText(translate("ForecastPanel", "Cancelling…"))
            self.worker.cancel()

    def _on_progress(self, done: int, runs: int) -> None:
        self.progress.setRange(0, runs)
        self.progress.setValue(done)

    def _on_cluster(self, where: str, dashboard: str) -> None:
        text = translate("ForecastPanel", "Running on {where}").format(where=where)
        if dashboard:
            text += f' · <a href="{dashboard}">{translate("ForecastPanel", "Dask dashboard")}</a>'
        self.where.setText(text)

    def _on_done(self) -> None:
        thread = self._finish()
        self.forecast = thread.forecast
        forecast = self.forecast
        assert forecast is not None
        best, _, share = forecast.ranking()[0]
        self.message.setText(
            translate(
                "ForecastPanel", "{runs} runs in {seconds} s. Best by {objective}: {variant} ({share} of runs)."
            ).format(
                runs=number(forecast.study.runs),
                seconds=f"{forecast.execution.seconds:.1f}",
                objective=forecast.study.objective,
                variant=best,
                share=f"{share:.0%}",
            )
        )
        self._show_charts()
        self._show_ranking()
        self._enable_exports()
        self.sig_finished.emit()

    def _on_failed(self, message: str) -> None:
        self._finish()
        self._show_problem(message)
        self.sig_finished.emit()

    def _on_cancelled(self) -> None:
        self._finish()
        self.message.setText(translate("ForecastPanel", "Forecast cancelled; nothing changed."))
        self.sig_finished.emit()

    def _finish(self) -> ForecastThread:
        thread = self.worker
        assert thread is not None
        thread.wait()
        thread.deleteLater()
        self.worker = None
        self.run_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        return thread

    # Results

    def _show_charts(self) -> None:
        self.bands_chart.show_forecast(self.forecast, self.band_metric.currentData())
        self.objective_chart.show_forecast(self.forecast)

    def _show_ranking(self) -> None:
        forecast = self.forecast
        assert forecast is not None
        rows = ranking_rows(forecast)
        self.ranking.setHorizontalHeaderLabels(ranking_headers(forecast.study.objective))
        self.ranking.setRowCount(len(rows))
        for row, cells in enumerate(rows):
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column > 0:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.ranking.setItem(row, column, item)

    def _enable_exports(self) -> None:
        for button in (self.exportForecastResults_button, self.exportForecastReport_button):  # type: ignore[attr-defined]
            button.setEnabled(self.forecast is not None)

    def export_results(self, folder: Path) -> bool:
        assert self.forecast is not None
        try:
            write_forecast(self.forecast, folder)
        except (OutputFolderError, OSError) as error:
            self._show_problem(str(error))
            return False
        self.message.setText(translate("ForecastPanel", "Results written to {folder}.").format(folder=folder))
        return True

    def export_report(self, path: Path) -> bool:
        assert self.forecast is not None
        try:
            write_report(self.forecast, path)
        except OSError as error:
            self._show_problem(str(error))
            return False
        self.message.setText(translate("ForecastPanel", "Report written to {path}.").format(path=path))
        return True

    # Dialogs

    def _on_open_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("ForecastPanel", "Open Study"),
            "",
            translate("ForecastPanel", "Forecast studies (*.forecast.toml)"),
        )
        if path:
            self.open_study(Path(path))

    def _on_save_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("ForecastPanel", "Save Study"),
            f"{self.base.name}{SUFFIX}",
            translate("ForecastPanel", "Forecast studies (*.forecast.toml)"),
        )
        if path:
            self.save_study(Path(path if path.endswith(SUFFIX) else path + SUFFIX))

    def _on_export_results_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, translate("ForecastPanel", "Export Results to a Folder"))
        if folder:
            self.export_results(Path(folder) / f"{file_stem(self.base.name)} forecast")

    def _on_export_report_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, translate("ForecastPanel", "Export Report"), f"{self.base.name} forecast.pdf", "PDF (*.pdf)"
        )
        if path:
            self.export_report(Path(path if path.lower().endswith(".pdf") else path + ".pdf"))

    def _on_preset_changed(self) -> None:
        self.traffic.set_traffic(self.preset.currentData(), self.traffic.values)

    def _show_problem(self, message: str) -> None:
        self.message.setText(f"<span style='color:#b71c1c'>{escape(message)}</span>")

    def closeEvent(self, event: object) -> None:
        if self.worker is not None:
            self.worker.cancel()
            self.worker.wait()
        super().closeEvent(event)  # type: ignore[arg-type]


def _table_value(value: Any) -> Any:
    """A study's traffic value as the [traffic] table holds it."""
    low = getattr(value, "low", None)
    return [low, value.high] if low is not None else value
