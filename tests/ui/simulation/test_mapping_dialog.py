"""Event log → Import…: a real semicolon Latin-1 export mapped in the dialog, loaded and replayed, its mapping offered again."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLabel, QTableWidget

from referral_studio.engine.log_sources import LogFile
from referral_studio.engine.mapping_file import read_mapping
from referral_studio.ui.simulation.mapping_dialog import MappingDialog
from tests.ui.simulation.test_simulation_panel import panel_for
from tests.ui.test_field_tips import fields_without_tips

EXPORT = (
    "Date;Visitor ID;Referred By;Event;Activity\n"
    "01/03/2027 10:00;björn;;Link Shared;\n"
    "01/03/2027 10:05;anna;björn;Page View;\n"
    "01/03/2027 10:06;anna;björn;Page View;\n"
    "01/03/2027 11:30;anna;björn;Sign Up;\n"
    "02/03/2027 09:00;anna;;Logout;\n"
    "02/03/2027 25:00;carl;;Page View;\n"
)


def _pick(dialog: MappingDialog, name: str, data: object) -> None:
    combo = dialog.findChild(QComboBox, name)
    index = combo.findData(data)
    assert index >= 0, (name, data)
    combo.setCurrentIndex(index)


def test_an_export_is_mapped_in_the_dialog_loaded_and_its_mapping_offered_again(qtbot: object, tmp_path: Path) -> None:
    export = tmp_path / "crm-export.csv"
    export.write_bytes(EXPORT.encode("latin-1"))
    panel = panel_for(qtbot)
    panel.resize(1280, 720)
    action = panel.findChild(QAction, "actionImportEventLog")
    assert action is not None and action.text() == "Import…"
    dialog = panel.log_import.open_dialog(export)
    assert dialog.objectName() == "mappingDialog" and dialog.isVisible()
    preview = dialog.findChild(QTableWidget, "mappingPreview")
    assert preview.columnCount() == 5  # the separator detected
    assert preview.horizontalHeaderItem(1).text() == "Visitor ID"
    assert dialog.findChild(QComboBox, "mappingEncoding").currentText() == "cp1252"  # not UTF-8: guessed
    assert preview.item(0, 1).text() == "björn"
    _pick(dialog, "mappingEncoding", "utf-8")
    assert preview.item(0, 1).text() == "bj\ufffdrn"  # read as UTF-8 it is not: the wrong choice shows
    _pick(dialog, "mappingEncoding", "latin-1")
    assert preview.item(0, 1).text() == "björn"  # the encoding applied
    fields = {field: dialog.findChild(QComboBox, f"mappingField_{field}").currentData() for field in ("time", "kind")}
    assert fields == {"time": "Date", "kind": "Event"}  # guessed from the names
    assert dialog.findChild(QComboBox, "mappingField_person").currentData() == "Visitor ID"
    kinds = dialog.findChild(QTableWidget, "mappingKinds")
    values = {kinds.item(row, 0).text(): kinds.item(row, 1).text() for row in range(kinds.rowCount())}
    assert values == {"Page View": "3", "Link Shared": "1", "Sign Up": "1", "Logout": "1"}
    for row in range(kinds.rowCount()):
        wanted = {"Page View": "visit", "Link Shared": "share", "Sign Up": "signup"}.get(kinds.item(row, 0).text())
        combo = kinds.cellWidget(row, 2)
        combo.setCurrentIndex(max(combo.findData(wanted), 0))
    dialog.findChild(QComboBox, "mappingTimeFormat").setEditText("%d/%m/%Y %H:%M")
    dialog.findChild(QComboBox, "mappingZone").setEditText("Europe/Stockholm")
    dialog.update_now()
    status = dialog.findChild(QLabel, "mappingStatus").text()
    assert status.startswith("4 rows will be read, 2 skipped (1 without a kind mapped; 1 with a bad time)"), status
    dialog.grab().save(str(tmp_path / "mapping-dialog.png"))
    with qtbot.waitSignal(panel.sig_finished, timeout=60_000):  # type: ignore[attr-defined]
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    saved = tmp_path / "crm-export.csv.mapping.toml"
    mapping = read_mapping(saved)
    assert mapping.zone == "Europe/Stockholm" and mapping.delimiter is None and mapping.encoding == "iso8859-1"
    assert isinstance(panel.traffic_source, LogFile) and panel.traffic_source.path == export
    run = panel.run_result
    assert run is not None, panel.message.text()
    assert run is not None and len(run.log) == 4
    assert run.log.people.to_pylist().count("björn") == 1
    panel.grab().save(str(tmp_path / "panel.png"))
    # The next export from that folder is offered the same mapping.
    later = tmp_path / "crm-export-april.csv"
    later.write_bytes(EXPORT.replace("03/2027", "04/2027").encode("latin-1"))
    again = panel.log_import.open_dialog(later)
    assert again.findChild(QComboBox, "mappingZone").currentText() == "Europe/Stockholm"
    assert again.findChild(QComboBox, "mappingEncoding").currentText() == "iso8859-1"
    assert again.findChild(QTableWidget, "mappingPreview").item(0, 1).text() == "björn"
    status = again.findChild(QLabel, "mappingStatus")
    qtbot.waitUntil(lambda: status.text().startswith("4 rows will be read"), timeout=20_000)  # type: ignore[attr-defined]
    again.reject()


def test_a_built_in_mapping_offered_for_a_segment_export_keeps_its_fallback_columns(
    qtbot: object, tmp_path: Path
) -> None:
    from referral_studio.engine.mapping_file import BUILT_IN_FOLDER

    export = tmp_path / "segment.jsonl"
    export.write_bytes((Path(__file__).resolve().parents[3] / "examples" / "segment.jsonl").read_bytes())
    (tmp_path / "calls.mapping.toml").write_bytes((BUILT_IN_FOLDER / "segment.mapping.toml").read_bytes())
    panel = panel_for(qtbot)
    dialog = panel.log_import.open_dialog(export)  # the folder's mapping is offered
    assert dialog.findChild(QComboBox, "mappingFormat").currentData() == "jsonl"
    assert dialog.findChild(QComboBox, "mappingField_person").currentData() == "userId"
    assert dialog.current_mapping().fields["person"] == ("userId", "anonymousId")
    dialog.update_now()
    assert dialog.findChild(QLabel, "mappingStatus").text().startswith("8 rows will be read, 2 skipped")
    dialog.reject()


def test_a_file_read_with_the_wrong_separator_does_not_widen_the_dialog_past_a_small_screen(
    qtbot: object, tmp_path: Path
) -> None:
    export = tmp_path / "events.txt"  # no separator found: each whole line is one column's name and value
    line = "Time of the visit as the shop's analytics wrote it in the visitor's own time zone " * 3
    export.write_text("\n".join([line.strip()] * 4) + "\n", encoding="utf-8")
    line = line.strip()
    dialog = MappingDialog(export)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.show()
    assert dialog.findChild(QComboBox, "mappingField_time").findText(line) > 0  # the long name is offered…
    assert dialog.minimumSizeHint().width() <= 1280 and dialog.width() <= 1280  # …without widening the dialog


def test_every_field_of_the_mapping_dialog_says_what_it_is_for(qtbot: object, tmp_path: Path) -> None:
    export = tmp_path / "crm-export.csv"
    export.write_bytes(EXPORT.encode("latin-1"))
    dialog = MappingDialog(export)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    _pick(dialog, "mappingField_kind", "Event")  # its values' drop-downs too
    dialog.update_now()
    assert dialog.findChild(QComboBox, "mappingKind_0") is not None
    assert fields_without_tips(dialog) == []


def test_an_offered_mapping_in_another_encoding_keeps_all_its_columns(qtbot: object) -> None:
    examples = Path(__file__).resolve().parents[3] / "examples"  # Latin-1, `;`, Swedish column names
    offered = read_mapping(examples / "shop-semicolon.mapping.toml")
    dialog = MappingDialog(examples / "shop-semicolon.csv", offered)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.update_now()
    chosen = {field: combo.currentData() for field, combo in dialog.fields.items() if combo.currentData()}
    assert chosen == {"time": "Datum", "kind": "Händelse", "person": "Besökare", "referrer": "Värvad av"}
    assert dialog.kind_choices()["Sidvisning"] == "visit"
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
