"""Numbers a marketer can trust at a glance: one meaning per word across the summary, funnel and Traffic tab."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QDoubleSpinBox, QLabel, QSpinBox

from referral_studio.domain.offer import Goal, GoalType, Offer
from referral_studio.ui.simulation.simulation_panel import SimulationPanel
from tests.ui.simulation.test_simulation_panel import panel_for, run_and_wait

SIGNUPS = Offer(name="Sign-ups", goal=Goal(type=GoalType.REFERRED_SIGNUPS, count=3))


def summary_value(panel: SimulationPanel, name: str) -> str:
    text = panel.findChild(QLabel, "simulationSummary").text()
    found = re.search(rf"{re.escape(name)}:&nbsp;</td><td><b>([^<]*)</b>", text)
    assert found, text
    return found.group(1)


def ecommerce_run(qtbot: object, offer: Offer = SIGNUPS, button: str = "runSimulation") -> SimulationPanel:
    """The issue's run: e-commerce preset, 1,000 participants, seed 1, set through the form's automation names."""
    panel = panel_for(qtbot, offer)
    panel.traffic_form.use_preset("ecommerce")
    panel.findChild(QSpinBox, "trafficParticipants").setValue(1000)
    panel.findChild(QSpinBox, "trafficSeed").setValue(1)
    assert isinstance(panel.findChild(QDoubleSpinBox, "trafficSignupRate"), QDoubleSpinBox)
    with qtbot.waitSignal(panel.traffic_view.sig_measured, timeout=60_000):  # type: ignore[attr-defined]
        run_and_wait(qtbot, panel, button)
    return panel


def test_referred_signups_mean_one_thing_in_the_summary_and_the_traffic_tab(qtbot: object) -> None:
    panel = ecommerce_run(qtbot)
    run = panel.run_result
    assert run is not None
    credits = run.results[0].totals.credits
    assert credits > 10  # the run: 19 credits, each a referred sign-up
    measures = panel.traffic_view.measures
    assert measures is not None
    assert summary_value(panel, "Credits") == str(credits)
    assert summary_value(panel, "Referred sign-ups") == str(measures.referred_signups) == str(credits)
    assert panel.funnel.values[4] == measures.referred_signups  # the funnel's "Referred sign-ups" bar


def test_the_funnel_and_traffic_tab_say_organic_or_all(qtbot: object) -> None:
    panel = ecommerce_run(qtbot)
    form = panel.traffic_form.findChild(QSpinBox, "trafficParticipants")
    label = panel.traffic_form.pages[0].layout().labelForField(form)  # type: ignore[attr-defined]
    assert label.text() == "Organic participants:"
    table = panel.traffic_view.table
    assert table.item(0, 0).text() == "All participants"
    assert int(table.item(0, 1).text().replace(",", "")) > 1000  # organic and referred
    axis = panel.funnel.getAxis("left")
    ticks = [text for _value, text in axis._tickLevels[0]]  # pyqtgraph keeps the ticks set here
    assert ticks[1:5] == ["All visits", "Referred visits", "All sign-ups", "Referred sign-ups"]
    visits, referred_visits, signups, referred_signups = panel.funnel.values[1:5]
    assert visits > referred_visits > 0 and signups > referred_signups > 0


def test_a_clicked_compared_goal_is_not_called_this_offers_goal(qtbot: object) -> None:
    panel = ecommerce_run(qtbot, button="compareGoalTypes")
    summary = panel.findChild(QLabel, "simulationSummary")
    assert "(this offer's goal, of those compared)" in summary.text()
    summary.linkActivated.emit("series:0")  # Referred Visits, not this offer's goal
    qtbot.waitUntil(lambda: "another goal compared" in summary.text())  # type: ignore[attr-defined]
    assert "this offer's goal" not in summary.text()
    summary.linkActivated.emit("series:1")  # back to the offer's own
    qtbot.waitUntil(lambda: "(this offer's goal, of those compared)" in summary.text())  # type: ignore[attr-defined]
