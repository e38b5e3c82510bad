"""Goals > Outcomes in a 1280 x 800 window in German and French: no table is cut at the
window's right edge ("Veränderung", "Passung (Personen)" were), nothing scrolls sideways;
with room enough, the tables stand in two columns as before."""

from __future__ import annotations

from pathlib import Path

import pytest

from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtWidgets import QTableView

from rmdesk.programme.demo_programme import load_demo
from rmdesk.ui.goals.outcomes import PAGE_FIGURES
from rmdesk.ui.goals.tab import SUB_OUTCOMES
from rmdesk.ui.main_window import TAB_GOALS, MainWindow

LAPTOP = (1280, 800)  # the window's default size


def _outcomes_window(qtbot, db_path: Path, size: tuple[int, int]) -> MainWindow:
    """The demo programme's Outcomes page in a window of ``size``, in the language
    installed."""
    load_demo(participants=60, seed=1)
    window = MainWindow(db_path)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitUntil(lambda: window.ready)
    window.tabs.setCurrentIndex(TAB_GOALS)
    window.goals_tab.sub_tabs.setCurrentIndex(SUB_OUTCOMES)
    view = window.goals_tab.outcomes_view
    qtbot.waitUntil(lambda: view.pages.currentIndex() == PAGE_FIGURES)
    qtbot.wait(50)  # the page lays itself out for its width
    return window


@pytest.fixture
def translated(request, speaking) -> str:
    """The shipped translations for the locale given; English again afterwards."""
    speaking(QLocale(request.param))
    return str(request.param)


@pytest.mark.parametrize(
    ("translated", "header"), [("de_DE", "Veränderung"), ("fr_FR", "Évolution")],
    indirect=["translated"],
)  # fmt: skip
def test_the_outcomes_page_fits_a_laptop_window(translated, header, qtbot, db, db_path):
    window = _outcomes_window(qtbot, db_path, LAPTOP)
    view = window.goals_tab.outcomes_view
    model = view.dimensions_model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert header in headers  # the window speaks the language
    assert view.page_scroll.horizontalScrollBar().maximum() == 0  # nothing off to the side
    viewport = view.page_scroll.viewport()
    right_edge = viewport.width()
    for table in view.findChildren(QTableView):
        # Every column within its table, every table within the page's visible width.
        assert table.horizontalHeader().length() <= table.viewport().width(), table.objectName()
        left = table.mapTo(viewport, QPoint(0, 0)).x()
        assert left + table.width() <= right_edge, table.objectName()


def test_with_room_the_tables_stand_in_two_columns(qtbot, db, db_path):
    window = _outcomes_window(qtbot, db_path, (1600, 900))
    view = window.goals_tab.outcomes_view
    assert view.side_by_side
    top = view.dimensions_table.mapTo(view, QPoint(0, 0)).y()
    assert abs(top - view.goals_table.mapTo(view, QPoint(0, 0)).y()) < 40  # side by side
