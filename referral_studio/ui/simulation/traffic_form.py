"""Where the traffic of a simulation comes from: the generator's options, or an event log file."""

from __future__ import annotations

from dataclasses import fields
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from referral_studio.domain.offer import Window
from referral_studio.domain.texts import QT_TRANSLATE_NOOP
from referral_studio.engine.fraud_traffic import FraudTrafficOptions, SyntheticFraud
from referral_studio.engine.log_sources import LogFile
from referral_studio.engine.mapping_file import Mapping
from referral_studio.engine.offer_window import traffic_for_window
from referral_studio.engine.presets import DEFAULT_PRESET, PRESETS, find_preset, preset_options
from referral_studio.engine.simulation import Traffic
from referral_studio.engine.traffic_options import LIMITS, Limit, TrafficOptions
from referral_studio.ui.i18n import translate
from referral_studio.ui.widgets.qt_times import from_qdatetime, to_qdatetime
from referral_studio.ui.widgets.traffic_file_choice import (
    FROM_FILE,
    add_from_file_entry,
    ask_traffic_file,
    load_traffic_file,
    select_file_preset,
)
from referral_studio.ui.widgets.trimmed_spin_box import TrimmedSpinBox

SYNTHETIC, LOG_FILE = 0, 1
KEPT_BY_PRESETS = ("participants", "days", "seed")  # choosing a preset changes the rates, not these
FIELDS = (  # TrafficOptions field, label, step; the range is the option's (traffic_options.LIMITS)
    ("participants", QT_TRANSLATE_NOOP("TrafficForm", "Organic participants:"), 100),
    ("days", QT_TRANSLATE_NOOP("TrafficForm", "Campaign days:"), 1),
    ("share_rate", QT_TRANSLATE_NOOP("TrafficForm", "Share rate:"), 0.05),
    ("visits_per_share", QT_TRANSLATE_NOOP("TrafficForm", "Visits per share:"), 0.5),
    ("signup_rate", QT_TRANSLATE_NOOP("TrafficForm", "Sign-up rate:"), 0.05),
    ("milestone_rate", QT_TRANSLATE_NOOP("TrafficForm", "Milestone rate:"), 0.05),
    ("seed", QT_TRANSLATE_NOOP("TrafficForm", "Seed:"), 1),
)
SPIN_BOX_MAX = 2**31 - 1  # a QSpinBox holds 32-bit numbers (the seed may be larger on the command line)


class NoTraffic(Exception):
    """The form does not name any traffic yet; the message says what to do."""


def _spin(
    spin: QSpinBox | QDoubleSpinBox, limit: Limit, value: float, name: str, step: float = 1
) -> QSpinBox | QDoubleSpinBox:
    if isinstance(spin, QSpinBox):
        spin.setRange(int(limit.low) + limit.low_excluded, int(min(limit.high, SPIN_BOX_MAX)))
        spin.setValue(int(value))
        spin.setSingleStep(int(step))
        spin.setGroupSeparatorShown(True)
    else:  # above an excluded low, the smallest value the spin box can show
        spin.setDecimals(3 if limit.high <= 1 else 2)  # presets' rates such as 0.075 and 0.186
        spin.setRange(limit.low + limit.low_excluded * 10.0 ** -spin.decimals(), limit.high)
        spin.setValue(value)
        spin.setSingleStep(step)
    spin.setAccessibleName(name)
    return spin


class TrafficForm(QGroupBox):
    """`trafficSource` picks synthetic traffic (a seeded form) or an event log (`eventLogPath`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("TrafficForm", "Traffic"), parent)
        self.source = QComboBox(objectName="trafficSource")
        self.source.addItems(
            [translate("TrafficForm", "Synthetic traffic"), translate("TrafficForm", "Event log file")]
        )
        self.source.setAccessibleName(translate("TrafficForm", "Traffic source"))
        defaults = TrafficOptions()
        helps = {field.name: str(field.metadata.get("help", "")) for field in fields(TrafficOptions)}
        self.spins: dict[str, QSpinBox | QDoubleSpinBox] = {}
        synthetic = QWidget()
        form = QFormLayout(synthetic)
        form.setContentsMargins(0, 0, 0, 0)
        self.preset = QComboBox(objectName="trafficPreset")
        for preset in PRESETS.values():
            self.preset.addItem(translate("TrafficPreset", preset.title), preset.name)
        add_from_file_entry(self.preset)
        self.preset.setCurrentIndex(self.preset.findData(DEFAULT_PRESET))
        self._chosen = self.preset.currentIndex()  # where "From a file…" returns to when no file is taken
        self.preset.setAccessibleName(translate("TrafficForm", "Preset"))
        self.preset.setToolTip(
            translate("TrafficForm", "Rates calibrated to a published referral programme; edit any field after.")
        )
        self.preset_source = QLabel(objectName="trafficPresetSource")
        self.preset_source.setWordWrap(True)
        form.addRow(translate("TrafficForm", "Preset:"), self.preset)
        form.addRow(self.preset_source)
        for name, label, step in FIELDS:
            label = translate("TrafficForm", label)
            spin = _spin(
                QSpinBox() if isinstance(getattr(defaults, name), int) else TrimmedSpinBox(),
                LIMITS[name],
                getattr(defaults, name),
                label.rstrip(":"),
                step,
            )
            spin.setToolTip(translate("TrafficOptions", helps[name]))
            spin.setObjectName("traffic" + name.title().replace("_", ""))  # trafficParticipants, trafficSignupRate…
            form.addRow(label, spin)
            self.spins[name] = spin
            if name == "participants":  # the campaign's start, then its length
                self.start = QDateTimeEdit(to_qdatetime(defaults.start), objectName="trafficStart")
                self.start.setTimeZone(to_qdatetime(defaults.start).timeZone())
                self.start.setDisplayFormat("yyyy-MM-dd HH:mm 'UTC'")
                self.start.setCalendarPopup(True)
                self.start.setAccessibleName(translate("TrafficForm", "Campaign start"))
                self.start.setToolTip(
                    translate(
                        "TrafficForm",
                        "When the synthetic campaign starts (UTC). It follows the offer window's start; change it to replay traffic from another moment.",
                    )
                )
                form.addRow(translate("TrafficForm", "Campaign start:"), self.start)
        self.fraud_rate = TrimmedSpinBox(objectName="trafficFraudRate")  # labelled fraud for the Fraud tab
        self.fraud_rate.setRange(0, 1)
        self.fraud_rate.setSingleStep(0.05)
        self.fraud_rate.setAccessibleName(translate("TrafficForm", "Fraud rate"))
        self.fraud_rate.setToolTip(
            translate(
                "TrafficForm", "Share of credited friends made fraudulent, labelled so the Fraud tab can score rules."
            )
        )
        form.addRow(translate("TrafficForm", "Fraud rate:"), self.fraud_rate)
        log_page = QWidget()
        row = QHBoxLayout(log_page)
        row.setContentsMargins(0, 0, 0, 0)
        self.log_path = QLineEdit(objectName="eventLogPath")
        self.log_path.setPlaceholderText(translate("TrafficForm", "events.csv or events.parquet"))
        self.log_path.setAccessibleName(translate("TrafficForm", "Event log file"))
        self.mapping: Mapping | None = None  # how an imported export is read (Event log → Import…)
        self.mapped_path = ""
        self.log_preset: str | None = None  # the preset that made the named log, when known
        self.log_path.textEdited.connect(lambda _text: setattr(self, "log_preset", None))  # another file: unknown
        browse = QPushButton(translate("TrafficForm", "Browse…"), objectName="browseEventLog")
        browse.clicked.connect(self._on_browse_clicked)
        row.addWidget(self.log_path, 1)
        row.addWidget(browse)
        self.import_button = QPushButton(translate("TrafficForm", "Import…"), objectName="importEventLog")
        row.addWidget(self.import_button)  # Event log → Import…: ui/simulation/log_import.py gives it its action
        self.stack = QStackedWidget()
        self.pages = (synthetic, log_page)  # in the order of the source choices (SYNTHETIC, LOG_FILE)
        for page in self.pages:
            self.stack.addWidget(page)
        self.source.currentIndexChanged.connect(self._on_source_changed)
        self.preset.currentIndexChanged.connect(self._on_preset_changed)
        self._show_source()
        self._on_source_changed(SYNTHETIC)
        column = QVBoxLayout(self)
        column.addWidget(self.source)
        column.addWidget(self.stack)

    def options(self) -> TrafficOptions:
        """The generator options the form shows: its preset, with the fields as they stand."""
        values: dict[str, Any] = {name: spin.value() for name, spin in self.spins.items()}
        return preset_options(self.preset_name(), **values, start=from_qdatetime(self.start.dateTime()))

    def generator_traffic(self) -> tuple[str, TrafficOptions | SyntheticFraud] | None:
        """The preset and the traffic as it stands (its fraud rate too), for a forecast to start from; None when a
        log file is replayed."""
        if self.source.currentIndex() != SYNTHETIC:
            return None
        traffic = self.traffic()
        return None if isinstance(traffic, (Path, LogFile)) else (self.preset_name(), traffic)

    def preset_name(self) -> str:
        return str(self.preset.currentData())

    def use_preset(self, name: str) -> None:
        """Choose a preset (UnknownPreset when there is none): fills the rate fields from it."""
        find_preset(name)
        self.preset.setCurrentIndex(self.preset.findData(name))

    def _on_source_changed(self, index: int) -> None:
        """Show the source's page at its own height: a stack is as tall as its tallest page unless the others
        ignore their height, and the log file's one line would sit in the synthetic form's empty space."""
        self.stack.setCurrentIndex(index)
        for page, widget in enumerate(self.pages):
            height = QSizePolicy.Policy.Preferred if page == index else QSizePolicy.Policy.Ignored
            widget.setSizePolicy(QSizePolicy.Policy.Preferred, height)
        self.stack.updateGeometry()

    def use_traffic_file(self, path: str) -> bool:
        """Choose a traffic file as the preset; False (and the choice as it was) after saying why it cannot be."""
        preset = load_traffic_file(self, path, ranges_allowed=False)
        if preset is None:
            self.preset.setCurrentIndex(self._chosen)
            return False
        select_file_preset(self.preset, preset)
        return True

    def _on_preset_changed(self, _index: int) -> None:
        if self.preset.currentData() == FROM_FILE:
            path = ask_traffic_file(self)
            if path is None:
                self.preset.setCurrentIndex(self._chosen)
            else:
                self.use_traffic_file(path)
            return
        self._chosen = self.preset.currentIndex()
        options = find_preset(self.preset_name()).options
        for name, spin in self.spins.items():
            if name not in KEPT_BY_PRESETS:
                spin.setValue(getattr(options, name))
        self._show_source()

    def _show_source(self) -> None:
        preset = find_preset(self.preset_name())
        self.preset_source.setText(
            "<small>"
            + escape(
                translate("TrafficForm", "Source: {source}").format(source=translate("TrafficPreset", preset.source))
            )
            + "</small>"
        )

    def fit_to_window(self, window: Window) -> None:
        """Start the campaign at the offer window's start and make it as long (what a first run needs to count)."""
        fitted = traffic_for_window(self.options(), window)
        self.start.setDateTime(to_qdatetime(fitted.start))
        days = self.spins["days"]
        if isinstance(days, QDoubleSpinBox):  # days are fractional
            days.setValue(max(days.minimum(), min(days.maximum(), fitted.days)))

    def traffic(self) -> Traffic:
        """The traffic to replay; NoTraffic when no log file is named."""
        if self.source.currentIndex() == SYNTHETIC:
            options = self.options()
            rate = self.fraud_rate.value()
            return SyntheticFraud(options, FraudTrafficOptions(rate=rate, seed=options.seed)) if rate else options
        text = self.log_path.text().strip()
        if not text:
            raise NoTraffic(translate("TrafficForm", "Choose an event log file first (CSV or Parquet)."))
        if self.mapping is not None and text == self.mapped_path:
            # An export read through the mapping made for it, its bad rows left out as the dialog said.
            return LogFile(Path(text), self.mapping, skip_bad_rows=True)
        return Path(text)

    def use_log_file(self, path: str, preset: str | None = None, *, mapping: Mapping | None = None) -> None:
        """Replay a log file; `preset` names the preset that made it (the demo's), for the Traffic tab to compare;
        with a mapping (Event log → Import…) it is read through it as long as the field names that file."""
        self.source.setCurrentIndex(LOG_FILE)
        self.log_path.setText(path)
        self.log_preset = preset
        self.mapping, self.mapped_path = mapping, path
        tip = translate("TrafficForm", "Read through the mapping {mapping}") if mapping else ""
        self.log_path.setToolTip(tip.format(mapping=mapping.source) if mapping else "")

    def _on_browse_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("TrafficForm", "Event Log"),
            "",
            translate("TrafficForm", "Event logs (*.csv *.parquet);;All files (*)"),
        )
        if path:
            self.use_log_file(path)
