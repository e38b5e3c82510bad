"""File > Back up now and Restore from backup, driven through the window."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from rmdesk.programme import participants as domain
from rmdesk.programme.records import ParticipantData
from rmdesk.store import close_database, open_database
from rmdesk.store.backups import list_backups, make_backup
from rmdesk.store.models import Participant
from rmdesk.ui.main_window import MainWindow
from tests.store.test_backups import killed_backup


def test_back_up_now_from_the_file_menu(window, qtbot, db_path: Path):
    window.backup_action.trigger()
    qtbot.waitUntil(lambda: not window.backups.busy, timeout=10_000)
    backups = list_backups(db_path)
    assert len(backups) == 1 and backups[0].reason == "manual"
    assert backups[0].path.name in window.statusBar().currentMessage()


def test_restore_brings_back_the_earlier_state(
    window, qtbot, db_path: Path, answer_next_dialog, confirm
):
    domain.create_participant(ParticipantData(full_name="Kept From Before"))
    window.backup_action.trigger()
    qtbot.waitUntil(lambda: not window.backups.busy, timeout=10_000)
    domain.create_participant(ParticipantData(full_name="Added After"))
    window.participants_tab.reload()
    assert window.participants_tab.model.rowCount() == 2

    def choose(dialog):
        assert dialog.list.count() == 1
        dialog.list.setCurrentRow(0)
        dialog.accept()

    answer_next_dialog(choose)
    window.restore_action.trigger()
    qtbot.waitUntil(lambda: not window.backups.busy, timeout=10_000)
    assert [p.full_name for p in Participant.select()] == ["Kept From Before"]
    assert [r.full_name for r in window.participants_tab.model.rows()] == ["Kept From Before"]
    reasons = {info.reason for info in list_backups(db_path)}
    assert "before-restore" in reasons
    assert confirm, "the coordinator was asked before anything was replaced"


def test_restoring_an_altered_backup_is_refused_and_the_data_stays(
    window, qtbot, db_path: Path, answer_next_dialog, confirm, monkeypatch
):
    domain.create_participant(ParticipantData(full_name="Still Here"))
    altered = make_backup(db_path).path
    with contextlib.closing(sqlite3.connect(altered)) as connection:
        connection.execute("PRAGMA user_version = 4")
        connection.commit()
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))

    answer_next_dialog(lambda dialog: dialog.accept())
    window.restore_action.trigger()
    qtbot.waitUntil(lambda: not window.backups.busy, timeout=10_000)

    (warning,) = warnings
    assert warning.startswith(f"{altered.name} does not have the tables of its schema version")
    assert "\n" not in warning
    assert [p.full_name for p in Participant.select()] == ["Still Here"]
    assert [info.path for info in list_backups(db_path)] == [altered]  # no safety copy either


def test_the_windows_start_removes_a_killed_backups_copy(qtbot, db_path: Path):
    open_database(db_path)
    close_database()
    leftover = killed_backup(db_path)

    main = MainWindow(db_path, open_store=lambda: open_database(db_path))
    qtbot.addWidget(main)
    try:
        main.show()
        qtbot.waitUntil(lambda: main.ready, timeout=10_000)
        assert not leftover.exists()
        qtbot.waitUntil(lambda: not main.backups.busy, timeout=10_000)  # today's backup
    finally:
        main.close()
        close_database()
