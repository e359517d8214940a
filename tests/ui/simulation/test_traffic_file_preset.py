"""A fitted traffic file chosen through "From a file…" in the simulation's traffic form."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QComboBox

from referral_studio.engine.fit import fit_log
from referral_studio.engine.fit_report import traffic_file_text
from referral_studio.engine.generator import generate
from referral_studio.engine.presets import preset_options
from referral_studio.ui.simulation.traffic_form import TrafficForm
from referral_studio.ui.widgets.traffic_file_choice import FROM_FILE


def fitted_files(folder: Path) -> tuple[Path, Path]:
    """A traffic file fitted to a banks log, and the same fit written with ranges."""
    log = generate(preset_options("banks", participants=1_500, seed=3)).log
    fit = fit_log(log, preset_options("ecommerce"), "ecommerce")
    plain, ranged = folder / "banks.traffic.toml", folder / "ranged.traffic.toml"
    plain.write_text(traffic_file_text(fit, "banks.csv"))
    ranged.write_text(traffic_file_text(fit, "banks.csv", ranges=True))
    return plain, ranged


def close_the_warning(texts: list[str]) -> None:
    def close() -> None:
        box = QApplication.activeModalWidget()
        if box is not None:
            texts.append(box.property("text") or "")
            box.close()

    QTimer.singleShot(200, close)


def test_a_traffic_file_becomes_the_forms_preset_and_one_with_ranges_is_refused(qtbot: object, tmp_path: Path) -> None:
    plain, ranged = fitted_files(tmp_path)
    form = TrafficForm()
    qtbot.addWidget(form)  # type: ignore[attr-defined]
    combo = form.findChild(QComboBox, "trafficPreset")
    assert combo.itemData(combo.count() - 1) == FROM_FILE and combo.itemText(combo.count() - 1) == "From a file…"
    form.spins["participants"].setValue(700)
    assert form.use_traffic_file(str(plain))
    assert combo.currentText() == "banks.traffic.toml" and combo.currentData() == str(plain.resolve())
    expected = preset_options(str(plain), participants=700, days=30.0, seed=form.spins["seed"].value())
    rates = ("share_rate", "visits_per_share", "signup_rate")
    shown = {name: round(getattr(expected, name), form.spins[name].decimals()) for name in rates}  # type: ignore[union-attr]
    assert form.options() == replace(expected, **shown)  # as the spin boxes show them; the rest as the file
    assert form.options().share_rate != preset_options("ecommerce").share_rate
    listed = combo.count()
    assert form.use_traffic_file(str(plain)) and combo.count() == listed  # listed once
    texts: list[str] = []
    close_the_warning(texts)
    assert not form.use_traffic_file(str(ranged))
    assert "fit without --ranges" in texts[0].lower() or "Fit without --ranges" in texts[0]
    assert combo.currentData() == str(plain.resolve())  # the choice as it was
