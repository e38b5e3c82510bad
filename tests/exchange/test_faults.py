"""Faults during imports and exports: a killed process, a full disk, an unwritable folder.

Refusing a database file from a newer rmdesk, a non-database, an empty or a truncated
file is tested where files are opened, in ``tests/store/test_database.py``
(``test_newer_schema_is_refused_untouched``-style tests there) and for restores in
``tests/store/test_backups.py``; bad *exchange* files (truncated or foreign JSON,
empty or binary CSV) are refused in ``test_full_export.py``, ``test_csv_import.py``
and ``test_csv_fuzz.py``.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from rmdesk.exchange import csv_export, full_export
from rmdesk.exchange.csv_format import ExchangeError
from rmdesk.exchange.csv_import import apply_import, preview_participants
from rmdesk.programme import participants as domain
from rmdesk.programme.records import ParticipantData
from rmdesk.store import close_database, open_database
from rmdesk.store.models import Participant, database_proxy

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals and permissions")
ROWS = 20_000


def big_csv(path: Path, rows: int) -> Path:
    lines = ["full_name,email,role,level,notes"]
    lines += [f"Person {i},p{i}@example.org,{'mentor' if i % 2 else 'mentee'},{1 + i % 6},n{i}"
              for i in range(rows)]  # fmt: skip
    path.write_text("\r\n".join(lines) + "\r\n", "utf-8")
    return path


def saved_person() -> int:
    return domain.create_participant(
        ParticipantData(
            full_name="Already Saved", email="saved@example.org", role="mentee", level=5
        )
    )


def integrity(path: Path) -> list[str]:
    with contextlib.closing(sqlite3.connect(path)) as connection:
        return [row[0] for row in connection.execute("PRAGMA integrity_check")]


def count(path: Path) -> int:
    with contextlib.closing(sqlite3.connect(path)) as connection:
        return int(connection.execute("SELECT count(*) FROM participant").fetchone()[0])


# The child imports slowly on purpose (a pause per chunk of 1,000 rows), after saying
# on stdout that the transaction has started writing, so the kill lands in the middle.
CHILD = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from rmdesk.store import open_database
    from rmdesk.exchange.csv_import import apply_import, preview_participants

    open_database(Path(sys.argv[1]))
    preview = preview_participants(Path(sys.argv[2]))
    assert not preview.problems, preview.problems[:3]

    def progress(done, total):
        print("writing", done, total, flush=True)
        time.sleep(0.5)

    apply_import(preview, progress=progress)
    print("finished", flush=True)
    """
)


@posix_only
def test_sigkill_in_the_middle_of_a_large_import_leaves_nothing_of_it(
    db, db_path: Path, tmp_path: Path
):
    saved_person()
    close_database()
    source = big_csv(tmp_path / "big.csv", ROWS)
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(db_path), str(source)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])},
    )
    try:
        assert child.stdout is not None
        line = child.stdout.readline()
        assert line.startswith("writing 1000 "), line + child.stderr.read() if child.stderr else ""
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=20)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        for stream in (child.stdout, child.stderr):
            if stream is not None:
                stream.close()
    assert child.returncode == -signal.SIGKILL
    assert integrity(db_path) == ["ok"]
    # The import was one transaction: none of its 20,000 rows, and what was saved before.
    assert count(db_path) == 1
    open_database(db_path)  # opens cleanly (the WAL is recovered), and can import again
    try:
        assert Participant.get().full_name == "Already Saved"
        preview = preview_participants(source)
        assert apply_import(preview, backup=False).created == ROWS
    finally:
        close_database()
    assert count(db_path) == ROWS + 1
    open_database(db_path)  # leave it open for the fixture's teardown


def fill_the_disk() -> None:
    """From now on the database cannot grow: SQLite answers "database or disk is full"."""
    pages = database_proxy.execute_sql("PRAGMA page_count").fetchone()[0]
    database_proxy.execute_sql(f"PRAGMA max_page_count = {pages + 1}")


def test_full_disk_during_a_csv_import_is_a_clear_message_and_loses_nothing(db, tmp_path: Path):
    saved = saved_person()
    preview = preview_participants(big_csv(tmp_path / "many.csv", 3000))
    fill_the_disk()
    with pytest.raises(ExchangeError, match="Nothing was imported: the disk is full"):
        apply_import(preview, backup=False)
    assert [p.id for p in Participant.select()] == [saved]
    assert Participant.get_by_id(saved).full_name == "Already Saved"


def test_full_disk_during_import_everything_leaves_the_database_as_it_was(db, tmp_path: Path):
    apply_import(preview_participants(big_csv(tmp_path / "many.csv", 3000)), backup=False)
    export = tmp_path / "all.json"
    full_export.export_all(export)
    close_database()
    target = tmp_path / "target.rmdesk"
    open_database(target)
    try:
        fill_the_disk()
        with pytest.raises(ExchangeError, match="full"):
            full_export.import_all(export, backup=False)
        assert Participant.select().count() == 0
        assert full_export.holds_only_seeds()
    finally:
        close_database()
    open_database(tmp_path / "programme.rmdesk")


@posix_only
def test_exporting_into_a_read_only_folder_says_so_and_writes_nothing(db, tmp_path: Path):
    if os.geteuid() == 0:
        pytest.skip("root ignores file permissions, so a read-only folder cannot be simulated")
    saved_person()
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(ExchangeError, match=r"Permission denied.*Nothing was written"):
            csv_export.export_participants(folder / "people.csv")
        with pytest.raises(ExchangeError, match="Permission denied"):
            full_export.export_all(folder / "all.json")
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


def test_exporting_below_a_file_says_so_even_as_root(db, tmp_path: Path):
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("x")
    with pytest.raises(ExchangeError, match=r"Cannot write.*Nothing was written"):
        csv_export.export_participants(not_a_folder / "people.csv")
    assert not_a_folder.read_text() == "x"


def test_a_slow_import_in_this_process_can_be_cancelled_whole(db, tmp_path: Path):
    """The UI cancels through the progress callback: the transaction rolls back."""

    class Cancelled(Exception):
        pass

    preview = preview_participants(big_csv(tmp_path / "c.csv", 2500))
    started = time.monotonic()

    def progress(done: int, total: int) -> None:
        if done >= 2000:
            raise Cancelled

    with pytest.raises(Cancelled):
        apply_import(preview, progress=progress, backup=False)
    assert Participant.select().count() == 0
    assert time.monotonic() - started < 10


def test_a_database_that_turned_read_only_refuses_the_import_and_keeps_everything(
    db, tmp_path: Path
):
    """A read-only folder or mount, as SQLite sees it: every write fails with
    "attempt to write a readonly database". (Simulated with ``query_only``, which runs
    the same error path and, unlike file permissions, also holds for root.)"""
    saved = saved_person()
    preview = preview_participants(big_csv(tmp_path / "some.csv", 50))
    database_proxy.execute_sql("PRAGMA query_only = 1")
    try:
        with pytest.raises(ExchangeError, match=r"Nothing was imported: .*readonly database"):
            apply_import(preview, backup=False)
    finally:
        database_proxy.execute_sql("PRAGMA query_only = 0")
    assert [p.id for p in Participant.select()] == [saved]
