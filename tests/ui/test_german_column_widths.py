"""German words are long: the columns sized from sample texts take the window's own
words, so "Vorzeitig beendet" and "… · überfällig" are read whole, not elided."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from PySide6.QtCore import QLocale, QModelIndex, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QStyle

from rmdesk.programme.demo_programme import load_demo
from rmdesk.ui.goals.model import COL_STATUS as GOAL_STATUS_COLUMN
from rmdesk.ui.goals.model import COL_TARGET
from rmdesk.ui.main_window import MainWindow
from rmdesk.ui.pairs.model import COL_STATUS as PAIR_STATUS_COLUMN
from rmdesk.ui.participants.model import COL_LEVEL as PARTICIPANT_LEVEL_COLUMN
from rmdesk.ui.participants.model import COL_ROLE as PARTICIPANT_ROLE_COLUMN
from rmdesk.ui.participants.model import COL_STATUS as PARTICIPANT_STATUS_COLUMN


@pytest.fixture
def german_window(qtbot, db, db_path: Path, speaking) -> Iterator[MainWindow]:
    """The demo programme in a window built in German; English again afterwards."""
    speaking(QLocale("de_DE"))
    load_demo(60, 1)
    window = MainWindow(db_path)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.ready)
    for index in range(window.tabs.count()):  # a tab reads its rows when first shown
        window.tabs.setCurrentIndex(index)
        qtbot.wait(10)
    yield window


def _shown(model, column: int, parent: QModelIndex | None = None) -> Iterator[QModelIndex]:
    """Every cell of ``column`` with a text, the tree's children included."""
    parent = parent or QModelIndex()
    for row in range(model.rowCount(parent)):
        index = model.index(row, column, parent)
        if index.data():
            yield index
        yield from _shown(model, column, model.index(row, 0, parent))


def _width(view: QAbstractItemView, index: QModelIndex) -> int:
    """The width the cell needs: its text in the font the model gives it (bold), and
    the margin the style leaves either side of a cell's text (Qt elides inside it)."""
    font = index.data(Qt.ItemDataRole.FontRole)
    metrics = QFontMetrics(font) if isinstance(font, QFont) else view.fontMetrics()
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    return metrics.horizontalAdvance(str(index.data())) + 2 * margin


def test_the_pairs_status_column_holds_the_longest_german_status(german_window):
    table = german_window.pairs_tab.table
    statuses = list(_shown(table.model(), PAIR_STATUS_COLUMN))
    assert "Vorzeitig beendet" in {s.data() for s in statuses}  # the demo ended one early
    assert table.columnWidth(PAIR_STATUS_COLUMN) >= max(_width(table, s) for s in statuses)


def test_the_goals_target_and_status_columns_hold_their_german_words(german_window):
    tree = german_window.goals_tab.tree
    targets = list(_shown(tree.model(), COL_TARGET))
    assert any("überfällig" in t.data() for t in targets)  # the demo has goals past date
    assert tree.columnWidth(COL_TARGET) >= max(_width(tree, t) for t in targets)
    statuses = list(_shown(tree.model(), GOAL_STATUS_COLUMN))
    assert "In Arbeit" in {s.data() for s in statuses}
    assert tree.columnWidth(GOAL_STATUS_COLUMN) >= max(_width(tree, s) for s in statuses)


def test_the_participants_level_role_and_status_columns_hold_their_german_words(german_window):
    table = german_window.participants_tab.table
    levels = list(_shown(table.model(), PARTICIPANT_LEVEL_COLUMN))
    assert "5 · Obere Führungskraft" in {level.data() for level in levels}
    for column in (PARTICIPANT_LEVEL_COLUMN, PARTICIPANT_ROLE_COLUMN, PARTICIPANT_STATUS_COLUMN):
        cells = list(_shown(table.model(), column))
        assert cells, column
        assert table.columnWidth(column) >= max(_width(table, c) for c in cells), column
