"""The window in French, as a coordinator in Lyon sees it: the Pairs tab's buttons do not
push the window past a laptop screen, the Goals pages' role, phase and fit columns hold
their French words whole, and the outcomes' own rows ("All goals", whose goals) are
French too."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QTableView

from rmdesk.programme.demo_programme import load_demo
from rmdesk.ui.goals.tab import SUB_ASSESSMENTS, SUB_FIT, SUB_OUTCOMES
from rmdesk.ui.main_window import TAB_GOALS, TAB_PAIRS, MainWindow

LAPTOP_WIDTH = 1280  # the window's default width, on a 1366 or 1440 pixel screen


@pytest.fixture
def french_window(qtbot, db, db_path: Path, speaking) -> Iterator[MainWindow]:
    """The demo programme in a window built in French; English again afterwards."""
    speaking(QLocale("fr_FR"))
    window = MainWindow(db_path)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.ready)
    _, demo = load_demo(participants=40, seed=3)
    window.participants_tab.reload()
    window.cycle_selector.reload(demo.cycle_id)
    yield window


def _column_texts(table: QTableView, column: int) -> set[str]:
    model = table.model()
    return {str(model.index(row, column).data()) for row in range(model.rowCount())}


def _holds(table: QTableView, column: int, text: str) -> bool:
    """The column is wide enough for ``text`` and the cell's margins (no "Mentor…")."""
    return table.columnWidth(column) >= table.fontMetrics().horizontalAdvance(text) + 8


def test_the_pairs_tab_fits_a_laptop_screen_in_french(qtbot, french_window):
    french_window.tabs.setCurrentIndex(TAB_PAIRS)
    qtbot.waitUntil(lambda: bool(french_window.pairs_tab.cycle_label.text()))
    label = french_window.pairs_tab.cycle_label
    assert "binômes actifs" in label.text()  # the French summary, long enough to matter
    # The summary gives way (wraps) beside the buttons rather than holding its whole
    # line: on one line it pushed the window past a 1440-pixel screen.
    one_line = label.fontMetrics().horizontalAdvance("17 binômes actifs · 2 binômes proposés")
    assert label.minimumSizeHint().width() < one_line
    assert french_window.minimumSizeHint().width() < LAPTOP_WIDTH


def test_role_phase_and_fit_columns_hold_their_french_words(qtbot, french_window):
    tab = french_window.goals_tab
    french_window.tabs.setCurrentIndex(TAB_GOALS)
    tab.sub_tabs.setCurrentIndex(SUB_ASSESSMENTS)
    table = tab.assessments_page.table
    qtbot.waitUntil(lambda: table.model().rowCount() > 0)
    assert {"Mentoré (senior)", "Mi-parcours"} <= _column_texts(table, 1) | _column_texts(table, 3)
    assert _holds(table, 1, "Mentoré (senior)")
    assert _holds(table, 3, "Mi-parcours")
    tab.sub_tabs.setCurrentIndex(SUB_FIT)
    fit = tab.fit_page.table
    assert "Mentoré (senior)" in _column_texts(fit, 2)
    assert _holds(fit, 2, "Mentoré (senior)")
    assert _holds(fit, 3, "Compatibilité insuffisante")
    assert _holds(fit, 3, "Pas encore interrogé")


def test_the_outcomes_own_rows_are_french(qtbot, french_window):
    tab = french_window.goals_tab
    french_window.tabs.setCurrentIndex(TAB_GOALS)
    tab.sub_tabs.setCurrentIndex(SUB_OUTCOMES)
    view = tab.outcomes_view
    qtbot.waitUntil(lambda: view.goals_table.model().rowCount() > 0)
    goals = _column_texts(view.goals_table, 0)
    assert {"Tous les objectifs", "Mentoré (senior)", "Mentor (junior)"} <= goals
    assert not goals & {"All goals", "Mentee (senior)"}
    dimensions = view.dimensions_table
    assert "Mentoré (senior)" in _column_texts(dimensions, 0)
    assert _holds(dimensions, 0, "Mentoré (senior)")
