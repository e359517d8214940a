"""Compare Draft with Approved lists the settings the offer uses, not those left from another goal."""

from __future__ import annotations

from referral_studio.domain.offer import Goal, GoalType, Offer
from referral_studio.ui.activities.version_comparison import VersionComparison


def test_compare_draft_with_approved_shows_no_row_for_a_sign_ups_offer_s_leftover_triggers(qtbot: object) -> None:
    approved = Offer(name="S", goal=Goal(type=GoalType.REFERRED_SIGNUPS, count=2))
    draft = approved.with_value("goal.trigger_activities", ("Opportunity Created",)).with_value("goal.count", 3)
    dialog = VersionComparison(approved, draft)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    settings = [dialog.table.item(row, 0).text() for row in range(dialog.table.rowCount())]
    assert "Goal count" in settings and "Trigger activities" not in settings and "Qualification" not in settings
