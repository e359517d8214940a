"""Study files: every bad case refused with the file and the key named; good ones read and round-trip."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from referral_studio.cli import main
from referral_studio.domain.offer import AttributionModel, GoalType
from referral_studio.forecast.study import Range
from referral_studio.forecast.study_file import StudyError, dumps_study, loads_study, read_study

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "spring.forecast.toml"
OFFER = '{"format": "referral-studio.offer", "version": 1, "name": "Base", "goal": {"type": "referred_signups", "count": 4}}'
GOOD = """
offer = "base.offer.json"
runs = 10
seed = 3
"""


def study_at(tmp_path: Path, text: str, name: str = "s.forecast.toml") -> Path:
    (tmp_path / "base.offer.json").write_text(OFFER)
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


BAD = [
    ("runs = 10\nseed = = 1\n", "not valid TOML", "line 2"),
    ("runs = 10\nseed = 1\n", "'offer'", "is required"),
    ('offer = "base.offer.json"\nseed = 1\n', "'runs'", "is required"),
    ('offer = "base.offer.json"\nruns = 3\n', "'seed'", "is required"),
    (GOOD + "colour = 1\n", "unknown key 'colour'", "allowed at the top"),
    (GOOD.replace("runs = 10", "runs = 0"), "'runs'", "1 to 1,000,000"),
    (GOOD.replace("runs = 10", "runs = 1_000_001"), "'runs'", "1 to 1,000,000"),
    (GOOD.replace("runs = 10", 'runs = "10"'), "'runs'", "whole number"),
    (GOOD.replace("runs = 10", "runs = true"), "'runs'", "whole number"),
    (GOOD.replace("seed = 3", "seed = -1"), "'seed'", "from 0"),
    (GOOD.replace("seed = 3", "seed = 1.5"), "'seed'", "whole number"),
    (GOOD + 'objective = "profit"\n', "'objective'", '"net"'),
    (GOOD + 'minimize = "yes"\n', "'minimize'", "true or false"),
    ('name = ""\n' + GOOD, "'name'", "non-empty"),
    (GOOD.replace('"base.offer.json"', "3"), "'offer'", "offer file"),
    (GOOD.replace("base.offer.json", "missing.offer.json"), "'offer'", "cannot read"),
    (GOOD.replace('offer = "base.offer.json"', "") + "[offer]\ngoal = { count = 0 }\n", "goal.count", "1 to"),
    (GOOD.replace('offer = "base.offer.json"', "") + "[offer]\ncolour = 1\n", "unknown key 'colour'", "allowed"),
    (GOOD + "traffic = 3\n", "'traffic'", "table"),
    (GOOD + "[traffic]\nseed = 4\n", "'traffic.seed'", "study's seed"),
    (GOOD + "[traffic]\nvisitors = 4\n", "unknown key 'traffic.visitors'", "participants"),
    (GOOD + "[traffic]\nparticipants = 1.5\n", "'traffic.participants'", "whole number"),
    (GOOD + "[traffic]\nparticipants = [1.5, 3]\n", "'traffic.participants'", "whole number"),
    (GOOD + "[traffic]\nparticipants = [10, 5]\n", "'traffic.participants'", "low ≤ high"),
    (GOOD + "[traffic]\nshare_rate = [0.1]\n", "'traffic.share_rate'", "two"),
    (GOOD + '[traffic]\nshare_rate = ["a", "b"]\n', "'traffic.share_rate'", "a number"),
    (GOOD + "[traffic]\nshare_rate = 2\n", "'traffic.share_rate'", "fraction from 0 to 1"),
    (GOOD + "[traffic]\nshare_rate = [0.5, 1.5]\n", "'traffic.share_rate'", "fraction from 0 to 1"),
    (GOOD + "[traffic]\nshare_rate = nan\n", "'traffic.share_rate'", "a number"),
    (GOOD + '[traffic]\nstart = "yesterday"\n', "'traffic.start'", "ISO 8601"),
    (GOOD + "[traffic]\nstart = [1, 2]\n", "'traffic.start'", "not a range"),
    (GOOD + "[traffic]\ndays = [0, 10]\n", "'traffic.days'", "more than 0"),
    (GOOD + '[traffic]\npreset = "viral"\n', "'traffic.preset'", '"classroom"'),
    (GOOD + '[traffic]\nshare_mode = "shout"\n', "'traffic.share_mode'", "broadcast"),
    (GOOD + '[traffic]\ndelays = ["a", "b"]\n', "'traffic.delays'", "a string"),
    (
        GOOD + '[traffic]\nshare_mode = "recommendation"\nvisits_per_share = [0.5, 2]\n',
        "'traffic.visits_per_share'",
        "at most 1",
    ),
    (GOOD + "variant = 3\n", "'variant'", "[[variant]]"),
    (GOOD + "[[variant]]\ngoal = { count = 2 }\n", "'variant[1].name'", "is required"),
    (GOOD + '[[variant]]\nname = "a"\n[[variant]]\nname = "A"\n', "'variant[2].name'", "unique"),
    (GOOD + '[[variant]]\nname = "a\\nb"\n', "'variant[1].name'", "control characters"),
    (GOOD + '[[variant]]\nname = "a"\nformat = "x"\n', "'variant[1].format'", "cannot be overridden"),
    (GOOD + '[[variant]]\nname = "five"\ngoal = { count = 0 }\n', "variant 'five': key 'goal.count'", "1 to"),
    (GOOD + '[[variant]]\nname = "five"\ncolour = 1\n', "variant 'five': unknown key 'colour'", "allowed"),
    (GOOD + '[[variant]]\nname = "five"\ngoal = 3\n', "variant 'five': key 'goal'", "object"),
    (GOOD + '[[variant]]\nname = "w"\nattribution = { model = "middle" }\n', "'attribution.model'", "first_touch"),
    (GOOD + '[[variant]]\nname = "w"\nwindow = { end = 2027-03-01 }\n', "'variant[1].window.end'", "time of day"),
    (GOOD + "".join(f'[[variant]]\nname = "v{i}"\n' for i in range(101)), "'variant'", "1 to 100"),
    (GOOD + "costs = 1\n", "'costs'", "table"),
    (GOOD + "[costs]\ntip = 1\n", "unknown key 'costs.tip'", "reward_per_fulfillment"),
    (GOOD + "[costs]\nreward_per_fulfillment = -1\n", "'costs.reward_per_fulfillment'", "≥ 0"),
    (GOOD + '[costs]\nreward_per_fulfillment = "5"\n', "'costs.reward_per_fulfillment'", "≥ 0"),
]


@pytest.mark.parametrize(("text", "key", "allowed"), BAD, ids=[f"{n}:{case[1]}" for n, case in enumerate(BAD)])
def test_bad_study_is_refused_naming_file_and_key(tmp_path: Path, text: str, key: str, allowed: str) -> None:
    path = study_at(tmp_path, text)
    with pytest.raises(StudyError) as caught:
        read_study(path)
    message = str(caught.value)
    assert message.startswith(str(path)), message
    assert key in message and allowed in message, message


def test_unreadable_and_non_utf8_files(tmp_path: Path) -> None:
    with pytest.raises(StudyError, match="cannot read the file"):
        read_study(tmp_path / "absent.forecast.toml")
    path = tmp_path / "latin.forecast.toml"
    path.write_bytes(b'name = "caf\xe9"\n')
    with pytest.raises(StudyError, match="line 1: not UTF-8"):
        read_study(path)


def test_cli_exits_2_with_one_line_and_writes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = study_at(tmp_path, GOOD + "[traffic]\nparticipants = [10, 5]\n")
    out = tmp_path / "out"
    assert main(["forecast", str(path), "--out", str(out), "--quiet"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(path) in err and "traffic.participants" in err and "Traceback" not in err
    assert not out.exists()


def test_cli_refuses_an_output_folder_holding_other_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "mine"
    out.mkdir()
    (out / "notes.txt").write_text("keep me")
    assert main(["forecast", str(EXAMPLE), "--out", str(out), "--quiet"]) == 2
    assert "notes.txt" in capsys.readouterr().err
    assert [p.name for p in out.iterdir()] == ["notes.txt"]


def test_example_study_reads_with_variants_merged_into_the_base() -> None:
    study = read_study(EXAMPLE)
    assert [v.name for v in study.variants] == ["count 3", "count 5", "count 3, last touch, cap 2"]
    base = study.base
    last = study.variants[2].offer
    assert base.goal.type is GoalType.REFERRED_SIGNUPS and base.goal.count == 5
    assert last.goal.type is GoalType.REFERRED_SIGNUPS and last.goal.count == 3  # the goal table merged key by key
    assert last.attribution.model is AttributionModel.LAST_TOUCH and last.attribution.window_days == 14
    assert last.rewards.repeat and last.rewards.max_fulfillments == 2
    assert last.promo_codes == base.promo_codes and last.window == base.window
    assert study.drawn == ("share_rate", "signup_rate", "goal_gradient", "after_reward", "reward_elasticity")
    assert dict(study.traffic)["share_rate"] == Range(0.25, 0.45)
    assert dict(study.response)["after_reward"] == Range(0.5, 1.0) and study.effects_on


def test_a_study_without_variants_has_the_base_offer_as_its_one_variant(tmp_path: Path) -> None:
    study = read_study(study_at(tmp_path, GOOD))
    assert [(v.name, v.offer) for v in study.variants] == [("Base", study.base)]
    assert study.name == "s" and study.objective == "net" and not study.minimize


def test_none_means_null_and_toml_times_are_accepted(tmp_path: Path) -> None:
    text = GOOD + (
        '[[variant]]\nname = "open"\nwindow = { start = 2027-03-02T00:00:00Z, end = "none" }\n'
        'rewards = { repeat = true, max_fulfillments = 3 }\n[[variant]]\nname = "no cap"\n'
        'rewards = { repeat = true, max_fulfillments = "none" }\n'
    )
    study = read_study(study_at(tmp_path, text))
    opened, uncapped = (v.offer for v in study.variants)
    assert opened.window.start is not None and opened.window.end is None and opened.rewards.max_fulfillments == 3
    assert uncapped.rewards.repeat and uncapped.rewards.max_fulfillments is None


def test_written_studies_read_back_the_same(tmp_path: Path) -> None:
    study = read_study(EXAMPLE)
    again = loads_study(dumps_study(study), str(tmp_path / "again.forecast.toml"), EXAMPLE.parent)
    assert again == study
    inline = loads_study(
        GOOD.replace('offer = "base.offer.json"', "")
        + '[offer]\nname = "Inline"\ngoal = { type = "custom_js_event" }\n',
        "inline.forecast.toml",
    )
    assert loads_study(dumps_study(inline), "inline.forecast.toml") == inline


names = st.text(st.characters(blacklist_categories=("Cc", "Cs")), min_size=1, max_size=20).filter(str.strip)


@settings(max_examples=40, deadline=None)
@given(
    name=names,
    variant=names,
    runs=st.integers(1, 1_000_000),
    seed=st.integers(0, 2**63 - 1),
    low=st.floats(0, 1),
    width=st.floats(0, 1),
    cost=st.floats(0, 1e9),
)
def test_round_trip_of_generated_studies(
    name: str, variant: str, runs: int, seed: int, low: float, width: float, cost: float
) -> None:
    text = (
        f"name = {_quoted(name)}\nruns = {runs}\nseed = {seed}\n[offer]\nname = {_quoted(name)}\n"
        f"[traffic]\nshare_rate = [{low!r}, {min(1.0, low + width)!r}]\nparticipants = [1, 5]\n"
        f"[[variant]]\nname = {_quoted(variant)}\ngoal = {{ count = 2 }}\n[costs]\nreward_per_fulfillment = {cost!r}\n"
    )
    study = loads_study(text, "g.forecast.toml")
    assert loads_study(dumps_study(study), "g.forecast.toml") == study


def _quoted(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
