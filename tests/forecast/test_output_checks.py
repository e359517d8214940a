"""Where a forecast's files go: checked before any run, named as the user gave them, and nothing of theirs deleted."""

from __future__ import annotations

import dataclasses
import json
import os
from pathlib import Path

import pytest

from referral_studio.cli import main
from referral_studio.forecast.execution import run_in_process
from referral_studio.forecast.output_checks import OUTPUT_FILES, OutputFolderError
from referral_studio.forecast.outputs import write_forecast
from referral_studio.forecast.study_file import StudyError, loads_study

TINY = """
runs = 2
seed = 4
[offer]
name = "Tiny"
goal = { type = "referred_signups", count = 1 }
[traffic]
preset = "classroom"
participants = 40
days = 3
[[variant]]
name = "one"
[[variant]]
name = "two"
goal = { count = 2 }
"""
NOBODY = "tcp://127.0.0.1:9"  # no scheduler listens here: a check that came after connecting would say so instead
LONG = "🙂" * 70  # 70 characters (a name may have 80), 280 bytes: too long for a file name


@pytest.fixture(scope="module")
def forecast():
    return run_in_process(loads_study(TINY, "tiny.forecast.toml"))


def _study(tmp_path: Path, text: str = TINY) -> str:
    path = tmp_path / "tiny.forecast.toml"
    path.write_text(text, encoding="utf-8")
    return str(path)


def _refused(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    assert main([*argv, "--quiet", "--scheduler", NOBODY]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err and ".partial" not in err and NOBODY not in err, err
    return err


def test_out_dot_writes_into_the_current_folder_and_keeps_it(
    forecast, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    here = tmp_path / "here"
    here.mkdir()
    monkeypatch.chdir(here)
    inode = here.stat().st_ino
    write_forecast(forecast, ".")
    (here / "report.pdf").write_bytes(b"%PDF- mine")
    write_forecast(forecast, ".")  # a rerun replaces the previous forecast's files, in place
    assert Path(os.getcwd()).stat().st_ino == inode == here.stat().st_ino  # the folder itself was never swapped
    assert sorted(p.name for p in here.iterdir()) == sorted([*OUTPUT_FILES, "report.pdf", "variants"])
    assert (here / "report.pdf").read_bytes() == b"%PDF- mine"
    assert sorted(p.name for p in (here / "variants").iterdir()) == ["one.offer.json", "two.offer.json"]
    assert not [p for p in tmp_path.rglob(".*")]  # no hidden staging left behind


def test_a_variant_name_too_long_for_a_file_is_refused_before_anything_runs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = TINY.replace('name = "two"', f'name = "{LONG}"')
    with pytest.raises(StudyError, match=r"key 'variant\[2\]\.name' gives a file name too long .* 291 bytes long"):
        loads_study(text, "tiny.forecast.toml")
    err = _refused(["forecast", _study(tmp_path, text), "--out", str(tmp_path / "out")], capsys)
    assert "variant[2].name" in err and LONG[:20] in err
    assert not (tmp_path / "out").exists()
    alone = TINY[: TINY.index("[[variant]]")].replace('name = "Tiny"', f'name = "{LONG}"')
    with pytest.raises(
        StudyError, match=r"key 'offer' gives a file name too long for any file system: the base offer's name"
    ):
        loads_study(alone, "tiny.forecast.toml")


def test_user_files_inside_variants_are_never_deleted_by_a_rerun(
    forecast, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    write_forecast(forecast, out)
    mine = out / "variants" / "my draft.offer.json"
    mine.write_text("{}")
    with pytest.raises(OutputFolderError, match="my draft.offer.json: not a file of the previous forecast"):
        write_forecast(forecast, out)
    err = _refused(["forecast", _study(tmp_path), "--out", str(out)], capsys)
    assert str(mine) in err
    assert mine.read_text() == "{}"
    mine.unlink()
    (out / "variants" / "notes").mkdir()
    with pytest.raises(OutputFolderError, match="notes: not a file of the previous forecast"):
        write_forecast(forecast, out)
    (out / "variants" / "notes").rmdir()
    renamed = run_in_process(loads_study(TINY.replace('"two"', '"three"'), "tiny.forecast.toml"))
    write_forecast(renamed, out)  # the previous forecast's own offer files may go, whatever their names
    assert sorted(p.name for p in (out / "variants").iterdir()) == ["one.offer.json", "three.offer.json"]
    (out / "summary.json").unlink()  # without its summary, variants/ is nobody's forecast: the user's
    with pytest.raises(OutputFolderError, match="one.offer.json: not a file of the previous forecast"):
        write_forecast(renamed, out)


def test_output_problems_are_refused_before_running_naming_the_users_paths(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    study = _study(tmp_path)
    a_file = tmp_path / "plain.txt"
    a_file.write_text("x")
    under_a_file = a_file / "out"
    err = _refused(["forecast", study, "--out", str(under_a_file)], capsys)
    assert f"{under_a_file}: cannot be made, because {a_file} is a file" in err
    read_only = Path("/sys/referral-studio-forecast")  # sysfs takes no new folders, not even from root
    err = _refused(["forecast", study, "--out", str(read_only)], capsys)
    assert f"{read_only}: cannot write into /sys" in err
    folder = tmp_path / "reports"
    folder.mkdir()
    err = _refused(["forecast", study, "--out", str(tmp_path / "out"), "--report", str(folder)], capsys)
    assert f"--report {folder}: this is a folder" in err and str(folder / "report.pdf") in err
    missing = tmp_path / "nowhere" / "r.pdf"
    err = _refused(["forecast", study, "--out", str(tmp_path / "out"), "--report", str(missing)], capsys)
    assert f"the folder {missing.parent} does not exist" in err
    err = _refused(["forecast", study, "--out", str(tmp_path / "out"), "--report", "/sys/r.pdf"], capsys)
    assert "--report /sys/r.pdf: cannot write into /sys" in err
    err = _refused(
        ["forecast", study, "--out", str(tmp_path / "out"), "--report", str(tmp_path / "out" / "runs.csv")], capsys
    )
    assert "that is the name of one of the results" in err
    inside = tmp_path / "out" / "variants" / "r.pdf"
    err = _refused(["forecast", study, "--out", str(tmp_path / "out"), "--report", str(inside)], capsys)
    assert "is replaced whole by each forecast" in err
    long_report = tmp_path / f"{'r' * 260}.pdf"
    err = _refused(["forecast", study, "--out", str(tmp_path / "out"), "--report", str(long_report)], capsys)
    assert "the file name is too long" in err
    assert not (tmp_path / "out").exists() and not list(tmp_path.glob(".*"))


def test_a_failed_write_names_the_users_folder_and_changes_nothing(forecast, tmp_path: Path) -> None:
    out = tmp_path / "out"
    write_forecast(forecast, out)
    before = {str(p.relative_to(out)): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    study = forecast.study  # a study made without the reader's checks: its second file name is too long
    unreadable = dataclasses.replace(study.variants[1], name=LONG)
    broken = dataclasses.replace(forecast, study=dataclasses.replace(study, variants=(study.variants[0], unreadable)))
    with pytest.raises(OutputFolderError) as refused:
        write_forecast(broken, out)
    message = str(refused.value)
    assert (
        message.startswith(f"{out}: the results could not be written (File name too long)")
        and ".partial" not in message
    )
    assert {str(p.relative_to(out)): p.read_bytes() for p in out.rglob("*") if p.is_file()} == before
    assert json.loads(before["summary.json"])["variants"] == ["one", "two"]
    assert not list(out.glob(".*"))


def test_a_report_that_cannot_be_written_names_the_users_file(forecast, tmp_path: Path, qapp) -> None:
    from referral_studio.ui.forecast.forecast_report import write_report

    target = tmp_path / "gone" / "r.pdf"
    with pytest.raises(FileNotFoundError) as failed:
        write_report(forecast, target)
    assert failed.value.filename == str(target) and not (tmp_path / "gone").exists()
