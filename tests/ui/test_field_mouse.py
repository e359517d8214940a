"""The mouse wheel edits a spin box, combo box or date field only when it has focus, in every window;
otherwise it scrolls the panel the field sits in."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QDoubleSpinBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from referral_studio.engine.compared_goals import ComparedGoals
from referral_studio.ui.shell.main_window import MainWindow
from referral_studio.ui.simulation.compare_goals_dialog import CompareGoalsDialog
from referral_studio.ui.widgets.field_mouse import GUARDED
from tests.ui.simulation.test_simulation_panel import run_and_wait


def wheel(widget: QWidget, steps: int = -1) -> None:
    """One notch of the wheel (down for -1) over the widget's middle."""
    middle = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(
        middle,
        QPointF(widget.mapToGlobal(middle)),
        QPoint(),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def state(field: QWidget) -> object:
    if isinstance(field, QComboBox):
        return field.currentIndex()
    if isinstance(field, QDateTimeEdit):
        return field.dateTime()
    return field.value()  # type: ignore[attr-defined]


def fields_of(*windows: QWidget) -> list[QWidget]:
    return [field for window in windows for kind in GUARDED for field in window.findChildren(kind)]


def test_no_unfocused_field_in_any_window_takes_the_wheel(window: MainWindow, qtbot: object) -> None:
    window.new_offer("Wheel", "P")
    editor = window.edit_draft()
    panel = window.simulate()
    forecast = window.forecast()
    dialog = CompareGoalsDialog(ComparedGoals.for_offer(panel.offer), panel)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.show()  # a window is polished as it first shows: that is when its fields lose wheel focus
    fields = fields_of(window, editor, panel, forecast, dialog)
    assert len(fields) > 30  # every kind: the editor's, the traffic form's, the forecast's, the dialog's
    assert {type(field).__name__ for field in fields} >= {"QComboBox", "QDateTimeEdit", "QSpinBox"}
    changed = []
    for field in fields:
        field.clearFocus()
        before = state(field)
        wheel(field)
        wheel(field, 1) if state(field) == before else None  # a field at its bottom could only go up
        if state(field) != before:
            changed.append(field.objectName() or type(field).__name__)
        assert field.focusPolicy() != Qt.FocusPolicy.WheelFocus, field.objectName()  # the wheel never focuses one
    assert changed == []
    panel.close()
    forecast.close()


def test_the_wheel_over_a_field_scrolls_the_panel_and_edits_it_once_focused(window: MainWindow, qtbot: object) -> None:
    window.new_offer("Scroll", "P")
    panel = window.simulate()
    panel.resize(1280, 720)
    run_and_wait(qtbot, panel)
    rate = panel.findChild(QDoubleSpinBox, "trafficSignupRate")
    bar = panel.column.scroller.verticalScrollBar()
    assert bar.maximum() > 0  # at 1280×720, with a run's summary, the column scrolls
    bar.setValue(0)
    before = rate.value()
    wheel(rate)
    assert rate.value() == before and bar.value() > 0  # the panel scrolled, the rate stayed
    panel.activateWindow()
    rate.setFocus()
    qtbot.waitUntil(rate.hasFocus)  # type: ignore[attr-defined]
    wheel(rate, 1)
    assert rate.value() > before  # focused, the wheel edits it
    panel.close()


def test_a_field_made_later_is_guarded_too(qtbot: object) -> None:
    area = QScrollArea()
    qtbot.addWidget(area)  # type: ignore[attr-defined]
    inner = QWidget()
    column = QVBoxLayout(inner)
    late = QDateTimeEdit()
    for _ in range(30):
        column.addWidget(QComboBox())
    column.addWidget(late)
    area.setWidget(inner)
    area.resize(300, 200)
    area.show()
    area.ensureWidgetVisible(late)
    QApplication.processEvents()
    scrolled = area.verticalScrollBar().value()
    before = late.dateTime()
    wheel(late, 1)
    assert late.dateTime() == before and area.verticalScrollBar().value() < scrolled
    assert isinstance(late, QAbstractSpinBox) and late.focusPolicy() == Qt.FocusPolicy.StrongFocus
