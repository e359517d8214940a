"""The Swedish UI: every visible string translated, the product's Swedish words, and the locale's numbers."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QTableView,
    QTreeView,
    QTreeWidget,
    QTreeWidgetItemIterator,
    QWidget,
)

from referral_studio.domain.offer import Goal, GoalType, Offer
from referral_studio.domain.validation import validate
from referral_studio.store import repository as repo
from referral_studio.store.database import Store
from referral_studio.ui.i18n import install_language, translate
from referral_studio.ui.settings import UiSettings
from referral_studio.ui.shell.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
TS = TRANSLATIONS / "referral_studio_sv.ts"
ENGLISH_PLURALS = TRANSLATIONS / "referral_studio_en.ts"
# Words that are the same in both languages, and this test's own data.
SAME = {
    "Referral Studio",
    "Status",
    "Program",
    "&Program",
    "&Program:",
    "&URL:",
    "×½",
    "English",
    "Svenska",
    "Spring",
    "Spring 2027",
}


def messages(ts: Path = TS) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(ts).getroot()
    return [
        (context.findtext("name") or "", message.findtext("source") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def test_every_source_string_has_a_finished_swedish_translation() -> None:
    problems = []
    for context, source, message in messages():
        translation = message.find("translation")
        forms = [form.text or "" for form in message.iter("numerusform")]
        text = " ".join(forms) if forms else translation.text if translation is not None else None
        if "%Ln" in source and (message.get("numerus") != "yes" or len(forms) != 2 or not all(forms)):
            problems.append(f"{context}: {source!r} needs its two plural forms (one, many)")
        elif not text or translation.get("type") in ("unfinished", "obsolete", "vanished"):
            problems.append(f"{context}: {source!r} has no finished translation")
        elif any("%Ln" not in form for form in forms):
            problems.append(f"{context}: {source!r} → {forms!r} drops the count (%Ln)")
        elif set(re.findall(r"\{\w+(?::[^}]*)?\}", source)) != set(re.findall(r"\{\w+(?::[^}]*)?\}", text)):
            problems.append(f"{context}: {source!r} → {text!r} changes the {{placeholders}}")
        elif text.count("&") > 1 and "&" not in source.replace("&", "", 1):
            problems.append(f"{context}: {text!r} has more than one accelerator")
    assert not problems, "\n".join(problems)


def test_the_translation_source_covers_every_marked_string_in_the_code(tmp_path: Path) -> None:
    """lupdate over the package finds nothing the committed .ts lacks (run tools/update_translations.py if it does)."""
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent)) or shutil.which("pyside6-lupdate")
    assert lupdate, "pyside6-lupdate comes with PySide6"
    fresh = tmp_path / "fresh.ts"
    sources = [str(p) for p in (ROOT / "referral_studio").rglob("*.py") if "migrations" not in p.parts]
    subprocess.run(
        [lupdate, "-no-obsolete", "-locations", "none", *sources, "-ts", str(fresh)], check=True, capture_output=True
    )
    found = {
        (c.findtext("name"), m.findtext("source"))
        for c in ET.parse(fresh).getroot().iter("context")
        for m in c.iter("message")
    }
    committed = {(context, source) for context, source, _ in messages()}
    assert found - committed == set(), "marked in the code but not in the .ts"
    assert committed - found == set(), "in the .ts but no longer in the code"
    plurals = {(context, source) for context, source in found if "%Ln" in source}
    english = {(context, source): message for context, source, message in messages(ENGLISH_PLURALS)}
    assert set(english) == plurals, "the English .ts holds exactly the texts with a count"
    for (context, source), message in english.items():
        forms = [form.text or "" for form in message.iter("numerusform")]
        assert len(forms) == 2 and all("%Ln" in form for form in forms), f"{context}: {source!r} English plurals"


def test_counts_take_the_singular_or_plural_in_both_languages(qapp: object) -> None:
    """Qt's plurals (%Ln), not two hand-picked strings: the .qm files choose the form for each count."""
    from referral_studio.domain.offer_text import describe_terms

    one, three = Offer(name="x", promo_codes=("A",)), Offer(name="x", promo_codes=("A", "B", "C"))
    try:
        install_language("en")
        assert describe_terms(one).endswith("· 1 promo code") and describe_terms(three).endswith("· 3 promo codes")
        install_language("sv")
        assert describe_terms(one).endswith("· 1 kampanjkod") and describe_terms(three).endswith("· 3 kampanjkoder")
    finally:
        install_language("en")
        QLocale.setDefault(QLocale("en_US"))


def visible_texts(window: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every piece of text a user can see in the window, in widget order."""
    if isinstance(window, QMainWindow):
        for menu_action in window.menuBar().actions():
            yield "menu", menu_action.text()
            for action in menu_action.menu().actions():
                if action.text():
                    yield "menu item", action.text()
    yield "title", window.windowTitle()
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        name = widget.objectName() or type(widget).__name__
        if isinstance(widget, (QLabel, QAbstractButton)) and widget.text():
            yield name, re.sub(r"<[^>]+>", "", widget.text())
        if isinstance(widget, QGroupBox):
            yield name, widget.title()
        if isinstance(widget, QLineEdit) and widget.placeholderText():
            yield f"{name} placeholder", widget.placeholderText()
        if isinstance(widget, QComboBox):
            for index in range(widget.count()):
                yield f"{name} item", widget.itemText(index)
        if isinstance(widget, (QTableView, QTreeView)) and widget.model() is not None:
            for column in range(widget.model().columnCount()):
                yield f"{name} header", str(widget.model().headerData(column, Qt.Orientation.Horizontal))
        if isinstance(widget, QTreeWidget):
            items = QTreeWidgetItemIterator(widget)
            while items.value():
                yield name, items.value().text(0)
                items += 1
        if widget.toolTip():
            yield f"{name} tooltip", widget.toolTip()
        if isinstance(widget, pg.PlotWidget):
            item = widget.getPlotItem()
            yield f"{name} title", item.titleLabel.text
            for side in ("left", "bottom"):
                yield f"{name} {side} axis", item.getAxis(side).labelText
            if item.legend is not None:
                for _sample, label in item.legend.items:
                    yield f"{name} legend", label.text


def collect(store_path: Path, settings: UiSettings, qtbot: object) -> list[list[tuple[str, str]]]:
    """The texts of the main window, the editor on each of its sections, and a simulation panel after a run."""
    store = Store(store_path)
    with store.transaction() as session:
        if not repo.list_offers(session):
            repo.create_offer(
                session,
                Offer(
                    name="Spring",
                    program="Spring 2027",
                    goal=Goal(type=GoalType.SMART_LIST_TRIGGER),
                    uses_give_credit_to_referrer=True,
                ),
            )
    main = MainWindow(store, settings)
    qtbot.addWidget(main)  # type: ignore[attr-defined]
    main.show()
    main.resize(1280, 720)  # the smallest screen the app is made for: the toolbar shows every action
    main.select("offer", "Spring")
    collected = [list(visible_texts(main))]
    editor = main.edit_draft()
    for section in range(3):
        editor._go(section)
        collected.append(list(visible_texts(editor)))
    panel = main.simulate()
    panel.traffic_form.spins["participants"].setValue(200)
    with qtbot.waitSignal(panel.sig_finished, timeout=60_000):  # type: ignore[attr-defined]
        panel.run()
    panel.table.selectRow(0)
    collected.append(list(visible_texts(panel)))
    panel.close()
    editor.close()
    return collected


def test_no_visible_string_stays_english_in_the_swedish_ui(qtbot: object, tmp_path: Path, settings: UiSettings) -> None:
    english = collect(tmp_path / "store.sqlite3", settings, qtbot)
    install_language("sv")
    try:
        swedish = collect(tmp_path / "store.sqlite3", settings, qtbot)
    finally:
        install_language("en")
        QLocale.setDefault(QLocale("en_US"))
    untranslated = []
    for english_texts, swedish_texts in zip(english, swedish, strict=True):
        assert len(english_texts) == len(swedish_texts)
        for (where, en), (_, sv) in zip(english_texts, swedish_texts, strict=True):
            words = re.sub(r"[\d\s.,:;·×/()\-—–%≥→←…+*]+", "", en)
            if (
                en == sv
                and words
                and en.strip() not in SAME
                and not en.startswith("https://")
                and not re.fullmatch(r"[\w.-]*\d[\w.:-]*", en.strip())
            ):
                untranslated.append(f"{where}: {en!r}")
    assert not untranslated, "visible but not translated:\n" + "\n".join(sorted(set(untranslated)))


def test_swedish_goal_labels_and_product_words(qtbot: object, swedish: None, window: MainWindow) -> None:
    window.new_offer("Spring", "P")
    editor = window.edit_draft()
    goal = editor.findChild(QComboBox, "fulfillmentGoal")
    assert [goal.itemText(i) for i in range(goal.count())] == [
        "Refererade besök",
        "Refererade registreringar",
        "Smart List-utlösare",
        "Anpassad JavaScript-händelse",
    ]
    assert (
        editor.findChild(QAbstractButton, "usesGiveCreditToReferrer").text()
        == "Används av flödessteget Ge kredit till referent"
    )
    assert editor.page_title.text() == "Appinställningar › Erbjudandeinformation"
    assert (
        window.named_actions["actionEditDraft"].text() == "&Redigera utkast"
        and window.model.headerData(0, Qt.Orientation.Horizontal) == "Marknadsföringsaktiviteter"
    )
    sections = editor.findChild(QTreeWidget, "editorSections")
    assert sections.topLevelItem(0).text(0) == "Appinställningar"
    assert "Uppfyllande&mål:" in [label.text() for label in editor.findChildren(QLabel)]


def test_numbers_and_messages_follow_the_swedish_locale(swedish: None) -> None:
    problems = validate(Offer(name="x", goal=Goal(count=2_000_000)))
    assert "Målets antal måste vara mellan 1 och 1\u00a0000\u00a0000." in [p.message for p in problems]
    assert QLocale().toString(1234567) == "1\u00a0234\u00a0567"


def test_forecast_figures_and_counts_read_the_swedish_way(swedish: None) -> None:
    """The forecast's amounts, shares and edges in the locale's numbers (10,692 reads as about ten in Swedish)."""
    from referral_studio.forecast.headline import amount, percent
    from referral_studio.forecast.sensitivity import edge_text

    assert [amount(12_345.6), amount(-3_009.2), amount(0.473), amount(-25.3)] == [
        "12\u00a0346",
        "−3\u00a0009",
        "0,473",
        "−25,3",
    ]
    assert [percent(0.55), edge_text(0.321), edge_text(1234.5)] == ["55 %", "0,32", "1\u00a0234"]
    assert translate("Reconcile", "%Ln differences", None, 1) == "1 skillnad"
    assert translate("ForecastPanel", "%Ln runs in {seconds} s.", None, 1200) == "1\u00a0200 körningar på {seconds} s."


def test_lupdate_sees_every_marked_string() -> None:
    """A translate() with literal texts that lupdate drops (inside an f-string, or counting an expression) stays English."""
    import ast

    marked = set()
    for path in (ROOT / "referral_studio").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) in ("translate", "QT_TRANSLATE_NOOP"):
                context, text = node.args[:2]
                if isinstance(context, ast.Constant) and isinstance(text, ast.Constant):
                    marked.add((context.value, text.value))
    assert marked - {(context, source) for context, source, _ in messages()} == set()


def test_chart_month_names_follow_the_locale(qtbot: object, swedish: None) -> None:
    from pyqtgraph.graphicsItems.DateAxisItem import YEAR_MONTH_ZOOM_LEVEL

    from referral_studio.ui.charts.referrers_chart import LocaleDateAxis

    axis = LocaleDateAxis(utcOffset=0)
    axis.zoomLevel = YEAR_MONTH_ZOOM_LEVEL  # ticks a month apart name the month
    months = next(spec for spec in YEAR_MONTH_ZOOM_LEVEL.tickSpecs if spec.format == "%b")
    may, october = 1_809_129_600.0, 1_822_435_200.0  # 2027-05-01, 2027-10-01
    assert axis.tickStrings([may, october], 1, months.spacing) == ["maj", "okt."]


def test_store_repository_and_event_log_refusals_are_in_the_ui_language(
    window: MainWindow, messages: list[str], swedish: None, tmp_path: Path, qtbot: object
) -> None:
    """The store's, repository's and event log's messages reach the Swedish UI in Swedish (the CLI keeps English)."""
    from referral_studio.store.database import StoreError

    assert window.new_offer("Spring", "P")
    assert not window.new_offer("Spring", "P")
    assert "finns redan" in messages[-1] and "'Spring'" in messages[-1]
    with pytest.raises(StoreError, match="är en mapp"):
        Store(tmp_path)
    window.select("offer", "Spring")
    panel = window.simulate()
    panel.traffic_form.use_log_file(str(tmp_path / "missing.csv"))
    with qtbot.waitSignal(panel.sig_finished, timeout=60_000):  # type: ignore[attr-defined]
        panel.run()
    assert "missing.csv: filen finns inte" in panel.message.text()  # read (and refused) on the worker thread
    panel.close()


def test_undo_labels_name_the_setting_in_the_ui_language(window: MainWindow, swedish: None) -> None:
    window.new_offer("Spring", "P")
    editor = window.edit_draft()
    editor.details_page.goal_type.setCurrentIndex(1)
    editor.details_page.delivery.setCurrentIndex(1)
    label = editor.undo_action.text()
    assert "Leverans av uppfyllande" in label and "Delivery" not in label and "Change" not in label
    editor.stack.undo()
    assert "Uppfyllandemål" in editor.undo_action.text()


def test_the_translation_tool_reads_resources_and_leaves_up_to_date_files_as_they_are(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """tools/update_translations.py run on a copy of resources/translations/ changes no .ts (plurals included)."""
    import runpy
    import shutil as files

    tool = runpy.run_path(str(ROOT / "tools" / "update_translations.py"))
    assert tool["TRANSLATIONS"] == TRANSLATIONS
    copy = tmp_path / "translations"
    files.copytree(TRANSLATIONS, copy)
    tool["main"].__globals__["TRANSLATIONS"] = copy
    tool["main"]()
    for ts in TRANSLATIONS.glob("*.ts"):
        assert (copy / ts.name).read_text(encoding="utf-8") == ts.read_text(encoding="utf-8"), ts.name
        assert (copy / ts.name).with_suffix(".qm").stat().st_size > 0
