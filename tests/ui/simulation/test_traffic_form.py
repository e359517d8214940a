"""The traffic form: one source's fields at a time, each at its own height."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from referral_studio.ui.simulation.traffic_form import LOG_FILE, SYNTHETIC, TrafficForm


def test_choosing_an_event_log_shrinks_the_form_to_its_one_line(qtbot: object) -> None:
    column = QWidget()  # as in the workspace: the form on top of a column that stretches below it
    qtbot.addWidget(column)  # type: ignore[attr-defined]
    layout = QVBoxLayout(column)
    form = TrafficForm()
    layout.addWidget(form)
    layout.addStretch(1)
    column.resize(400, 700)
    column.show()
    synthetic = form.height()
    form.source.setCurrentIndex(LOG_FILE)
    qtbot.waitUntil(lambda: form.height() < synthetic)  # type: ignore[attr-defined]
    log_height = form.height()
    assert log_height < synthetic / 2  # no room kept for the hidden synthetic fields
    assert form.log_path.isVisible() and form.log_path.geometry().bottom() < form.stack.height()
    form.source.setCurrentIndex(SYNTHETIC)
    qtbot.waitUntil(lambda: form.height() == synthetic)  # type: ignore[attr-defined]
    assert all(spin.isVisible() for spin in form.spins.values())
