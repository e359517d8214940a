"""The files of `referral-studio forecast`, written as one set: whole or not at all.

Everything is written into a hidden folder and moved into place at the end: renamed to the
target when it is new, its files moved over a previous forecast's otherwise (output_checks.py
says which folders may take a forecast). Floats are written in their shortest round-trip
form (Python's repr), so reading them back gives the same number.
"""

from __future__ import annotations

import contextlib
import csv
import dataclasses
import io
import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import numpy as np

from referral_studio.domain.offer_file import dumps_offer
from referral_studio.domain.times import format_ns
from referral_studio.forecast.aggregate import Forecast
from referral_studio.forecast.output_checks import (
    OUTPUT_FILES,
    VARIANTS_FOLDER,
    OutputFolderError,
    absolute,
    check_output_folder,
)
from referral_studio.forecast.runs import NO_TIME
from referral_studio.forecast.sensitivity import sensitivity
from referral_studio.forecast.study import BAND_METRICS
from referral_studio.forecast.verdict import NO_CLEAR_WINNER, Verdict, verdict

ROWS_AT_ONCE = 10_000


def _text(value: object) -> str:
    if isinstance(value, (float, np.floating)):
        return repr(float(value))
    return str(value)


def _csv(stream: IO[str]) -> Any:
    return csv.writer(stream, lineterminator="\n")


def write_runs(forecast: Forecast, stream: IO[str]) -> None:
    """`runs.csv`: one row per variant and run, ordered by variant (study order), then run."""
    study = forecast.study
    writer = _csv(stream)
    writer.writerow(["variant", "run", "traffic_seed", *study.drawn, *study.metrics, "first_fulfilled_at"])
    for index, variant in enumerate(study.variants):
        for start in range(0, study.runs, ROWS_AT_ONCE):  # Python objects for a slice at a time, not every row
            rows = slice(start, min(start + ROWS_AT_ONCE, study.runs))
            columns = [
                forecast.traffic_seed[rows].tolist(),
                *(forecast.drawn[name][rows].tolist() for name in study.drawn),
                *(forecast.metrics[name][rows, index].tolist() for name in study.metrics),
            ]
            firsts = forecast.first_fulfilled[rows, index].tolist()
            for offset, values in enumerate(zip(*columns, strict=True)):
                first = "" if firsts[offset] == NO_TIME else format_ns(firsts[offset])
                writer.writerow([variant.name, start + offset + 1, *map(_text, values), first])


def variants_text(forecast: Forecast) -> str:
    """`variants.csv`: mean and quantiles of every numeric metric per variant."""
    rows = [["variant", "metric", "mean", "p5", "p50", "p95"]]
    for index, variant in enumerate(forecast.study.variants):
        for metric in forecast.study.metrics:
            rows.append([variant.name, metric, *map(_text, forecast.summary(metric, index))])
    return _csv_text(rows)


def ranking_text(forecast: Forecast, answer: Verdict | None = None) -> str:
    """`ranking.csv`: by p_best descending, then variant; paired differences to the best, p_beats_next on its row."""
    answer = answer or verdict(forecast)
    rows = [["variant", "objective_p50", "p_best", "diff_p5", "diff_p50", "diff_p95", "p_beats_next"]]
    for name, p50, share in forecast.ranking():
        difference = answer.differences[name]
        beats = answer.p_beats_next if name == answer.best and answer.p_beats_next is not None else ""
        rows.append([name, *map(_text, (p50, share, difference.p5, difference.p50, difference.p95, beats))])
    return _csv_text(rows)


def sensitivity_text(forecast: Forecast) -> str:
    """`sensitivity.csv`: per ranged assumption and variant, p_best in each third of the range and Spearman's rho.

    Always written, so a forecast's folder holds the same files whatever the study; with nothing
    drawn from a range it holds the header alone."""
    rows = [["assumption", "variant", "p_best_low", "p_best_mid", "p_best_high", "spearman"]]
    for row in sensitivity(forecast):
        cells = (*row.p_best, row.spearman)
        rows.append([row.assumption, row.variant, *("" if cell is None else _text(cell) for cell in cells)])
    return _csv_text(rows)


def bands_text(forecast: Forecast) -> str:
    """`bands.csv`: per variant, day and band metric, the 5th, 50th and 95th percentiles across runs."""
    rows = [["variant", "day", "metric", "p5", "p50", "p95"]]
    for index, variant in enumerate(forecast.study.variants):
        for day in range(forecast.days):
            for column, metric in enumerate(BAND_METRICS):
                rows.append([variant.name, str(day + 1), metric, *map(_text, forecast.bands[index, column, day])])
    return _csv_text(rows)


def summary_text(forecast: Forecast, answer: Verdict | None = None) -> str:
    """`summary.json`: the study and its best variant; `execution` is the one part that varies between runs."""
    study, execution, answer = forecast.study, forecast.execution, answer or verdict(forecast)
    summary = {
        "name": study.name,
        "seed": study.seed,
        "runs": study.runs,
        "objective": study.objective,
        "minimize": study.minimize,
        "variants": [variant.name for variant in study.variants],
        "best": answer.best,
        "costs": {variant.name: dataclasses.asdict(study.costs_of(variant)) for variant in study.variants},
        "verdict": answer.kind,
        "tied": list(answer.tied) if answer.kind == NO_CLEAR_WINNER else [],
        "execution": {"scheduler": execution.scheduler, "workers": execution.workers, "seconds": execution.seconds},
    }
    return json.dumps(summary, indent=2, ensure_ascii=False) + "\n"


def _csv_text(rows: list[list[str]]) -> str:
    stream = io.StringIO()
    _csv(stream).writerows(rows)
    return stream.getvalue()


def write_forecast(forecast: Forecast, folder: str | os.PathLike[str]) -> list[Path]:
    """Write every output file into `folder`, replacing a previous forecast there, all or nothing.

    Ctrl+C once the new files are in place (while the old ones are deleted) raises KeyboardInterrupt
    saying so: the caller must not report that nothing was written.
    """
    target = absolute(folder)  # `--out .` included: the folder itself is never renamed
    check_output_folder(folder)
    leftovers: list[Path] = []
    answer = verdict(forecast)  # ranking.csv and summary.json both state it
    with _named_errors(folder), _staging(target, leftovers) as staging:
        with open(staging / "runs.csv", "w", encoding="utf-8", newline="") as stream:
            write_runs(forecast, stream)
        texts = {
            "variants.csv": variants_text(forecast),
            "ranking.csv": ranking_text(forecast, answer),
            "bands.csv": bands_text(forecast),
            "sensitivity.csv": sensitivity_text(forecast),
            "summary.json": summary_text(forecast, answer),
        }
        for name, text in texts.items():
            (staging / name).write_text(text, encoding="utf-8", newline="")
        (staging / VARIANTS_FOLDER).mkdir()
        for variant in forecast.study.variants:
            (staging / VARIANTS_FOLDER / f"{variant.file_stem}.offer.json").write_text(
                dumps_offer(variant.offer), encoding="utf-8", newline="\n"
            )
    try:
        for path in leftovers:
            shutil.rmtree(path, ignore_errors=True)
    except KeyboardInterrupt:
        raise KeyboardInterrupt(f"the results are in {folder}") from None
    return [target / name for name in OUTPUT_FILES]


@contextlib.contextmanager
def _named_errors(folder: str | os.PathLike[str]) -> Iterator[None]:
    """An OSError (a full disk, a folder made read-only meanwhile) as a message naming the user's folder."""
    try:
        yield
    except OSError as error:
        raise OutputFolderError(
            f"{folder}: the results could not be written ({error.strerror or error}); the folder is as it was"
        ) from None


@contextlib.contextmanager
def _staging(target: Path, leftovers: list[Path]) -> Iterator[Path]:
    """A hidden folder to write into; synced, then moved into place on success, removed on any failure.

    A new folder is the staging folder renamed. Into an existing one (a previous forecast's) only
    the output files move, each replacing its old one, so the user's reports and anything else
    there are never touched; a failure midway puts the old files back. What is left to delete
    once the new files are in place goes into `leftovers`.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    exists = target.is_dir()
    where, prefix = (target, ".forecast-") if exists else (target.parent, f".{target.name[:40]}.")
    staging = Path(tempfile.mkdtemp(prefix=prefix, suffix=".partial", dir=where))
    try:
        yield staging
        for path in staging.rglob("*"):
            if path.is_file():
                with open(path, "rb") as stream:
                    os.fsync(stream.fileno())
        if exists:
            check_output_folder(target)  # a file the user put into variants/ during the runs is not deleted
            leftovers += [_swap_contents(staging, target), staging]
        else:
            os.chmod(staging, 0o777 & ~_umask())
            os.replace(staging, target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def _swap_contents(staging: Path, target: Path) -> Path:
    """Move each output of `staging` over its old one in `target`, the old ones into the folder returned.

    On any failure (Ctrl+C included) the old ones are put back.
    """
    old = Path(tempfile.mkdtemp(prefix=".forecast-", suffix=".old", dir=target))
    moved_out: list[str] = []
    moved_in: list[str] = []
    try:
        for name in (*OUTPUT_FILES, VARIANTS_FOLDER):
            if os.path.lexists(target / name):
                os.replace(target / name, old / name)
                moved_out.append(name)
        for name in (*OUTPUT_FILES, VARIANTS_FOLDER):
            os.replace(staging / name, target / name)
            moved_in.append(name)
    except BaseException:
        for name in moved_in:
            os.replace(target / name, staging / name)
        for name in moved_out:
            os.replace(old / name, target / name)
        shutil.rmtree(old, ignore_errors=True)
        raise
    return old


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
