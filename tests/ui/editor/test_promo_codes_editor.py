"""Promo codes edited one by one; a second upload asks whether to replace or append."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from referral_studio.ui.editor.promo_codes_editor import PromoCodesEditor, shown_code, typed_code


def editor_for(qtbot: object, codes: tuple[str, ...]) -> tuple[PromoCodesEditor, list[tuple[tuple[str, ...], str]]]:
    editor = PromoCodesEditor()
    qtbot.addWidget(editor)  # type: ignore[attr-defined]
    editor.show_codes(codes)
    edits: list[tuple[tuple[str, ...], str]] = []
    editor.sig_edited.connect(lambda codes, what: edits.append((codes, what)))
    return editor, edits


def test_codes_are_added_edited_and_removed_one_by_one(qtbot: object) -> None:
    editor, edits = editor_for(qtbot, ("A", "B"))
    editor.list.item(1).setText("B2")
    assert edits[-1] == (("A", "B2"), "Edit Promo Code")
    editor.add_code()
    editor.list.item(2).setText("C")
    assert edits[-1][0] == ("A", "B2", "C") and editor.list.count() == 3
    editor.list.setCurrentRow(0)
    editor.remove_selected()
    assert edits[-1][0] == ("B2", "C") and editor.count.text() == "2 promo codes loaded"


def test_spaces_at_a_code_s_ends_are_shown_and_kept() -> None:
    assert shown_code(" A1 ") == "·A1·" and shown_code("A 1") == "A 1"
    assert typed_code("·A1··") == " A1  " and typed_code("A·1") == "A·1"


def test_a_second_upload_asks_to_replace_or_append(
    qtbot: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    file = tmp_path / "codes.txt"
    file.write_text("X\nY\n")
    editor, edits = editor_for(qtbot, ("A",))
    assert editor.load_file(str(file), append=True) and edits[-1][0] == ("A", "X", "Y")
    assert editor.load_file(str(file), append=False) and edits[-1][0] == ("X", "Y")
    asked: list[str] = []

    def answer(box: QMessageBox) -> int:
        asked.append(box.text())
        next(b for b in box.buttons() if b.text() == "Append").click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    file.write_text("Z\n")
    assert editor.load_file(str(file)) and edits[-1][0] == ("X", "Y", "Z")
    assert "Replace the offer's codes (2) with the file's (1), or add the file's after them?" in asked[0]


def test_a_code_already_listed_is_left_out_with_a_note(qtbot: object, tmp_path: Path) -> None:
    editor, edits = editor_for(qtbot, ("A", "B"))
    editor.add_code()
    editor.list.item(2).setText("A")
    assert edits == [] and editor.codes == ("A", "B")  # nothing to add: A is there
    assert editor.note.text() == "'A' was listed already, so the repeat was left out: a code is given out once."
    file = tmp_path / "codes.txt"
    file.write_text("B\nC\nA\nC\n")
    assert editor.load_file(str(file), append=True)
    assert edits[-1][0] == ("A", "B", "C")
    assert editor.note.text() == (
        "3 codes were listed already, so their repeats were left out ('A', 'B', 'C'): a code is given out once."
    )
    editor.list.item(2).setText("D")
    assert edits[-1][0] == ("A", "B", "D") and editor.note.isHidden()
    file.write_text("A\nB\nD\nE\nE\n")  # more than the note names: "…" ends the list, never "…."
    assert editor.load_file(str(file), append=True) and "'D' …):" in editor.note.text()
