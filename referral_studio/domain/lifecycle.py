"""Where an offer stands in Marketo's draft → approve cycle, as the store reports it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from referral_studio.domain.offer import GoalType
from referral_studio.domain.texts import QT_TRANSLATE_NOOP, translate


class OfferState(StrEnum):
    """An offer has at most one approved version and at most one draft."""

    DRAFT = "draft"
    APPROVED = "approved"
    APPROVED_WITH_DRAFT = "approved with draft"

    @property
    def label(self) -> str:
        """The state in words for people (translated in the UI; the value is what files and the CLI use)."""
        return translate("OfferState", STATE_LABELS[self])

    @classmethod
    def of(cls, has_approved: bool, has_draft: bool) -> OfferState:
        """The state of an offer from which versions it has."""
        if has_approved:
            return cls.APPROVED_WITH_DRAFT if has_draft else cls.APPROVED
        return cls.DRAFT


STATE_LABELS = {
    OfferState.DRAFT: QT_TRANSLATE_NOOP("OfferState", "Draft"),
    OfferState.APPROVED: QT_TRANSLATE_NOOP("OfferState", "Approved"),
    OfferState.APPROVED_WITH_DRAFT: QT_TRANSLATE_NOOP("OfferState", "Approved · draft"),
}


@dataclass(frozen=True)
class OfferSummary:
    """One row of Marketing Activities: enough to list, pick and describe an offer."""

    id: int
    name: str
    program: str
    state: OfferState
    goal_type: GoalType
    goal_count: int
    updated_at: datetime
    draft_revision: int | None

    @property
    def has_draft(self) -> bool:
        return self.state is not OfferState.APPROVED

    @property
    def has_approved(self) -> bool:
        return self.state is not OfferState.DRAFT


@dataclass(frozen=True)
class RevisionInfo:
    """One saved revision of an offer's draft, with what it changed and what restoring it would change."""

    number: int
    saved_at: datetime
    changes: tuple[str, ...] = ()  # from the revision before it (empty for the first)
    if_restored: tuple[str, ...] = ()  # from the offer as it is now (empty: restoring changes nothing)
    approved: bool = False  # this revision is the approved version
