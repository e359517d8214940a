"""Table headers kept whole in narrow columns: a long header on two lines, and the width a table's columns need.

Longer words (Swedish) and a 1280×720 screen leave the app's tables little room; a header cut at
a column's or the table's edge cannot be read, so views wrap long headers and lay out by need.
"""

from __future__ import annotations

from PySide6.QtWidgets import QTableView


def two_lines(header: str) -> str:
    """A header of several words on two lines, broken at the space nearest its middle (a narrower column)."""
    spaces = [index for index, char in enumerate(header) if char == " "]
    if not spaces:
        return header
    middle = min(spaces, key=lambda index: abs(2 * index - len(header)))
    return f"{header[:middle]}\n{header[middle + 1 :]}"


def needed_width(table: QTableView) -> int:
    """The width that shows every column whole, its header and its rows (those resized to contents), no scrolling."""
    header = table.horizontalHeader()
    columns = sum(
        max(header.sectionSizeHint(column), table.sizeHintForColumn(column))
        for column in range(header.count())
        if not header.isSectionHidden(column)
    )
    return columns + 2 * table.frameWidth() + table.verticalScrollBar().sizeHint().width()
