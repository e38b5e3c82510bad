"""store.files: what a path *is* decides whether rmdesk writes or reads it."""

from __future__ import annotations

import hashlib
import os
import stat
import threading
from pathlib import Path

import pytest

from rmdesk.store import close_database, make_backup, open_database
from rmdesk.store.files import (
    UnsafeFile,
    check_regular_file,
    check_write_target,
    read_bounded,
    write_bytes,
)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def live(db, db_path: Path) -> Path:
    """An open database with a backup beside it."""
    make_backup(db_path)
    return db_path


def spellings(live: Path) -> dict[str, Path]:
    folder = live.parent
    (folder / "sub").mkdir()
    (folder / "link.rmdesk").symlink_to(live)
    (folder / "wal-link").symlink_to(live.name + "-wal")
    return {
        "plain": live,
        "dot-dot": folder / "sub" / ".." / live.name,
        "symlink": folder / "link.rmdesk",
        "wal": live.with_name(live.name + "-wal"),
        "shm": live.with_name(live.name + "-shm"),
        "journal (not there yet)": live.with_name(live.name + "-journal"),
        "lock file name": live.with_name(live.name + ".lock"),
        "symlink to the wal": folder / "wal-link",
    }


def test_the_open_database_and_its_companions_are_never_written(live: Path):
    before = digest(live)
    for name, target in spellings(live).items():
        with pytest.raises(UnsafeFile, match="the programme's database or one of its own"):
            write_bytes(target, b"export")
        assert digest(live) == before, name
    assert not live.with_name(live.name + "-journal").exists()


def test_a_hard_link_to_the_open_database_is_the_database(live: Path):
    link = live.with_name("other-name.csv")
    os.link(live, link)
    with pytest.raises(UnsafeFile, match="database"):
        write_bytes(link, b"export")
    assert link.stat().st_ino == live.stat().st_ino


def test_nothing_is_written_into_the_backups_folder(live: Path):
    backup = next((live.parent / "backups").iterdir())
    before = digest(backup)
    for target in (backup, live.parent / "backups" / "new.json",
                   live.parent / "sub" / ".." / "backups" / "x.csv"):  # fmt: skip
        with pytest.raises(UnsafeFile, match="backups folder"):
            write_bytes(target, b"export")
    assert digest(backup) == before
    assert sorted(p.name for p in (live.parent / "backups").iterdir()) == [backup.name]


def test_a_closed_database_named_by_the_caller_is_protected_too(db_path: Path):
    open_database(db_path)
    close_database()
    write_bytes(db_path.with_name("export.csv"), b"x")  # no database open: an ordinary file
    with pytest.raises(UnsafeFile, match="database"):
        check_write_target(db_path, database=db_path)


def test_devices_fifos_and_folders_are_not_write_targets(tmp_path: Path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(UnsafeFile, match="not a regular file"):
        write_bytes(Path("/dev/null"), b"x")
    assert stat.S_ISCHR(Path("/dev/null").stat().st_mode)
    with pytest.raises(UnsafeFile, match="not a regular file"):
        write_bytes(fifo, b"x")
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    with pytest.raises(UnsafeFile, match="is a folder"):
        write_bytes(tmp_path, b"x")
    with pytest.raises(UnsafeFile, match=r"is not a folder\. Nothing was written"):
        write_bytes(tmp_path / "missing" / "x.csv", b"x")


def test_a_write_replaces_a_regular_file_whole_and_private(tmp_path: Path):
    target = tmp_path / "export.csv"
    target.write_bytes(b"old")
    target.chmod(0o644)
    write_bytes(target, b"new content")
    assert target.read_bytes() == b"new content"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["export.csv"]


def test_a_symlink_target_writes_the_file_it_names(tmp_path: Path):
    real = tmp_path / "real.csv"
    real.write_bytes(b"old")
    link = tmp_path / "link.csv"
    link.symlink_to(real)
    write_bytes(link, b"new")
    assert link.is_symlink()
    assert real.read_bytes() == b"new"


def test_reads_are_bounded_and_regular_files_only(tmp_path: Path):
    small = tmp_path / "small.csv"
    small.write_bytes(b"a" * 100)
    assert read_bounded(small, 100) == b"a" * 100
    with pytest.raises(UnsafeFile, match="too large for a CSV file"):
        read_bounded(small, 99, what="CSV file")
    with pytest.raises(UnsafeFile, match="not a regular file"):
        read_bounded(Path("/dev/zero"), 1000)
    with pytest.raises(UnsafeFile, match="is a folder"):
        read_bounded(tmp_path, 1000)
    with pytest.raises(UnsafeFile, match="does not exist"):
        read_bounded(tmp_path / "gone.csv", 1000)


def test_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path: Path):
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    outcome: list[BaseException] = []

    def read() -> None:
        try:
            read_bounded(fifo, 1000)
        except UnsafeFile as error:
            outcome.append(error)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    reader.join(5)
    if reader.is_alive():  # unblock the reader so the test run can end
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        pytest.fail("reading a FIFO blocked")
    assert "not a regular file" in str(outcome[0])


def test_check_regular_file_says_what_the_path_is(tmp_path: Path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(UnsafeFile, match="is a folder, not a backup"):
        check_regular_file(tmp_path, what="backup")
    with pytest.raises(UnsafeFile, match="is not a regular file; choose a backup"):
        check_regular_file(fifo, what="backup")
    with pytest.raises(UnsafeFile, match="does not exist"):
        check_regular_file(tmp_path / "gone", what="backup")
