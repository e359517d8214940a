"""SQLAlchemy 2 typed tables. Offer content is kept as offer-file JSON so it stays portable."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, MetaData, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class ProgramRow(Base):
    """A program: a folder of Marketing Activities."""

    __tablename__ = "programs"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String, unique=True)
    created_at: Mapped[datetime]
    offers: Mapped[list[OfferRow]] = relationship(
        back_populates="program", cascade="all, delete-orphan", passive_deletes=True
    )


class OfferRow(Base):
    """An offer: its approved version and its draft, each as offer-file JSON."""

    __tablename__ = "offers"
    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[int] = mapped_column(ForeignKey("programs.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String, unique=True)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    approved_content: Mapped[str | None] = mapped_column(Text)
    approved_at: Mapped[datetime | None]
    draft_content: Mapped[str | None] = mapped_column(Text)
    draft_revision: Mapped[int | None]
    program: Mapped[ProgramRow] = relationship(back_populates="offers")
    revisions: Mapped[list[RevisionRow]] = relationship(
        back_populates="offer", cascade="all, delete-orphan", passive_deletes=True, order_by="RevisionRow.number"
    )


class RevisionRow(Base):
    """One save of an offer's draft, kept so history can be shown and restored."""

    __tablename__ = "revisions"
    __table_args__ = (UniqueConstraint("offer_id", "number"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    # No index of its own: the unique (offer_id, number) index serves lookups by offer (migration 0002).
    offer_id: Mapped[int] = mapped_column(ForeignKey("offers.id", ondelete="CASCADE"))
    number: Mapped[int]
    saved_at: Mapped[datetime]
    content: Mapped[str] = mapped_column(Text)
    offer: Mapped[OfferRow] = relationship(back_populates="revisions")
