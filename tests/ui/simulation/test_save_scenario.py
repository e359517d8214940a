"""Save as scenario: a simulation becomes a QA scenario that `check` passes."""

from __future__ import annotations

import tomllib
from pathlib import Path

from PySide6.QtWidgets import QDoubleSpinBox, QPushButton, QSlider

from referral_studio.cli import main
from referral_studio.domain.offer import Fraud, Goal, GoalType, Offer
from referral_studio.engine.generator import generate
from referral_studio.engine.log_files import write_event_log
from referral_studio.engine.traffic_options import TrafficOptions
from referral_studio.ui.simulation.simulation_panel import SimulationPanel

OFFER = Offer(name="Visits", goal=Goal(type=GoalType.REFERRED_VISITS, count=3), promo_codes=("A", "B", "C"))


def ran(qtbot: object, panel: SimulationPanel) -> SimulationPanel:
    qtbot.addWidget(panel)  # type: ignore[attr-defined]
    with qtbot.waitSignal(panel.sig_finished, timeout=60_000):  # type: ignore[attr-defined]
        panel.findChild(QPushButton, "runSimulation").click()
    return panel


def test_a_synthetic_run_saved_as_a_scenario_passes_check(qtbot: object, tmp_path: Path, capsys: object) -> None:
    panel = SimulationPanel(OFFER)
    panel.traffic_form.spins["participants"].setValue(300)
    ran(qtbot, panel)
    assert panel.findChild(QPushButton, "saveScenario").isEnabled()
    picked = panel.model.referrer_at(5)
    panel.display.explain(picked)
    slider = panel.findChild(QSlider, "timeCursor")
    slider.setValue(slider.maximum() // 2)
    assert panel.save_scenario(tmp_path / "visits")  # the suffix is added
    path = tmp_path / "visits.scenario.toml"
    data = tomllib.loads(path.read_text())
    totals = panel.run_result.results[0].totals
    assert data["offer"] == "visits.offer.json" and data["traffic"]["participants"] == 300 and data["traffic"]["seed"]
    assert (
        data["expect"]["credits"] == totals.credits
        and data["expect"]["fulfilled_referrers"] == totals.fulfilled_referrers
    )
    names = [entry["name"] for entry in data["expect"]["referrer"]]
    assert len(names) == 4 and names[-1] == picked and all("credits" in e for e in data["expect"]["referrer"])
    assert len(data["expect"]["timeline"]) == 1  # the cursor's moment
    capsys.readouterr()  # type: ignore[attr-defined]
    assert main(["check", str(path)]) == 0
    assert capsys.readouterr().out.startswith("PASS")  # type: ignore[attr-defined]
    # …and it fails once the offer no longer gives what was seen.
    offer_file = tmp_path / "visits.offer.json"
    offer_file.write_text(offer_file.read_text().replace('"count": 3', '"count": 4'))
    assert main(["check", str(path)]) == 1


def test_a_log_file_run_names_its_log_relative_to_the_scenario(qtbot: object, tmp_path: Path) -> None:
    events = tmp_path / "logs" / "events.csv"
    events.parent.mkdir()
    write_event_log(generate(TrafficOptions(participants=200, seed=3)).log, events)
    panel = SimulationPanel(OFFER)
    panel.traffic_form.use_log_file(str(events))
    ran(qtbot, panel)
    (tmp_path / "qa").mkdir()
    assert panel.save_scenario(tmp_path / "qa" / "from-log.scenario.toml")
    data = tomllib.loads((tmp_path / "qa" / "from-log.scenario.toml").read_text())
    assert data["traffic"] == {"events": "../logs/events.csv"} and "timeline" not in data["expect"]
    assert main(["check", str(tmp_path / "qa")]) == 0


def test_a_run_under_fraud_rules_saves_their_counts_and_check_passes(
    qtbot: object, tmp_path: Path, capsys: object
) -> None:
    guarded = OFFER.replace(fraud=Fraud(max_credits_per_day=1, hold_days=2))
    panel = SimulationPanel(guarded)
    panel.traffic_form.spins["participants"].setValue(300)
    ran(qtbot, panel)
    assert panel.save_scenario(tmp_path / "guarded.scenario.toml")
    expect = tomllib.loads((tmp_path / "guarded.scenario.toml").read_text())["expect"]
    summary = panel.run_result.results[0].fates.summary()
    assert expect["credits_for_review"] == summary["credits_for_review"] > 0
    assert expect["credits_pending"] == summary["credits_pending"] > 0
    assert expect["credits_blocked"] == summary["credits_blocked"]
    assert all("credits_for_review" in entry for entry in expect["referrer"])
    capsys.readouterr()  # type: ignore[attr-defined]
    assert main(["check", str(tmp_path / "guarded.scenario.toml")]) == 0
    assert capsys.readouterr().out.startswith("PASS")  # type: ignore[attr-defined]


def test_a_run_with_synthetic_fraud_saves_its_fraud_options_and_check_reproduces_it(
    qtbot: object, tmp_path: Path, capsys: object
) -> None:
    guarded = OFFER.replace(goal=Goal(type=GoalType.REFERRED_SIGNUPS), fraud=Fraud(same_ip=True, same_device=True))
    panel = SimulationPanel(guarded)
    panel.traffic_form.use_preset("classroom")
    panel.traffic_form.spins["participants"].setValue(300)
    panel.findChild(QDoubleSpinBox, "trafficFraudRate").setValue(0.3)
    ran(qtbot, panel)
    assert panel.save_scenario(tmp_path / "fraud.scenario.toml")
    data = tomllib.loads((tmp_path / "fraud.scenario.toml").read_text())
    assert data["traffic"]["fraud_rate"] == 0.3 and data["traffic"]["shared_ip_rate"] == 0.05
    blocked = panel.run_result.results[0].fates.summary()["credits_blocked"]
    assert data["expect"]["credits_blocked"] == blocked and blocked["same_ip"] > 0 and blocked["same_device"] > 0
    capsys.readouterr()  # type: ignore[attr-defined]
    assert main(["check", str(tmp_path / "fraud.scenario.toml")]) == 0
    assert capsys.readouterr().out.startswith("PASS")  # type: ignore[attr-defined]
