"""The report's fan charts label their value axis on the gridlines, each label distinct and exact."""

from __future__ import annotations

import dataclasses
import re

import numpy as np
import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize
from PySide6.QtGui import QPainter
from PySide6.QtSvg import QSvgGenerator

from referral_studio.forecast.execution import run_in_process
from referral_studio.forecast.study_file import loads_study
from referral_studio.ui.forecast.axis_ticks import axis_ticks
from referral_studio.ui.forecast.forecast_report import CHART_SIZE, draw_fan_chart
from tests.forecast.test_output_checks import TINY

TEXT = re.compile(r'<text [^>]*\bx="([\d.]+)" y="([\d.]+)"[^>]*>([^<]*)</text>')
LINE = re.compile(r'<polyline [^>]*points="([\d.]+),([\d.]+) ([\d.]+),([\d.]+) "')


@pytest.fixture(scope="module")
def forecast():
    return run_in_process(loads_study(TINY, "tiny.forecast.toml"))


@pytest.mark.parametrize("maximum", [0.0, 1.0, 2.5, 7.5, 37.5, 1234.0, 2_000_001.0])
def test_ticks_are_round_distinct_exact_and_cover_the_maximum(maximum: float) -> None:
    ticks = axis_ticks(maximum)
    values = [value for value, _ in ticks]
    labels = [label for _, label in ticks]
    assert values[0] == 0 and values[-1] >= maximum and 3 <= len(ticks) <= 6
    assert len(set(labels)) == len(labels), labels
    assert [float(label.replace(",", "")) for label in labels] == values  # each label says its gridline's value
    steps = np.diff(values)
    assert np.allclose(steps, steps[0]) and float(f"{steps[0]:.1e}") in {
        m * 10.0**e for m in (1, 2, 5) for e in range(-3, 8)
    }


@pytest.mark.parametrize("maximum", [1.0, 2.5, 7.5, 300.0])
def test_the_drawn_labels_sit_on_their_gridlines(forecast, qapp, maximum: float) -> None:
    bands = np.zeros_like(forecast.bands)
    bands[..., 2] = maximum
    bands[..., 1] = maximum / 2
    svg = _svg(dataclasses.replace(forecast, bands=bands))
    grid = sorted(
        (float(y1), float(x1))
        for x1, y1, x2, y2 in LINE.findall(svg)
        if y1 == y2 and float(x2) - float(x1) > CHART_SIZE[0] / 2
    )
    left = grid[0][1]  # the plot's left edge: value labels are drawn left of it
    bottom = grid[-1][0]  # the zero line: the day numbers are drawn below it
    labels = [(float(y), text) for x, y, text in TEXT.findall(svg) if float(x) < left and float(y) < bottom + 30]
    assert len(labels) == len(grid) >= 3
    assert len({text for _, text in labels}) == len(labels), labels  # never "0, 0, 0, 1, 1"
    offsets = [baseline - line for (baseline, _), (line, _) in zip(sorted(labels), grid, strict=True)]
    assert max(offsets) - min(offsets) < 0.5 and 0 < offsets[0] < 30  # each baseline just under its own line
    values = [float(text.replace(",", "")) for _, text in sorted(labels, reverse=True)]
    heights = [grid[-1][0] - line for line, _ in reversed(grid)]
    assert values[0] == 0 and values[-1] >= maximum
    assert np.allclose(np.array(values[1:]) / np.array(heights[1:]), values[-1] / heights[-1])  # no "2" at 2.5


def _svg(forecast) -> str:
    data = QByteArray()
    device = QBuffer(data)
    device.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(device)
    generator.setSize(QSize(*CHART_SIZE))
    generator.setViewBox(QRectF(0, 0, *CHART_SIZE))
    painter = QPainter(generator)
    try:
        draw_fan_chart(painter, QRectF(0, 0, *CHART_SIZE), forecast, 0)
    finally:
        painter.end()
    return bytes(data.data()).decode("utf-8")
