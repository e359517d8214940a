"""Event log → Import…'s mapping dialog (`mappingDialog`): build a mapping for an export while seeing what it reads.

Thin over engine/mapping_preview.py: the first rows as the file will be read (format,
separator and encoding applied), a drop-down per event-log field, the kind column's distinct
values with their counts to map, and a live line "N rows will be read, M skipped (why)".
OK saves the mapping beside the export (`<export>.mapping.toml`), where the next import
from that folder finds it again.
"""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from referral_studio.domain.texts import QT_TRANSLATE_NOOP
from referral_studio.engine.kinds import KIND_NAMES
from referral_studio.engine.log_files import EventLogError
from referral_studio.engine.mapping_file import FIELDS, REQUIRED_FIELDS, Mapping, MappingError, mapping_from_dict
from referral_studio.engine.mapping_preview import (
    guess_encoding,
    guess_fields,
    is_json_lines,
    preview,
    save_mapping,
    try_mapping,
    value_counts,
)
from referral_studio.engine.read_report import ReadReport
from referral_studio.ui.i18n import translate
from referral_studio.ui.simulation.trial_read import TrialRead

UPDATE_DELAY_MS = 250
PREVIEW_ROWS = 12
FIELD_LABELS = {
    "time": QT_TRANSLATE_NOOP("MappingDialog", "Time:"),
    "kind": QT_TRANSLATE_NOOP("MappingDialog", "Event kind:"),
    "person": QT_TRANSLATE_NOOP("MappingDialog", "Person:"),
    "referrer": QT_TRANSLATE_NOOP("MappingDialog", "Referrer:"),
    "name": QT_TRANSLATE_NOOP("MappingDialog", "Activity name:"),
    "ip": QT_TRANSLATE_NOOP("MappingDialog", "IP address:"),
    "device": QT_TRANSLATE_NOOP("MappingDialog", "Device:"),
    "email": QT_TRANSLATE_NOOP("MappingDialog", "Email:"),
    "fraud": QT_TRANSLATE_NOOP("MappingDialog", "Fraud label:"),
}
FIELD_TIP = QT_TRANSLATE_NOOP(
    "MappingDialog", "The export's column that holds the event log's {field} (JSON Lines: a dotted path such as a.b)"
)
KIND_TIP = QT_TRANSLATE_NOOP(
    "MappingDialog", "The event kind this value stands for; (skip) leaves its rows out, counted"
)
DELIMITERS = (
    (QT_TRANSLATE_NOOP("MappingDialog", "Detect"), None),
    (QT_TRANSLATE_NOOP("MappingDialog", "Comma ( , )"), ","),
    (QT_TRANSLATE_NOOP("MappingDialog", "Semicolon ( ; )"), ";"),
    (QT_TRANSLATE_NOOP("MappingDialog", "Tab"), "tab"),
    (QT_TRANSLATE_NOOP("MappingDialog", "Bar ( | )"), "|"),
)
COMBO_CHARACTERS = 12  # the width every drop-down keeps, in characters ("iso8859-15", "Semicolon ( ; )")
ENCODINGS = ("utf-8", "latin-1", "cp1252", "utf-16")
TIME_FORMATS = (
    (QT_TRANSLATE_NOOP("MappingDialog", "ISO 8601 (2027-03-01T09:30:00Z)"), "iso"),
    (QT_TRANSLATE_NOOP("MappingDialog", "Unix seconds"), "unix_s"),
    (QT_TRANSLATE_NOOP("MappingDialog", "Unix milliseconds"), "unix_ms"),
    (QT_TRANSLATE_NOOP("MappingDialog", "Unix microseconds"), "unix_us"),
    ("31/12/2027 23:59", "%d/%m/%Y %H:%M"),
    ("31/12/2027 23:59:59", "%d/%m/%Y %H:%M:%S"),
    ("12/31/2027 23:59", "%m/%d/%Y %H:%M"),
    ("2027-12-31 23:59:59", "%Y-%m-%d %H:%M:%S"),
    ("31.12.2027 23:59", "%d.%m.%Y %H:%M"),
)
ZONES = ("UTC", "Europe/London", "Europe/Stockholm", "Europe/Berlin", "America/New_York", "America/Los_Angeles")
SKIP = QT_TRANSLATE_NOOP("MappingDialog", "(skip)")
NOT_IN_FILE = QT_TRANSLATE_NOOP("MappingDialog", "(not in the file)")


class MappingDialog(QDialog):
    """Maps one export; `mapping` holds the saved mapping after OK."""

    def __init__(self, export: Path, offered: Mapping | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mappingDialog")
        self.setWindowTitle(translate("MappingDialog", "Import Event Log — {name}").format(name=export.name))
        self.export = export
        self.mapping: Mapping | None = None
        self._offered = offered
        self._header: list[str] = []
        self._rule_names: dict[str, str] = {}  # kind value → the activity name an offered mapping gave it
        self._timer = QTimer(self, singleShot=True, interval=UPDATE_DELAY_MS)
        self._timer.timeout.connect(self._update_status)
        self._edit = 0  # edits counted, so only the newest trial read is shown
        self._trials: set[TrialRead] = set()
        self._build()
        self._fill_from(offered)
        self._reload()

    # Building

    def _build(self) -> None:
        self.format = self._combo("mappingFormat", [(translate("MappingDialog", "CSV"), "csv")])
        self.format.addItem(translate("MappingDialog", "JSON Lines"), "jsonl")
        self.format.setToolTip(translate("MappingDialog", "CSV (any separator) or JSON Lines: one JSON object a line"))
        self.delimiter = self._combo("mappingDelimiter", [(translate("MappingDialog", t), v) for t, v in DELIMITERS])
        self.delimiter.setToolTip(
            translate("MappingDialog", "What separates the columns; Detect reads the first lines")
        )
        self.encoding = self._combo("mappingEncoding", [(name, name) for name in ENCODINGS])
        self.encoding.setEditable(True)
        self.encoding.setToolTip(translate("MappingDialog", "A byte-order mark in the file wins over this."))
        source = QHBoxLayout()
        for label, widget in (
            (translate("MappingDialog", "Format:"), self.format),
            (translate("MappingDialog", "Separator:"), self.delimiter),
            (translate("MappingDialog", "Encoding:"), self.encoding),
        ):
            source.addWidget(QLabel(label))
            source.addWidget(widget)
        source.addStretch(1)
        self.preview = QTableWidget(objectName="mappingPreview")
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setAccessibleName(translate("MappingDialog", "The first rows as the file will be read"))
        fields_box = QGroupBox(translate("MappingDialog", "Columns"))
        grid = QGridLayout(fields_box)
        self.fields: dict[str, QComboBox] = {}
        for index, field in enumerate(FIELDS):
            combo = self._combo(f"mappingField_{field}", [])
            label = translate("MappingDialog", FIELD_LABELS[field])
            combo.setAccessibleName(label.rstrip(":"))
            combo.setToolTip(translate("MappingDialog", FIELD_TIP).format(field=f"“{label.rstrip(':')}”"))
            self.fields[field] = combo
            grid.addWidget(QLabel(label + (" *" if field in REQUIRED_FIELDS else "")), index % 5, 2 * (index // 5))
            grid.addWidget(combo, index % 5, 2 * (index // 5) + 1)
        self.fields["kind"].currentIndexChanged.connect(self._reload_kinds)
        time_box = QGroupBox(translate("MappingDialog", "Times"))
        time_form = QFormLayout(time_box)
        self.time_format = self._combo(
            "mappingTimeFormat", [(translate("MappingDialog", t), v) for t, v in TIME_FORMATS]
        )
        self.time_format.setEditable(True)
        self.time_format.setToolTip(
            translate("MappingDialog", "A choice, or a strftime pattern such as %d/%m/%Y %H:%M")
        )
        self.zone = self._combo("mappingZone", [(zone, zone) for zone in ZONES])
        self.zone.setEditable(True)
        self.zone.setToolTip(translate("MappingDialog", "The IANA time zone of times written without an offset"))
        time_form.addRow(translate("MappingDialog", "Written as:"), self.time_format)
        time_form.addRow(translate("MappingDialog", "Zone:"), self.zone)
        self.kinds = QTableWidget(0, 3, objectName="mappingKinds")
        self.kinds.setHorizontalHeaderLabels(
            [
                translate("MappingDialog", "Value"),
                translate("MappingDialog", "Rows"),
                translate("MappingDialog", "Kind"),
            ]
        )
        self.kinds.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.kinds.verticalHeader().hide()
        self.kinds.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        kinds_box = QGroupBox(translate("MappingDialog", "Event kinds (values not mapped are skipped and counted)"))
        QVBoxLayout(kinds_box).addWidget(self.kinds)
        self.status = QLabel(objectName="mappingStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("MappingDialog", "Import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        middle = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(fields_box)
        left.addWidget(time_box)
        middle.addLayout(left, 3)
        middle.addWidget(kinds_box, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(source)
        layout.addWidget(self.preview, 1)
        layout.addLayout(middle)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        for combo in (self.format, self.delimiter, self.encoding):
            combo.currentIndexChanged.connect(self._reload)
        _editor(self.encoding).editingFinished.connect(self._reload)
        for combo in (*self.fields.values(), self.time_format, self.zone):
            combo.currentIndexChanged.connect(self._schedule)
        for combo in (self.time_format, self.zone):
            _editor(combo).textEdited.connect(self._schedule)
        self.resize(1000, 680)

    def _combo(self, name: str, items: list[tuple[str, Any]]) -> QComboBox:
        combo = QComboBox(objectName=name)
        # a column named by a whole unsplit line must not widen the dialog past the screen
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(COMBO_CHARACTERS)
        for text, value in items:
            combo.addItem(text, value)
        return combo

    def _fill_from(self, offered: Mapping | None) -> None:
        """Start from an offered mapping (this export's, or the last of its folder), else from the file's look."""
        # read once, by the caller, with all three set: a read in between (the guessed encoding with the offered
        # separator) would show garbled names, and the offered columns would be lost for good
        blockers = [QSignalBlocker(combo) for combo in (self.format, self.delimiter, self.encoding)]
        json_lines = offered.format == "jsonl" if offered else is_json_lines(self.export)
        self.format.setCurrentIndex(1 if json_lines else 0)
        if offered is None:
            _choose(self.encoding, guess_encoding(self.export))
            return
        delimiter = {"\t": "tab"}.get(offered.delimiter or "", offered.delimiter)
        self.delimiter.setCurrentIndex(max(self.delimiter.findData(delimiter), 0))
        _choose(self.encoding, offered.encoding)
        del blockers
        _choose(self.time_format, offered.time_format)
        _choose(self.zone, offered.zone)
        self._rule_names = {value: rule.name for value, rule in (offered.kinds or {}).items() if rule.name}

    # Reading the file

    def _source_mapping(self) -> Mapping:
        delimiter = self.delimiter.currentData()
        return Mapping(
            source=str(self.export),
            format=str(self.format.currentData()),
            delimiter={"tab": "\t"}.get(delimiter, delimiter),
            encoding=self.encoding.currentText().strip() or "utf-8",
        )

    def _reload(self) -> None:
        """Format, separator or encoding changed: read the first rows again and offer the columns they have."""
        self.delimiter.setEnabled(self.format.currentData() == "csv")
        self.encoding.setEnabled(self.format.currentData() == "csv")
        try:
            shown = preview(self.export, self._source_mapping(), PREVIEW_ROWS)
        except (EventLogError, LookupError, OSError) as error:
            self._header = []
            self.preview.clear()
            self._show_problem(str(error))
            return
        self._header = shown.header
        detected = {"\t": translate("MappingDialog", "tab")}.get(shown.delimiter or "", shown.delimiter or "")
        self.delimiter.setItemText(0, translate("MappingDialog", "Detect") + (f" ({detected})" if detected else ""))
        self.preview.clear()
        self.preview.setColumnCount(len(shown.header))
        self.preview.setRowCount(len(shown.rows))
        self.preview.setHorizontalHeaderLabels(shown.header)
        for row, values in enumerate(shown.rows):
            for column, value in enumerate(values[: len(shown.header)]):
                self.preview.setItem(row, column, QTableWidgetItem(value))
        self.preview.resizeColumnsToContents()
        chosen = {field: combo.currentData() for field, combo in self.fields.items() if combo.currentData()}
        if not chosen:  # the first look: the offered mapping's columns, else those whose names look right
            offered = {key: names[0] for key, names in self._offered.fields.items()} if self._offered else {}
            chosen = {key: name for key, name in offered.items() if name in shown.header}
        if not self._offered:  # another encoding or separator may show names that look right now
            chosen = guess_fields(shown.header) | {key: name for key, name in chosen.items() if name in shown.header}
        for field, combo in self.fields.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(translate("MappingDialog", NOT_IN_FILE), None)
            for name in shown.header:
                combo.addItem(name, name)
            combo.setCurrentIndex(max(combo.findData(chosen.get(field)), 0))
            combo.blockSignals(False)
        self._reload_kinds()

    def _reload_kinds(self) -> None:
        column = self.fields["kind"].currentData()
        kept = self.kind_choices()
        if not kept and self._offered is not None and self._offered.kinds is not None:
            kept = {value: rule.kind for value, rule in self._offered.kinds.items()}
        counts: list[tuple[str, int]] = []
        if column:
            try:
                columns = self._with_fallbacks("kind", column)
                counts = value_counts(
                    self.export, self._source_mapping(), [columns] if isinstance(columns, str) else columns
                )
            except (EventLogError, OSError):
                counts = []
        self.kinds.setRowCount(0)  # drops the old rows' drop-downs with them
        self.kinds.setRowCount(len(counts))
        for row, (value, count) in enumerate(counts):
            shown = QTableWidgetItem(value or translate("MappingDialog", "(empty)"))
            shown.setData(Qt.ItemDataRole.UserRole, value)
            self.kinds.setItem(row, 0, shown)
            number = QTableWidgetItem(f"{count:,}")
            number.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.kinds.setItem(row, 1, number)
            choice = self._combo(f"mappingKind_{row}", [(translate("MappingDialog", SKIP), None)])
            for kind in KIND_NAMES:
                choice.addItem(kind, kind)
            choice.setCurrentIndex(max(choice.findData(kept.get(value, value if value in KIND_NAMES else None)), 0))
            choice.setToolTip(translate("MappingDialog", KIND_TIP))
            choice.currentIndexChanged.connect(self._schedule)
            self.kinds.setCellWidget(row, 2, choice)
        self.kinds.resizeColumnToContents(1)
        self._schedule()

    def kind_choices(self) -> dict[str, str]:
        """Kind value → event kind, for the values given a kind (the others are skipped)."""
        choices = {}
        for row in range(self.kinds.rowCount()):
            combo = self.kinds.cellWidget(row, 2)
            value = self.kinds.item(row, 0)
            if isinstance(combo, QComboBox) and value is not None and combo.currentData():
                choices[str(value.data(Qt.ItemDataRole.UserRole))] = str(combo.currentData())
        return choices

    # The mapping and what it reads

    def current_mapping(self) -> Mapping:
        """The mapping the dialog shows; MappingError naming what is missing or wrong."""
        source = self._source_mapping()
        data: dict[str, Any] = {"format": source.format}
        if source.format == "csv":
            data["csv"] = {"encoding": source.encoding}
            if self.delimiter.currentData():
                data["csv"]["delimiter"] = self.delimiter.currentData()
        data["fields"] = {
            field: self._with_fallbacks(field, combo.currentData())
            for field, combo in self.fields.items()
            if combo.currentData()
        }
        time_format = self.time_format.currentData() if self._picked(self.time_format) else None
        data["time"] = {
            "format": time_format or self.time_format.currentText().strip(),
            "zone": self.zone.currentText().strip(),
        }
        kinds = self.kind_choices()
        data["kinds"] = {
            value: {"kind": kind, "name": self._rule_names[value]} if value in self._rule_names else kind
            for value, kind in kinds.items()
        }
        return mapping_from_dict(data, translate("MappingDialog", "The mapping"))

    def _with_fallbacks(self, field: str, column: str) -> str | list[str]:
        """The column chosen, followed by the offered mapping's other columns for the field when it began with it."""
        names = self._offered.fields.get(field, ()) if self._offered else ()
        return [column, *names[1:]] if len(names) > 1 and names[0] == column else column

    def _picked(self, combo: QComboBox) -> bool:
        """Whether the editable combo shows one of its items (not text typed over it)."""
        return combo.currentIndex() >= 0 and combo.currentText() == combo.itemText(combo.currentIndex())

    def _schedule(self) -> None:
        self._timer.start()

    def _update_status(self, *, wait: bool = False) -> None:
        """Check the mapping, then read the whole export through it on a worker thread (`wait`: here, now)."""
        self._edit += 1
        missing = [field for field in REQUIRED_FIELDS if not self.fields[field].currentData()]
        if missing:
            names = ", ".join(translate("MappingDialog", FIELD_LABELS[field]).rstrip(":") for field in missing)
            self._show_problem(translate("MappingDialog", "Choose the column of: {fields}.").format(fields=names))
            return
        try:
            mapping = self.current_mapping()
        except MappingError as error:
            self._show_problem(str(error))
            return
        if wait:
            self._on_trial_read(self._edit, try_mapping(self.export, mapping))
            return
        self.status.setText(translate("MappingDialog", "Reading {name}…").format(name=self.export.name))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        trial = TrialRead(self._edit, self.export, mapping, self)
        trial.sig_read.connect(self._on_trial_read)
        trial.finished.connect(lambda: self._trials.discard(trial))
        trial.finished.connect(trial.deleteLater)
        self._trials.add(trial)
        trial.start()

    def _on_trial_read(self, edit: int, report: object) -> None:
        if edit != self._edit:
            return  # an answer to an earlier edit
        if not isinstance(report, ReadReport):
            self._show_problem(str(report))
            return
        self.status.setText(status_text(report))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(report.events > 0)

    def _show_problem(self, text: str) -> None:
        self.status.setText(f"<span style='color:#b00020'>{_escape(text)}</span>")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)

    def update_now(self) -> None:
        """Bring the status line up to date at once (what the timer does after a pause)."""
        self._timer.stop()
        self._update_status(wait=True)

    def done(self, result: int) -> None:
        """Closing waits for a trial read still going: a thread must not outlive its dialog."""
        for trial in list(self._trials):
            trial.wait()
        super().done(result)

    def accept(self) -> None:
        try:
            mapping = self.current_mapping()
            saved = save_mapping(mapping, self.export)
        except (MappingError, OSError) as error:
            self._show_problem(str(error))
            return
        self.mapping = Mapping(**{**mapping.__dict__, "source": str(saved)})
        super().accept()


def status_text(report: ReadReport) -> str:
    """ "N rows will be read, M skipped (why)" in the user's language."""
    reasons = (
        (QT_TRANSLATE_NOOP("MappingDialog", "%Ln without a kind mapped"), sum(report.unmapped.values())),
        (
            QT_TRANSLATE_NOOP("MappingDialog", "%Ln with a bad time"),
            sum(r.reason.endswith("_time") for r in report.skipped),
        ),
        (
            QT_TRANSLATE_NOOP("MappingDialog", "%Ln without a person"),
            sum(r.reason == "no_person" for r in report.skipped),
        ),
        (
            QT_TRANSLATE_NOOP("MappingDialog", "%Ln not readable"),
            sum(r.reason in ("bad_kind", "wrong_field_count") for r in report.skipped),
        ),
    )
    skipped = len(report.skipped) + sum(report.unmapped.values())
    why = "; ".join(translate("MappingDialog", text, None, count) for text, count in reasons if count)
    events = report.events  # a plain name: pyside6-lupdate drops a plural call whose count is an expression
    text = translate("MappingDialog", "%Ln rows will be read", None, events)
    text += ", " + translate("MappingDialog", "%Ln skipped", None, skipped)
    return text + (f" ({why})" if why else "") + "."


def _choose(combo: QComboBox, value: str) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)
    else:
        combo.setEditText(value)


def _editor(combo: QComboBox) -> QLineEdit:
    editor = combo.lineEdit()
    assert editor is not None  # an editable combo box has one
    return editor


def _escape(text: str) -> str:
    return escape(text, quote=False)
