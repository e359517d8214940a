"""`referral-studio offers list|import|export`: the store's offers from a script."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from referral_studio.cli.errors import EXIT_OK, UserError

if TYPE_CHECKING:  # the command imports what it uses when it runs, so --help starts fast
    from referral_studio.domain.lifecycle import OfferSummary


def run_offers(args: argparse.Namespace) -> int:
    from referral_studio.domain.offer_file import read_offer_file, write_offer_file
    from referral_studio.store import repository as repo
    from referral_studio.store.database import Store, default_database_path

    if args.offers_command == "import":
        offer = read_offer_file(args.file)  # before the store opens: a bad file changes nothing
    store = Store(args.database or default_database_path())
    try:
        with store.transaction() if args.offers_command == "import" else store.reading() as session:
            if args.offers_command == "list":
                _print_offers(repo.list_offers(session))
            elif args.offers_command == "import":
                summary = repo.create_offer(session, offer)
                print(f"Imported {summary.name!r} into program {summary.program!r} as a draft.")
            else:
                version = repo.load_draft(session, args.name) if args.draft else repo.load_approved(session, args.name)
                if version is None:
                    other = "--draft to export its draft" if not args.draft else "export without --draft"
                    which = "draft" if args.draft else "approved version"
                    raise UserError(f"offer {args.name!r} has no {which}; use {other}")
                write_offer_file(version, args.out)
    finally:
        store.close()
    return EXIT_OK


def _print_offers(offers: list[OfferSummary]) -> None:
    rows = [("PROGRAM", "NAME", "STATE", "GOAL")]
    rows += [(o.program, o.name, o.state.value, f"{o.goal_type.label} × {o.goal_count}") for o in offers]
    widths = [max(len(row[i]) for row in rows) for i in range(3)]
    for row in rows:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=False)) + "  " + row[3])
