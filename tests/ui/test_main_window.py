"""The main window's frame: title, tabs, menus, and what it remembers between runs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QToolBar

from rmdesk.ui.main_window import TAB_GOALS, TAB_PAIRS, MainWindow


def test_title_tabs_menus_toolbar_and_status_bar(window, db_path: Path):
    assert window.windowTitle() == f"{db_path.name} — rmdesk"
    tabs = [window.tabs.tabText(i).replace("&", "") for i in range(window.tabs.count())]
    assert tabs == ["Participants", "Pairs", "Calendar", "Goals"]
    menus = [action.text().replace("&", "") for action in window.menuBar().actions()]
    assert menus == ["File", "Edit", "Programme", "Documents", "Help"]
    toolbar = window.findChild(QToolBar, "main_toolbar")
    assert toolbar is not None and len(toolbar.actions()) > 4
    assert window.people_label.text() == "0 mentors · 0 mentees · 0 archived"


def test_geometry_and_last_tab_are_remembered(qtbot, db, db_path: Path):
    first = MainWindow(db_path)
    qtbot.addWidget(first)
    first.show()
    qtbot.waitUntil(lambda: first.ready)
    # A size the window allows (its tabs have a minimum) within the 800-wide offscreen screen.
    wanted = first.minimumSizeHint().expandedTo(QSize(760, 500)) + QSize(0, 7)
    first.resize(wanted)
    first.tabs.setCurrentIndex(TAB_GOALS)
    first.close()

    second = MainWindow(db_path)
    qtbot.addWidget(second)
    second.show()
    qtbot.waitUntil(lambda: second.ready)
    assert second.tabs.currentIndex() == TAB_GOALS
    assert second.size() == wanted
    second.tabs.setCurrentIndex(TAB_PAIRS)
    second.close()
    third = MainWindow(db_path)
    qtbot.addWidget(third)
    assert third.tabs.currentIndex() == TAB_PAIRS


def test_a_failing_first_load_is_reported_once_not_on_every_repaint(
    qtbot, db, db_path: Path, monkeypatch
):
    import sys

    from peewee import OperationalError

    from rmdesk.programme import participants

    reported: list[str] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, error, tb: reported.append(str(error)))

    def broken() -> list:
        raise OperationalError("disk I/O error")

    monkeypatch.setattr(participants, "list_participants", broken)
    window = MainWindow(db_path)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: bool(reported))
    for _ in range(5):
        window.repaint()
        qtbot.wait(20)
    assert reported == ["disk I/O error"]
    assert not window.ready
    assert window.tabs.widget(0).layout().count() == 1  # the tabs were built once


def test_keyboard_shortcuts_help_lists_every_goal_shortcut_in_a_table(window, monkeypatch):
    from PySide6.QtGui import QTextDocument

    from rmdesk.ui.common.shortcut_sheet import ShortcutSheetDialog

    shown: list[str] = []
    monkeypatch.setattr(ShortcutSheetDialog, "exec", lambda dialog: shown.append(dialog.html))
    window.show_shortcuts()
    keys = {
        action.shortcut().toString()
        for action in window.goals_tab.menu_actions
        if action is not None and not action.shortcut().isEmpty()  # None: a separator
    }
    assert keys >= {"Ctrl+R", "Ctrl+Shift+A", "Ctrl+E"}
    document = QTextDocument()
    document.setHtml(shown[0])
    tables = [frame for frame in document.rootFrame().childFrames() if frame.columns() == 2]
    assert len(tables) == 1  # one table: key | what it does, aligned
    rows = [
        (tables[0].cellAt(row, 0).firstCursorPosition().block().text(),
         tables[0].cellAt(row, 1).firstCursorPosition().block().text())
        for row in range(tables[0].rows())
    ]  # fmt: skip
    headings = [number for number, (key, _what) in enumerate(rows) if key.startswith("Goals")]
    goals = rows[headings[0] + 1 :]
    for key in keys:
        assert any(cell_key == key and what for cell_key, what in goals), key
    assert ("Ctrl+N", "add a goal") in goals and ("Ctrl+M", "suggest matches") in rows
    assert ("Ctrl+N", "new participant") in rows


def test_the_cycle_combo_and_the_pairs_header_say_the_same_status_word(window, qtbot, confirm):
    import datetime as dt

    from rmdesk.programme.cycles import CycleData, create_cycle

    create_cycle(CycleData(name="Spring", start_date=dt.date.today()))
    window.cycle_selector.reload()
    window.tabs.setCurrentIndex(1)
    header = window.pairs_tab.cycle_label
    assert window.cycle_selector.currentText() == "Spring (planning)"
    assert " · planning · " in header.text()

    window.pairs_tab.start_cycle_action.trigger()  # confirmed

    assert window.cycle_selector.currentText() == "Spring (running)"
    assert " · running · " in header.text() and "planning" not in header.text()
