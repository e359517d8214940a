"""Where the traffic of a simulation comes from: the generator's options, or an event log file."""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path

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

from referral_studio.engine.generator import TrafficOptions
from referral_studio.engine.simulation import Traffic

SYNTHETIC, LOG_FILE = 0, 1
FIELDS = (  # TrafficOptions field, label, lowest, highest, step
    ("participants", "Participants:", 0, 5_000_000, 100),
    ("days", "Campaign days:", 1, 3650, 1),
    ("share_rate", "Share rate:", 0, 1, 0.05),
    ("visits_per_share", "Visits per share:", 0, 100, 0.5),
    ("signup_rate", "Sign-up rate:", 0, 1, 0.05),
    ("milestone_rate", "Milestone rate:", 0, 1, 0.05),
    ("seed", "Seed:", 0, 2**31 - 1, 1),
)


class NoTraffic(Exception):
    """The form does not name any traffic yet; the message says what to do."""


def _spin(spin: QSpinBox | QDoubleSpinBox, low: float, high: float, value: float, name: str,
          step: float = 1) -> QSpinBox | QDoubleSpinBox:
    spin.setRange(low, high)  # type: ignore[arg-type]
    spin.setValue(value)  # type: ignore[arg-type]
    spin.setSingleStep(step)  # type: ignore[arg-type]
    spin.setAccessibleName(name)
    if isinstance(spin, QSpinBox):
        spin.setGroupSeparatorShown(True)
    return spin


class TrafficForm(QGroupBox):
    """`trafficSource` picks synthetic traffic (a seeded form) or an event log (`eventLogPath`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Traffic", parent)
        self.source = QComboBox(objectName="trafficSource")
        self.source.addItems(["Synthetic traffic", "Event log file"])
        self.source.setAccessibleName("Traffic source")
        defaults = TrafficOptions()
        helps = {field.name: str(field.metadata.get("help", "")) for field in fields(TrafficOptions)}
        self.spins: dict[str, QSpinBox | QDoubleSpinBox] = {}
        synthetic = QWidget()
        form = QFormLayout(synthetic)
        form.setContentsMargins(0, 0, 0, 0)
        for name, label, low, high, step in FIELDS:
            spin = _spin(QSpinBox() if isinstance(getattr(defaults, name), int) else QDoubleSpinBox(),
                         low, high, getattr(defaults, name), label.rstrip(":"), step)
            spin.setToolTip(helps[name])
            form.addRow(label, spin)
            self.spins[name] = spin
        log_page = QWidget()
        row = QHBoxLayout(log_page)
        row.setContentsMargins(0, 0, 0, 0)
        self.log_path = QLineEdit(objectName="eventLogPath")
        self.log_path.setPlaceholderText("events.csv or events.parquet")
        self.log_path.setAccessibleName("Event log file")
        browse = QPushButton("Browse…")
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
        return TrafficOptions(**{name: spin.value() for name, spin in self.spins.items()})

    def traffic(self) -> Traffic:
        """The traffic to replay; NoTraffic when no log file is named."""
        if self.source.currentIndex() == SYNTHETIC:
            return self.options()
        text = self.log_path.text().strip()
        if not text:
            raise NoTraffic("Choose an event log file first (CSV or Parquet).")
        return Path(text)

    def use_log_file(self, path: str) -> None:
        self.source.setCurrentIndex(LOG_FILE)
        self.log_path.setText(path)

    def _on_browse_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Event Log", "", "Event logs (*.csv *.parquet);;All files (*)")
        if path:
            self.log_path.setText(path)

