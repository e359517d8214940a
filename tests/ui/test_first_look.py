"""What a first-time user sees at 1280×720: no cut-off text, numbers written plainly, disabled fields that say why."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QScrollArea, QTableWidget

from referral_studio.domain.offer import Goal, GoalType, Offer, Window
from referral_studio.engine.simulation import simulate
from referral_studio.engine.traffic_measures import measure
from referral_studio.engine.traffic_options import TrafficOptions
from referral_studio.ui.charts.referrers_chart import LocaleDateAxis, ReferrersChart
from referral_studio.ui.help.help_dialogs import ShortcutsDialog
from referral_studio.ui.shell.main_window import MainWindow
from referral_studio.ui.simulation.simulation_panel import SimulationPanel
from referral_studio.ui.simulation.traffic_view import TrafficView, measure_text

MARCH = datetime(2027, 3, 1, tzinfo=UTC).timestamp()
DAY = 86_400


def test_a_day_on_the_time_axis_names_its_month() -> None:
    axis = LocaleDateAxis(utcOffset=0)
    assert axis.tickStrings([MARCH + 7 * DAY, MARCH + 12 * DAY], 1.0, DAY) == ["8 Mar", "13 Mar"]


def test_an_offer_window_edge_is_shown_whole_or_not_at_all(qtbot: object) -> None:
    offer = Offer(name="Visits", goal=Goal(count=1))
    run = simulate([offer], TrafficOptions(participants=200, seed=3))
    first, last = (float(t) / 1e9 for t in run.results[0].timeline_time[[0, -1]])  # the first and last credit
    chart = ReferrersChart()
    qtbot.addWidget(chart)  # type: ignore[attr-defined]
    chart.resize(530, 400)
    near, far = first - 2 * DAY, last + 400 * DAY  # just before the first credit; a year after the last
    chart.show_results({"Visits": run.results[0]}, (near, far))
    (low, high), _ = chart.getPlotItem().vb.viewRange()
    start, end = chart.marks
    assert start.isVisible() and low <= near  # the axis widened to show the start and its label
    assert not end.isVisible() and high < far  # the lines are not squeezed for an end far off; no stray label


def test_the_summary_fits_the_column_in_swedish_at_1280(qtbot: object, swedish: None) -> None:
    offer = Offer(
        name="Vår",
        goal=Goal(type=GoalType.REFERRED_SIGNUPS),
        promo_codes=("A", "B"),
        window=Window(start=datetime(2027, 3, 1, tzinfo=UTC)),
    )
    panel = SimulationPanel(offer)
    qtbot.addWidget(panel)  # type: ignore[attr-defined]
    panel.traffic_form.use_preset("classroom")
    panel.traffic_form.spins["participants"].setValue(300)
    panel.resize(1280, 720)
    panel.show()
    with qtbot.waitSignal(panel.sig_finished, timeout=60_000):  # type: ignore[attr-defined]
        assert panel.run()
    QApplication.processEvents()
    assert "Koderna tog slut" in panel.summary.text()
    scroll = panel.column.findChild(QScrollArea)
    assert not scroll.horizontalScrollBar().isVisible(), "the column scrolls sideways: its text is cut off"
    assert panel.chart.cursor.label.format == "markör"


def test_decimal_fields_show_no_padding_zeros(window: MainWindow) -> None:
    window.new_offer("Zeros", "P")
    editor = window.edit_draft()
    days = editor.rewards_page.attribution_days
    assert days.text() == "30 days"
    days.setValue(0.5)
    assert days.text() == "0.5 days"
    panel = window.simulate()
    rate, campaign = panel.traffic_form.spins["share_rate"], panel.traffic_form.spins["days"]
    rate.setValue(0.35)
    campaign.setValue(92)
    assert (rate.text(), campaign.text()) == ("0.35", "92")  # not "0.350" and "92.00"
    panel.close()


def test_notes_under_a_field_take_the_fields_width(window: MainWindow) -> None:
    window.new_offer("Wide notes", "P")
    editor = window.edit_draft()
    editor.resize(1280, 720)
    page = editor.details_page
    page.goal_type.setCurrentIndex(list(GoalType).index(GoalType.SMART_LIST_TRIGGER))
    QApplication.processEvents()
    help_label = editor.findChild(QLabel, "qualificationHelp")
    assert help_label.width() >= page.triggers.width() - 1  # not a narrow column under a wide field


def test_the_give_credit_tip_is_in_the_ui_language(window: MainWindow, swedish: None) -> None:
    window.new_offer("Tips", "P")
    editor = window.edit_draft()
    assert "Smart List" in editor.details_page.give_credit_tip.text()
    assert not editor.details_page.give_credit_tip.text().startswith("If you plan")


def test_a_disabled_limit_says_what_enables_it(window: MainWindow) -> None:
    window.new_offer("Limits", "P")
    editor = window.edit_draft()
    rewards = editor.rewards_page
    assert not rewards.max_fulfillments.isEnabled()
    assert "At most" in rewards.max_fulfillments.toolTip()
    assert "Reward again" in editor.findChild(QCheckBox, "maxFulfillmentsSet").toolTip()


def test_ratios_are_plain_and_an_unmeasurable_figure_is_not_called_out_of_range(qtbot: object) -> None:
    assert measure_text("signups_per_share", 0.7135) == "0.71"  # not "0.7135 (1 per 1)"
    assert measure_text("signups_per_share", 1 / 69).endswith("(1 per 69)")
    offer = Offer(name="Visits")
    run = simulate([offer], TrafficOptions(participants=300, seed=5, organic_signup_rate=0.0, organic_visit_rate=0.0))
    view = TrafficView()
    qtbot.addWidget(view)  # type: ignore[attr-defined]
    view.log, view.measures = run.log, measure(run.log)
    view._show()
    table = view.findChild(QTableWidget, "trafficTable")
    verdicts = {table.item(row, 0).text(): table.item(row, 3).text() for row in range(table.rowCount())}
    values = {table.item(row, 0).text(): table.item(row, 1).text() for row in range(table.rowCount())}
    assert values["Referred lift"] == "—" and verdicts["Referred lift"] == "—"
    assert len(view.chart.dots.data) == sum(text in ("yes", "no") for text in verdicts.values())


def test_shortcuts_name_each_window_once(window: MainWindow, qtbot: object) -> None:
    dialog = ShortcutsDialog([("Main", window), ("Other", window)])
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    table = dialog.findChild(QTableWidget, "shortcutsTable")
    names = [table.item(row, 0).text() for row in range(table.rowCount())]
    assert [name for name in names if name] == ["Main", "Other"]
    assert table.item(names.index("Other"), 1).text() == table.item(0, 1).text()


def test_a_greyed_out_action_or_button_says_what_enables_it(window: MainWindow) -> None:
    actions = window.named_actions
    assert not actions["actionSimulate"].isEnabled()
    assert actions["actionSimulate"].toolTip() == "Select an offer in Marketing Activities first"
    window.new_offer("Greyed", "P")
    window.select("offer", "Greyed")
    assert actions["actionSimulate"].isEnabled() and "Select" not in actions["actionSimulate"].toolTip()
    assert not actions["actionDiscardDraft"].isEnabled()
    assert "never approved" in actions["actionDiscardDraft"].toolTip()
    compare = window.details.compare
    assert not compare.isEnabled() and "needs both a draft and an approved version" in compare.toolTip()
    editor = window.edit_draft()
    editor.details_page.goal_type.setCurrentIndex(list(GoalType).index(GoalType.CUSTOM_JS_EVENT))  # no event name
    assert not editor.approve_button.isEnabled() and "problems" in editor.approve_button.toolTip()


def test_the_forecast_speaks_words_not_file_keys_in_the_ui_language(qtbot: object, swedish: None) -> None:
    from referral_studio.ui.forecast.forecast_panel import ForecastPanel
    from referral_studio.ui.forecast.traffic_assumptions_model import COL_OPTION, OPTIONS

    panel = ForecastPanel(Offer(name="Vår"))
    qtbot.addWidget(panel)  # type: ignore[attr-defined]
    assert panel.form.objective.currentText() == "Netto"  # not "net"
    traffic = panel.form.traffic
    names = [traffic.data(traffic.index(row, COL_OPTION)) for row in range(len(OPTIONS))]
    assert "Delningsandel" in names and not any("_" in name for name in names)
    share = [option.name for option in OPTIONS].index("share_rate")
    assert "share_rate" in traffic.data(traffic.index(share, COL_OPTION), Qt.ItemDataRole.ToolTipRole)


def test_the_fraud_figures_explain_themselves_and_leave_the_rules_names_room(qtbot: object) -> None:
    from referral_studio.ui.simulation.fraud_view import RULE_TIPS, FraudView

    view = FraudView()
    qtbot.addWidget(view)  # type: ignore[attr-defined]
    headers = [view.rules.horizontalHeaderItem(column) for column in range(len(RULE_TIPS))]
    assert headers[2].text() == "Fraud\ncaught" and headers[7].text() == "Wrongly\nwithheld"
    assert all(header.toolTip() for header in headers)
    assert "÷" in headers[4].toolTip()  # precision, in words


def test_the_swedish_ui_calls_a_referrer_referent_everywhere() -> None:
    from pathlib import Path

    ts = Path(__file__).resolve().parents[2] / "resources" / "translations" / "referral_studio_sv.ts"
    assert "ärvare" not in ts.read_text(encoding="utf-8")  # "värvare" in the fraud screens, "referent" elsewhere


def test_a_date_field_keeps_a_dates_width(window: MainWindow) -> None:
    from PySide6.QtWidgets import QDateTimeEdit

    window.new_offer("Dates", "P")
    editor = window.edit_draft()
    editor.resize(1280, 720)
    editor._go(2)
    QApplication.processEvents()
    start = editor.findChild(QDateTimeEdit, "windowStart")
    assert start.width() <= start.sizeHint().width() + 1 < 300


def test_the_new_offer_dialogs_ok_says_why_it_waits(qtbot: object) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from referral_studio.ui.activities.new_offer_dialog import NewOfferDialog

    dialog = NewOfferDialog(["Spring"], ["Taken"], "Spring")
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled() and "name" in ok.toolTip()
    dialog.name.setText("Taken")
    assert not ok.isEnabled() and "already exists" in ok.toolTip()
    dialog.name.setText("Fresh")
    assert ok.isEnabled() and not ok.toolTip()


def test_ticking_ends_never_gives_an_end_before_the_start(window: MainWindow) -> None:
    from referral_studio.domain.validation import validate

    window.new_offer("Ends", "P")
    editor = window.edit_draft()
    editor.findChild(QCheckBox, "windowStartSet").click()
    start = editor.offer.window.start
    editor.findChild(QCheckBox, "windowEndSet").click()
    assert start is not None and editor.offer.window.end is not None and editor.offer.window.end > start
    assert not [problem for problem in validate(editor.offer) if problem.field.startswith("window")]


def test_promo_code_counts_read_in_the_ui_language(window: MainWindow, swedish: None) -> None:
    window.new_offer("Koder", "P")
    editor = window.edit_draft()
    codes = editor.details_page.codes
    codes.show_codes(("A",))
    assert codes.count.text() == "1 kampanjkod inläst"
    codes.show_codes(("A", "B"))
    assert codes.count.text() == "2 kampanjkoder inlästa"


def test_an_offer_without_promo_codes_does_not_say_they_ran_out_never() -> None:
    from referral_studio.ui.simulation.run_summary import summary_html

    offer = Offer(name="No codes", goal=Goal(count=1))
    run = simulate([offer], TrafficOptions(participants=100, seed=2))
    text = summary_html(run.results[0], "No codes", viral=None, compared=None, moment=None)
    assert "none loaded" in text and "never" not in text
    coded = simulate([offer.replace(promo_codes=("A",))], TrafficOptions(participants=100, seed=2))
    assert "Promo codes ran out" in summary_html(coded.results[0], "Codes", viral=None, compared=None, moment=None)


def test_the_forecast_names_presets_as_the_simulation_does(qtbot: object) -> None:
    from referral_studio.ui.forecast.forecast_panel import ForecastPanel
    from referral_studio.ui.simulation.traffic_form import TrafficForm

    panel = ForecastPanel(Offer(name="Presets"))
    form = TrafficForm()
    qtbot.addWidget(panel)  # type: ignore[attr-defined]
    qtbot.addWidget(form)  # type: ignore[attr-defined]
    forecast_presets = {
        panel.form.preset.itemData(i): panel.form.preset.itemText(i) for i in range(panel.form.preset.count())
    }
    simulation_presets = {form.preset.itemData(i): form.preset.itemText(i) for i in range(form.preset.count())}
    assert forecast_presets == simulation_presets and forecast_presets["classroom"] != "classroom"


def test_the_forecasts_traffic_values_read_as_elsewhere_and_edit_as_the_file_holds_them(qtbot: object) -> None:
    from referral_studio.ui.forecast.forecast_panel import ForecastPanel
    from referral_studio.ui.forecast.traffic_assumptions_model import COL_VALUE, OPTIONS

    panel = ForecastPanel(Offer(name="Values"))
    qtbot.addWidget(panel)  # type: ignore[attr-defined]
    traffic = panel.form.traffic
    rows = {option.name: row for row, option in enumerate(OPTIONS)}

    def cell(name: str, role: Qt.ItemDataRole) -> str:
        return str(traffic.data(traffic.index(rows[name], COL_VALUE), role))

    assert cell("participants", Qt.ItemDataRole.DisplayRole) == "1,000"
    assert cell("days", Qt.ItemDataRole.DisplayRole) == "30"  # not "30.0"
    assert cell("start", Qt.ItemDataRole.DisplayRole).endswith(" UTC")  # as the rest of the app writes times
    assert cell("days", Qt.ItemDataRole.EditRole) == "30.0" and cell("start", Qt.ItemDataRole.EditRole).endswith("Z")


def test_the_problems_list_is_as_tall_as_its_rows(window: MainWindow, qtbot: object) -> None:
    # A fixed 100 px list showed one "Ready" line and hid part of the form at 720 px.
    window.new_offer("Rows", "P")
    editor = window.edit_draft()
    problems = editor.problems

    def fitted() -> int:
        rows = min(problems.count(), problems.most_rows)
        return sum(problems.sizeHintForRow(row) for row in range(rows)) + 2 * problems.frameWidth()

    assert problems.count() == 2  # no fulfillment email, no rules link
    height = problems.height()
    assert height == fitted()
    qtbot.keyClicks(editor.binder.widget_for("rules_url"), "https://example.com/r")  # type: ignore[attr-defined]
    assert problems.count() == 1
    assert problems.height() == fitted() < height
