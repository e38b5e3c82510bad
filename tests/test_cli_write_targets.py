"""Every command that writes a file refuses the database, its companions, a backup and
devices, however the path is spelled, also beside the window; one writer per file."""

from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path

import pytest

from rmdesk.cli import main
from rmdesk.instance_lock import COMMAND, WINDOW, DatabaseLock
from rmdesk.store import close_database, make_backup, open_database
from tests.documents.sample import build_programme
from tests.test_cli import one_error_line


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def live(db, db_path: Path) -> Path:
    """The sample programme (cycle 1, pair 1, person 1) with one backup, closed."""
    build_programme()
    close_database()
    make_backup(db_path)  # reads through a read-only connection, which leaves -wal/-shm
    open_database(db_path)
    close_database()  # the last read-write close removes them: the tests start clean
    assert not db_path.with_name(db_path.name + "-wal").exists()
    return db_path


def writing_commands(target: str) -> dict[str, list[str]]:
    return {
        "export participants": ["export", "participants", target],
        "export all": ["export", "all", target],
        "report": ["report", "1", "-o", target],
        "calendar": ["calendar", "1", "-o", target],
        "agreement": ["agreement", "1", "-o", target],
        "agreements": ["agreements", "1", "-o", target],
        "person export": ["person", "export", "1", "-o", target],
    }


def targets(live: Path) -> dict[str, Path]:
    folder = live.parent
    (folder / "sub").mkdir(exist_ok=True)
    link = folder / "shortcut.pdf"
    if not link.is_symlink():
        link.symlink_to(live)
    return {
        "the database": live,
        "a .. spelling": folder / "sub" / ".." / live.name,
        "a symbolic link": link,
        "its -wal": live.with_name(live.name + "-wal"),
        "its lock file": live.with_name(live.name + ".lock"),
        "a backup": next((folder / "backups").iterdir()),
    }


@pytest.mark.parametrize("holder", [None, WINDOW], ids=["alone", "beside the window"])
def test_no_command_writes_over_the_database_or_a_backup(live: Path, holder, capsys):
    backup = next((live.parent / "backups").iterdir())
    before, backup_before = digest(live), digest(backup)
    lock = DatabaseLock(live, holder=WINDOW) if holder else None
    if lock:
        lock.acquire()
    try:
        for spelled, target in targets(live).items():
            for name, argv in writing_commands(str(target)).items():
                assert main(["--db", str(live), *argv]) == 1, (name, spelled)
                line = one_error_line(capsys.readouterr().err)
                assert "Nothing was written" in line, (name, spelled, line)
                assert digest(live) == before, (name, spelled)
                assert digest(backup) == backup_before, (name, spelled)
    finally:
        if lock:
            lock.release()
    if holder is None:  # (beside the window, read-only connections share its -wal)
        assert not live.with_name(live.name + "-wal").exists()


def test_backup_to_the_database_or_a_companion_is_refused(live: Path, capsys):
    before = digest(live)
    for target in (live, live.with_name(live.name + "-shm"), live.parent / "backups" / "b.rmdesk"):
        assert main(["--db", str(live), "backup", "-o", str(target)]) == 1
        one_error_line(capsys.readouterr().err)
    assert digest(live) == before
    assert not live.with_name(live.name + "-shm").exists()
    assert not (live.parent / "backups" / "b.rmdesk").exists()


def test_a_device_stays_a_device(live: Path, tmp_path: Path, capsys):
    fifo = tmp_path / "pipe.ics"
    os.mkfifo(fifo)
    for target in (Path("/dev/null"), fifo):
        for name, argv in writing_commands(str(target)).items():
            assert main(["--db", str(live), *argv]) == 1, name
            assert "not a regular file" in one_error_line(capsys.readouterr().err), name
    assert stat.S_ISCHR(Path("/dev/null").stat().st_mode)
    assert stat.S_ISFIFO(fifo.stat().st_mode)


# --- one writer per file, whatever the path ------------------------------------------


@pytest.mark.parametrize("spelling", ["symlink", "dot-dot"])
def test_the_lock_holds_for_every_spelling_of_the_file(live: Path, spelling: str, capsys):
    other = live.parent / "other.rmdesk"
    other.symlink_to(live)
    (live.parent / "sub").mkdir()
    path = other if spelling == "symlink" else live.parent / "sub" / ".." / live.name
    before = digest(live)
    with DatabaseLock(live, holder=WINDOW):
        assert main(["--db", str(path), "cycle", "create", "X", "--start", "2027-01-01"]) == 1
    line = one_error_line(capsys.readouterr().err)
    assert "is already open in another rmdesk window" in line
    assert digest(live) == before


def test_the_lock_taken_through_a_link_holds_the_plain_path(live: Path, capsys):
    other = live.parent / "other.rmdesk"
    other.symlink_to(live)
    with DatabaseLock(other, holder=WINDOW):
        assert main(["--db", str(live), "pair", "activate", "1"]) == 1
    assert "already open" in one_error_line(capsys.readouterr().err)


def test_a_database_with_a_second_hard_link_is_refused_under_either_name(live: Path, capsys):
    twin = live.parent / "twin.rmdesk"
    os.link(live, twin)
    before = digest(live)
    for path in (live, twin):
        assert main(["--db", str(path), "cycle", "create", "X", "--start", "2027-01-01"]) == 1
        line = one_error_line(capsys.readouterr().err)
        assert "has 2 names (hard links)" in line
    assert digest(live) == before
    assert not live.with_name(live.name + "-wal").exists()
    assert not twin.with_name(twin.name + "-wal").exists()


def test_the_refusal_says_whether_a_window_or_a_command_holds_the_file(live: Path, capsys):
    for holder, words in ((WINDOW, "open in another rmdesk window"),
                          (COMMAND, "in use by another rmdesk command")):  # fmt: skip
        with DatabaseLock(live, holder=holder):
            assert main(["--db", str(live), "pair", "activate", "1"]) == 1
        assert words in one_error_line(capsys.readouterr().err)


# --- no new file behind a refused command --------------------------------------------


def test_a_refused_import_leaves_no_new_file(tmp_path: Path, capsys):
    csv = tmp_path / "people.csv"
    csv.write_text("full_name,role,level\nAda,mentor,not a level\n", encoding="utf-8")
    target = tmp_path / "new" / "programme.rmdesk"
    target.parent.mkdir()
    assert main(["--db", str(target), "import", "participants", str(csv)]) == 1
    assert "nothing was imported" in capsys.readouterr().err
    assert sorted(p.name for p in target.parent.iterdir()) == []


def test_a_killed_creation_is_cleared_by_the_next_one(tmp_path: Path, capsys):
    target = tmp_path / "programme.rmdesk"
    leftover = tmp_path / ".programme.rmdesk.new"
    leftover.write_bytes(b"what a killed demo left")
    leftover.with_name(leftover.name + "-wal").write_bytes(b"wal")
    assert main(["--db", str(target), "demo", "--participants", "12"]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["programme.rmdesk"]


# --- reads: regular files only, bounded ----------------------------------------------


def test_imports_refuse_devices_fifos_and_oversized_files(live: Path, tmp_path: Path, capsys,
                                                          monkeypatch):  # fmt: skip
    from rmdesk.exchange import csv_import

    fifo = tmp_path / "people.csv"
    os.mkfifo(fifo)  # nobody writes to it: a blocking read would hang the test
    for source in ("/dev/zero", str(fifo)):
        for argv in (["import", "participants", source, "--dry-run"],
                     ["import", "participants", source]):  # fmt: skip
            assert main(["--db", str(live), *argv]) == 1
            assert "is not a regular file" in one_error_line(capsys.readouterr().err)
    big = tmp_path / "big.csv"
    big.write_text("full_name,role,level\n" + "Ada,mentor,1\n" * 100, encoding="utf-8")
    monkeypatch.setattr(csv_import, "MAX_FILE_BYTES", 1000)
    assert main(["--db", str(live), "import", "participants", str(big), "--dry-run"]) == 1
    assert "is too large for a participants file" in one_error_line(capsys.readouterr().err)
