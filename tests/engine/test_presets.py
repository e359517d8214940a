"""Presets: each measures as its published figures say, reproducibly, and options beside it win."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from referral_studio.engine.event_log import EventLog
from referral_studio.engine.generator import generate
from referral_studio.engine.presets import DEFAULT_PRESET, PRESET_NAMES, PRESETS, UnknownPreset, preset_options
from referral_studio.engine.traffic_measures import measure
from referral_studio.engine.traffic_options import TrafficOptions
from tests.engine.test_traffic_measures import plain_measures

CALIBRATED = [name for name in PRESET_NAMES if PRESETS[name].targets]


def _records(log: EventLog) -> list[tuple[int, str, str, str, str]]:
    return list(
        zip(
            log.time.tolist(),
            log.kind_text().to_pylist(),
            log.people_text(log.person).to_pylist(),
            log.people_text(log.referrer).to_pylist(),
            log.name_text(log.name).to_pylist(),
            strict=True,
        )
    )


@pytest.mark.parametrize("name", CALIBRATED)
def test_every_preset_measures_as_published(name: str) -> None:
    log = generate(preset_options(name, participants=20_000, seed=1)).log
    measures = measure(log)
    assert measures.participants >= 20_000
    for target, value, holds in PRESETS[name].check(measures):
        assert holds, f"{name}: {target.measure} = {value}, published {target.text}"
    assert measures.as_dict() == pytest.approx(plain_measures(_records(log)))  # the product's count is the spec's


def test_the_default_options_are_the_ecommerce_preset() -> None:
    assert DEFAULT_PRESET == "ecommerce" and preset_options("ecommerce") == TrafficOptions()
    assert set(PRESET_NAMES) == {"ecommerce", "retail", "b2b", "banks", "books", "dvd", "classroom"}


@pytest.mark.parametrize("name", PRESET_NAMES)
def test_every_preset_is_reproducible_by_seed(name: str) -> None:
    options = preset_options(name, participants=1_500, seed=5)
    first, again, other = generate(options).log, generate(options).log, generate(replace(options, seed=6)).log
    for column in ("time", "kind", "person", "referrer", "name"):
        assert np.array_equal(getattr(first, column), getattr(again, column))
    assert first.people.equals(again.people)
    assert len(first) != len(other) or not np.array_equal(first.time, other.time)
    assert not options.problems()


def test_options_beside_a_preset_override_it() -> None:
    options = preset_options("b2b", participants=50_000, share_rate=0.2)
    b2b = preset_options("b2b")
    assert options.participants == 50_000 and options.share_rate == 0.2
    assert replace(options, participants=b2b.participants, share_rate=b2b.share_rate) == b2b
    with pytest.raises(TypeError, match="colour"):
        preset_options("b2b", colour=1)


def test_an_unknown_preset_is_refused_with_the_list() -> None:
    with pytest.raises(UnknownPreset) as refused:
        preset_options("bank")
    assert str(refused.value) == (
        "unknown traffic preset 'bank'; choose one of: ecommerce, retail, b2b, banks, books, dvd, classroom, "
        "or a traffic file (NAME.traffic.toml, as `fit` writes)"
    )
