"""Every control a screen reader meets has a name (issue 17, item 4).

The main window holds the demo programme; every tab is shown, every entry of every
menu and every button of every tab is triggered with a row chosen (as
``test_mnemonics`` walks them), the dialogs no menu reaches are opened the way the app
opens them, and each dialog is checked as it is shown. A ``QDialog`` subclass defined in
``rmdesk.ui`` that the walk never opened fails the test, so a new dialog cannot escape.
"""

from __future__ import annotations

import datetime as dt
import importlib
import inspect
import pkgutil
from pathlib import Path

import pytest

from PySide6.QtCore import QDate, QEvent, QObject, QTimer
from PySide6.QtGui import QAccessible, QHelpEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QDialog,
    QFileDialog,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QToolTip,
    QWidget,
)
from shiboken6 import isValid

import rmdesk.ui
from rmdesk.programme import meetings, pairs
from rmdesk.programme.demo_programme import load_demo
from rmdesk.ui.calendar.model import ROW_ROLE
from rmdesk.ui.main_window import MainWindow

from . import test_calendar_tab
from .test_mnemonics import all_menus, choose_a_row, skipped

calendar_window = test_calendar_tab.calendar_window  # demo people, two active pairs

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QTextEdit,
    QToolTip,
    QPlainTextEdit,
    QAbstractSlider,
    QTabBar,
    QCalendarWidget,
)


def accessible_name(widget: QWidget) -> str:
    """What a screen reader says the widget is called. A combo box's own name in Qt is its
    current entry, which names nothing: it is named by its label (the relation its buddy
    gives, which the screen reader reads first) or its accessible name."""
    interface = QAccessible.queryAccessibleInterface(widget)
    if interface is None:
        return ""
    if isinstance(widget, QComboBox) and not widget.isEditable() and not widget.accessibleName():
        return " ".join(
            other.text(QAccessible.Text.Name)
            for other, relation in interface.relations()
            if relation & QAccessible.RelationFlag.Label
        )
    return interface.text(QAccessible.Text.Name)


def nameless(top: QWidget) -> list[str]:
    """Each visible interactive widget in ``top`` with no accessible name, or one read out
    as markup, by class, object name and the window it is in."""
    found = []
    for widget in [top, *top.findChildren(QWidget)]:
        if not isinstance(widget, INTERACTIVE) or not widget.isVisible() or part_of(widget):
            continue
        name = accessible_name(widget).strip()
        if not name or "<" in name:
            where = top.windowTitle() or type(top).__name__
            found.append(f"{where}: {type(widget).__name__} {widget.objectName()!r} {name!r}")
    return found


def part_of(widget: QWidget) -> bool:
    """A part its owner speaks for: a scroll area's scroll bars, a list's headers, a line
    edit's clear button, a spin box's or combo box's own editor."""
    parent = widget.parent()
    if isinstance(widget, QScrollBar) and parent is not None:
        return parent.objectName() in ("qt_scrollarea_hcontainer", "qt_scrollarea_vcontainer")
    if isinstance(widget, QHeaderView):
        return isinstance(parent, QAbstractItemView)
    return isinstance(parent, QLineEdit | QAbstractSpinBox | QComboBox)


def dialog_classes() -> set[type]:
    """Every ``QDialog`` subclass defined in a module of ``rmdesk.ui``."""
    found = set()
    for module_info in pkgutil.walk_packages(rmdesk.ui.__path__, "rmdesk.ui."):
        module = importlib.import_module(module_info.name)
        for _, value in inspect.getmembers(module, inspect.isclass):
            if issubclass(value, QDialog) and value.__module__ == module.__name__:
                found.add(value)
    return found


class DialogChecker(QObject):
    """Checks every dialog as it is shown, then closes it (progress dialogs finish)."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: set[type] = set()
        self.problems: set[str] = set()
        self.later: tuple[type, ...] = ()  # checked by the test once their file is read

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QDialog):
            QTimer.singleShot(0, lambda: self.check(watched))
        return False

    def check(self, dialog: QDialog) -> None:
        """Looked at once the dialog has laid itself out (its Show event is early)."""
        if not isValid(dialog) or not dialog.isVisible() or isinstance(dialog, self.later):
            return
        self.opened.update(type(dialog).__mro__)
        self.problems.update(nameless(dialog))
        if not isinstance(dialog, QProgressDialog):
            dialog.reject()


@pytest.fixture
def demo(qtbot, db, db_path) -> MainWindow:
    load_demo(30, 1)
    window = MainWindow(db_path)
    qtbot.addWidget(window)
    window.resize(1280, 760)
    window.show()
    qtbot.waitUntil(lambda: window.ready)
    return window


def settle(window: MainWindow, qtbot) -> None:
    window.wait_for_background_work()
    qtbot.wait(20)


def test_every_control_of_every_window_and_dialog_has_a_name(
    demo, qtbot, monkeypatch, tmp_path: Path
):
    for name in ("getOpenFileName", "getSaveFileName"):  # cancelled
        monkeypatch.setattr(QFileDialog, name, staticmethod(lambda *a, **k: ("", "")))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    checker = DialogChecker()
    QApplication.instance().installEventFilter(checker)
    problems: set[str] = set()
    try:
        for index in range(demo.tabs.count()):
            demo.tabs.setCurrentIndex(index)
            tab = demo.tab_widgets()[index]
            choose_a_row(tab)
            qtbot.wait(20)
            problems.update(nameless(demo))
            for top in demo.menuBar().actions():
                for menu in all_menus(top.menu()):
                    menu.aboutToShow.emit()
                    for action in list(menu.actions()):
                        choose_a_row(tab)
                        if skipped(action):
                            continue
                        action.trigger()
                        settle(demo, qtbot)
            for button in tab.findChildren(QPushButton):
                if isValid(button) and button.isVisibleTo(tab) and button.isEnabled():
                    choose_a_row(tab)
                    button.click()
                    settle(demo, qtbot)
            problems.update(nameless(demo))
        open_what_no_menu_opens(demo, qtbot, checker, tmp_path)
    finally:
        QApplication.instance().removeEventFilter(checker)
    problems |= checker.problems
    missing = sorted(cls.__qualname__ for cls in dialog_classes() if cls not in checker.opened)
    assert not problems, "without an accessible name:\n" + "\n".join(sorted(problems))
    assert not missing, f"dialogs never opened by the walk: {missing}"


def open_what_no_menu_opens(
    demo: MainWindow, qtbot, checker: DialogChecker, tmp_path: Path
) -> None:
    """The dialogs that need a file, a particular row or another dialog first, opened
    as the app opens them; each is checked as it is shown (``DialogChecker``)."""
    from rmdesk.ui.data.import_dialog import ImportDialog
    from rmdesk.ui.data.responses_dialog import ResponsesDialog
    from rmdesk.ui.pairs.suggest_dialog import WeightsDialog

    cycle_id = demo.pairs_tab.cycle_id
    WeightsDialog(demo.pairs_tab, cycle_id, "cycle").exec()  # Suggest matches' Settings…
    # A planned meeting to cancel, on its day.
    calendar = demo.calendar_tab
    demo.tabs.setCurrentIndex(demo.tab_widgets().index(calendar))
    pair = next(row for row in pairs.list_pairs(cycle_id) if row.status == "active")
    planned = meetings.get_meeting(
        meetings.create_meeting(
            meetings.MeetingData(pair_id=pair.id, starts_at=dt.datetime(2026, 4, 1, 7, 0))
        )
    )
    calendar.refresh()
    calendar.calendar.setSelectedDate(QDate(planned.starts_at.date()))
    day = calendar.day_table.model()
    calendar.day_table.selectRow(
        next(r for r in range(day.rowCount()) if day.index(r, 0).data(ROW_ROLE).id == planned.id)
    )
    calendar.cancel_meeting()
    calendar.attention.table.selectRow(0)
    calendar.attention.acknowledge_button.click()
    # A goal's progress.
    goals = demo.goals_tab
    demo.tabs.setCurrentIndex(demo.tab_widgets().index(goals))
    goals.select_goal(goals.model.goals()[0].id)
    goals.record_progress()
    # Erase a person (the Participants tab's selection).
    demo.tabs.setCurrentIndex(demo.tab_widgets().index(demo.participants_tab))
    demo.participants_tab.table.selectRow(0)
    demo.exchange.erase_person()
    # The two imports read their file first; they are checked once it is read.
    checker.later = (ImportDialog, ResponsesDialog)
    people = tmp_path / "people.csv"
    people.write_text("Name,Email,Role\nAda Lovelace,ada@example.org,mentor\n", encoding="utf-8")
    dialog = demo.exchange.open_import(people)
    qtbot.waitUntil(lambda: dialog.preview is not None and dialog.worker is None)
    checker.later = ()
    checker.check(dialog)
    answers = tmp_path / "answers.csv"
    answers.write_text("Email Address,Overall satisfaction\nx@example.org,4\n", encoding="utf-8")
    checker.later = (ImportDialog, ResponsesDialog)
    dialog = demo.responses.open_preview(answers)
    qtbot.waitUntil(lambda: dialog.preview is not None)
    checker.later = ()
    checker.check(dialog)


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # the tooltip, offscreen
def test_the_calendar_says_in_words_what_a_day_badge_shows(calendar_window, qtbot):
    """A past day with two planned, one held and one cancelled meeting: its badge is one
    colour and a dot; the grid's description (the selected day) and the tooltip over the
    day say the count and each status."""
    tab = calendar_window.calendar_tab
    day = dt.date.today() - dt.timedelta(days=7)
    pair_ids = [row.id for row in pairs.list_pairs(tab.cycle_id)]
    ids = [
        meetings.create_meeting(
            meetings.MeetingData(pair_id=pair_ids[n % 2], starts_at=dt.datetime.combine(day, at))
        )
        for n, at in enumerate((dt.time(9), dt.time(11), dt.time(14), dt.time(16)))
    ]
    meetings.mark_held(ids[0])
    meetings.mark_cancelled(ids[1], "mentee")
    meetings.add_closed_date(day, "Strike")
    tab.calendar.closed = dict(meetings.closed_dates())
    tab.calendar.setSelectedDate(QDate(day))
    tab.refresh()
    said = "4 meetings: Planned (2), Held (1), Cancelled (1) · closed: Strike"
    assert tab.calendar.day_text(day) == said
    grid = QAccessible.queryAccessibleInterface(tab.calendar.grid)
    assert grid.text(QAccessible.Text.Name) == "Days of the month"
    assert grid.text(QAccessible.Text.Description).endswith(f": {said}")
    # The day before has nothing on it, and says so when selected.
    tab.calendar.setSelectedDate(QDate(day - dt.timedelta(days=1)))
    assert grid.text(QAccessible.Text.Description).endswith(": no meetings")
    # Hovering the day's cell shows the same words.
    cell = next(
        tab.calendar.grid.visualRect(index).center()
        for row in range(tab.calendar.grid.model().rowCount())
        for column in range(7)
        if (index := tab.calendar.grid.model().index(row, column)).isValid()
        and tab.calendar.date_at(tab.calendar.grid.visualRect(index).center()) == day
    )
    viewport = tab.calendar.grid.viewport()
    QApplication.sendEvent(
        viewport,
        QHelpEvent(QEvent.Type.ToolTip, cell, viewport.mapToGlobal(cell)),
    )
    qtbot.waitUntil(lambda: QToolTip.isVisible())
    assert QToolTip.text() == said
