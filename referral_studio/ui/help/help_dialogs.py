"""Help menu pages: the credit rules in words, and the keyboard shortcuts of the open windows."""

from __future__ import annotations

from html import escape

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from referral_studio.domain.offer import GoalType
from referral_studio.domain.offer_text import goal_hint
from referral_studio.ui.i18n import goal_label, translate
from referral_studio.ui.widgets.read_only_table import read_only_table


def qualification_help() -> str:
    """What "once" and "every time" mean for a Smart List Trigger, for the editor's field and the rules page."""
    return translate(
        "HelpDialogs",
        "Once: a friend earns their referrer one credit, the first time they do a trigger activity; doing it again "
        "earns nothing. Every time: each trigger activity the friend does earns another credit.",
    )


def credit_rules_html() -> str:
    """The rules the engine follows, in a marketer's words."""
    goals = "".join(f"<li><b>{escape(goal_label(g))}</b>: {escape(goal_hint(g))}</li>" for g in GoalType)
    sections = [
        (
            translate("HelpDialogs", "What earns a credit"),
            f"<ul>{goals}</ul><p>{escape(qualification_help())}</p>",
        ),
        (
            translate("HelpDialogs", "Who gets the credit"),
            escape(
                translate(
                    "HelpDialogs",
                    "A visit through a referrer's link credits that referrer. A sign-up, activity or JavaScript event "
                    "without a referrer goes to a referrer whose link the friend visited before: the first one (first "
                    "touch) or the latest (last touch), only among visits within the attribution window when one is "
                    "set. Only new friends count: a person who had already signed up (or done the activity) earns "
                    "nobody a credit the second time.",
                )
            ),
        ),
        (
            translate("HelpDialogs", "What never counts"),
            escape(
                translate(
                    "HelpDialogs",
                    "Events before the offer window starts or from its end on; a referrer's own visits and sign-ups "
                    "(self-referrals); visits without a referral link; shares, which only feed the funnel.",
                )
            ),
        ),
        (
            translate("HelpDialogs", "Fulfillment and promo codes"),
            escape(
                translate(
                    "HelpDialogs",
                    "When a referrer's credits reach the goal count, the offer is fulfilled for them: they get the "
                    "next promo code in the list, while codes last, and the fulfillment email. With repeat rewards, "
                    "each further goal count of credits fulfills it again, up to the most fulfillments set. Credits "
                    "keep counting after the last fulfillment.",
                )
            ),
        ),
    ]
    return "".join(f"<h3>{escape(title)}</h3>{body}" for title, body in sections)


class CreditRulesDialog(QDialog):
    """Help › Credit Rules: how events become credits, fulfillments and promo codes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("creditRulesDialog")
        self.setWindowTitle(translate("HelpDialogs", "Credit Rules"))
        self.text = QTextBrowser(objectName="creditRulesText")
        self.text.setHtml(credit_rules_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(640, 560)


def shortcuts_of(window: QWidget) -> list[tuple[str, str]]:
    """(what, keys) for every action and button of a window that has a keyboard shortcut."""
    found: dict[str, str] = {}
    for action in window.findChildren(QAction):
        keys = ", ".join(key.toString(QKeySequence.SequenceFormat.NativeText) for key in action.shortcuts())
        if keys and action.text():
            found.setdefault(action.text().replace("&", "").rstrip("…. "), keys)
    for button in window.findChildren(QAbstractButton):
        keys = button.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        name = button.text().replace("&", "").rstrip("…. ") or button.accessibleName()
        if keys and name:
            found.setdefault(name, keys)
    return sorted(found.items(), key=lambda item: item[0].casefold())


class ShortcutsDialog(QDialog):
    """Help › Keyboard Shortcuts: read off the windows' own actions, so the list is never out of date."""

    def __init__(self, windows: list[tuple[str, QWidget]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(translate("HelpDialogs", "Keyboard Shortcuts"))
        rows = [(title, what, keys) for title, window in windows for what, keys in shortcuts_of(window)]
        self.table = read_only_table(
            "shortcutsTable",
            [translate("HelpDialogs", "Window"), translate("HelpDialogs", "Command"), translate("HelpDialogs", "Keys")],
            len(rows),
        )
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                first = row == 0 or rows[row - 1][0] != values[0]  # a window's name once, over its commands
                self.table.setItem(row, column, QTableWidgetItem(value if column or first else ""))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.resizeRowsToContents()  # a command with several keys shows them all, not "…"
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(620, 520)
