"""`fit` and `reconcile` read their logs through `--mapping`, and `reconcile` a platform's credits through `--credits-mapping`."""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from referral_studio.cli import main
from referral_studio.domain.offer_file import read_offer_file
from referral_studio.engine.event_log import EventLog
from referral_studio.engine.generator import generate
from referral_studio.engine.log_files import read_event_log
from referral_studio.engine.reconcile import rules_credits
from referral_studio.engine.replay import replay
from referral_studio.engine.traffic_options import TrafficOptions
from tests.engine.test_four_shapes import write_json_lines

ROOT = Path(__file__).resolve().parent.parent
STOCKHOLM = ZoneInfo("Europe/Stockholm")


@pytest.fixture(scope="module")
def generated() -> EventLog:
    from datetime import UTC, datetime

    return generate(TrafficOptions(participants=400, days=14, seed=11, start=datetime(2027, 3, 21, tzinfo=UTC))).log


def test_reconcile_reads_events_and_credits_through_mappings(
    generated: EventLog, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from datetime import UTC, datetime

    from referral_studio.engine.log_files import write_event_log

    write_event_log(generated, tmp_path / "events.csv")
    events, events_mapping = write_json_lines(generated, tmp_path)
    offer_path = ROOT / "examples" / "spring.offer.json"
    offer, log = read_offer_file(offer_path), read_event_log(tmp_path / "events.csv")
    credits, _deciding = rules_credits(offer, log, replay(offer, log))
    assert credits
    lines = ["Krediterad;Vän;Värvare"]
    for credit in credits:  # the platform's export: local times, Swedish names, Latin-1
        local = datetime.fromtimestamp(credit.time / 1e9, UTC).astimezone(STOCKHOLM).strftime("%d/%m/%Y %H:%M:%S")
        lines.append(f"{local};{credit.person};{credit.referrer}")
    (tmp_path / "credits.csv").write_bytes(("\n".join(lines) + "\n").encode("latin-1"))
    (tmp_path / "credits.mapping.toml").write_text(
        '[csv]\nencoding = "latin-1"\n[fields]\ntime = "Krediterad"\nperson = "Vän"\nreferrer = "Värvare"\n'
        '[time]\nformat = "%d/%m/%Y %H:%M:%S"\nzone = "Europe/Stockholm"\n',
        encoding="utf-8",
    )
    args = ["reconcile", "--offer", str(offer_path), "--events", str(events), "--mapping", str(events_mapping)]
    args += ["--credits", str(tmp_path / "credits.csv"), "--credits-mapping", str(tmp_path / "credits.mapping.toml")]
    assert main([*args, "--out", str(tmp_path / "r"), "--quiet"]) == 0
    assert (tmp_path / "r" / "reconcile.csv").is_file()
    bad_mapping = tmp_path / "bad.mapping.toml"
    bad_mapping.write_text('[fields]\ntime = "Krediterad"\nperson = "Vän"\n', encoding="utf-8")
    args[-1] = str(bad_mapping)
    assert main([*args, "--out", str(tmp_path / "r2"), "--quiet"]) == 2
    assert "[fields] referrer is missing; this file needs time, referrer, person" in capsys.readouterr().err


def test_fit_reads_its_log_through_a_mapping(generated: EventLog, tmp_path: Path) -> None:
    events, mapping = write_json_lines(generated, tmp_path)
    out = tmp_path / "mine.traffic.toml"
    assert main(["fit", str(events), "--mapping", str(mapping), "--out", str(out)]) == 0
    assert "[traffic]" in out.read_text()
