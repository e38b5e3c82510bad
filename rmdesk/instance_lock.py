"""One writer per database file, whatever the path it is reached by.

``QLockFile`` (QtCore only, no GUI) stores the owner's PID and host, so a lock
left behind by a crashed process is detected as stale and taken over.

The lock belongs to the *file*, not to a spelling of its path: the path is resolved
(symbolic links, ``..``) first and the lock file sits beside the real file, so every
spelling meets the same lock.  A hard link is a second name that resolving cannot
see through; SQLite itself names its ``-wal`` and ``-shm`` after the name it was
opened by, so two names of one file mean two journals and a corrupted database
(sqlite.org, "How To Corrupt An SQLite Database File", multiple links to one file).
A database with more than one hard link is therefore refused outright, by window
and command alike, and the message says how to get a single file back.

The lock file also records who holds it (a window or a command), so a refusal can
say which.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from PySide6.QtCore import QLockFile

from rmdesk.paths import lock_file_for
from rmdesk.store.errors import StoreError

WINDOW, COMMAND = "window", "command"
_HOLDER_LINE = 5  # QLockFile writes pid, app, host, machine id, start time; then ours


class AlreadyOpen(Exception):
    """Another running rmdesk holds the database; ``str()`` is the user's message."""


class LinkedDatabase(StoreError):
    """The file has several hard links: SQLite would keep one journal per name."""


def real_database_path(database: Path) -> Path:
    """The file ``database`` names, links and ``..`` resolved (it may not exist yet)."""
    return Path(os.path.realpath(Path(database).expanduser()))


class DatabaseLock:
    def __init__(self, database: Path, *, holder: str = COMMAND) -> None:
        self.database = Path(database)
        self.real = real_database_path(self.database)
        self.holder = holder
        self._path = lock_file_for(self.real)
        self._lock = QLockFile(str(self._path))
        self._lock.setStaleLockTime(0)  # stale only when the owner process is gone

    def acquire(self) -> None:
        self._refuse_hard_links()
        self.real.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        if self._lock.tryLock(100):
            self._record_holder()
            return
        error = self._lock.error()
        if error == QLockFile.LockError.LockFailedError:
            info = self._lock.getLockInfo()  # (pid, host, app); older bindings add a flag
            pid, host = (info[1], info[2]) if len(info) == 4 else (info[0], info[1])
            owner = f" (process {pid} on {host})" if pid and pid > 0 else ""
            if self._holder_of_lock() == COMMAND:
                raise AlreadyOpen(
                    f"{self.database.name} is in use by another rmdesk command{owner}. "
                    "Wait for it to finish, then try again."
                )
            raise AlreadyOpen(
                f"{self.database.name} is already open in another rmdesk window{owner}. "
                "Switch to that window, or close it first."
            )
        raise AlreadyOpen(f"Cannot lock {self.database}: permission denied or disk problem.")

    def _record_holder(self) -> None:
        """Add "window" or "command" after QLockFile's own lines (which it reads by
        position and which end with its fifth), so a refused rmdesk can say who it is."""
        with contextlib.suppress(OSError), self._path.open("a", encoding="utf-8") as stream:
            stream.write(self.holder + "\n")

    def _holder_of_lock(self) -> str:
        try:
            with self._path.open("rb") as stream:
                lines = stream.read(4096).split(b"\n")
        except OSError:
            return WINDOW
        return (
            COMMAND if len(lines) > _HOLDER_LINE and lines[_HOLDER_LINE] == b"command" else WINDOW
        )

    def _refuse_hard_links(self) -> None:
        try:
            links = self.real.stat().st_nlink
        except OSError:  # missing (a new file) or unreadable: opening it will say
            return
        if links > 1:
            raise LinkedDatabase(
                f"{self.database.name} has {links} names (hard links); rmdesk opens a "
                "database under one name only, or its journal could corrupt it. Make a "
                "copy (rmdesk backup -o NEW.rmdesk) and open the copy."
            )

    def release(self) -> None:
        self._lock.unlock()

    def __enter__(self) -> DatabaseLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()
