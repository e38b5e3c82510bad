"""No Alt+letter offered twice in one window, menu or dialog (Alt+P was both the
Programme menu and the Participants tab), and no literal ampersand left undoubled.

Every dialog: every entry of every menu, and every button of every tab, is triggered
on a window holding the demo programme, with a row chosen in the shown tab (an active
pair on the Pairs tab), and each dialog that opens is checked as it is shown, then
closed."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QMenu,
    QProgressDialog,
    QPushButton,
    QWidget,
)
from shiboken6 import isValid

from rmdesk.programme.demo_programme import load_demo
from rmdesk.ui.common.mnemonics import clashes, mnemonic
from rmdesk.ui.main_window import MainWindow


def test_mnemonic_is_the_letter_after_a_single_ampersand():
    assert mnemonic("&File") == "f"
    assert mnemonic("P&airs") == "a"
    assert mnemonic("Work mode && &location") == "l"
    assert mnemonic("Work mode & location") == " "  # a literal & not doubled
    assert mnemonic("Save && close") is None
    assert mnemonic("Last&") is None


def test_clashes_finds_a_letter_offered_twice(qtbot):
    page = QWidget()
    qtbot.addWidget(page)
    for text in ("&Save", "&Skip", "&Cancel", "Fish && chips"):
        QPushButton(text, page)
    page.show()
    assert clashes(page) == {"s": ["&Save (QPushButton)", "&Skip (QPushButton)"]}


def all_menus(menu: QMenu) -> Iterator[QMenu]:
    yield menu
    for action in menu.actions():
        if action.menu() is not None:
            yield from all_menus(action.menu())


@pytest.fixture
def demo(qtbot, db, db_path) -> MainWindow:
    load_demo(30, 1)
    window = MainWindow(db_path)
    qtbot.addWidget(window)
    window.resize(1280, 760)
    window.show()
    qtbot.waitUntil(lambda: window.ready)
    return window


def test_the_main_window_and_its_menus_offer_each_letter_once(demo, qtbot):
    for index in range(demo.tabs.count()):
        demo.tabs.setCurrentIndex(index)
        qtbot.wait(10)
        assert clashes(demo) == {}, demo.tabs.tabText(index)
    for top in demo.menuBar().actions():
        for menu in all_menus(top.menu()):
            menu.aboutToShow.emit()  # menus filled when opened (Open recent)
            assert clashes(menu) == {}, menu.title()


class DialogChecker(QObject):
    """Checks every dialog as it is shown, then closes it (progress dialogs finish)."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: dict[str, dict[str, list[str]]] = {}

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QDialog):
            self.seen[type(watched).__name__ + ": " + watched.windowTitle()] = clashes(watched)
            if not isinstance(watched, QProgressDialog):
                QTimer.singleShot(0, watched.reject)
        return False


def test_every_dialog_the_menus_open_offers_each_letter_once(demo, qtbot, monkeypatch):
    for name in ("getOpenFileName", "getSaveFileName"):  # cancelled
        monkeypatch.setattr(QFileDialog, name, staticmethod(lambda *a, **k: ("", "")))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: ""))
    checker = DialogChecker()
    QApplication.instance().installEventFilter(checker)
    try:
        for index in range(demo.tabs.count()):
            demo.tabs.setCurrentIndex(index)
            tab = demo.tab_widgets()[index]
            choose_a_row(tab)
            for top in demo.menuBar().actions():
                for menu in all_menus(top.menu()):
                    menu.aboutToShow.emit()
                    for action in list(menu.actions()):
                        choose_a_row(tab)  # again: a change read since may have reset it
                        if skipped(action):
                            continue
                        action.trigger()
                        demo.wait_for_background_work()
                        qtbot.wait(20)
            # The tab's own buttons (the calendar's meetings, series, closed days ...).
            for button in tab.findChildren(QPushButton):
                # A click may rebuild the page: its old buttons are gone.
                if isValid(button) and button.isVisibleTo(tab) and button.isEnabled():
                    choose_a_row(tab)
                    button.click()
                    demo.wait_for_background_work()
                    qtbot.wait(20)
    finally:
        QApplication.instance().removeEventFilter(checker)
    opened = {name.split(":")[0] for name in checker.seen}
    assert opened >= {
        "ParticipantDialog", "CycleDialog", "NewPairDialog", "GoalDialog",
        "AssessmentDialog", "DimensionsDialog", "TemplatesDialog", "FitDialog",
        "RestoreDialog", "DocumentSettingsDialog", "QMessageBox", "EndPairDialog",
        "ReplaceMentorDialog", "MeetingDialog", "SeriesDialog", "ClosedDaysDialog",
        "MilestonesDialog",
    }, sorted(checker.seen)  # fmt: skip
    found = {name: found for name, found in checker.seen.items() if found}
    assert not found, "\n".join(f"{name}: {found[name]}" for name in sorted(found))


def choose_a_row(tab: QWidget) -> None:
    """A row for the selection's actions: on the Pairs tab an active pair, where End
    early and Replace apply."""
    table = getattr(tab, "table", None)
    if table is None or not table.model().rowCount():
        return
    model = table.model()
    rows = range(model.rowCount())
    active = [
        row
        for row in rows
        if "ctive"
        in " ".join(str(model.index(row, column).data()) for column in range(model.columnCount()))
    ]
    table.selectRow(active[0] if active else 0)


def skipped(action: QAction) -> bool:
    """Quit, submenus and what is disabled here; Open recent's files (they switch files)."""
    return (
        action.isSeparator()
        or action.menu() is not None
        or not action.isEnabled()
        or action.menuRole() == QAction.MenuRole.QuitRole
        or (
            isinstance(action.parent(), QMenu)
            and action.parent().objectName() == "recent_programmes"
        )
    )


def test_matching_settings_show_work_mode_and_location_with_its_ampersand(qtbot, db):
    from PySide6.QtWidgets import QLabel

    from rmdesk.ui.pairs.suggest_dialog import WeightsDialog

    dialog = WeightsDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    label = next(widget for widget in dialog.findChildren(QLabel) if "location" in widget.text())
    assert label.text() == "Work mode && location"  # shown as "Work mode & location"
    assert label.buddy() is dialog.spins["work_mode"]
    assert clashes(dialog) == {}


def test_the_selected_pair_menu_offers_every_action_on_the_pair_once_per_letter(demo):
    """Programme > Selected pair holds what the Pairs tab's context menu holds, the
    meetings' and documents' actions too (added after the menu was built), each on its
    own letter: Schedule meetings and Agreement signed were both S."""
    programme = demo.menus[2]
    pair_menu = next(
        action.menu() for action in programme.actions() if action.text() == "Selected pa&ir"
    )
    texts = [action.text() for action in pair_menu.actions()]
    assert texts == [action.text() for action in demo.pairs_tab.pair_actions]
    assert {"&Schedule meetings for this pair…", "&Agreement for this pair"} <= set(texts)
    assert clashes(pair_menu) == {}


def participant_menu(window: MainWindow, qtbot) -> QMenu:
    """The menu a right click on the first participant opens, as it pops up."""
    window.tabs.setCurrentIndex(0)
    table = window.participants_tab.table
    point = table.visualRect(table.model().index(0, 0)).center()
    table.customContextMenuRequested.emit(point)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu)
    return menu


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")  # offscreen
@pytest.mark.parametrize("locale", ["en", "de_DE", "fr_FR"])
def test_the_participants_context_menu_offers_each_letter_once(
    locale, qtbot, db, db_path, speaking
):
    """The person's data actions join Edit, Delete or archive and Restore there: Export
    this person's data and Delete were both D, Erase and Restore both R."""
    from PySide6.QtCore import QLocale

    speaking(QLocale(locale))
    load_demo(30, 1)
    window = MainWindow(db_path)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.ready)
    menu = participant_menu(window, qtbot)
    texts = [action.text() for action in menu.actions() if not action.isSeparator()]
    tab = window.participants_tab
    assert texts == [
        action.text()
        for action in (tab.edit_action, tab.remove_action, tab.restore_action,
                       *window.exchange.person_actions)
    ]  # fmt: skip
    assert clashes(menu) == {}, texts
    menu.close()
