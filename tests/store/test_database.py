"""Opening the database file: private creation, pragmas, refusals that touch nothing."""

from __future__ import annotations

import contextlib
import hashlib
import os
import random
import shutil
import sqlite3
import stat
from collections.abc import Callable
from pathlib import Path

import pytest

from rmdesk.store import (
    AlteredDatabase,
    CorruptDatabase,
    NewerDatabase,
    NotAnRmdeskDatabase,
    StorageUnavailable,
    StoreError,
    check_integrity,
    close_database,
    inspect_file,
    open_database,
)
from rmdesk.store.errors import summarise_problems
from rmdesk.store.migrations import APPLICATION_ID, LATEST_VERSION
from rmdesk.store.models import Participant, Topic, database_proxy

posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX only")
SIDECAR_SUFFIXES = ("-wal", "-shm", "-journal")
BIG_PARTICIPANTS = 2000


def raw(path: Path) -> contextlib.closing[sqlite3.Connection]:
    """A plain sqlite3 connection that is closed on leaving the ``with`` block."""
    return contextlib.closing(sqlite3.connect(path))


def pragma(db, name: str):
    return db.execute_sql(f"PRAGMA {name}").fetchone()[0]


def snapshot(folder: Path) -> dict[str, str]:
    """Every file in ``folder`` with its sha256: equal snapshots mean nothing was touched."""
    return {
        entry.name: hashlib.sha256(entry.read_bytes()).hexdigest()
        for entry in sorted(folder.iterdir())
        if entry.is_file()
    }


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(scope="module")
def big_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A real, closed rmdesk database of many pages (2000 participants)."""
    path = tmp_path_factory.mktemp("big") / "big.rmdesk"
    db = open_database(path)
    try:
        rows = [
            {
                "full_name": f"Person {i}",
                "email": f"person{i}@example.org",
                "role": ("mentor", "mentee")[i % 2],
                "level": 1 + i % 6,
                "notes": f"Notes about person {i}. " * 8,
            }
            for i in range(BIG_PARTICIPANTS)
        ]
        with db.atomic():
            for start in range(0, len(rows), 100):
                Participant.insert_many(rows[start : start + 100]).execute()
    finally:
        close_database()
    assert path.stat().st_size > 100 * 4096
    return path


# --- creation ------------------------------------------------------------------------


@posix_only
def test_new_file_and_its_wal_and_shm_are_private_and_folder_is_created(tmp_path: Path):
    path = tmp_path / "nested" / "deeper" / "programme.rmdesk"
    open_database(path)
    try:
        assert path.parent.is_dir()
        assert mode(path.parent) & 0o077 == 0, oct(mode(path.parent))
        assert mode(path) == 0o600, oct(mode(path))
        for suffix in ("-wal", "-shm"):
            sidecar = path.with_name(path.name + suffix)
            assert sidecar.exists(), f"{sidecar.name} should exist while the database is open"
            assert mode(sidecar) == 0o600, f"{sidecar.name}: {oct(mode(sidecar))}"
    finally:
        close_database()


def test_open_connection_has_wal_foreign_keys_and_full_sync(db):
    assert pragma(db, "journal_mode") == "wal"
    assert pragma(db, "foreign_keys") == 1
    assert pragma(db, "synchronous") == 2  # FULL


def test_new_database_is_marked_migrated_and_seeded(db):
    assert pragma(db, "application_id") == APPLICATION_ID
    assert pragma(db, "user_version") == LATEST_VERSION
    assert Topic.select().count() == 10
    assert Participant.select().count() == 0


# --- refusals: nothing written, no sidecar files -------------------------------------


def _text_file(folder: Path, _big: Path) -> Path:
    path = folder / "notes.rmdesk"
    path.write_text("hello")
    return path


def _empty_file(folder: Path, _big: Path) -> Path:
    path = folder / "empty.rmdesk"
    path.touch()
    return path


def _foreign_sqlite(folder: Path, _big: Path) -> Path:
    path = folder / "other.db"
    with raw(path) as connection:
        connection.execute("CREATE TABLE inventory (item TEXT, quantity INTEGER)")
        connection.execute("INSERT INTO inventory VALUES ('widget', 3)")
        connection.commit()
    with raw(path) as connection:
        assert connection.execute("PRAGMA application_id").fetchone()[0] == 0
    return path


def _truncated(folder: Path, big: Path) -> Path:
    path = folder / "truncated.rmdesk"
    shutil.copyfile(big, path)
    os.truncate(path, path.stat().st_size // 2)
    return path


def _scrambled(folder: Path, big: Path) -> Path:
    path = folder / "scrambled.rmdesk"
    data = bytearray(big.read_bytes())
    rng = random.Random(20260105)
    middle = len(data) // 2 // 4096 * 4096
    for offset in range(middle - 8 * 4096, middle + 8 * 4096):
        data[offset] = rng.randrange(256)
    path.write_bytes(bytes(data))
    return path


def _newer(folder: Path, big: Path) -> Path:
    path = folder / "newer.rmdesk"
    shutil.copyfile(big, path)
    with raw(path) as connection:
        connection.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
        connection.commit()
    return path


def _altered(folder: Path, big: Path) -> Path:
    """A column added outside rmdesk: the file's version does not have it (one
    difference, whatever later versions add)."""
    path = folder / "altered.rmdesk"
    shutil.copyfile(big, path)
    with raw(path) as connection:
        connection.execute('ALTER TABLE "meeting" ADD COLUMN "colour" TEXT')
        connection.commit()
    return path


REFUSALS: list[tuple[Callable[[Path, Path], Path], type[StoreError], tuple[str, ...]]] = [
    (_text_file, NotAnRmdeskDatabase, ("is not an rmdesk database", "not a SQLite database")),
    (_empty_file, NotAnRmdeskDatabase, ("is not an rmdesk database", "empty")),
    (_foreign_sqlite, NotAnRmdeskDatabase, ("is not an rmdesk database", "another program")),
    (_truncated, CorruptDatabase, ("is damaged", "backup")),
    (_scrambled, CorruptDatabase, ("is damaged", "backup")),
    (_newer, NewerDatabase, ("newer version", f"schema {LATEST_VERSION + 1}")),
    (_altered, AlteredDatabase, ("altered outside rmdesk", "extra column meeting.colour")),
]


@pytest.mark.parametrize(
    ("make", "expected", "phrases"),
    REFUSALS,
    ids=[make.__name__.strip("_") for make, _, _ in REFUSALS],
)
def test_refused_file_is_left_byte_for_byte_untouched_without_sidecars(
    tmp_path: Path, big_database: Path, make, expected, phrases
):
    path = make(tmp_path, big_database)
    before = snapshot(tmp_path)

    with pytest.raises(expected) as caught:
        open_database(path)

    message = str(caught.value)
    assert path.name in message
    assert "\n" not in message
    assert "Traceback" not in message
    assert "untouched" in message
    for phrase in phrases:
        assert phrase in message
    assert database_proxy.obj is None, "a refused file must not become the open database"
    after = snapshot(tmp_path)
    assert after.get(path.name) == before[path.name], f"{path.name} itself was modified"
    sidecars = sorted(name for name in after if name.endswith(SIDECAR_SUFFIXES))
    assert sidecars == [], f"refusing {path.name} left {sidecars} behind"
    assert after == before


def test_truncated_database_is_reported_as_damaged_not_foreign(tmp_path, big_database):
    """A half file still starts with our header: it is ours and damaged, not someone else's."""
    path = _truncated(tmp_path, big_database)
    with pytest.raises(CorruptDatabase, match=r"^truncated\.rmdesk is damaged"):
        open_database(path)


# --- integrity check -----------------------------------------------------------------


def test_check_integrity_is_empty_on_a_healthy_file(db_path: Path):
    open_database(db_path)
    close_database()
    assert check_integrity(db_path) == []


def test_check_integrity_reports_a_dangling_foreign_key(db_path: Path):
    open_database(db_path)
    close_database()
    with raw(db_path) as connection:
        connection.execute("PRAGMA foreign_keys = OFF")
        connection.execute(
            "INSERT INTO participant_topic (participant_id, topic_id, kind, priority) "
            "VALUES (999, 1, 'offers', 1)"
        )
        connection.commit()

    problems = check_integrity(db_path)

    assert len(problems) == 1
    assert "participant_topic" in problems[0]
    assert "missing participant" in problems[0]


# --- storage problems ----------------------------------------------------------------


@posix_only
def test_read_only_folder_is_storage_unavailable(tmp_path: Path):
    if os.geteuid() == 0:
        pytest.skip("root ignores file permissions, so a read-only folder cannot be simulated")
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(StorageUnavailable, match=r"programme\.rmdesk"):
            open_database(folder / "programme.rmdesk")
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)
    assert database_proxy.obj is None


def test_existing_directory_is_storage_unavailable(tmp_path: Path):
    folder = tmp_path / "programme.rmdesk"
    folder.mkdir()
    with pytest.raises(StorageUnavailable, match=r"programme\.rmdesk"):
        open_database(folder)
    assert folder.is_dir()
    assert list(folder.iterdir()) == []
    assert database_proxy.obj is None


def test_parent_that_is_a_file_is_storage_unavailable(tmp_path: Path):
    """Works even as root: a regular file where the folder should be."""
    blocker = tmp_path / "data"
    blocker.write_text("not a folder")
    with pytest.raises(StorageUnavailable, match=r"programme\.rmdesk"):
        open_database(blocker / "programme.rmdesk")
    assert blocker.read_text() == "not a folder"


# --- close and reopen ----------------------------------------------------------------


def test_close_then_reopen_keeps_rows(db_path: Path):
    db = open_database(db_path)
    Participant.create(full_name="Ada Lovelace", role="mentee", level=5)
    close_database()
    assert db.is_closed()
    assert database_proxy.obj is None

    again = open_database(db_path)
    try:
        assert [p.full_name for p in Participant.select()] == ["Ada Lovelace"]
        assert pragma(again, "user_version") == LATEST_VERSION
    finally:
        close_database()
    assert again.is_closed()


def test_a_read_only_opening_reads_and_never_writes(tmp_path: Path):
    from peewee import OperationalError

    from rmdesk.store import open_database_read_only

    path = tmp_path / "programme.rmdesk"
    open_database(path)
    Topic.create(name="Saved")
    close_database()
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    open_database_read_only(path)
    try:
        assert [t.name for t in Topic.select().where(Topic.name == "Saved")] == ["Saved"]
        with pytest.raises(OperationalError, match=r"readonly|read-only"):
            Topic.create(name="Sneaked in")
    finally:
        close_database()
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_a_read_only_opening_refuses_a_file_that_needs_upgrading(tmp_path: Path):
    from peewee import SqliteDatabase

    from rmdesk.store import open_database_read_only
    from rmdesk.store.migrations import migrate

    path = tmp_path / "old.rmdesk"
    old = SqliteDatabase(str(path))
    old.connect()
    migrate(old, target=LATEST_VERSION - 1)
    old.close()
    with pytest.raises(StorageUnavailable, match="needs upgrading"):
        open_database_read_only(path)
    assert database_proxy.obj is None


# --- altered schema, damaged pages: refused in one line --------------------------------


def test_an_altered_file_is_refused_by_every_way_of_opening_it(tmp_path, big_database):
    from rmdesk.store import open_database_read_only

    path = _altered(tmp_path, big_database)
    before = snapshot(tmp_path)
    for attempt in (open_database, open_database_read_only, check_integrity, inspect_file):
        with pytest.raises(AlteredDatabase) as caught:
            attempt(path)
        assert str(caught.value) == (
            "altered.rmdesk was altered outside rmdesk (extra column meeting.colour). It "
            "was left untouched; choose another file (or a backup)."
        )
    assert isinstance(caught.value, CorruptDatabase)  # callers that refuse damage refuse it
    assert snapshot(tmp_path) == before
    assert not (tmp_path / "backups").exists(), "no backup-before-migration of an altered file"


def test_an_altered_file_is_refused_before_the_window_too(tmp_path, big_database):
    """The window's quick look (no page check) still compares the schema."""
    path = _altered(tmp_path, big_database)
    with pytest.raises(AlteredDatabase):
        inspect_file(path, check_pages=False)


def _bad_cells(folder: Path, big: Path) -> Path:
    """A page whose cells run off its end: quick_check reports one line per cell."""
    path = folder / "bad-cells.rmdesk"
    data = bytearray(big.read_bytes())
    page = len(data) // 4096 // 2
    data[page * 4096 + 3000 : (page + 1) * 4096] = b"A" * (4096 - 3000)
    path.write_bytes(bytes(data))
    return path


def test_a_damaged_files_message_is_one_line_with_two_problems_and_a_count(tmp_path, big_database):
    path = _bad_cells(tmp_path, big_database)
    with raw(path) as connection:
        report = "\n".join(row[0] for row in connection.execute("PRAGMA quick_check"))
    problem_lines = [line for line in report.splitlines() if not line.startswith("***")]
    assert len(problem_lines) > 3, "the damage should give many problem lines"

    with pytest.raises(CorruptDatabase) as caught:
        open_database(path)

    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith("bad-cells.rmdesk is damaged and cannot be opened safely (")
    assert f"{problem_lines[0]}; {problem_lines[1]}; and {len(problem_lines) - 2} more)" in (
        message
    )
    assert "***" not in message
    assert message.endswith("It was left untouched; restore it from a backup.")


def test_summarised_problems_keep_two_and_count_the_rest():
    rows = ["*** in database main ***\nPage 3: bad\nPage 4: bad", "Page 9:   worse  "]
    assert summarise_problems(rows) == "Page 3: bad; Page 4: bad; and 1 more"
    assert summarise_problems(["one problem"]) == "one problem"
    assert summarise_problems(rows, shown=3) == "Page 3: bad; Page 4: bad; Page 9: worse"
