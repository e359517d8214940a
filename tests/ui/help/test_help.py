"""Help: the credit rules in words, the keyboard shortcuts, and the first start's welcome page."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QTableWidget

from referral_studio.domain.offer import GoalType
from referral_studio.ui.help.help_dialogs import CreditRulesDialog, ShortcutsDialog, qualification_help
from referral_studio.ui.i18n import goal_label
from referral_studio.ui.shell.main_window import MainWindow
from referral_studio.ui.shell.welcome_page import WelcomePage


def test_the_credit_rules_name_every_goal_and_explain_once_and_every_time(qtbot: object) -> None:
    dialog = CreditRulesDialog()
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    text = dialog.text.toPlainText()
    assert all(goal_label(goal) in text for goal in GoalType)
    assert "Once:" in qualification_help() and "Every time:" in qualification_help() and "Every time:" in text
    assert "self-referrals" in text and "promo code" in text


def test_the_shortcuts_list_is_read_off_the_window(window: MainWindow, qtbot: object) -> None:
    dialog = ShortcutsDialog([("Referral Studio", window)])
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    table = dialog.findChild(QTableWidget, "shortcutsTable")
    rows = {table.item(r, 1).text(): table.item(r, 2).text() for r in range(table.rowCount())}
    assert rows["Simulate"] == "Ctrl+R" and rows["New Referral Offer"] == "Ctrl+N"
    assert all(keys for keys in rows.values())


def test_the_welcome_page_takes_each_next_step(qtbot: object) -> None:
    page = WelcomePage()
    qtbot.addWidget(page)  # type: ignore[attr-defined]
    for name, signal in (
        ("welcomeNewOffer", page.sig_new_offer),
        ("welcomeOpenDemo", page.sig_open_demo),
        ("welcomeRules", page.sig_show_rules),
    ):
        with qtbot.waitSignal(signal, timeout=1000):  # type: ignore[attr-defined]
            page.findChild(QPushButton, name).click()
