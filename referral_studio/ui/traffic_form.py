"""Where the traffic of a simulation comes from: the generator's options, or an event log file."""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from referral_studio.domain.texts import QT_TRANSLATE_NOOP
from referral_studio.engine.generator import LIMITS, Limit, TrafficOptions
from referral_studio.engine.simulation import Traffic
from referral_studio.ui.i18n import translate

SYNTHETIC, LOG_FILE = 0, 1
FIELDS = (  # TrafficOptions field, label, step; the range is the option's (generator.LIMITS)
    ("participants", QT_TRANSLATE_NOOP("TrafficForm", "Participants:"), 100),
    ("days", QT_TRANSLATE_NOOP("TrafficForm", "Campaign days:"), 1),
    ("share_rate", QT_TRANSLATE_NOOP("TrafficForm", "Share rate:"), 0.05),
    ("visits_per_share", QT_TRANSLATE_NOOP("TrafficForm", "Visits per share:"), 0.5),
    ("signup_rate", QT_TRANSLATE_NOOP("TrafficForm", "Sign-up rate:"), 0.05),
    ("milestone_rate", QT_TRANSLATE_NOOP("TrafficForm", "Milestone rate:"), 0.05),
    ("seed", QT_TRANSLATE_NOOP("TrafficForm", "Seed:"), 1),
)
SEED_LIMIT = Limit(0, 2**31 - 1, "")  # any seed is allowed; a spin box holds 32-bit numbers


class NoTraffic(Exception):
    """The form does not name any traffic yet; the message says what to do."""


def _spin(
    spin: QSpinBox | QDoubleSpinBox, limit: Limit, value: float, name: str, step: float = 1
) -> QSpinBox | QDoubleSpinBox:
    if isinstance(spin, QSpinBox):
        spin.setRange(int(limit.low) + limit.low_excluded, int(limit.high))
        spin.setValue(int(value))
        spin.setSingleStep(int(step))
        spin.setGroupSeparatorShown(True)
    else:  # above an excluded low, the smallest value the spin box can show
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
        for name, label, step in FIELDS:
            label = translate("TrafficForm", label)
            spin = _spin(
                QSpinBox() if isinstance(getattr(defaults, name), int) else QDoubleSpinBox(),
                LIMITS.get(name, SEED_LIMIT),
                getattr(defaults, name),
                label.rstrip(":"),
                step,
            )
            spin.setToolTip(translate("TrafficOptions", helps[name]))
            form.addRow(label, spin)
            self.spins[name] = spin
        log_page = QWidget()
        row = QHBoxLayout(log_page)
        row.setContentsMargins(0, 0, 0, 0)
        self.log_path = QLineEdit(objectName="eventLogPath")
        self.log_path.setPlaceholderText(translate("TrafficForm", "events.csv or events.parquet"))
        self.log_path.setAccessibleName(translate("TrafficForm", "Event log file"))
        browse = QPushButton(translate("TrafficForm", "Browse…"))
        browse.clicked.connect(self._on_browse_clicked)
        row.addWidget(self.log_path, 1)
        row.addWidget(browse)
        self.stack = QStackedWidget()
        self.stack.addWidget(synthetic)
        self.stack.addWidget(log_page)
        self.source.currentIndexChanged.connect(self.stack.setCurrentIndex)
        column = QVBoxLayout(self)
        column.addWidget(self.source)
        column.addWidget(self.stack)

    def options(self) -> TrafficOptions:
        """The generator options the form shows."""
        values: dict[str, Any] = {name: spin.value() for name, spin in self.spins.items()}
        return TrafficOptions(**values)

    def traffic(self) -> Traffic:
        """The traffic to replay; NoTraffic when no log file is named."""
        if self.source.currentIndex() == SYNTHETIC:
            return self.options()
        text = self.log_path.text().strip()
        if not text:
            raise NoTraffic(translate("TrafficForm", "Choose an event log file first (CSV or Parquet)."))
        return Path(text)

    def use_log_file(self, path: str) -> None:
        self.source.setCurrentIndex(LOG_FILE)
        self.log_path.setText(path)

    def _on_browse_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("TrafficForm", "Event Log"),
            "",
            translate("TrafficForm", "Event logs (*.csv *.parquet);;All files (*)"),
        )
        if path:
            self.log_path.setText(path)
