"""What a first start shows instead of an empty tree: the next steps, and the demo to try first."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from referral_studio.ui.i18n import translate


class WelcomePage(QWidget):
    """Three steps to a first simulation, with buttons that take them; the demo for a quick look."""

    sig_new_offer = Signal()
    """The user wants to create a referral offer (New Referral Offer)."""
    sig_open_demo = Signal()
    """The user wants to look around the demo workspace first."""
    sig_show_rules = Signal()
    """The user wants to read how credits are counted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePage")
        title = QLabel(translate("WelcomePage", "Welcome to Referral Studio"))
        title.setStyleSheet("font-size: 18pt; font-weight: 600;")
        steps = [
            translate(
                "WelcomePage",
                "Create a referral offer: New Referral Offer (Ctrl+N) puts it in a program of Marketing Activities.",
            ),
            translate(
                "WelcomePage",
                "Edit Draft (Ctrl+Enter): choose the fulfillment goal, how many credits fulfill it, the emails and "
                "promo codes; the draft saves itself.",
            ),
            translate(
                "WelcomePage",
                "Simulate (Ctrl+R): replay synthetic traffic or your event log and see who earns credit, and why.",
            ),
            translate("WelcomePage", "Approve the draft when nothing blocks it."),
        ]
        text = QLabel(
            "<ol>" + "".join(f"<li style='margin-bottom:6px'>{escape(step)}</li>" for step in steps) + "</ol>"
        )
        text.setObjectName("welcomeSteps")
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setWordWrap(True)
        self.new_offer = QPushButton(translate("WelcomePage", "New Referral Offer…"), objectName="welcomeNewOffer")
        self.new_offer.clicked.connect(self.sig_new_offer)
        self.demo = QPushButton(translate("WelcomePage", "Open the Demo Workspace"), objectName="welcomeOpenDemo")
        self.demo.setToolTip(
            translate(
                "WelcomePage",
                "Marketo's example offers, one per goal type, with traffic in which each pays out; your store is not "
                "touched",
            )
        )
        self.demo.clicked.connect(self.sig_open_demo)
        self.rules = QPushButton(translate("WelcomePage", "How Credits Are Counted"), objectName="welcomeRules")
        self.rules.clicked.connect(self.sig_show_rules)
        buttons = QHBoxLayout()
        for button in (self.new_offer, self.demo, self.rules):
            buttons.addWidget(button)
        buttons.addStretch(1)
        hint = QLabel(
            translate(
                "WelcomePage",
                "New here? Open the demo workspace, pick an offer and press Simulate, then Compare Goal Types.",
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555")
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addLayout(buttons)
        layout.addWidget(hint)
        layout.addStretch(1)
