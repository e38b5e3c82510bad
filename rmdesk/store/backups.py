"""Backups of the database file: made with SQLite's online backup API, verified, kept 14.

A live database is never copied as a file: its latest changes may still be in the
-wal file, and a copy taken during a write is torn.  ``sqlite3.Connection.backup``
reads a consistent snapshot (WAL included) even while the app holds the file open.

Every copy is written to a temporary file beside its destination, checked with
``PRAGMA integrity_check``, flushed to disk and only then renamed into place, so a
backup file that exists is a complete, healthy, standalone database (no -wal).
Backups are 0600, in a 0700 ``backups`` folder beside the database, named
``<stem>-<YYYY-MM-DD>T<HH-MM-SS>-<reason>.rmdesk`` (local time, no ":" so the
names are valid everywhere).  Only files named that way are listed or pruned.

A backup killed half-way (power cut, SIGKILL) leaves its temporary copy
``.backup-<pid>-*.tmp`` in the folder: a full copy of personal data.  Such
leftovers are removed at the next start (``open_database``) and whenever backups
are pruned, unless the process named in them is still running (a backup made by
another rmdesk at that moment).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import sqlite3
import sys
import tempfile
from collections.abc import Collection
from pathlib import Path
from typing import NamedTuple

from rmdesk.store.database import (
    SQLITE_HEADER,
    _read_only_connection,
    _uri,
    inspect_file,
    opened_here,
    remove_database_file,
)
from rmdesk.store.errors import (
    CorruptDatabase,
    NotAnRmdeskDatabase,
    StorageUnavailable,
    StoreError,
    summarise_problems,
)
from rmdesk.store.files import check_regular_file, check_write_target
from rmdesk.store.migrations import APPLICATION_ID

KEEP = 14
SUFFIX = ".rmdesk"
FOLDER_NAME = "backups"
_STAMP_FORMAT = "%Y-%m-%dT%H-%M-%S"
_REASON = re.compile(r"[a-z]+(?:-[a-z]+)*")
# What follows "<stem>-" in a backup's name; a "-2" ... marks a second backup in one second.
_NAME_TAIL = re.compile(
    r"(?P<stamp>\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2})-(?P<reason>[a-z]+(?:-[a-z]+)*?)"
    r"(?:-(?P<serial>\d+))?" + re.escape(SUFFIX)
)
# A temporary copy (and SQLite's journals beside it); the pid is absent in older names.
_TEMPORARY = re.compile(r"\.backup-(?:(?P<pid>\d+)-)?.*\.tmp(?:-journal|-wal|-shm)?")
# A running backup rewrites its copy all along; one untouched this long was abandoned.
_ABANDONED_AFTER = dt.timedelta(hours=1)


class BackupFailed(StoreError):
    """A backup or a restore could not be made; ``str(error)`` says why and what is safe."""


class BackupInfo(NamedTuple):
    path: Path
    made_at: dt.datetime
    size: int
    reason: str


def backups_folder(database: Path) -> Path:
    """The ``backups`` folder beside ``database``, created (0700) if missing."""
    folder = Path(database).parent / FOLDER_NAME
    if not folder.is_dir():
        try:
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        except OSError as error:
            raise StorageUnavailable(folder, error.strerror or str(error)) from error
    return folder


def _parse_name(database: Path, name: str) -> tuple[dt.datetime, str] | None:
    prefix = Path(database).stem + "-"
    if not name.startswith(prefix):
        return None
    match = _NAME_TAIL.fullmatch(name[len(prefix) :])
    if match is None:
        return None
    try:
        made_at = dt.datetime.strptime(match["stamp"], _STAMP_FORMAT)
    except ValueError:
        return None
    return made_at, match["reason"]


def list_backups(database: Path) -> list[BackupInfo]:
    """The backups of ``database`` in its backups folder, newest first.

    Only files named by ``make_backup`` for this database are listed: other files in
    the folder (or backups of another database beside it) are ignored.
    """
    folder = Path(database).parent / FOLDER_NAME
    if not folder.is_dir():
        return []
    # Within one second (names have no finer time) the file written last is newer.
    found: list[tuple[int, BackupInfo]] = []
    for entry in folder.iterdir():
        parsed = _parse_name(database, entry.name)
        if parsed is None:
            continue
        try:
            stat = entry.stat()
        except OSError:  # removed meanwhile
            continue
        if not entry.is_file():
            continue
        found.append((stat.st_mtime_ns, BackupInfo(entry, parsed[0], stat.st_size, parsed[1])))
    found.sort(key=lambda item: (item[1].made_at, item[0], item[1].path.name), reverse=True)
    return [info for _, info in found]


def _integrity_problems(connection: sqlite3.Connection) -> list[str]:
    """``PRAGMA integrity_check`` of a copy; an empty list means healthy."""
    problems = [str(row[0]) for row in connection.execute("PRAGMA integrity_check")]
    return [] if problems == ["ok"] else problems


def _fsync(path: Path, *, folder: bool = False) -> None:
    if folder and sys.platform == "win32":  # folders cannot be opened for fsync there
        return
    # Windows flushes only a file opened for writing; POSIX folders open read-only.
    fd = os.open(path, os.O_RDONLY if folder else os.O_RDWR)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _writer_running(pid: int) -> bool:
    """Whether process ``pid`` (which named a temporary copy) still runs; POSIX only.

    Windows refuses to delete a file that SQLite holds open, which protects a copy
    being made there; elsewhere a live process's copy is left alone.
    """
    if pid == os.getpid():
        return True
    if sys.platform == "win32":  # os.kill(pid, 0) would terminate the process there
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # exists, but belongs to another user
        return True
    except OSError:
        return False
    return True


def remove_leftovers(database: Path) -> list[Path]:
    """Delete the temporary copies a killed backup left in the backups folder.

    A copy whose process still runs (a backup being made now, by this or another
    rmdesk on a database in the same folder) is kept, unless untouched for an hour
    (its process id was reused).  Returns what was deleted.  Cheap: one listing.
    """
    folder = Path(database).parent / FOLDER_NAME
    try:
        entries = list(os.scandir(folder))
    except OSError:  # no backups folder yet (or unreadable: nothing to do here)
        return []
    now = dt.datetime.now().timestamp()
    deleted: list[Path] = []
    for entry in entries:
        match = _TEMPORARY.fullmatch(entry.name)
        if match is None:
            continue
        try:
            if not entry.is_file(follow_symlinks=False) and not entry.is_symlink():
                continue
            age = now - entry.stat(follow_symlinks=False).st_mtime
        except OSError:  # removed meanwhile
            continue
        pid = match["pid"]
        recent = age < _ABANDONED_AFTER.total_seconds()
        if pid is not None and recent and _writer_running(int(pid)):
            continue
        try:
            Path(entry.path).unlink()
        except OSError:  # in use (Windows) or removed meanwhile
            continue
        deleted.append(Path(entry.path))
    return deleted


def _check_header(database: Path) -> None:
    if opened_here(database):  # its connection proves it; a plain open() would drop its locks
        return
    try:
        with database.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except FileNotFoundError as error:
        raise StorageUnavailable(database, "no such file") from error
    except OSError as error:
        raise StorageUnavailable(database, error.strerror or str(error)) from error
    if header != SQLITE_HEADER:
        raise NotAnRmdeskDatabase(database, "it is not a SQLite database")


def _copy_to_temporary(database: Path, folder: Path) -> Path:
    """An online-backup copy of ``database`` in ``folder``, verified and on disk."""
    # 0600; the pid tells remove_leftovers whether the copy is still being made.
    try:
        fd, name = tempfile.mkstemp(prefix=f".backup-{os.getpid()}-", suffix=".tmp", dir=folder)
    except OSError as error:  # a read-only or vanished folder: nothing was written
        raise StorageUnavailable(folder, error.strerror or str(error)) from error
    os.close(fd)
    temporary = Path(name)
    try:
        # Read-only (mode=ro), never a normal connection, even though it may leave empty
        # -wal/-shm behind: a read-write connection that closes last checkpoints and
        # deletes the WAL, and it *is* last whenever the window's process has lost its
        # POSIX locks (any close() of the file in that process drops them: Qt's file
        # dialog sniffing the file type is enough). The window's later writes would then
        # go to a deleted WAL and be lost. A read-only connection never deletes it.
        source = sqlite3.connect(f"{_uri(database)}?mode=ro", uri=True, timeout=10)
        try:
            source.execute("PRAGMA query_only = ON")
            if source.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
                raise NotAnRmdeskDatabase(database, "it belongs to another program")
            copy = sqlite3.connect(temporary)
            try:
                source.backup(copy)
                # A standalone file: no -wal beside it, ever.
                copy.execute("PRAGMA journal_mode = DELETE")
                problems = _integrity_problems(copy)
                if problems:
                    raise BackupFailed(
                        f"The backup of {database.name} failed its integrity check "
                        f"({summarise_problems(problems)}); it was deleted. The database may be "
                        "damaged: run “rmdesk check” and keep the existing backups."
                    )
            finally:
                copy.close()
        finally:
            source.close()
        _fsync(temporary)
    except sqlite3.DatabaseError as error:
        remove_database_file(temporary)
        raise BackupFailed(f"Could not back up {database.name}: {error}.") from error
    except OSError as error:
        remove_database_file(temporary)
        raise StorageUnavailable(folder, error.strerror or str(error)) from error
    except BaseException:
        remove_database_file(temporary)
        raise
    return temporary


def _place(temporary: Path, target: Path) -> None:
    """Rename ``temporary`` to ``target`` without ever replacing an existing file."""
    try:
        try:
            os.link(temporary, target)
        except FileExistsError:
            raise
        except OSError:  # no hard links on this file system: a (tiny-window) rename
            if target.exists():
                raise FileExistsError(target) from None
            temporary.replace(target)
        else:
            temporary.unlink()
        _fsync(target.parent, folder=True)
    except FileExistsError:
        remove_database_file(temporary)
        raise BackupFailed(f"{target} already exists; choose another file name.") from None
    except OSError as error:
        remove_database_file(temporary)
        raise StorageUnavailable(target, error.strerror or str(error)) from error


def _free_name(database: Path, folder: Path, made_at: dt.datetime, reason: str) -> Path:
    base = f"{Path(database).stem}-{made_at.strftime(_STAMP_FORMAT)}-{reason}"
    candidate = folder / f"{base}{SUFFIX}"
    serial = 2
    while candidate.exists():
        candidate = folder / f"{base}-{serial}{SUFFIX}"
        serial += 1
    return candidate


def prune_backups(
    database: Path, *, keep: int = KEEP, protect: Collection[Path] = ()
) -> list[Path]:
    """Delete this database's backups beyond the ``keep`` newest; returns what was deleted.

    Only files named by ``make_backup`` are considered; ``protect`` is never deleted.
    Copies left by a backup killed half-way are removed too (``remove_leftovers``).
    """
    remove_leftovers(database)
    kept = {path.resolve() for path in protect}
    deleted: list[Path] = []
    for info in list_backups(database)[keep:]:
        if info.path.resolve() in kept:
            continue
        with contextlib.suppress(OSError):
            info.path.unlink()
            deleted.append(info.path)
    return deleted


def _make_backup(
    database: Path, reason: str, target: Path | None, now: dt.datetime | None
) -> BackupInfo:
    database = Path(database)
    if not _REASON.fullmatch(reason):
        raise ValueError(f"a backup reason is lower-case words joined by '-', not {reason!r}")
    _check_header(database)
    made_at = (now or dt.datetime.now()).replace(microsecond=0)
    if target is not None:
        # Never over the database, its companions, another backup or a device.
        target = check_write_target(Path(target), database=database)
        if target.exists():
            raise BackupFailed(f"{target} already exists; choose another file name.")
        if not target.parent.is_dir():
            raise StorageUnavailable(target.parent, "no such folder")
        folder = target.parent
    else:
        folder = backups_folder(database)
    temporary = _copy_to_temporary(database, folder)
    if target is None:
        target = _free_name(database, folder, made_at, reason)
    _place(temporary, target)
    return BackupInfo(target, made_at, target.stat().st_size, reason)


def make_backup(
    database: Path,
    *,
    reason: str = "manual",
    target: Path | None = None,
    now: dt.datetime | None = None,
) -> BackupInfo:
    """Back up ``database`` (which may be open, in WAL mode, in this or another process).

    Without ``target`` the copy goes into ``backups_folder(database)`` under a dated
    name and backups beyond the ``KEEP`` newest are deleted; with ``target`` it is
    written exactly there (an existing file is refused) and nothing is pruned.
    ``now`` (local time) names the backup; tests fix it.

    Raises BackupFailed (copy damaged: deleted, nothing kept), NotAnRmdeskDatabase,
    StorageUnavailable.
    """
    prune = target is None
    info = _make_backup(database, reason, target, now)
    if prune:
        prune_backups(database, protect=(info.path,))
    return info


def backup_if_due(database: Path, *, now: dt.datetime | None = None) -> BackupInfo | None:
    """The daily automatic backup: made (reason "daily") unless one was made today.

    Any backup made today counts, whatever its reason.  A missing database needs none.
    """
    database = Path(database)
    if not database.exists():
        return None
    now = now or dt.datetime.now()
    if any(info.made_at.date() == now.date() for info in list_backups(database)):
        return None
    return make_backup(database, reason="daily", now=now)


def restore_backup(database: Path, backup: Path, *, now: dt.datetime | None = None) -> BackupInfo:
    """Replace the contents of ``database`` with ``backup``; returns the safety backup.

    The caller must hold the DatabaseLock and must have closed the database in this
    process (``close_database()``): the copy is written through SQLite into the live
    file, so its -wal/-shm stay consistent, but a Peewee connection kept open would
    go on with stale caches.  Order: ``backup`` is checked (an rmdesk database, not
    newer than this version, passes integrity_check; otherwise NotAnRmdeskDatabase,
    NewerDatabase or CorruptDatabase and nothing is touched), the current state is
    backed up (reason "before-restore"), then ``backup`` is copied in.  A restored
    older schema is migrated the next time the database is opened.
    """
    database, backup = Path(database), Path(backup)
    _refuse_if_open_here(database)
    if not database.exists():
        raise StorageUnavailable(database, "no such file")
    check_regular_file(backup, what="backup")  # a folder, a FIFO: refused, never opened
    if backup.resolve() == database.resolve():
        raise BackupFailed(f"{backup.name} is the database itself; choose a backup file.")
    inspect_file(backup)  # foreign, damaged (quick_check), altered or newer: refused here
    checker = _read_only_connection(backup)
    try:
        problems = _integrity_problems(checker)
    except sqlite3.DatabaseError as error:
        raise CorruptDatabase(backup, str(error)) from error
    finally:
        checker.close()
    if problems:
        raise CorruptDatabase(backup, problems)

    safety = _make_backup(database, "before-restore", None, now)
    try:
        source = _read_only_connection(backup)
        try:
            live = sqlite3.connect(database, timeout=10)
            try:
                live.execute("PRAGMA synchronous = FULL")
                source.backup(live)
            finally:
                live.close()
        finally:
            source.close()
    except sqlite3.DatabaseError as error:
        raise BackupFailed(
            f"Could not restore {backup.name} into {database.name} ({error}); the database "
            f"was left as it was, and its state is also saved in {safety.path.name}."
        ) from error
    prune_backups(database, protect=(safety.path, backup))
    return safety


def _refuse_if_open_here(database: Path) -> None:
    models = sys.modules.get("rmdesk.store.models")
    db = None if models is None else models.database_proxy.obj
    if db is None:
        return
    open_path = Path(str(db.database))
    if open_path.exists() and open_path.resolve() == database.resolve():
        raise RuntimeError("close_database() before restoring a backup into the open database")
