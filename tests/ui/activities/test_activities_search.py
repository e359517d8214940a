"""Marketing Activities in the order people count, with a search box."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QTreeView

from referral_studio.domain.lifecycle import OfferState, OfferSummary
from referral_studio.domain.natural_order import natural_key
from referral_studio.domain.offer import GoalType
from referral_studio.ui.activities.activities_model import ActivitiesModel
from referral_studio.ui.activities.activities_search import ActivitiesSearch


def summary(name: str, program: str) -> OfferSummary:
    return OfferSummary(0, name, program, OfferState.DRAFT, GoalType.REFERRED_VISITS, 1, datetime.now(UTC), 1)


def names(model: ActivitiesModel, parent: QModelIndex) -> list[str]:
    return [model.index(row, 0, parent).data() for row in range(model.rowCount(parent))]


def test_names_sort_as_people_count() -> None:
    assert sorted(["Offer 10", "offer 2", "Offer 1", "Offer 1b"], key=natural_key) == [
        "Offer 1",
        "Offer 1b",
        "offer 2",
        "Offer 10",
    ]


def test_the_tree_is_in_natural_order_and_the_search_hides_what_does_not_match(qtbot: object) -> None:
    model = ActivitiesModel()
    tree = QTreeView()
    qtbot.addWidget(tree)  # type: ignore[attr-defined]
    tree.setModel(model)
    search = ActivitiesSearch(tree, model)
    offers = [summary(f"Example {n}", "Demo") for n in (10, 2, 1)] + [summary("Spring", "Campaign 2027")]
    model.load(["Demo", "Campaign 2027"], offers)
    assert names(model, QModelIndex()) == ["Campaign 2027", "Demo"]
    demo, campaign = model.index(1, 0), model.index(0, 0)
    assert names(model, demo) == ["Example 1", "Example 2", "Example 10"]
    search.setText("ample 1")
    assert [tree.isRowHidden(row, demo) for row in range(3)] == [False, True, False]
    assert tree.isRowHidden(0, QModelIndex()) and tree.isExpanded(demo)  # no match in Campaign 2027
    search.setText("campaign")  # a matching program shows all its offers
    assert not tree.isRowHidden(0, QModelIndex()) and not tree.isRowHidden(0, campaign)
    assert tree.isRowHidden(1, QModelIndex())
    model.load(["Demo", "Campaign 2027"], offers)  # the filter holds across a reload
    assert tree.isRowHidden(1, QModelIndex())
    search.clear()
    assert not any(tree.isRowHidden(row, QModelIndex()) for row in range(2))
