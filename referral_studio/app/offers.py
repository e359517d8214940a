"""Marketing Activities' use cases on one store: each is one transaction, returns domain values,
and raises RepositoryError / StoreError / OfferFileError (with a message for the user) when refused."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from sqlalchemy.orm import Session

from referral_studio.domain.lifecycle import OfferSummary, RevisionInfo
from referral_studio.domain.offer import Offer
from referral_studio.domain.offer_file import read_offer_file, write_offer_file
from referral_studio.store import repository as repo
from referral_studio.store.database import Store

T = TypeVar("T")


@dataclass(frozen=True)
class Activities:
    """Everything Marketing Activities lists."""

    programs: list[str]
    offers: list[OfferSummary]


@dataclass(frozen=True)
class OfferView:
    """One offer as the details pane shows it: its row, its current settings, its draft's history, its approved version."""

    summary: OfferSummary
    offer: Offer
    revisions: list[RevisionInfo]
    approved: Offer | None = None  # the approved version, to set beside the draft


@dataclass(frozen=True)
class Draft:
    """A draft opened for editing, and the revision it was read at (to detect a save elsewhere)."""

    offer: Offer
    revision: int | None


@dataclass(frozen=True)
class SimulationSubject:
    """What a simulation replays: the draft (else the approved version), and the approved version to compare."""

    offer: Offer
    approved: Offer | None


class Offers:
    """The store's programs and offers, as the windows use them."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._seen: int | None = None  # the store's data_version when the activities were last read

    def _write(self, work: Callable[[Session], T]) -> T:
        with self.store.transaction() as session:
            return work(session)

    def _read(self, work: Callable[[Session], T]) -> T:
        with self.store.reading() as session:
            return work(session)

    # Reading

    def activities(self) -> Activities:
        self._seen = self.store.data_version()  # before reading: a write in between is seen next time
        return self._read(lambda s: Activities(repo.list_programs(s), repo.list_offers(s)))

    def changed(self) -> bool:
        """Whether anyone wrote to the store since the activities were last read."""
        return self._seen is None or self.store.data_version() != self._seen

    def view(self, name: str) -> OfferView:
        """The offer with its details, from one snapshot of the store."""
        return self._read(
            lambda s: OfferView(
                repo.offer_summary(s, name),
                repo.load_current(s, name),
                repo.list_revisions(s, name),
                repo.load_approved(s, name),
            )
        )

    def current(self, name: str) -> Offer:
        """The draft if there is one, else the approved version."""
        return self._read(lambda s: repo.load_current(s, name))

    def draft(self, name: str) -> Offer | None:
        return self._read(lambda s: repo.load_draft(s, name))

    def simulation_subject(self, name: str) -> SimulationSubject:
        return self._read(lambda s: SimulationSubject(repo.load_current(s, name), repo.load_approved(s, name)))

    # Programs

    def create_program(self, name: str) -> str:
        """Add an empty program; returns its name as stored."""
        self._write(lambda s: repo.create_program(s, name))
        return name.strip()

    def rename_program(self, old: str, new: str) -> str:
        self._write(lambda s: repo.rename_program(s, old, new))
        return new.strip()

    def delete_program(self, name: str) -> int:
        """Delete a program with its offers; returns how many offers went with it."""
        return self._write(lambda s: repo.delete_program(s, name))

    # Offers

    def create_offer(self, name: str, program: str, clone_from: str | None = None) -> str:
        """A new draft offer, or a copy of `clone_from`'s settings; returns its name as stored."""

        def work(session: Session) -> OfferSummary:
            if clone_from:
                return repo.clone_offer(session, clone_from, name, program)
            return repo.create_offer(session, Offer(name=name, program=program))

        return self._write(work).name

    def open_draft(self, name: str) -> Draft:
        """Marketo's Edit Draft: the draft, started from the approved version when there is none."""

        def work(session: Session) -> Draft:
            offer = repo.edit_draft(session, name)
            return Draft(offer, repo.offer_summary(session, name).draft_revision)

        return self._write(work)

    def save_draft(self, name: str, offer: Offer, expected_revision: int | None) -> int:
        """Save the draft as a new revision (DraftConflict when another window saved it since)."""
        return self._write(lambda s: repo.save_draft(s, name, offer, expected_revision=expected_revision))

    def approve(self, name: str) -> Offer:
        """Make the draft the approved version (ApprovalBlocked with the problems when it cannot be)."""
        return self._write(lambda s: repo.approve(s, name))

    def discard_draft(self, name: str) -> None:
        self._write(lambda s: repo.discard_draft(s, name))

    def rename_offer(self, old: str, new: str) -> str:
        self._write(lambda s: repo.rename_offer(s, old, new))
        return new.strip()

    def delete_offer(self, name: str) -> None:
        self._write(lambda s: repo.delete_offer(s, name))

    def restore_revision(self, name: str, number: int) -> int:
        """Make an old revision the draft again (as a new revision); returns its number."""
        return self._write(lambda s: repo.restore_revision(s, name, number))

    # Files

    def import_offer(self, path: str | Path, name: str | None = None) -> str:
        """Add an offer file as a draft (under `name` when given); a bad file or a name clash changes nothing.
        Returns the offer's name."""
        offer = read_offer_file(path)  # before the store is touched
        if name is not None:
            offer = offer.replace(name=name)
        return self._write(lambda s: repo.create_offer(s, offer)).name

    def export_offer(self, name: str, path: str | Path) -> None:
        """Write the offer (its draft if it has one, else its approved version) to an offer file."""
        write_offer_file(self.current(name), path)
