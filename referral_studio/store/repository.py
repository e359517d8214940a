"""Programs, offers, drafts and revisions, as domain objects (never ORM rows).

Functions take the caller's session and never commit: one user action is one
`with store.transaction() as session:` block (SQLAlchemy's advice for GUI apps).
"""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import func, select
from sqlalchemy.orm import Session, object_session

from referral_studio.domain.lifecycle import OfferState, OfferSummary, RevisionInfo
from referral_studio.domain.offer import Offer
from referral_studio.domain.offer_diff import offer_changes
from referral_studio.domain.offer_file import dumps_offer, loads_offer
from referral_studio.domain.texts import translate
from referral_studio.domain.validation import Problem, blocking, validate
from referral_studio.store.models import OfferRow, ProgramRow, RevisionRow

DEFAULT_PROGRAM = "Referral Offers"


class RepositoryError(Exception):
    """A request the store refuses; the message is for the user."""


class NotFound(RepositoryError):
    """No program, offer or revision by that name or number."""


class NameClash(RepositoryError):
    """The name is taken; nothing was changed."""


class ApprovalBlocked(RepositoryError):
    """The draft has blocking problems; it stays a draft."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        lines = "; ".join(f"{problem.field}: {problem.message}" for problem in problems)
        super().__init__(translate("Repository", "the draft cannot be approved: {problems}").format(problems=lines))


class DraftConflict(RepositoryError):
    """Someone else saved the draft since it was read; neither version was lost."""

    def __init__(self, expected: int | None, actual: int | None) -> None:
        self.expected = expected
        self.actual = actual
        super().__init__(
            translate(
                "Repository",
                "the draft was changed elsewhere (revision {actual}, this window had {expected}); "
                "reload it or keep your version",
            ).format(actual=actual, expected=expected)
        )


def _now() -> datetime:
    # Stored naive, always UTC; SQLite has no time zones.
    return datetime.now(timezone.utc).replace(tzinfo=None)


def _utc(value: datetime) -> datetime:
    return value.replace(tzinfo=timezone.utc)


# Programs


def list_programs(session: Session) -> list[str]:
    """Program names, sorted case-insensitively."""
    return sorted(session.scalars(select(ProgramRow.name)), key=str.casefold)


def _program(session: Session, name: str, *, create: bool = False) -> ProgramRow:
    row = session.scalar(select(ProgramRow).where(ProgramRow.name == name))
    if row is None:
        if not create:
            raise NotFound(translate("Repository", "there is no program named {name}").format(name=repr(name)))
        row = ProgramRow(name=name, created_at=_now())
        session.add(row)
        session.flush()
    return row


def create_program(session: Session, name: str) -> None:
    """Add an empty program; the name must be new and not blank."""
    name = name.strip()
    if not name:
        raise RepositoryError(translate("Repository", "a program needs a name"))
    if session.scalar(select(ProgramRow.id).where(ProgramRow.name == name)) is not None:
        raise NameClash(translate("Repository", "a program named {name} already exists").format(name=repr(name)))
    _program(session, name, create=True)


def rename_program(session: Session, old: str, new: str) -> None:
    """Rename a program; its offers move with it."""
    new = new.strip()
    if not new:
        raise RepositoryError(translate("Repository", "a program needs a name"))
    row = _program(session, old)
    if new != old and session.scalar(select(ProgramRow.id).where(ProgramRow.name == new)) is not None:
        raise NameClash(translate("Repository", "a program named {name} already exists").format(name=repr(new)))
    row.name = new


def delete_program(session: Session, name: str) -> int:
    """Delete a program and its offers; returns how many offers went with it."""
    row = _program(session, name)
    count = len(row.offers)
    session.delete(row)
    return count


# Offers


def _summary(row: OfferRow) -> OfferSummary:
    content = row.draft_content if row.draft_content is not None else row.approved_content
    offer = loads_offer(content or "", f"stored offer {row.name!r}", stored=True)
    return OfferSummary(
        id=row.id,
        name=row.name,
        program=row.program.name,
        state=OfferState.of(row.approved_content is not None, row.draft_content is not None),
        goal_type=offer.goal.type,
        goal_count=offer.goal.count,
        updated_at=_utc(row.updated_at),
        draft_revision=row.draft_revision,
    )


def _offer_row(session: Session, name: str) -> OfferRow:
    row = session.scalar(select(OfferRow).where(OfferRow.name == name))
    if row is None:
        raise NotFound(translate("Repository", "there is no offer named {name}").format(name=repr(name)))
    return row


def _name_free(session: Session, name: str) -> str:
    name = name.strip()
    if not name:
        raise RepositoryError(translate("Repository", "an offer needs a name"))
    if session.scalar(select(OfferRow.id).where(OfferRow.name == name)) is not None:
        raise NameClash(
            translate(
                "Repository", "an offer named {name} already exists; choose another name (nothing was overwritten)"
            ).format(name=repr(name))
        )
    return name


def _content(row: OfferRow, text: str) -> Offer:
    """An offer as stored; the name and program columns are the truth, so renames need no rewrite."""
    stored = loads_offer(text, f"stored offer {row.name!r}", stored=True)  # as saved, repeated codes and all
    return stored.replace(name=row.name, program=row.program.name)


def list_offers(session: Session) -> list[OfferSummary]:
    """Every offer, by program then name."""
    rows = session.scalars(select(OfferRow).join(OfferRow.program).order_by(ProgramRow.name, OfferRow.name))
    return [_summary(row) for row in rows]


def offer_summary(session: Session, name: str) -> OfferSummary:
    """One offer's row of Marketing Activities."""
    return _summary(_offer_row(session, name))


def create_offer(session: Session, offer: Offer) -> OfferSummary:
    """Add a new offer as a draft (revision 1), creating its program when needed."""
    name = _name_free(session, offer.name)
    program = _program(session, offer.program.strip() or DEFAULT_PROGRAM, create=True)
    now = _now()
    row = OfferRow(name=name, program=program, created_at=now, updated_at=now)
    session.add(row)
    _write_draft(row, dumps_offer(offer.replace(name=name, program=program.name)), now)
    session.flush()
    return _summary(row)


def _write_draft(row: OfferRow, text: str, now: datetime) -> int:
    """Store offer-file text as the draft and as a new revision; returns the revision number."""
    # Numbers keep rising across approvals and discards: a revision number is never reused.
    # Asked of SQL, not by loading every earlier revision: a long editing day makes thousands.
    session = object_session(row)
    highest = None
    if session is not None and row.id is not None:
        highest = session.scalar(select(func.max(RevisionRow.number)).where(RevisionRow.offer_id == row.id))
    number = (highest or 0) + 1
    row.draft_content = text
    row.draft_revision = number
    row.updated_at = now
    revision = RevisionRow(number=number, saved_at=now, content=text)
    if session is None:
        row.revisions.append(revision)  # a new offer: its first revision goes in with it
    else:
        revision.offer = row
        session.add(revision)
    return number


def load_draft(session: Session, name: str) -> Offer | None:
    """The offer's draft, or None when it has only an approved version."""
    row = _offer_row(session, name)
    return None if row.draft_content is None else _content(row, row.draft_content)


def load_approved(session: Session, name: str) -> Offer | None:
    """The offer's approved version, or None when it was never approved."""
    row = _offer_row(session, name)
    return None if row.approved_content is None else _content(row, row.approved_content)


def load_current(session: Session, name: str) -> Offer:
    """The draft if there is one, else the approved version: what the editor would show."""
    row = _offer_row(session, name)
    return _content(row, row.draft_content or row.approved_content or "")


def edit_draft(session: Session, name: str) -> Offer:
    """Marketo's Edit Draft: the draft, else the approved version to start one from.

    Opening starts no draft: the first save that differs from the approved version does.
    """
    return load_current(session, name)


def save_draft(session: Session, name: str, offer: Offer, *, expected_revision: int | None = None) -> int:
    """Save the draft as a new revision and return its number.

    With `expected_revision`, refuse (DraftConflict) when the stored draft is no longer
    that revision (0: when a draft appeared where none was), so two editors never silently
    overwrite each other. Edit Draft starts no draft: the first save that differs from the
    approved version does (0 is returned while there is none).
    """
    row = _offer_row(session, name)
    if expected_revision is not None and (row.draft_revision or 0) != expected_revision:
        raise DraftConflict(expected_revision, row.draft_revision)
    text = dumps_offer(offer.replace(name=row.name, program=row.program.name))
    if row.draft_content == text or (row.draft_content is None and row.approved_content == text):
        return row.draft_revision or 0
    return _write_draft(row, text, _now())


def approve(session: Session, name: str) -> Offer:
    """Make the draft the approved version; refused while it has blocking problems."""
    row = _offer_row(session, name)
    if row.draft_content is None:
        raise RepositoryError(translate("Repository", "offer {name} has no draft to approve").format(name=repr(name)))
    offer = _content(row, row.draft_content)
    problems = blocking(validate(offer))
    if problems:
        raise ApprovalBlocked(problems)
    now = _now()
    row.approved_content = row.draft_content
    row.approved_at = now
    row.draft_content = None
    row.draft_revision = None
    row.updated_at = now
    return offer


def discard_draft(session: Session, name: str) -> None:
    """Drop the draft; the approved version stays. A never-approved offer has nothing to fall back to."""
    row = _offer_row(session, name)
    if row.draft_content is None:
        raise RepositoryError(translate("Repository", "offer {name} has no draft to discard").format(name=repr(name)))
    if row.approved_content is None:
        raise RepositoryError(
            translate(
                "Repository", "offer {name} was never approved, so its draft is all there is; delete the offer instead"
            ).format(name=repr(name))
        )
    row.draft_content = None
    row.draft_revision = None
    row.updated_at = _now()


def clone_offer(session: Session, name: str, new_name: str, program: str | None = None) -> OfferSummary:
    """A new draft offer with the settings of an existing one (its draft, else its approved version)."""
    source = load_current(session, name)
    return create_offer(session, source.replace(name=new_name, program=program or source.program))


def rename_offer(session: Session, old: str, new: str) -> None:
    """Rename an offer; the name stays unique in the store."""
    row = _offer_row(session, old)
    if new.strip() != old:
        row.name = _name_free(session, new)
        row.updated_at = _now()


def move_offer(session: Session, name: str, program: str) -> None:
    """Move an offer to another program (created when new)."""
    row = _offer_row(session, name)
    row.program = _program(session, program.strip() or DEFAULT_PROGRAM, create=True)
    row.updated_at = _now()


def delete_offer(session: Session, name: str) -> None:
    """Delete an offer with its versions and revision history."""
    session.delete(_offer_row(session, name))


# Revisions


def list_revisions(session: Session, name: str) -> list[RevisionInfo]:
    """The draft's saved revisions, newest first, each saying what it changed; the approved one is marked."""
    row = _offer_row(session, name)
    current_text = row.draft_content or row.approved_content or ""
    current = _content(row, current_text)
    approved = next((r.number for r in reversed(row.revisions) if r.content == row.approved_content), None)
    infos, previous = [], None
    for revision in row.revisions:
        offer = _content(row, revision.content)
        infos.append(
            RevisionInfo(
                revision.number,
                _utc(revision.saved_at),
                changes=tuple(offer_changes(previous, offer)) if previous is not None else (),
                if_restored=() if revision.content == current_text else tuple(offer_changes(current, offer)),
                approved=revision.number == approved,
            )
        )
        previous = offer
    return infos[::-1]


def load_revision(session: Session, name: str, number: int) -> Offer:
    """The offer as it was saved in one revision."""
    row = _offer_row(session, name)
    for revision in row.revisions:
        if revision.number == number:
            return _content(row, revision.content)
    raise NotFound(
        translate("Repository", "offer {name} has no revision {number}").format(name=repr(name), number=number)
    )


def restore_revision(session: Session, name: str, number: int) -> int:
    """Make an old revision the draft again, as a new revision (history is never rewritten)."""
    offer = load_revision(session, name, number)
    row = _offer_row(session, name)
    return _write_draft(row, dumps_offer(offer), _now())
