"""``rmdesk backup`` and ``rmdesk restore``: verified copies, safety backups, one-line refusals."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

import pytest

from rmdesk.cli import main
from rmdesk.instance_lock import WINDOW, DatabaseLock
from rmdesk.store import close_database, list_backups, open_database
from rmdesk.store.models import Participant
from tests.store.test_backups import killed_backup
from tests.test_cli import one_error_line, sha256


def topics(path: Path) -> list[str]:
    with contextlib.closing(sqlite3.connect(path)) as connection:
        rows = connection.execute("SELECT name FROM topic WHERE name LIKE '~%' ORDER BY name")
        return [row[0] for row in rows]


def add_topic(path: Path, name: str) -> None:
    with contextlib.closing(sqlite3.connect(path)) as connection:
        connection.execute("INSERT INTO topic (name) VALUES (?)", (name,))
        connection.commit()


@pytest.fixture
def live(tmp_path: Path) -> Path:
    path = tmp_path / "programme.rmdesk"
    open_database(path)
    close_database()
    add_topic(path, "~kept")
    return path


def test_backup_into_the_backups_folder(live: Path, capsys):
    assert main(["--db", str(live), "backup"]) == 0

    out, err = capsys.readouterr()
    (info,) = list_backups(live)
    assert err == ""
    assert out.startswith(f"Backed up {live} to {info.path} (")
    assert len(out.splitlines()) == 1
    assert info.reason == "manual"
    assert topics(info.path) == ["~kept"]


def test_backup_works_while_the_window_holds_the_lock(live: Path, capsys):
    with DatabaseLock(live, holder=WINDOW):
        open_database(live)
        try:
            assert main(["backup", "--db", str(live)]) == 0
        finally:
            close_database()
    assert len(list_backups(live)) == 1


def test_backup_to_a_file(live: Path, tmp_path: Path, capsys):
    target = tmp_path / "copy.rmdesk"

    assert main(["--db", str(live), "backup", "-o", str(target)]) == 0

    out, _ = capsys.readouterr()
    assert f"to {target} (" in out
    assert topics(target) == ["~kept"]
    assert list_backups(live) == []


def test_backup_refuses_an_existing_file(live: Path, tmp_path: Path, capsys):
    target = tmp_path / "copy.rmdesk"
    target.write_text("precious")

    assert main(["--db", str(live), "backup", "--output", str(target)]) == 1

    _, err = capsys.readouterr()
    assert "already exists" in one_error_line(err)
    assert target.read_text() == "precious"


@pytest.mark.parametrize("command", ["backup", "restore"])
def test_missing_database_is_one_line(tmp_path: Path, capsys, command):
    missing = tmp_path / "missing.rmdesk"
    argv = ["--db", str(missing), command] + (
        [str(tmp_path / "x.rmdesk")] if command == "restore" else []
    )

    assert main(argv) == 1

    _, err = capsys.readouterr()
    assert "does not exist" in one_error_line(err)
    assert not missing.exists()


def test_backup_of_a_foreign_file_is_one_line(tmp_path: Path, capsys):
    foreign = tmp_path / "notes.rmdesk"
    foreign.write_text("not a database")

    assert main(["--db", str(foreign), "backup"]) == 1

    _, err = capsys.readouterr()
    assert "is not an rmdesk database" in one_error_line(err)


def test_restore_brings_back_the_backup_and_keeps_the_current_state(live: Path, capsys):
    assert main(["--db", str(live), "backup"]) == 0
    (old,) = list_backups(live)
    add_topic(live, "~later")
    capsys.readouterr()

    assert main(["--db", str(live), "restore", str(old.path)]) == 0

    out, err = capsys.readouterr()
    assert err == ""
    assert topics(live) == ["~kept"]
    safety = list_backups(live)[0]
    assert safety.reason == "before-restore"
    assert topics(safety.path) == ["~kept", "~later"]
    assert out.strip() == (
        f"Restored {live} from {old.path}; the previous state was saved to {safety.path} "
        f"({out.rsplit('(', 1)[1].strip()}"
    )


def test_restore_refuses_while_the_window_has_it_open(live: Path, tmp_path: Path, capsys):
    copy = tmp_path / "copy.rmdesk"
    assert main(["--db", str(live), "backup", "-o", str(copy)]) == 0
    before = sha256(live)

    with DatabaseLock(live, holder=WINDOW):
        assert main(["--db", str(live), "restore", str(copy)]) == 1

    _, err = capsys.readouterr()
    one_error_line(err)
    assert sha256(live) == before
    assert list_backups(live) == []


def test_restore_refuses_a_foreign_file_in_one_line(live: Path, tmp_path: Path, capsys):
    foreign = tmp_path / "other.sqlite"
    with contextlib.closing(sqlite3.connect(foreign)) as connection:
        connection.execute("CREATE TABLE topic (name)")
        connection.commit()
    before = sha256(live)

    assert main(["--db", str(live), "restore", str(foreign)]) == 1

    _, err = capsys.readouterr()
    assert "is not an rmdesk database" in one_error_line(err)
    assert sha256(live) == before
    assert list_backups(live) == []


def test_restore_of_a_missing_backup_is_one_line(live: Path, tmp_path: Path, capsys):
    assert main(["--db", str(live), "restore", str(tmp_path / "nope.rmdesk")]) == 1

    _, err = capsys.readouterr()
    assert "nope.rmdesk does not exist" in one_error_line(err)


# --- restore: true refusals in one line ----------------------------------------------


def test_restore_of_a_folder_says_it_is_a_folder(live: Path, tmp_path: Path, capsys):
    folder = tmp_path / "backups-2024"
    folder.mkdir()
    before = sha256(live)

    assert main(["--db", str(live), "restore", str(folder)]) == 1

    _, err = capsys.readouterr()
    assert one_error_line(err) == f"rmdesk: {folder} is a folder, not a backup."
    assert sha256(live) == before
    assert list_backups(live) == []


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX only")
def test_restore_of_a_fifo_is_refused_at_once(live: Path, tmp_path: Path, capsys):
    fifo = tmp_path / "pipe.rmdesk"
    os.mkfifo(fifo)

    assert main(["--db", str(live), "restore", str(fifo)]) == 1  # no writer: never blocks

    _, err = capsys.readouterr()
    assert one_error_line(err) == f"rmdesk: {fifo} is not a regular file; choose a backup."


def test_restore_of_a_backup_whose_version_was_altered_is_refused(
    live: Path, tmp_path: Path, capsys
):
    altered = tmp_path / "altered.rmdesk"
    assert main(["--db", str(live), "backup", "-o", str(altered)]) == 0
    with contextlib.closing(sqlite3.connect(altered)) as connection:
        connection.execute("PRAGMA user_version = 4")
        connection.commit()
    before = sha256(live)
    capsys.readouterr()

    assert main(["--db", str(live), "restore", str(altered)]) == 1

    _, err = capsys.readouterr()
    line = one_error_line(err)
    # What differs from version 4 grows with every migration: the line names the first
    # difference, counts the rest, and stays one short line.
    assert line.startswith("rmdesk: altered.rmdesk was altered outside rmdesk (extra ")
    assert line.endswith("). It was left untouched; choose another file (or a backup).")
    assert len(line) < 300
    assert sha256(live) == before
    assert list_backups(live) == []
    # And the programme still works: nothing half-restored.
    assert main(["--db", str(live), "cycle", "list"]) == 0


def test_a_damaged_backups_message_is_one_short_line(live: Path, tmp_path: Path, capsys):
    big = tmp_path / "big.rmdesk"
    open_database(big)
    try:
        Participant.insert_many(
            [{"full_name": f"P {i}", "role": "mentor", "level": 2, "notes": "x" * 300}
             for i in range(600)]
        ).execute()  # fmt: skip
    finally:
        close_database()
    with contextlib.closing(sqlite3.connect(big)) as connection:
        (root,) = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'participant'"
        ).fetchone()
    data = bytearray(big.read_bytes())
    page = root - 1  # the participants' interior page: its cells point at every leaf
    data[page * 4096 + 3000 : (page + 1) * 4096] = b"A" * (4096 - 3000)
    damaged = tmp_path / "damaged.rmdesk"
    damaged.write_bytes(bytes(data))

    assert main(["--db", str(live), "restore", str(damaged)]) == 1

    _, err = capsys.readouterr()
    line = one_error_line(err)
    assert line.startswith("rmdesk: damaged.rmdesk is damaged and cannot be opened safely (")
    assert " more). It was left untouched; restore it from a backup." in line
    assert line.count(";") <= 3  # two problems, "and N more", then the advice
    assert len(line) < 300


# --- no leftovers of a killed backup ---------------------------------------------------


def test_a_command_start_removes_a_killed_backups_copy(live: Path, capsys):
    leftover = killed_backup(live)

    assert main(["--db", str(live), "cycle", "list"]) == 0

    assert not leftover.exists()
    assert list((live.parent / "backups").iterdir()) == []


def test_prune_backups_removes_a_killed_backups_copy(live: Path, capsys):
    leftover = killed_backup(live)
    journal = leftover.with_name(leftover.name + "-journal")
    journal.write_bytes(b"half a journal")
    assert main(["--db", str(live), "person", "prune-backups", "--yes"]) == 0
    assert not leftover.exists() and not journal.exists()
    (fresh,) = list_backups(live)
    assert sorted(p.name for p in (live.parent / "backups").iterdir()) == [fresh.path.name]


def test_after_an_erase_with_pruning_no_file_holds_the_person(tmp_path: Path, capsys):
    path = tmp_path / "programme.rmdesk"
    open_database(path)
    try:
        person = Participant.create(
            full_name="Wilhelmina Quist", email="w.quist@example.org", role="mentor", level=2
        )
        Participant.create(full_name="Other Person", role="mentee", level=5)
        person_id = person.id
    finally:
        close_database()
    assert main(["--db", str(path), "backup"]) == 0
    leftover = killed_backup(path)
    assert b"Wilhelmina Quist" in leftover.read_bytes()
    capsys.readouterr()

    assert main(["--db", str(path), "person", "erase", str(person_id), "--yes",
                 "--prune-backups"]) == 0  # fmt: skip

    for found in tmp_path.rglob("*"):
        if found.is_file():
            data = found.read_bytes()
            assert b"Wilhelmina" not in data and b"w.quist" not in data, found
