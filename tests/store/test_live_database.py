"""The window's open database keeps its WAL whatever else runs beside it.

SQLite's locks are POSIX advisory locks, which a process loses on the *first* close()
of any handle on the file (sqlite.org, "How To Corrupt An SQLite Database File",
2.2). If the window loses them and another process's read-write connection closes
last, that process checkpoints and deletes the WAL the window still writes to: the
window's next changes vanish at the next crash. So rmdesk never opens the live file
with a plain handle in its own process, and nothing outside the lock ever opens it
read-write (a backup reads through a read-only connection).
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from rmdesk.store import check_integrity, close_database, inspect_file, make_backup, open_database
from rmdesk.store.files import UnsafeFile, read_bounded
from rmdesk.store.models import Topic

LOCKS = Path("/proc/locks")


def held_locks(path: Path) -> int:
    """How many POSIX locks this process holds on ``path`` (Linux)."""
    inode = path.stat().st_ino
    count = 0
    for line in LOCKS.read_text().splitlines():
        fields = line.split()  # 1: POSIX  ADVISORY  READ  1234 08:01:5678 0 EOF
        mine = len(fields) > 5 and fields[1] == "POSIX" and fields[4] == str(os.getpid())
        if mine and int(fields[5].rsplit(":", 1)[1]) == inode:
            count += 1
    return count


@pytest.mark.skipif(not LOCKS.exists(), reason="needs Linux's /proc/locks")
def test_rmdesk_own_reads_of_the_open_file_keep_its_locks(db, db_path: Path, tmp_path: Path):
    Topic.create(name="held")  # a write: the connection now holds its WAL-mode lock
    before = held_locks(db_path)
    assert before > 0
    inspect_file(db_path)
    check_integrity(db_path)
    make_backup(db_path)
    make_backup(db_path, target=tmp_path / "copy.rmdesk")
    with pytest.raises(UnsafeFile, match="the programme's database"):
        read_bounded(db_path, 10**9, what="CSV file")  # e.g. chosen as an import
    assert held_locks(db_path) == before
    with db_path.open("rb") as handle:  # what any plain open() does (Qt's file dialog)
        handle.read(16)
    assert held_locks(db_path) < before, "the test's premise: a close drops the locks"


@pytest.mark.parametrize("drop_locks", [False, True], ids=["locks held", "locks dropped"])
def test_a_backup_from_another_process_never_deletes_the_windows_wal(
    tmp_path: Path, drop_locks: bool
):
    """A 'window' process writes, (maybe) loses its locks, a command backs the file up,
    the window writes again and crashes: both writes must be in the file."""
    path = tmp_path / "programme.rmdesk"
    script = textwrap.dedent(
        f"""
        import os, subprocess, sys
        from pathlib import Path
        from rmdesk.store import open_database
        from rmdesk.store.models import Topic
        path = Path({str(path)!r})
        open_database(path)
        Topic.create(name="before the backup")
        if {drop_locks!r}:
            with open(path, "rb") as handle:
                handle.read(16)
        result = subprocess.run(
            [sys.executable, "-m", "rmdesk", "--db", str(path), "backup", "-o",
             {str(tmp_path / "copy.rmdesk")!r}], capture_output=True, text=True)
        assert result.returncode == 0, result.stderr
        Topic.create(name="after the backup")
        os._exit(0)  # a crash: no close, no checkpoint
        """
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=60,
        check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    with sqlite3.connect(path) as connection:
        names = {row[0] for row in connection.execute("SELECT name FROM topic")}
    assert {"before the backup", "after the backup"} <= names


def test_a_closed_database_is_read_normally(db_path: Path):
    open_database(db_path)
    close_database()
    assert inspect_file(db_path).problems == ()
