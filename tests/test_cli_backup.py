"""``rmdesk backup`` and ``rmdesk restore``: verified copies, safety backups, one-line refusals."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

import pytest

from rmdesk.cli import main
from rmdesk.instance_lock import WINDOW, DatabaseLock
from rmdesk.store import close_database, list_backups, open_database
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
