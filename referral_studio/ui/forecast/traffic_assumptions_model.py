"""The forecast's traffic assumptions: every generator option, each a value or a low–high range.

The synthetic-fraud options (generate's --fraud-rate and its companions) come last: a study
that uses them shows them like any other assumption.

Options the study leaves alone show the preset's value in grey and are not written to the
study; typing a value sets it, typing a high end too makes it a range drawn per run.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, fields
from datetime import datetime
from typing import Any

from PySide6.QtCore import QLocale, QObject, Qt
from PySide6.QtGui import QColor

from referral_studio.domain.texts import QT_TRANSLATE_NOOP
from referral_studio.domain.times import format_time, parse_time
from referral_studio.engine.fraud_traffic import FRAUD_OPTION_KEYS, FraudTrafficOptions
from referral_studio.engine.presets import preset_options
from referral_studio.engine.traffic_options import TrafficOptions
from referral_studio.ui.forecast.ranged_cells import (
    COL_HIGH,
    COL_NAME,
    COL_VALUE,
    Index,
    RangedTableModel,
    set_end,
    shown_end,
)
from referral_studio.ui.i18n import date_time, key_label, number, translate

COL_OPTION = COL_NAME
_FRAUD = FraudTrafficOptions()


@dataclass(frozen=True)
class SyntheticFraudRows:
    """The [traffic] keys of synthetic fraud as rows: their names, types, defaults and help."""

    fraud_rate: float = field(
        default=_FRAUD.rate,
        metadata={
            "help": QT_TRANSLATE_NOOP(
                "TrafficOptions",
                "Share of credited friends (by first sign-up) made fraudulent, 0 to 1. Any fraud option gives every "
                "row an IP, a device and an email, so the identity rules have something to compare.",
            )
        },
    )
    fraud_mix: str = field(
        default=_FRAUD.mix,
        metadata={
            "help": QT_TRANSLATE_NOOP(
                "TrafficOptions",
                "Relative weights of the kinds of fraud: same_ip, same_device, same_email, disposable_email, burst, "
                "refund (e.g. same_ip=2,refund=1).",
            )
        },
    )
    shared_ip_rate: float = field(
        default=_FRAUD.shared_ip_rate,
        metadata={
            "help": QT_TRANSLATE_NOOP(
                "TrafficOptions", "Honest friends on their referrer's IP: offices, campuses, households."
            )
        },
    )
    honest_refund_rate: float = field(
        default=_FRAUD.honest_refund_rate,
        metadata={
            "help": QT_TRANSLATE_NOOP("TrafficOptions", "Honest credited friends who refund within 30 days anyway.")
        },
    )


GENERATOR_OPTIONS = tuple(f for f in fields(TrafficOptions) if f.name != "seed")  # the rows TrafficOptions holds
OPTIONS = (*GENERATOR_OPTIONS, *fields(SyntheticFraudRows))
NUMERIC = {f.name for f in OPTIONS if f.type in ("int", "float")}
LABELS = {  # the study file's keys (share_rate) in words; the tooltip names the key
    "participants": QT_TRANSLATE_NOOP("TrafficOption", "Organic participants"),
    "days": QT_TRANSLATE_NOOP("TrafficOption", "Campaign days"),
    "start": QT_TRANSLATE_NOOP("TrafficOption", "Campaign start"),
    "share_rate": QT_TRANSLATE_NOOP("TrafficOption", "Share rate"),
    "shares_per_sharer": QT_TRANSLATE_NOOP("TrafficOption", "Shares per sharer"),
    "visits_per_share": QT_TRANSLATE_NOOP("TrafficOption", "Visits per share"),
    "overlap_rate": QT_TRANSLATE_NOOP("TrafficOption", "Overlap rate"),
    "return_rate": QT_TRANSLATE_NOOP("TrafficOption", "Return rate"),
    "js_event_rate": QT_TRANSLATE_NOOP("TrafficOption", "JavaScript event rate"),
    "signup_rate": QT_TRANSLATE_NOOP("TrafficOption", "Sign-up rate"),
    "tagged_rate": QT_TRANSLATE_NOOP("TrafficOption", "Tagged rate"),
    "milestone_rate": QT_TRANSLATE_NOOP("TrafficOption", "Milestone rate"),
    "self_referral_rate": QT_TRANSLATE_NOOP("TrafficOption", "Self-referral rate"),
    "organic_visit_rate": QT_TRANSLATE_NOOP("TrafficOption", "Organic visit rate"),
    "organic_signup_rate": QT_TRANSLATE_NOOP("TrafficOption", "Organic sign-up rate"),
    "purchase_rate": QT_TRANSLATE_NOOP("TrafficOption", "Purchase rate"),
    "share_spread": QT_TRANSLATE_NOOP("TrafficOption", "Share spread"),
    "share_mode": QT_TRANSLATE_NOOP("TrafficOption", "Share mode"),
    "saturation": QT_TRANSLATE_NOOP("TrafficOption", "Saturation"),
    "day_night": QT_TRANSLATE_NOOP("TrafficOption", "Day–night rhythm"),
    "delays": QT_TRANSLATE_NOOP("TrafficOption", "Delays"),
    "fraud_rate": QT_TRANSLATE_NOOP("TrafficOption", "Fraud rate"),
    "fraud_mix": QT_TRANSLATE_NOOP("TrafficOption", "Fraud mix"),
    "shared_ip_rate": QT_TRANSLATE_NOOP("TrafficOption", "Shared IP rate (honest)"),
    "honest_refund_rate": QT_TRANSLATE_NOOP("TrafficOption", "Refund rate (honest)"),
}


def option_label(name: str) -> str:
    """A traffic option's name for people, in the UI's language."""
    return key_label("TrafficOption", LABELS, name)


class TrafficAssumptionsModel(RangedTableModel):
    """Rows: generator options; columns: option, value (the low end of a range), high end (empty: fixed)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.preset = "classroom"

    def row_names(self) -> Sequence[str]:
        return [option.name for option in OPTIONS]

    def name_header(self) -> str:
        return translate("ForecastPanel", "Traffic option")

    def set_traffic(self, preset: str, values: dict[str, Any]) -> None:
        self.beginResetModel()
        self.preset, self.values = preset, dict(values)
        self.endResetModel()

    def table(self) -> dict[str, Any]:
        """The study's [traffic] table."""
        return {"preset": self.preset, **self.values}

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        name = OPTIONS[index.row()].name
        if index.column() == COL_VALUE or (index.column() == COL_HIGH and name in NUMERIC):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        option = OPTIONS[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return translate("ForecastPanel", "{help} (in a study file: {key})").format(
                help=translate("TrafficOptions", option.metadata["help"]), key=option.name
            )
        if index.column() == COL_OPTION:
            return option_label(option.name) if role == Qt.ItemDataRole.DisplayRole else None
        given = self.values.get(option.name)
        if role == Qt.ItemDataRole.ForegroundRole and given is None:
            return QColor("#888888")
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        value = shown_end(given, index.column() == COL_HIGH, lambda: self._default(option.name))
        if value == "":
            return ""
        return _shown(value) if role == Qt.ItemDataRole.DisplayRole else _text(value)  # edited as the file holds it

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole:
            return False
        option = OPTIONS[index.row()]
        text = str(value).strip()
        try:
            parsed = _parse(option.type, text) if text else None
        except ValueError:
            kind = (
                translate("ForecastPanel", "a whole number")
                if option.type == "int"
                else translate("ForecastPanel", "a number")
                if option.name in NUMERIC
                else translate("ForecastPanel", "a value")
            )
            self.sig_problem.emit(
                translate("ForecastPanel", "{option}: {text} is not {kind}").format(
                    option=option_label(option.name), text=text, kind=kind
                )
            )
            return False
        set_end(self.values, option.name, parsed, index.column() == COL_HIGH, lambda: self._default(option.name))
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), 2))
        return True

    def _default(self, name: str) -> Any:
        """What an option the study leaves alone is: the preset's value, or no synthetic fraud's."""
        if name in FRAUD_OPTION_KEYS:
            return getattr(SyntheticFraudRows(), name)
        return getattr(preset_options(self.preset), name)


def _shown(value: Any) -> str:
    """A value as the rest of the UI writes it: 1,000 participants, 30 days, 2027-03-01 00:00 UTC."""
    if isinstance(value, datetime):
        return f"{date_time(value)} UTC"
    if isinstance(value, bool) or not isinstance(value, int | float):
        return str(value)
    if float(value).is_integer():
        return number(value)
    point = QLocale().decimalPoint()
    return number(value, 6).rstrip("0").rstrip(point)  # 0.075, not 0.075000


def _text(value: Any) -> str:
    if isinstance(value, datetime):
        return format_time(value)
    return repr(value) if isinstance(value, float) else str(value)


def _parse(kind: object, text: str) -> Any:
    if kind == "int":
        return int(text.replace(",", ""))
    if kind == "float":
        return float(text.replace(",", "."))
    if kind == "datetime":
        return parse_time(text)
    return text
