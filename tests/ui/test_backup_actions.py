"""File > Back up now and Restore from backup, driven through the window."""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from pathlib import Path

from PySide6.QtCore import QRect, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

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
    assert confirm[0].startswith("Replace the current data with the manual backup of ")
    said = window.statusBar().currentMessage()
    assert said.startswith("Restored the manual backup of "), said
    assert said.endswith("; the replaced data is backed up.") and ".rmdesk" not in said
    assert len(said) < 90, "the status bar shares its width with the counts"


def lines_shown(box: QMessageBox) -> int:
    """How many lines the message box's text wraps to, at the width it gives it."""
    label = box.findChild(QLabel, "qt_msgbox_label")
    metrics = label.fontMetrics()
    area = QRect(0, 0, label.width(), 10_000)
    wrapped = metrics.boundingRect(area, Qt.TextFlag.TextWordWrap, label.text())
    return round(wrapped.height() / metrics.lineSpacing())


def test_restoring_an_altered_backup_is_refused_in_three_lines_and_the_data_stays(
    window, qtbot, db_path: Path, answer_next_dialog, confirm
):
    domain.create_participant(ParticipantData(full_name="Still Here"))
    altered = make_backup(db_path).path
    with contextlib.closing(sqlite3.connect(altered)) as connection:
        connection.execute("PRAGMA user_version = 4")
        connection.commit()
    seen: list[tuple[str, int]] = []

    def read_and_close_the_refusal() -> None:  # modal: read it from inside its loop
        box = QApplication.activeModalWidget()
        if box is None or box.objectName() != "backup_failed":
            QTimer.singleShot(10, read_and_close_the_refusal)
            return
        seen.append((box.text(), lines_shown(box)))
        box.accept()

    QTimer.singleShot(0, read_and_close_the_refusal)
    answer_next_dialog(lambda dialog: dialog.accept())  # the backup list: the newest
    window.restore_action.trigger()
    qtbot.waitUntil(lambda: bool(seen) and not window.backups.busy, timeout=10_000)

    ((warning, lines),) = seen
    # What differs from version 4 grows with every migration: the first difference named.
    assert warning.startswith(f"{altered.name} was altered outside rmdesk (extra ")
    assert warning.endswith(
        "). It was left untouched; choose another file (or a backup)."
    )  # the advice fits a restore: no "restore a backup"
    assert len(altered.name) > 40 and lines <= 3
    assert [p.full_name for p in Participant.select()] == ["Still Here"]
    assert [info.path for info in list_backups(db_path)] == [altered]  # no safety copy either


def test_the_restore_question_names_the_backup_by_its_date_and_reason(
    window, qtbot, db_path: Path, answer_next_dialog, monkeypatch
):
    made = dt.datetime(2026, 11, 30, 18, 44, 5)
    make_backup(db_path, reason="manual", now=made)
    make_backup(db_path, reason="before-import", now=made - dt.timedelta(days=1))
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "question",
        lambda _parent, _title, text, *a: asked.append(text) or QMessageBox.StandardButton.No,
    )  # fmt: skip

    for row in (0, 1):

        def choose(dialog, row=row):
            dialog.list.setCurrentRow(row)
            dialog.accept()

        answer_next_dialog(choose)
        window.restore_action.trigger()

    assert asked == [
        "Replace the current data with the manual backup of 30 November 2026, 18:44?",
        "Replace the current data with the backup of 29 November 2026, 18:44 (made before "
        "an import)?",
    ]
    assert len(list_backups(db_path)) == 2  # answered No: nothing restored


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


def test_restore_while_a_backup_is_made_closes_nothing(
    window, qtbot, db_path: Path, answer_next_dialog, confirm
):
    """The daily backup may still run when Restore is chosen: Restore says so and the
    store stays open (it used to close the store, then refuse, leaving it closed)."""
    domain.create_participant(ParticipantData(full_name="Still Open"))
    make_backup(db_path, reason="manual")
    window.backups.busy = True  # as while a backup runs on its worker
    window.restore_action.trigger()
    assert "A backup is being made" in window.statusBar().currentMessage()
    assert [p.full_name for p in Participant.select()] == ["Still Open"]

    window.backups.busy = False

    def choose_while_a_backup_starts(dialog):
        dialog.list.setCurrentRow(0)
        window.backups.busy = True  # the daily backup started while the list was open
        dialog.accept()

    answer_next_dialog(choose_while_a_backup_starts)
    window.restore_action.trigger()
    assert confirm, "asked before replacing"
    assert "A backup is being made" in window.statusBar().currentMessage()
    assert [p.full_name for p in Participant.select()] == ["Still Open"]  # store open
    window.backups.busy = False
