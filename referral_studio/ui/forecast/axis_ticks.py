"""Value-axis ticks for charts drawn by hand (the PDF report's fan charts): round steps, exact labels.

Apart from the drawing so the choice can be tested on numbers alone: every label sits on its
gridline and no two read the same (0.2 is "0.2", never "0"; 2.5 is "2.5", never "2").
"""

from __future__ import annotations

import math

STEPS = (1.0, 2.0, 5.0)  # round step sizes, times a power of ten
MAX_INTERVALS = 5


def axis_ticks(maximum: float) -> list[tuple[float, str]]:
    """Ticks from 0 up to the first round value at or above `maximum` (at least 1): (value, label) pairs."""
    maximum = max(float(maximum), 1.0) if math.isfinite(maximum) else 1.0
    power = math.floor(math.log10(maximum / MAX_INTERVALS))
    step = next(
        size * 10.0**exponent
        for exponent in (power, power + 1)
        for size in STEPS
        if math.ceil(maximum / (size * 10.0**exponent) - 1e-9) <= MAX_INTERVALS
    )
    intervals = max(1, math.ceil(maximum / step - 1e-9))
    decimals = _decimals(step)
    return [(round(i * step, decimals), f"{i * step:,.{decimals}f}") for i in range(intervals + 1)]


def _decimals(step: float) -> int:
    """The fewest decimals that write every multiple of `step` exactly."""
    for decimals in range(12):
        if math.isclose(round(step, decimals), step, rel_tol=1e-9):
            return decimals
    return 12
