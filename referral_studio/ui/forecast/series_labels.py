"""Legend labels that say when a variant's series coincides with an earlier one's.

Variants that credit alike (goal count 3 and 5 credit the same referrers) draw the same
band; drawn on top of each other the first would vanish without a word. The legend says
which series it coincides with, and the charts draw the later one dashed.
"""

from __future__ import annotations

import numpy as np

from referral_studio.forecast.aggregate import Forecast
from referral_studio.ui.i18n import translate


def coinciding(forecast: Forecast, metric: int) -> list[int | None]:
    """Per variant, the first earlier variant whose band of `metric` is identical on every day (None: none is)."""
    bands = forecast.bands[:, metric]
    return [next((j for j in range(i) if np.array_equal(bands[i], bands[j])), None) for i in range(len(bands))]


def series_labels(forecast: Forecast, metric: int) -> list[str]:
    """Per variant, its name, with "(same as …)" when its band coincides with an earlier variant's."""
    names = [variant.name for variant in forecast.study.variants]
    return [
        name
        if same is None
        else translate("ForecastPanel", "{variant} (same as {other})").format(variant=name, other=names[same])
        for name, same in zip(names, coinciding(forecast, metric), strict=True)
    ]
