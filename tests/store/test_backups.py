"""Backups: online-API copies, verified, 0600, pruned to 14; restore keeps a safety copy."""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from rmdesk.store import (
    KEEP,
    AlteredDatabase,
    BackupFailed,
    CorruptDatabase,
    NewerDatabase,
    NotAnRmdeskDatabase,
    backup_if_due,
    backups_folder,
    close_database,
    list_backups,
    make_backup,
    open_database,
    restore_backup,
)
from rmdesk.store import backups as backups_module
from rmdesk.store.files import UnsafeFile
from rmdesk.store.migrations import APPLICATION_ID, LATEST_VERSION
from tests.store.test_migrations import build_version_1

NOON = dt.datetime(2026, 11, 24, 12, 0, 0)
POSIX = sys.platform != "win32"


def query(path: Path, sql: str) -> list[tuple]:
    with contextlib.closing(sqlite3.connect(path)) as connection:
        return connection.execute(sql).fetchall()


def topics(path: Path) -> list[str]:
    """The topics a test added (migrations seed a list of their own)."""
    rows = query(path, "SELECT name FROM topic WHERE name LIKE '~%' ORDER BY name")
    return [row[0][1:] for row in rows]


def add_topic(path: Path, name: str) -> None:
    with contextlib.closing(sqlite3.connect(path)) as connection:
        connection.execute("INSERT INTO topic (name) VALUES (?)", (f"~{name}",))
        connection.commit()


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def live(db_path: Path) -> Path:
    """A closed, migrated database file holding two topics."""
    open_database(db_path)
    close_database()
    add_topic(db_path, "Accessibility")
    add_topic(db_path, "Budgets")
    return db_path


# --- make_backup ----------------------------------------------------------------------


def test_backup_has_the_same_rows_and_opens(live: Path):
    info = make_backup(live, now=NOON)

    assert info.path.parent == live.parent / "backups"
    assert info.path.name == "programme-2026-11-24T12-00-00-manual.rmdesk"
    assert info.reason == "manual"
    assert info.made_at == NOON
    assert info.size == info.path.stat().st_size > 0
    assert topics(info.path) == ["Accessibility", "Budgets"]
    assert query(info.path, "PRAGMA application_id") == [(APPLICATION_ID,)]
    assert query(info.path, "PRAGMA integrity_check") == [("ok",)]
    # A standalone file: rollback journal, nothing beside it.
    assert query(info.path, "PRAGMA journal_mode") == [("delete",)]
    assert sorted(p.name for p in info.path.parent.iterdir()) == [info.path.name]
    open_database(info.path)
    close_database()


@pytest.mark.skipif(not POSIX, reason="POSIX permissions")
def test_backup_and_folder_are_private(live: Path):
    info = make_backup(live)

    assert stat.S_IMODE(info.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(info.path.parent.stat().st_mode) == 0o700
    assert backups_folder(live) == info.path.parent


def test_a_copy_failing_integrity_check_is_refused_and_deleted(live: Path, monkeypatch):
    monkeypatch.setattr(
        backups_module, "_integrity_problems", lambda connection: ["page 7 is never used"]
    )

    with pytest.raises(BackupFailed, match=r"integrity check.*page 7 is never used"):
        make_backup(live)

    assert list((live.parent / "backups").iterdir()) == []
    assert list_backups(live) == []


def test_backup_while_another_connection_has_uncheckpointed_wal_data(live: Path):
    writer = sqlite3.connect(live)
    try:
        assert writer.execute("PRAGMA journal_mode = wal").fetchone() == ("wal",)
        writer.execute("PRAGMA wal_autocheckpoint = 0")
        writer.execute("INSERT INTO topic (name) VALUES ('~Only in the WAL')")
        writer.commit()
        wal = live.with_name(live.name + "-wal")
        assert wal.stat().st_size > 0
        # The main file alone does not have the row yet.
        with contextlib.closing(
            sqlite3.connect(f"file:{live.as_posix()}?immutable=1", uri=True)
        ) as main_only:
            assert ("~Only in the WAL",) not in main_only.execute("SELECT name FROM topic")

        info = make_backup(live)
    finally:
        writer.close()

    assert "Only in the WAL" in topics(info.path)


def test_backup_while_open_through_peewee(db_path: Path, db):
    from rmdesk.store.models import Topic

    Topic.create(name="~Open in the app")
    info = make_backup(db_path)
    assert topics(info.path) == ["Open in the app"]


def test_explicit_target_is_written_exactly_and_never_replaces(live: Path, tmp_path: Path):
    target = tmp_path / "elsewhere" / "copy.db"
    target.parent.mkdir()

    info = make_backup(live, target=target)
    assert info.path == target
    assert topics(target) == ["Accessibility", "Budgets"]
    assert sorted(p.name for p in target.parent.iterdir()) == ["copy.db"]

    before = sha256(target)
    with pytest.raises(BackupFailed, match="already exists"):
        make_backup(live, target=target)
    assert sha256(target) == before


def test_foreign_file_is_not_backed_up(tmp_path: Path):
    foreign = tmp_path / "other.sqlite"
    with contextlib.closing(sqlite3.connect(foreign)) as connection:
        connection.execute("CREATE TABLE t (x)")
        connection.commit()
    text = tmp_path / "notes.rmdesk"
    text.write_text("hello")

    with pytest.raises(NotAnRmdeskDatabase):
        make_backup(foreign)
    with pytest.raises(NotAnRmdeskDatabase):
        make_backup(text)
    assert list((tmp_path / "backups").iterdir()) == []


def test_bad_reason_is_refused(live: Path):
    with pytest.raises(ValueError, match="reason"):
        make_backup(live, reason="Before: 12")


def test_two_backups_in_one_second_both_kept(live: Path):
    first = make_backup(live, now=NOON)
    second = make_backup(live, now=NOON)

    assert first.path != second.path
    assert second.path.name == "programme-2026-11-24T12-00-00-manual-2.rmdesk"
    assert {info.path for info in list_backups(live)} == {first.path, second.path}
    assert all(info.reason == "manual" for info in list_backups(live))


# --- listing and pruning ----------------------------------------------------------------


def test_list_is_newest_first_and_ignores_other_files(live: Path):
    folder = backups_folder(live)
    (folder / "notes.txt").write_text("mine")
    (folder / "programme-yesterday.rmdesk").write_text("mine too")
    (folder / "other-2026-11-24T12-00-00-manual.rmdesk").write_text("another database's")
    old = make_backup(live, reason="before-import", now=NOON - dt.timedelta(days=1))
    new = make_backup(live, reason="daily", now=NOON)

    listed = list_backups(live)

    assert [info.path for info in listed] == [new.path, old.path]
    assert [info.reason for info in listed] == ["daily", "before-import"]
    assert listed[1].made_at == NOON - dt.timedelta(days=1)


def test_pruning_keeps_the_newest_and_only_deletes_its_own_files(live: Path):
    folder = backups_folder(live)
    strangers = ["notes.txt", "programme-old.rmdesk", "other-2020-01-01T00-00-00-manual.rmdesk"]
    for name in strangers:
        (folder / name).write_text("not a backup made here")
    made = [
        make_backup(live, reason="daily" if i % 2 else "manual", now=NOON + dt.timedelta(hours=i))
        for i in range(KEEP + 3)
    ]

    listed = list_backups(live)

    assert KEEP == 14
    assert [info.path for info in listed] == [info.path for info in reversed(made[3:])]
    for info in made[:3]:
        assert not info.path.exists()
    for name in strangers:
        assert (folder / name).exists()


def test_explicit_target_never_prunes(live: Path, tmp_path: Path):
    for i in range(KEEP):
        make_backup(live, now=NOON + dt.timedelta(minutes=i))
    folder = backups_folder(live)
    oldest = list_backups(live)[-1].path
    shutil.copyfile(oldest, folder / "programme-2000-01-01T00-00-00-manual.rmdesk")
    assert len(list_backups(live)) == KEEP + 1  # one more than pruning keeps

    make_backup(live, target=tmp_path / "elsewhere.rmdesk")

    assert len(list_backups(live)) == KEEP + 1


def test_an_explicit_target_in_the_backups_folder_is_refused(live: Path):
    folder = backups_folder(live)
    with pytest.raises(UnsafeFile, match="backups folder"):
        make_backup(live, target=folder / "programme-2000-01-01T00-00-00-manual.rmdesk")
    assert list(folder.iterdir()) == []


# --- the daily backup -------------------------------------------------------------------


def test_backup_if_due_once_a_day(live: Path):
    first = backup_if_due(live, now=NOON)
    assert first is not None
    assert first.reason == "daily"
    assert backup_if_due(live, now=NOON + dt.timedelta(hours=11)) is None
    tomorrow = backup_if_due(live, now=NOON + dt.timedelta(hours=12))
    assert tomorrow is not None
    assert tomorrow.made_at.date() == dt.date(2026, 11, 25)
    assert len(list_backups(live)) == 2


def test_any_backup_today_makes_the_daily_one_unneeded(live: Path):
    make_backup(live, reason="before-import", now=NOON.replace(hour=8))
    assert backup_if_due(live, now=NOON) is None


def test_no_daily_backup_of_a_missing_database(db_path: Path):
    assert backup_if_due(db_path, now=NOON) is None
    assert not (db_path.parent / "backups").exists()


# --- restore ---------------------------------------------------------------------------


def test_restore_brings_back_old_rows_and_keeps_a_safety_backup(live: Path):
    old = make_backup(live, now=NOON)
    add_topic(live, "Added later")

    safety = restore_backup(live, old.path, now=NOON + dt.timedelta(hours=1))

    assert topics(live) == ["Accessibility", "Budgets"]
    assert safety.reason == "before-restore"
    assert "before-restore" in safety.path.name
    assert "Added later" in topics(safety.path)
    assert old.path.exists()
    assert [info.path for info in list_backups(live)] == [safety.path, old.path]
    assert query(live, "PRAGMA integrity_check") == [("ok",)]
    open_database(live)  # still ours, and opens
    close_database()


def test_restore_into_a_database_left_in_wal_mode_with_sidecars(live: Path):
    old = make_backup(live)
    other = sqlite3.connect(live)  # keeps -wal/-shm alive with newer data in them
    try:
        other.execute("PRAGMA journal_mode = wal")
        other.execute("PRAGMA wal_autocheckpoint = 0")
        other.execute("INSERT INTO topic (name) VALUES ('~In the WAL')")
        other.commit()

        restore_backup(live, old.path)

        rows = other.execute("SELECT name FROM topic WHERE name LIKE '~%' ORDER BY name")
        assert [row[0] for row in rows] == ["~Accessibility", "~Budgets"]
    finally:
        other.close()
    assert topics(live) == ["Accessibility", "Budgets"]


def test_restore_of_an_older_schema_is_migrated_on_open(live: Path, tmp_path: Path):
    v1 = tmp_path / "v1.rmdesk"
    build_version_1(v1)

    restore_backup(live, v1)

    assert query(live, "PRAGMA user_version") == [(1,)]
    db = open_database(live)
    try:
        assert db.execute_sql("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
    finally:
        close_database()


def _newer(path: Path, live: Path) -> None:
    make_backup(live, target=path)
    with contextlib.closing(sqlite3.connect(path)) as connection:
        connection.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
        connection.commit()


def _foreign(path: Path, live: Path) -> None:
    with contextlib.closing(sqlite3.connect(path)) as connection:
        connection.execute("CREATE TABLE topic (name)")
        connection.execute("INSERT INTO topic VALUES ('not ours')")
        connection.commit()


def _text(path: Path, live: Path) -> None:
    path.write_text("just text")


def _damaged(path: Path, live: Path) -> None:
    make_backup(live, target=path)
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    for offset in range(page_size, len(data), page_size):  # scribble over every b-tree page
        data[offset : offset + 8] = b"\xff" * 8
    path.write_bytes(bytes(data))


def _altered(path: Path, live: Path) -> None:
    """A current backup with a column added outside rmdesk (its version says otherwise)."""
    make_backup(live, target=path)
    with contextlib.closing(sqlite3.connect(path)) as connection:
        connection.execute('ALTER TABLE "meeting" ADD COLUMN "colour" TEXT')
        connection.commit()


@pytest.mark.parametrize(
    ("make", "error"),
    [
        (_newer, NewerDatabase),
        (_foreign, NotAnRmdeskDatabase),
        (_text, NotAnRmdeskDatabase),
        (_damaged, CorruptDatabase),
        (_altered, AlteredDatabase),
    ],
    ids=["newer", "foreign", "text", "damaged", "altered"],
)
def test_restore_refuses_and_leaves_the_database_untouched(live: Path, tmp_path, make, error):
    bad = tmp_path / "bad.rmdesk"
    make(bad, live)
    before = sha256(live)
    siblings = sorted(p.name for p in live.parent.iterdir())

    with pytest.raises(error):
        restore_backup(live, bad)

    assert sha256(live) == before
    assert sorted(p.name for p in live.parent.iterdir()) == siblings
    assert list_backups(live) == []


def test_restore_refuses_the_database_itself(live: Path):
    before = sha256(live)
    with pytest.raises(BackupFailed, match="the database itself"):
        restore_backup(live, live)
    assert sha256(live) == before


def test_restore_refuses_while_open_through_peewee(db_path: Path, db):
    copy = make_backup(db_path)
    with pytest.raises(RuntimeError, match="close_database"):
        restore_backup(db_path, copy.path)


def test_restore_keeps_an_old_backup_it_restores_from_a_full_folder(live: Path):
    oldest = make_backup(live, now=NOON)
    for i in range(1, KEEP):
        make_backup(live, now=NOON + dt.timedelta(hours=i))
    assert len(list_backups(live)) == KEEP

    restore_backup(live, oldest.path, now=NOON + dt.timedelta(days=1))

    assert oldest.path.exists()
    assert topics(live) == ["Accessibility", "Budgets"]


# --- migration ---------------------------------------------------------------------------


def test_opening_an_old_file_backs_it_up_before_migrating(db_path: Path):
    build_version_1(db_path)

    db = open_database(db_path)
    close_database()
    assert db.is_closed()

    (backup,) = list_backups(db_path)
    assert backup.reason == "before-migration"
    assert query(backup.path, "PRAGMA user_version") == [(1,)]
    assert ("Quantum computing",) in query(backup.path, "SELECT name FROM topic")
    assert query(backup.path, "SELECT full_name FROM participant ORDER BY id") == [
        ("Grace Hopper",),
        ("Zoë Łukasiewicz",),
    ]
    assert query(db_path, "PRAGMA user_version") == [(LATEST_VERSION,)]


def test_opening_an_up_to_date_file_makes_no_backup(live: Path):
    open_database(live)
    close_database()
    assert list_backups(live) == []
    assert not (live.parent / "backups").exists()


def test_a_failed_migration_backup_leaves_the_file_unopened(db_path: Path, monkeypatch):
    build_version_1(db_path)
    original = sha256(db_path)
    monkeypatch.setattr(backups_module, "_integrity_problems", lambda connection: ["bad"])

    with pytest.raises(BackupFailed):
        open_database(db_path)

    assert sha256(db_path) == original
    assert query(db_path, "PRAGMA user_version") == [(1,)]


def test_restore_of_an_altered_backup_says_so_in_one_line(live: Path, tmp_path: Path):
    bad = tmp_path / "altered.rmdesk"
    _altered(bad, live)
    with pytest.raises(AlteredDatabase) as caught:
        restore_backup(live, bad)
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith(
        "altered.rmdesk was altered outside rmdesk (extra column meeting.colour)."
    )
    assert "restore a backup" not in message  # no circle: this was the restore


def test_restore_of_a_folder_says_it_is_a_folder(live: Path, tmp_path: Path):
    folder = tmp_path / "old-backups"
    folder.mkdir()
    before = sha256(live)
    with pytest.raises(UnsafeFile, match=r"old-backups is a folder, not a backup\.$"):
        restore_backup(live, folder)
    assert sha256(live) == before
    assert list_backups(live) == []


@pytest.mark.skipif(not POSIX, reason="FIFOs are POSIX only")
def test_restore_of_a_fifo_is_refused_without_waiting_for_a_writer(live: Path, tmp_path: Path):
    fifo = tmp_path / "pipe.rmdesk"
    os.mkfifo(fifo)
    with pytest.raises(UnsafeFile, match=r"pipe\.rmdesk is not a regular file; choose a backup"):
        restore_backup(live, fifo)
    assert list_backups(live) == []


# --- leftovers of a killed backup ------------------------------------------------------


def killed_backup(database: Path) -> Path:
    """Run a real backup in another process and kill it after the copy, before the rename:
    what a power cut at that moment leaves (the copy holds every row)."""
    code = (
        "import os, sys; from pathlib import Path; "
        "from rmdesk.store.backups import _copy_to_temporary, backups_folder; "
        "database = Path(sys.argv[1]); "
        "print(_copy_to_temporary(database, backups_folder(database)), flush=True); "
        "os._exit(9)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(database)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 9, result.stderr
    leftover = Path(result.stdout.strip())
    assert leftover.parent == database.parent / "backups"
    assert leftover.name.startswith(".backup-") and leftover.name.endswith(".tmp")
    assert leftover.stat().st_size == database.stat().st_size  # a full copy
    return leftover


def _beside(path: Path, suffix: str) -> Path:
    companion = path.with_name(path.name + suffix)
    companion.write_bytes(b"journal of a killed copy")
    return companion


def test_a_backup_copy_is_named_with_the_process_making_it(live: Path, monkeypatch):
    seen: list[str] = []
    check = backups_module._integrity_problems

    def look(connection: sqlite3.Connection) -> list[str]:
        seen.extend(p.name for p in (live.parent / "backups").iterdir())
        return check(connection)

    monkeypatch.setattr(backups_module, "_integrity_problems", look)
    make_backup(live)
    (temporary,) = [name for name in seen if name.endswith(".tmp")]
    assert temporary.startswith(f".backup-{os.getpid()}-")


def test_the_next_start_removes_a_killed_backups_copy_and_its_journals(live: Path):
    leftover = killed_backup(live)
    assert "Accessibility" in topics(leftover)
    journal = _beside(leftover, "-journal")
    older_kind = live.parent / "backups" / ".backup-k3j4h5g6.tmp"  # before names had a pid
    older_kind.write_bytes(b"copy")
    kept = make_backup(live, now=NOON).path
    unrelated = live.parent / "backups" / "notes.txt"
    unrelated.write_text("mine")

    open_database(live)
    close_database()

    left = sorted(p.name for p in (live.parent / "backups").iterdir())
    assert left == sorted([kept.name, "notes.txt"])
    assert not leftover.exists() and not journal.exists() and not older_kind.exists()


def test_a_copy_being_made_by_a_running_process_is_left_alone(live: Path):
    folder = backups_folder(live)
    running = folder / f".backup-{os.getpid()}-abcd1234.tmp"
    running.write_bytes(b"being written")
    journal = _beside(running, "-journal")

    open_database(live)
    close_database()
    assert running.exists() and journal.exists()

    # Untouched for more than an hour: its process id now belongs to someone else.
    hours_ago = time.time() - 2 * 3600
    for path in (running, journal):
        os.utime(path, (hours_ago, hours_ago))
    assert sorted(backups_module.remove_leftovers(live)) == sorted([running, journal])
    assert not running.exists() and not journal.exists()


def test_pruning_removes_a_killed_backups_copy(live: Path):
    leftover = killed_backup(live)
    wal = _beside(leftover, "-wal")
    backups_module.prune_backups(live)
    assert not leftover.exists() and not wal.exists()

    leftover = killed_backup(live)
    make_backup(live)  # every dated backup prunes
    assert not leftover.exists()


def test_the_erasures_pruning_removes_a_killed_backups_copy(live: Path, monkeypatch):
    from rmdesk.exchange.personal_data import prune_backups_after_erase

    leftover = killed_backup(live)
    # Even if the fresh backup's own pruning did not run, the erasure's pruning removes it.
    monkeypatch.setattr(backups_module, "prune_backups", lambda *args, **kwargs: [])
    prune_backups_after_erase(live)
    assert not leftover.exists()
