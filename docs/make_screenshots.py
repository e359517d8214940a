"""Render the app's windows offscreen into docs/*.png, on a throw-away store with example offers.

Run: python docs/make_screenshots.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
DOCS = Path(__file__).resolve().parent
EXAMPLES = DOCS.parent / "examples"


def example_store(path: Path) -> None:
    """A program of example offers, as a marketer's store might hold."""
    from referral_studio.domain.offer import Emails, Goal, GoalType, Offer, Rewards, Window
    from referral_studio.store import repository as repo
    from referral_studio.store.database import Store

    store = Store(path)
    rules = "https://example.com/referral-rules"
    offers = [
        Offer(
            name="10 referred visits",
            program="Spring 2027",
            goal=Goal(count=10),
            emails=Emails(fulfillment="You earned it"),
            rules_url=rules,
        ),
        Offer(
            name="5 referred sign-ups",
            program="Spring 2027",
            goal=Goal(type=GoalType.REFERRED_SIGNUPS, count=5),
            emails=Emails(sign_up="Welcome", fulfillment="Thank you"),
            rules_url=rules,
            promo_codes=tuple(f"SPRING-{i:03d}" for i in range(1, 251)),
            window=Window(start=datetime(2027, 3, 1, tzinfo=UTC), end=datetime(2027, 6, 1, tzinfo=UTC)),
            rewards=Rewards(repeat=True, max_fulfillments=3),
        ),
        Offer(
            name="Referred opportunity",
            program="Spring 2027",
            goal=Goal(type=GoalType.SMART_LIST_TRIGGER, trigger_activities=("Opportunity Created",)),
            uses_give_credit_to_referrer=True,
            emails=Emails(fulfillment="Thanks for the lead"),
            rules_url=rules,
        ),
        Offer(
            name="Webinar attendees",
            program="Events",
            goal=Goal(type=GoalType.SMART_LIST_TRIGGER, count=5, trigger_activities=("Attended Webinar",)),
            emails=Emails(fulfillment="See you"),
        ),
    ]
    with store.transaction() as session:
        for offer in offers:
            repo.create_offer(session, offer)
        repo.approve(session, "10 referred visits")
        repo.approve(session, "5 referred sign-ups")
        repo.save_draft(session, "5 referred sign-ups", offers[1].with_value("goal.count", 6))
        repo.approve(session, "Referred opportunity")
    store.close()


def shoot(widget: object, name: str) -> None:
    """Let pending layouts settle, then save the widget as docs/NAME.png."""
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    widget.grab().save(str(DOCS / f"{name}.png"))  # type: ignore[attr-defined]


def shoot_at(widget: object, name: str) -> None:
    """NAME.png at 1280×720 (the smallest screen the app is made for) and NAME-1920x1080.png; back to 1280×720."""
    widget.resize(1920, 1080)  # type: ignore[attr-defined]
    shoot(widget, f"{name}-1920x1080")
    widget.resize(1280, 720)  # type: ignore[attr-defined]
    shoot(widget, name)


def wait_for(panel: object) -> None:
    """Keep the event loop turning until the panel's run has ended and its results are drawn."""
    from PySide6.QtCore import QEventLoop

    loop = QEventLoop()
    panel.sig_finished.connect(loop.quit)  # type: ignore[attr-defined]
    loop.exec()


def shoot_traffic(panel: object) -> None:
    """The Traffic tab after a run on the retail preset: its measures beside Extole's figures."""
    from PySide6.QtCore import QEventLoop

    panel.time_cursor.slider.setValue(panel.time_cursor.slider.maximum())  # type: ignore[attr-defined]
    panel.traffic_form.use_preset("retail")  # type: ignore[attr-defined]
    panel.traffic_form.spins["participants"].setValue(20_000)  # type: ignore[attr-defined]
    loop = QEventLoop()
    panel.traffic_view.sig_measured.connect(loop.quit)  # type: ignore[attr-defined]
    panel.run()  # type: ignore[attr-defined]
    loop.exec()
    panel.views.setCurrentWidget(panel.traffic_view)  # type: ignore[attr-defined]
    panel.resize(1280, 720)  # type: ignore[attr-defined]
    shoot(panel, "simulation-traffic")
    panel.views.setCurrentIndex(0)  # type: ignore[attr-defined]


def shoot_forecast(window: object) -> None:
    """The forecast workspace after a run: three variants' bands, the ranking and the objective's spread."""
    from referral_studio.ui.forecast.forecast_variants_model import COL_CAP, COL_COUNT, COL_MODEL, COL_REPEAT

    window.select("offer", "5 referred sign-ups")  # type: ignore[attr-defined]
    panel = window.forecast()  # type: ignore[attr-defined]
    model = panel.form.variants
    for name, edits in (
        ("Goal count 3", {COL_COUNT: 3}),
        ("Count 3, last touch, cap 2", {COL_COUNT: 3, COL_MODEL: "last_touch", COL_CAP: 2}),
    ):
        row = model.add(name)
        for column, value in edits.items():
            model.setData(model.index(row, column), value)
        if COL_CAP in edits:
            model.setData(model.index(row, COL_REPEAT), 2, 10)  # Qt.CheckState.Checked, CheckStateRole
    panel.form.runs.setValue(200)
    panel.form.costs["reward_per_fulfillment"].setValue(25)
    panel.form.costs["value_per_referred_signup"].setValue(40)
    panel.results.band_metric.setCurrentIndex(1)  # fulfilled referrers: where the variants differ
    panel.run()
    wait_for(panel)
    panel.resize(1440, 900)
    shoot(panel, "forecast")
    panel.close()


def shoot_forecast_response() -> None:
    """The example study (examples/spring.forecast.toml) after a short run at 1280×720: the verdict, the ranking
    with each variant's difference to the leader, and the study form scrolled to "How people respond"."""
    from PySide6.QtWidgets import QScrollArea, QWidget

    from referral_studio.domain.offer import Offer
    from referral_studio.ui.forecast.forecast_panel import ForecastPanel

    panel = ForecastPanel(Offer(name="Spring"))
    panel.show()
    assert panel.files.open_study(EXAMPLES / "spring.forecast.toml")
    panel.run()
    wait_for(panel)
    panel.resize(1280, 720)
    shoot(panel, "forecast-verdict")
    form = next(area for area in panel.findChildren(QScrollArea) if area.widget() is panel.form)
    form.ensureWidgetVisible(panel.form.findChild(QWidget, "forecastResponse"), 0, 0)
    shoot(panel, "forecast-response")
    panel.close()


def shoot_own_data() -> None:
    """The mapping dialog on the example semicolon export, and Reconcile with Platform Credits… on the example
    log and credits (own-data.md, own-data-fit-reconcile.md)."""
    from referral_studio.domain.offer_file import read_offer_file
    from referral_studio.engine.mapping_file import read_mapping
    from referral_studio.ui.simulation.mapping_dialog import MappingDialog
    from referral_studio.ui.simulation.simulation_panel import SimulationPanel

    dialog = MappingDialog(EXAMPLES / "shop-semicolon.csv", read_mapping(EXAMPLES / "shop-semicolon.mapping.toml"))
    dialog.show()
    dialog.update_now()
    shoot(dialog, "import-event-log")
    dialog.close()
    panel = SimulationPanel(read_offer_file(EXAMPLES / "spring.offer.json"))
    panel.resize(1280, 720)
    panel.show()
    panel.traffic_form.use_log_file(str(EXAMPLES / "own-traffic.csv"))
    panel.run()
    wait_for(panel)
    assert panel.platform_reconcile.open_file(EXAMPLES / "platform-credits.csv")
    shoot(panel.platform_reconcile.dialog, "reconcile")
    panel.platform_reconcile.dialog.close()
    panel.close()


def shoot_fraud(folder: Path) -> None:
    """The Fraud view on labelled synthetic fraud with every rule on, and the editor's Fraud & Holds page."""
    from PySide6.QtWidgets import QComboBox, QLineEdit

    from referral_studio.cli import main as cli
    from referral_studio.domain.offer import Fraud, Goal, GoalType, Offer, Rewards
    from referral_studio.ui.simulation.simulation_panel import SimulationPanel

    log = folder / "fraud.csv"
    args = ["generate", "--preset", "classroom", "--participants", "1500", "--days", "20", "--quiet"]
    cli([*args, "--fraud-rate", "0.2", "--out", str(log)])
    fraud = Fraud(
        same_ip=True,
        same_device=True,
        same_email=True,
        blocked_email_domains=("mailinator.com", "guerrillamail.com", "10minutemail.com", "yopmail.com"),
        max_credits_per_day=3,
        hold_days=14,
    )
    offer = Offer(name="Spring sign-ups", goal=Goal(type=GoalType.REFERRED_SIGNUPS), rewards=Rewards(repeat=True))
    panel = SimulationPanel(offer.replace(fraud=fraud))
    panel.resize(1280, 720)
    panel.show()
    panel.findChild(QComboBox, "trafficSource").setCurrentIndex(1)
    panel.findChild(QLineEdit, "eventLogPath").setText(str(log))
    panel.run()
    wait_for(panel)
    panel.views.setCurrentWidget(panel.fraud_view)
    shoot(panel, "simulation-fraud")
    panel.close()


def main() -> None:
    from PySide6.QtCore import QSettings

    from referral_studio.ui import create_main_window
    from referral_studio.ui.i18n import install_language
    from referral_studio.ui.settings import UiSettings

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "screens.sqlite3"
        example_store(path)
        settings = UiSettings(QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat))
        window = create_main_window(path, settings=settings)
        install_language("en")  # whatever this machine's locale, the README shows English…
        window.close()
        window = create_main_window(path, settings=settings)
        window.select("offer", "5 referred sign-ups")
        shoot_at(window, "main-window")
        editor = window.edit_draft()
        for index, name in enumerate(("offer-details", "advanced-options", "rewards-attribution")):
            editor._go(index)
            if index == 0:
                shoot_at(editor, f"editor-{name}")
            else:
                editor.resize(1280, 720)
                shoot(editor, f"editor-{name}")
        editor.close()
        window.select("offer", "Webinar attendees")
        editor = window.edit_draft()
        editor.resize(1280, 720)
        editor.details_page.give_credit.setChecked(True)
        editor.details_page.goal_type.setCurrentIndex(1)
        shoot(editor, "editor-problems")
        editor.close()
        window.select("offer", "5 referred sign-ups")
        panel = window.simulate()
        panel.resize(1280, 720)
        panel.traffic_form.use_preset("classroom")  # exaggerated rates, so a small run shows every chart well filled
        panel.traffic_form.spins["participants"].setValue(3000)
        for start, name in ((panel.run, "simulation"), (panel.compare_goal_types, "simulation-compare")):
            start()
            wait_for(panel)
            panel.table.selectRow(0)  # "why this credit" for the top referrer
            shoot_at(panel, name)
            if name == "simulation":
                panel.inspector.resize(900, 420)
                shoot(panel.inspector, "event-inspector")
        panel.run()
        wait_for(panel)
        panel.time_cursor.slider.setValue(panel.time_cursor.slider.maximum() * 2 // 5)
        shoot(panel, "simulation-cursor")  # the first grab settles the coalesced redraw
        shoot(panel, "simulation-cursor")
        shoot_traffic(panel)
        shoot_forecast(window)
        window.close()
        shoot_fraud(Path(folder))
        shoot_forecast_response()
        shoot_own_data()
        install_language("sv")  # …and these show the Swedish UI
        window = create_main_window(path, settings=settings)
        window.select("offer", "5 referred sign-ups")
        window.resize(1280, 720)
        shoot(window, "main-window-swedish")
        editor = window.edit_draft()
        editor.resize(1280, 720)
        shoot(editor, "editor-swedish")
        editor.close()
        window.close()
    print("screenshots written to", DOCS, file=sys.stderr)


if __name__ == "__main__":
    main()
