"""sensitivity.csv and the flips in words, held against a small example computed by hand here."""

from __future__ import annotations

import csv
import io
import math
from pathlib import Path

import numpy as np

from referral_studio.domain.offer import Offer
from referral_studio.forecast.aggregate import Forecast
from referral_studio.forecast.outputs import write_forecast
from referral_studio.forecast.sensitivity import flip_text, flips
from referral_studio.forecast.study import NUMERIC_METRICS, Range, Study, Variant

PARTICIPANTS = [100, 150, 200, 250, 300, 400]  # declared 100 to 400: thirds [100, 200), [200, 300), [300, 400]
SIGNUP_RATE = [0.1, 0.1, 0.2, 0.2, 0.25, 0.05]  # declared 0 to 0.9: every run in the lower third
NET = {  # per variant, run 1 … 6
    "A": [5, 4, 1, 2, 0, 1],
    "B": [3, 4, 6, 5, 2, 1],
    "C": [0, 1, 2, 2, 7, 9],
}


def hand_made(traffic: tuple = (("participants", Range(100, 400)), ("signup_rate", Range(0.0, 0.9)))) -> Forecast:
    runs, names = len(PARTICIPANTS), list(NET)
    study = Study(
        name="by hand",
        base=Offer(name="base"),
        variants=tuple(Variant(name=name, overrides={}, offer=Offer(name=name)) for name in names),
        runs=runs,
        seed=1,
        traffic=traffic,
    )
    objective = np.array([NET[name] for name in names], dtype=float).T
    drawn = {"participants": np.array(PARTICIPANTS), "signup_rate": np.array(SIGNUP_RATE)}
    return Forecast(
        study=study,
        traffic_seed=np.arange(runs, dtype=np.int64),
        drawn={name: drawn[name] for name in study.drawn},
        metrics={name: np.zeros((runs, len(names))) for name in NUMERIC_METRICS} | {"net": objective},
        first_fulfilled=np.zeros((runs, len(names)), np.int64),
        bands=np.zeros((len(names), 2, 1, 3)),
    )


def plain_ranks(values: list[float]) -> list[float]:
    """1-based ranks, tied values sharing the average of their places."""
    return [
        sum(1 for other in values if other < value) + (sum(1 for other in values if other == value) + 1) / 2
        for value in values
    ]


def plain_spearman(x: list[float], y: list[float]) -> str:
    rx, ry = plain_ranks(x), plain_ranks(y)
    if len(set(rx)) == 1 or len(set(ry)) == 1:
        return ""
    mx, my = sum(rx) / len(rx), sum(ry) / len(ry)
    top = sum((a - mx) * (b - my) for a, b in zip(rx, ry))
    bottom = math.sqrt(sum((a - mx) ** 2 for a in rx) * sum((b - my) ** 2 for b in ry))
    return top / bottom


def test_sensitivity_csv_follows_the_thirds_ties_and_spearman_of_the_contract(tmp_path: Path) -> None:
    write_forecast(hand_made(), tmp_path / "out")
    rows = list(csv.reader(io.StringIO((tmp_path / "out" / "sensitivity.csv").read_text())))
    assert rows[0] == ["assumption", "variant", "p_best_low", "p_best_mid", "p_best_high", "spearman"]
    # Best per run: A; A and B tied (half each); B; B; C; C. Overall B is best (2.5 of 6 runs).
    best = NET["B"]
    expected = {
        # participants: lower third runs 1, 2 (A 1 + ½, B ½); middle runs 3, 4 (B); upper runs 5, 6 (C, 400 included)
        ("participants", "A"): ["0.75", "0.0", "0.0"],
        ("participants", "B"): ["0.25", "1.0", "0.0"],
        ("participants", "C"): ["0.0", "0.0", "1.0"],
        # signup_rate: every run in the lower third, the others empty
        ("signup_rate", "A"): [repr(1.5 / 6), "", ""],
        ("signup_rate", "B"): [repr(2.5 / 6), "", ""],
        ("signup_rate", "C"): [repr(2 / 6), "", ""],
    }
    assert [tuple(row[:2]) for row in rows[1:]] == list(expected)
    for row in rows[1:]:
        assumption, variant = row[0], row[1]
        assert row[2:5] == expected[assumption, variant], row
        drawn = PARTICIPANTS if assumption == "participants" else SIGNUP_RATE
        rho = plain_spearman(drawn, [a - b for a, b in zip(NET[variant], best)])
        assert row[5] == ("" if rho == "" else repr(rho)), row  # B − B is constant: empty
    assert rows[2][5] == ""  # B is the best: its difference is 0 in every run


def test_the_flips_in_words_name_the_winner_of_each_part_of_the_range() -> None:
    found = flips(hand_made())
    assert [flip.assumption for flip in found] == ["participants"]  # signup_rate has one winner in its only third
    assert flip_text(found[0]) == "A is best when participants is below 200, B between 200 and 300, C above 300"


def test_nothing_drawn_from_a_range_leaves_the_header_alone(tmp_path: Path) -> None:
    write_forecast(hand_made(), tmp_path / "out")
    assert (tmp_path / "out" / "sensitivity.csv").read_text().count("\n") == 7
    written = write_forecast(hand_made(traffic=(("participants", 300),)), tmp_path / "out")  # over the previous one
    assert "sensitivity.csv" in [path.name for path in written]
    assert (tmp_path / "out" / "sensitivity.csv").read_text() == (
        "assumption,variant,p_best_low,p_best_mid,p_best_high,spearman\n"
    )
    assert not flips(hand_made(traffic=(("participants", 300),)))
