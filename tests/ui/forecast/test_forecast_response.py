"""The forecast workspace's "How people respond" group on real widgets: values, ranges, sources, files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QTableView

from referral_studio.domain.offer import Goal, GoalType, Offer
from referral_studio.engine.response import RESPONSE_KEYS
from referral_studio.forecast.study import Range
from referral_studio.forecast.study_file import dumps_study
from referral_studio.ui.forecast.forecast_panel import ForecastPanel
from referral_studio.ui.forecast.ranged_cells import COL_HIGH, COL_VALUE
from referral_studio.ui.forecast.response_model import COL_EFFECT
from referral_studio.ui.settings import UiSettings

OFFER = Offer(name="Spring", goal=Goal(type=GoalType.REFERRED_SIGNUPS, count=3))


def _panel(qtbot: object, settings: UiSettings) -> ForecastPanel:
    panel = ForecastPanel(OFFER, settings=settings)
    qtbot.addWidget(panel)  # type: ignore[attr-defined]
    panel.show()
    return panel


def test_each_effect_is_a_value_or_a_range_with_its_source(qtbot: object, settings: UiSettings) -> None:
    panel = _panel(qtbot, settings)
    group = panel.findChild(QGroupBox, "forecastResponse")
    view = group.findChild(QTableView, "forecastResponseTable")
    model = panel.form.response
    assert view.model() is model and model.rowCount() == 4
    tips = [model.data(model.index(row, COL_EFFECT), Qt.ItemDataRole.ToolTipRole) for row in range(4)]
    for tip, source in zip(tips, ("Kivetz", "Kivetz", "Ryu & Feick", "Gershon"), strict=True):
        assert source in tip
    assert model.data(model.index(1, COL_VALUE)) == "1"  # after_reward is off at 1, shown in grey
    assert model.data(model.index(1, COL_VALUE), Qt.ItemDataRole.ForegroundRole) is not None
    assert not panel.form.current_study().effects_on
    gradient = RESPONSE_KEYS.index("goal_gradient")
    assert model.setData(model.index(gradient, COL_VALUE), "0.5")
    assert model.setData(model.index(gradient, COL_HIGH), "2")
    lift = RESPONSE_KEYS.index("friend_reward_lift")
    assert model.setData(model.index(lift, COL_VALUE), "1,5")
    assert not model.setData(model.index(lift, COL_VALUE), "lots")
    assert "lots is not a number" in panel.message.text()
    study = panel.form.current_study()
    assert study.response == (("goal_gradient", Range(0.5, 2.0)), ("friend_reward_lift", 1.5))
    assert study.effects_on and study.drawn == ("share_rate", "goal_gradient")
    assert model.setData(model.index(lift, COL_VALUE), "12")
    assert not panel.run()  # out of range: refused before anything runs, the key named
    assert "response.friend_reward_lift" in panel.message.text()


def test_the_response_is_saved_in_the_study_file_and_opened_again(
    qtbot: object, settings: UiSettings, tmp_path: Path
) -> None:
    panel = _panel(qtbot, settings)
    model = panel.form.response
    assert model.setData(model.index(RESPONSE_KEYS.index("after_reward"), COL_VALUE), "0.2")
    assert model.setData(model.index(RESPONSE_KEYS.index("reward_elasticity"), COL_VALUE), "0.5")
    assert model.setData(model.index(RESPONSE_KEYS.index("reward_elasticity"), COL_HIGH), "1.5")
    path = tmp_path / "spring.forecast.toml"
    assert panel.files.save_study(path)
    assert "[response]\nafter_reward = 0.2\nreward_elasticity = [0.5, 1.5]\n" in path.read_text(encoding="utf-8")
    other = ForecastPanel(Offer(name="Other"), settings=settings)
    qtbot.addWidget(other)  # type: ignore[attr-defined]
    assert other.files.open_study(path)
    assert other.form.response.data(other.form.response.index(2, COL_HIGH)) == "1.5"
    assert dumps_study(other.form.current_study()) == dumps_study(panel.form.current_study())


def test_a_variant_keeps_its_own_costs_through_the_workspace(
    qtbot: object, settings: UiSettings, tmp_path: Path
) -> None:
    path = tmp_path / "paid.forecast.toml"
    path.write_text(
        'runs = 3\nseed = 1\n[offer]\nname = "Spring"\n[[variant]]\nname = "Base offer"\n'
        '[[variant]]\nname = "friend paid"\ngoal = { count = 2 }\ncosts = { reward_per_referred_signup = 5 }\n'
        "[costs]\nreward_per_fulfillment = 10\n",
        encoding="utf-8",
    )
    panel = _panel(qtbot, settings)
    assert panel.files.open_study(path)
    panel.form.set_offer(Offer(name="Spring", goal=Goal(count=3)))  # the draft changes: variants are merged again
    study = panel.form.current_study()
    paid = study.variants[1]
    assert paid.costs == {"reward_per_referred_signup": 5.0}
    assert (
        study.costs_of(paid).reward_per_fulfillment == 10.0 and study.costs_of(paid).reward_per_referred_signup == 5.0
    )


def test_an_effect_that_cannot_act_on_a_variant_is_said_beside_the_result(
    qtbot: object, settings: UiSettings, tmp_path: Path
) -> None:
    path = tmp_path / "visits.forecast.toml"
    path.write_text(
        'runs = 2\nseed = 1\n[offer]\nname = "Spring"\ngoal = { type = "referred_signups", count = 3 }\n'
        "[traffic]\nparticipants = 40\ndays = 3\n[response]\nreward_elasticity = 1\n"
        '[[variant]]\nname = "Base offer"\n[[variant]]\nname = "visits"\ngoal = { type = "referred_visits" }\n'
        "[costs]\nreward_per_fulfillment = 10\n",
        encoding="utf-8",
    )
    panel = _panel(qtbot, settings)
    assert panel.files.open_study(path)
    assert panel.run()
    assert "reward_elasticity has no effect on variant 'visits'" in panel.message.text()
    with qtbot.waitSignal(panel.sig_finished, timeout=120_000):  # type: ignore[attr-defined]
        pass
    assert panel.forecast is not None
    assert "2 runs in" in panel.message.text() and "variant 'visits'" in panel.message.text()
