"""Programme files in the window: new, open, open recent, save a copy, the demo's own
file, and an export made into a new programme; the lock, the store and the undo
history follow the file without a restart."""

from __future__ import annotations

import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton

from rmdesk.instance_lock import WINDOW, AlreadyOpen, DatabaseLock
from rmdesk.paths import demo_database_path
from rmdesk.programme import participants
from rmdesk.programme.demo import fill_demo
from rmdesk.store import close_database, open_database
from rmdesk.ui.data import programme_files
from rmdesk.ui.main_window import MainWindow
from rmdesk.ui.participants.tab import PAGE_EMPTY, PAGE_TABLE, PAGE_WELCOME


def people_in(path: Path) -> int:
    """Participants in a file, read apart from the window's store."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return connection.execute("SELECT count(*) FROM participant").fetchone()[0]
    finally:
        connection.close()


def make_programme(path: Path, people: int, window: MainWindow | None = None) -> Path:
    """A programme file beside the test (the window's file opened again after it)."""
    open_database(path)
    if people:
        fill_demo(participants=people, seed=5)
    close_database()
    if window is not None:
        open_database(window.database_path)
    return path


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, _title, text, *a, **k: shown.append(text)
    )
    return shown


@pytest.fixture
def started(qtbot, tmp_path: Path) -> Iterator[MainWindow]:
    """The window as ``rmdesk`` starts it: the file locked, the store opened after show."""
    path = make_programme(tmp_path / "first.rmdesk", 12)
    lock = DatabaseLock(path, holder=WINDOW)
    lock.acquire()
    main = MainWindow(path, open_store=lambda: open_database(path), lock=lock)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitUntil(lambda: main.ready, timeout=10_000)
    qtbot.waitUntil(lambda: not main.backups.busy, timeout=10_000)  # today's backup
    yield main
    main.wait_for_background_work()
    main.close()
    close_database()
    main.files.release()
    lock.release()


def locked_elsewhere(path: Path) -> bool:
    try:
        with DatabaseLock(path):
            return False
    except AlreadyOpen:
        return True


def choose_save(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))


def choose_open(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))


def test_new_programme_closes_the_old_file_and_opens_an_empty_one(
    started, qtbot, tmp_path, monkeypatch, confirm
):
    window = started
    old = window.database_path
    tab = window.participants_tab
    assert tab.model.rowCount() == 12 and locked_elsewhere(old)
    tab.select_participant(tab.model.rows()[0].id)
    tab.remove_selected()  # deleted: an undo is on offer
    assert tab.undo_action.isEnabled()
    new = tmp_path / "folder" / "second"
    new.parent.mkdir()
    choose_save(monkeypatch, new)

    window.files.new_action.trigger()

    created = new.with_name("second.rmdesk")  # the extension is added
    assert window.database_path == created
    assert window.windowTitle() == "second.rmdesk — rmdesk"
    assert stat.S_IMODE(created.stat().st_mode) == 0o600
    # Started on purpose: the empty list says how to add people (no welcome again).
    assert tab.pages.currentIndex() == PAGE_EMPTY and tab.model.rowCount() == 0
    assert window.people_label.text() == "0 mentors · 0 mentees · 0 archived"
    assert participants.participant_count() == 0  # the store is the new file
    assert not tab.undo_action.isEnabled()  # no undo into a file that is closed
    assert locked_elsewhere(created) and not locked_elsewhere(old)
    assert people_in(old) == 11  # the old programme kept, as it was
    assert programme_files.recent_programmes()[:2] == [created, old]
    assert window.statusBar().currentMessage() == "Opened second.rmdesk."


def test_a_new_programme_never_replaces_an_existing_file(started, monkeypatch, warnings):
    window = started
    other = make_programme(window.database_path.with_name("taken.rmdesk"), 3, window)
    choose_save(monkeypatch, other)

    window.files.new_action.trigger()

    assert warnings and "taken.rmdesk already exists" in warnings[0]
    assert window.database_path.name == "first.rmdesk"
    assert people_in(other) == 3


def test_open_programme_then_open_recent_goes_back(started, qtbot, monkeypatch):
    window = started
    first = window.database_path
    other = make_programme(first.with_name("other.rmdesk"), 5, window)
    choose_open(monkeypatch, other)

    window.files.open_action.trigger()

    assert window.database_path == other and window.participants_tab.model.rowCount() == 5
    assert window.windowTitle() == "other.rmdesk — rmdesk"
    menu = window.files.recent_menu
    menu.aboutToShow.emit()
    entries = [action for action in menu.actions() if action.isEnabled()]
    assert [action.text() for action in entries] == ["&1 first.rmdesk"]  # not the open one
    assert entries[0].statusTip() == str(first)

    entries[0].trigger()

    assert window.database_path == first and window.participants_tab.model.rowCount() == 12
    assert locked_elsewhere(first) and not locked_elsewhere(other)


def test_recent_programmes_keep_the_last_five_newest_first(tmp_path):
    paths = [tmp_path / f"p{number}.rmdesk" for number in range(7)]
    for path in paths:
        programme_files.remember_programme(path)
    programme_files.remember_programme(paths[3])  # opened again: first, once
    assert programme_files.recent_programmes() == [paths[3], paths[6], paths[5], paths[4], paths[2]]


def test_a_file_open_in_another_rmdesk_is_refused_and_the_old_one_stays_open(
    started, monkeypatch, warnings
):
    window = started
    other = make_programme(window.database_path.with_name("busy.rmdesk"), 2, window)
    choose_open(monkeypatch, other)
    with DatabaseLock(other, holder=WINDOW):
        window.files.open_action.trigger()
    assert warnings and "busy.rmdesk is already open in another rmdesk window" in warnings[0]
    assert window.database_path.name == "first.rmdesk"
    assert participants.participant_count() == 12  # the store still works on the old file


def test_a_foreign_file_is_refused_untouched(started, monkeypatch, warnings):
    window = started
    foreign = window.database_path.with_name("budget.rmdesk")
    foreign.write_bytes(b"PK\x03\x04 a spreadsheet")
    choose_open(monkeypatch, foreign)

    window.files.open_action.trigger()

    assert warnings and "not an rmdesk database" in warnings[0]
    assert foreign.read_bytes() == b"PK\x03\x04 a spreadsheet"
    assert window.database_path.name == "first.rmdesk"
    assert participants.participant_count() == 12
    assert not locked_elsewhere(foreign)


def test_save_a_copy_writes_a_verified_copy_where_chosen(
    started, qtbot, tmp_path, monkeypatch, answer_next_dialog
):
    window = started
    target = tmp_path / "copies" / "for the auditor"
    target.parent.mkdir()
    choose_save(monkeypatch, target)

    window.save_copy_action.trigger()
    qtbot.waitUntil(lambda: not window.backups.busy, timeout=10_000)

    copy = target.with_name("for the auditor.rmdesk")
    assert people_in(copy) == 12
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    assert "Saved a verified copy" in window.statusBar().currentMessage()
    assert window.database_path.name == "first.rmdesk"  # the copy is not opened

    refused: list[str] = []
    answer_next_dialog(lambda box: (refused.append(box.text()), box.accept()))
    window.save_copy_action.trigger()  # the same name again: never over a file
    qtbot.waitUntil(lambda: bool(refused), timeout=10_000)
    assert "already exists" in refused[0]


def test_the_first_run_page_opens_the_demo_in_its_own_file_with_a_banner(
    qtbot, db, db_path, monkeypatch
):
    monkeypatch.setattr(programme_files, "DEMO_PARTICIPANTS", 8)
    window = MainWindow(db_path)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.ready)
    tab = window.participants_tab
    assert tab.pages.currentIndex() == PAGE_WELCOME and not window.demo_banner.isVisible()

    qtbot.mouseClick(tab.findChild(QPushButton, "first_run_demo"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.pages.currentIndex() == PAGE_TABLE, timeout=20_000)

    demo = demo_database_path()
    assert window.database_path == demo and demo.parent.name == "data"
    assert window.demo_banner.isVisible() and "Demo programme" in window.demo_text.text()
    assert window.windowTitle() == "Demo programme (demo-programme.rmdesk) — rmdesk"
    assert tab.model.rowCount() == people_in(demo) == 8
    assert people_in(db_path) == 0  # demo people never land in the real programme
    assert demo not in programme_files.recent_programmes()
    qtbot.waitUntil(lambda: window.cycle_selector.count() == 1)
    assert "Demo cohort" in window.cycle_selector.currentText()

    qtbot.mouseClick(window.findChild(QPushButton, "leave_demo_button"), Qt.MouseButton.LeftButton)

    assert window.database_path == db_path and not window.demo_banner.isVisible()
    assert tab.model.rowCount() == 0 and window.cycle_selector.count() == 0
    window.wait_for_background_work()
    window.files.release()


def test_import_everything_makes_a_new_programme_file_from_an_export(
    started, qtbot, tmp_path, monkeypatch, answer_next_dialog
):
    from rmdesk.exchange.full_export import export_all

    window = started
    first = window.database_path
    export = tmp_path / "everything.json"
    export_all(export)
    choose_open(monkeypatch, export)
    new = tmp_path / "from the export.rmdesk"
    choose_save(monkeypatch, new)
    answer_next_dialog(
        lambda box: next(b for b in box.buttons() if b.text() == "&New programme file…").click()
    )

    window.exchange.import_all_action.trigger()
    qtbot.waitUntil(lambda: window.exchange.worker is None, timeout=20_000)

    assert window.database_path == new and people_in(new) == 12
    assert window.participants_tab.model.rowCount() == 12
    assert people_in(first) == 12  # untouched
    assert window.windowTitle() == "from the export.rmdesk — rmdesk"


def test_a_refused_export_goes_back_to_the_programme_it_left(
    started, qtbot, tmp_path, monkeypatch, answer_next_dialog, warnings
):
    window = started
    first = window.database_path
    export = tmp_path / "not-an-export.json"
    export.write_text('{"format": "something else"}', "utf-8")
    choose_open(monkeypatch, export)
    new = tmp_path / "for the export.rmdesk"
    choose_save(monkeypatch, new)
    answer_next_dialog(
        lambda box: next(b for b in box.buttons() if b.text() == "&New programme file…").click()
    )

    window.exchange.import_all_action.trigger()
    qtbot.waitUntil(lambda: window.database_path == first, timeout=20_000)

    assert warnings and "not-an-export.json" in warnings[0]
    assert window.participants_tab.model.rowCount() == 12 and people_in(first) == 12
    assert people_in(new) == 0  # made for the export, left empty
    assert not locked_elsewhere(new) and locked_elsewhere(first)


def test_a_file_opened_later_shows_its_problems_once_checked(started, qtbot):
    window = started
    other = make_programme(window.database_path.with_name("other.rmdesk"), 3, window)
    connection = sqlite3.connect(other)  # behind the forms' back: someone manages themself
    with connection:
        connection.execute("UPDATE participant SET manager_id = id WHERE id = 1")
    connection.close()

    assert window.files.switch_to(other)

    qtbot.waitUntil(lambda: window.problems_worker is None, timeout=10_000)
    assert window.problems_box is not None and window.problems_box.isVisible()
    assert window.problems_box.text().startswith("other.rmdesk has 1 problem: ")
    assert people_in(other) == 3  # shown, never "fixed"
