"""Opening the one database file: refuse what is not ours, create safely, migrate.

A file is inspected read-only *before* Peewee opens it, so a foreign, corrupt or
newer file is refused without a single byte written (no -wal/-shm created, no
migration attempted).  New files are created 0600: the data is personal.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

from rmdesk.store.errors import (
    AlteredDatabase,
    CorruptDatabase,
    NewerDatabase,
    NotAnRmdeskDatabase,
    StorageUnavailable,
)
from rmdesk.store.files import forget_open_database, register_open_database
from rmdesk.store.migrations import APPLICATION_ID, LATEST_VERSION, migrate
from rmdesk.store.schema import differences as schema_differences

if TYPE_CHECKING:
    from peewee import SqliteDatabase

SQLITE_HEADER = b"SQLite format 3\x00"
PRAGMAS = (
    ("journal_mode", "wal"),
    ("foreign_keys", 1),
    # Few writes, and a signed agreement must not roll back after a power cut.
    ("synchronous", "full"),
    ("busy_timeout", 5000),
)


@dataclass(frozen=True)
class FileInfo:
    """What a read-only look at an existing database file found."""

    schema_version: int
    problems: tuple[str, ...]


def _read_header(path: Path) -> bytes:
    with path.open("rb") as fh:
        return fh.read(len(SQLITE_HEADER))


def _uri(path: Path) -> str:
    """``path`` as an SQLite file URI (links resolved, special characters quoted)."""
    return f"file:{quote(str(path.resolve()))}"


def opened_here(path: Path) -> bool:
    """Whether this process has ``path`` open as its database (same file, any name)."""
    if _open_path is None:
        return False
    try:
        return _open_path.samefile(path)
    except (OSError, ValueError):
        return False


def _read_only_connection(path: Path) -> sqlite3.Connection:
    """A connection that writes nothing, not even -wal/-shm side files.

    SQLite creates those when it opens a WAL database, even read-only; with no
    -wal to replay, ``immutable=1`` tells it nothing can change under it.
    """
    wal = path.with_name(path.name + "-wal")
    extra = "" if wal.exists() else "&immutable=1"
    return sqlite3.connect(f"{_uri(path)}?mode=ro{extra}", uri=True)


def inspect_file(path: Path, *, check_pages: bool = True) -> FileInfo:
    """Check an existing file is a healthy rmdesk database, touching nothing.

    Raises NotAnRmdeskDatabase, CorruptDatabase, NewerDatabase, or AlteredDatabase
    (a CorruptDatabase) when its tables are not those of its schema version (see
    ``store.schema``: 2-3 ms).  ``check_pages`` False skips
    ``quick_check``, whose cost grows with the file: the window's start-up refuses
    foreign, altered and newer files at once and leaves the page check to
    ``open_database``, which runs it right after the first frame.
    """
    try:
        # The file open in this process is read through SQLite only: closing a plain
        # handle on it would drop the POSIX locks its connection holds (sqlite.org,
        # "How To Corrupt", 2.2), and another process's last close could then delete
        # the WAL under it.
        header = SQLITE_HEADER if opened_here(path) else _read_header(path)
    except OSError as error:
        raise StorageUnavailable(path, error.strerror or str(error)) from error
    if not header:
        raise NotAnRmdeskDatabase(path, "the file is empty")
    if header != SQLITE_HEADER:
        raise NotAnRmdeskDatabase(path, "it is not a SQLite database")
    try:
        connection = _read_only_connection(path)
        try:
            app_id = connection.execute("PRAGMA application_id").fetchone()[0]
            version = connection.execute("PRAGMA user_version").fetchone()[0]
            if app_id != APPLICATION_ID:
                raise NotAnRmdeskDatabase(path, "it belongs to another program")
            problems = (
                tuple(str(row[0]) for row in connection.execute("PRAGMA quick_check"))
                if check_pages
                else ("ok",)
            )
            if problems != ("ok",):
                raise CorruptDatabase(path, problems)
            if version > LATEST_VERSION:
                raise NewerDatabase(path, version, LATEST_VERSION)
            differences = schema_differences(connection, version)
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise CorruptDatabase(path, str(error)) from error
    if differences:
        raise AlteredDatabase(path, version, differences)
    return FileInfo(schema_version=version, problems=())


def remove_database_file(path: Path) -> None:
    """Delete an SQLite file and its journals, quietly: for copies that must not stay."""
    for leftover in (path, *(path.with_name(path.name + s) for s in ("-journal", "-wal", "-shm"))):
        with contextlib.suppress(OSError):
            leftover.unlink()


def unfinished_creation(target: Path) -> Path:
    """Where a command builds a new database before it is linked in place at ``target``;
    one name per target, so whoever next holds the target's lock removes a killed
    attempt's copy."""
    return target.with_name(f".{target.name}.new")


def _create_private_file(path: Path) -> None:
    """Create an empty file readable only by its owner (SQLite copies the mode to -wal)."""
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        os.close(fd)
    except OSError as error:
        raise StorageUnavailable(path, error.strerror or str(error)) from error


def open_database(path: Path) -> SqliteDatabase:
    """Open (creating if missing) the database at ``path`` and bring it up to date.

    An existing file that needs migrating is backed up first (reason
    "before-migration"); if that backup fails (BackupFailed, StorageUnavailable)
    the file is not opened.
    """
    # Peewee is imported here, not at module level: inspecting a file (before the
    # window opens) needs only the standard library.
    from rmdesk.store.guarded import GuardedDatabase
    from rmdesk.store.models import database_proxy

    path = Path(path)
    created = not path.exists()
    if created:
        _create_private_file(path)
    elif inspect_file(path).schema_version < LATEST_VERSION:
        # Before anything writes to it: a verified copy of the file as it was, so a
        # failed or regretted upgrade never costs data.  No copy, no migration.
        from rmdesk.store.backups import make_backup

        make_backup(path, reason="before-migration")
    db = GuardedDatabase(str(path), pragmas=PRAGMAS, path=path)
    try:
        db.connect()
        migrate(db)
    except sqlite3.OperationalError as error:
        db.close()
        if created:
            with contextlib.suppress(OSError):
                path.unlink()
        raise StorageUnavailable(path, str(error)) from error
    except BaseException:
        db.close()
        raise
    database_proxy.initialize(db)
    _remember(path)
    # A backup killed half-way left a full copy behind: gone at the next start.
    from rmdesk.store.backups import remove_leftovers

    remove_leftovers(path)
    return db


def open_database_read_only(path: Path) -> SqliteDatabase:
    """Open an existing, up-to-date database for reading only.

    For headless reports and exports while the window has the file open: SQLite's
    WAL lets a reader see the last committed state beside the writer, and
    ``mode=ro`` plus ``query_only`` make any write attempt fail instead of racing
    the window.  A file that still needs migrating is refused (migrating writes).
    """
    from rmdesk.store.guarded import GuardedDatabase
    from rmdesk.store.models import database_proxy

    path = Path(path)
    version = inspect_file(path).schema_version
    if version < LATEST_VERSION:
        raise StorageUnavailable(
            path,
            "it needs upgrading to this version of rmdesk, which writes to it; close the "
            "rmdesk window on it and run the command again",
        )
    uri = f"{_uri(path)}?mode=ro"
    db = GuardedDatabase(
        uri,
        uri=True,
        pragmas=(("query_only", 1), ("foreign_keys", 1), ("busy_timeout", 5000)),
        path=path,
    )
    try:
        db.connect()
    except sqlite3.OperationalError as error:
        db.close()
        raise StorageUnavailable(path, str(error)) from error
    database_proxy.initialize(db)
    _remember(path)
    return db


_open_path: Path | None = None


def _remember(path: Path) -> None:
    """The open file is never a write target (store.files) while it stays open."""
    global _open_path
    if _open_path is not None:
        forget_open_database(_open_path)
    _open_path = path
    register_open_database(path)


def close_thread_connection() -> None:
    """Close this thread's own connection to the open database, if it has one.

    Peewee keeps one connection per thread: a worker thread closes its own when done.
    """
    from rmdesk.store.models import database_proxy

    if database_proxy.obj is not None:
        database_proxy.obj.close()


def close_database() -> None:
    """Close the open database (checkpointing the WAL) and forget it."""
    models = sys.modules.get("rmdesk.store.models")
    if models is None:  # never opened: nothing to close, and no reason to load Peewee
        return
    database_proxy = models.database_proxy
    db = database_proxy.obj
    if db is not None:
        db.close()
        database_proxy.initialize(None)
    global _open_path
    if _open_path is not None:
        forget_open_database(_open_path)
        _open_path = None


def check_integrity(path: Path) -> list[str]:
    """Full ``integrity_check`` and foreign-key check; an empty list means healthy."""
    inspect_file(path)
    connection = _read_only_connection(path)
    try:
        problems = [row[0] for row in connection.execute("PRAGMA integrity_check")]
        if problems == ["ok"]:
            problems = []
        for table, rowid, parent, _ in connection.execute("PRAGMA foreign_key_check"):
            problems.append(f"{table} row {rowid} refers to a missing {parent}")
    finally:
        connection.close()
    return problems
