"""Approving a draft from any window: the one place that turns a refusal into a message."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from referral_studio.app.offers import Offers
from referral_studio.store.repository import ApprovalBlocked, RepositoryError
from referral_studio.ui.i18n import translate


def approve_offer(parent: QWidget, offers: Offers, name: str) -> bool:
    """Approve the offer's saved draft; a refusal (blocking problems, no draft) is shown and changes nothing."""
    try:
        offers.approve(name)
    except ApprovalBlocked as blocked:
        lines = "\n".join(f"• {p.message}" for p in blocked.problems)
        QMessageBox.warning(
            parent,
            translate("Approval", "Cannot approve yet"),
            translate("Approval", "Fix these first:\n\n{problems}").format(problems=lines),
        )
        return False
    except RepositoryError as error:
        QMessageBox.warning(parent, translate("Approval", "Not approved"), str(error))
        return False
    return True
