"""One writer per database file: a second rmdesk on the same file is refused.

``QLockFile`` (QtCore only, no GUI) stores the owner's PID and host, so a lock
left behind by a crashed process is detected as stale and taken over.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLockFile

from rmdesk.paths import lock_file_for


class AlreadyOpen(Exception):
    """Another running rmdesk holds the database; ``str()`` is the user's message."""


class DatabaseLock:
    def __init__(self, database: Path) -> None:
        self.database = database
        self._lock = QLockFile(str(lock_file_for(database)))
        self._lock.setStaleLockTime(0)  # stale only when the owner process is gone

    def acquire(self) -> None:
        self.database.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        if self._lock.tryLock(100):
            return
        error = self._lock.error()
        if error == QLockFile.LockError.LockFailedError:
            info = self._lock.getLockInfo()  # (pid, host, app); older bindings add a flag
            pid, host = (info[1], info[2]) if len(info) == 4 else (info[0], info[1])
            owner = f" (process {pid} on {host})" if pid and pid > 0 else ""
            raise AlreadyOpen(
                f"{self.database.name} is already open in another rmdesk window{owner}. "
                "Switch to that window, or close it first."
            )
        raise AlreadyOpen(f"Cannot lock {self.database}: permission denied or disk problem.")

    def release(self) -> None:
        self._lock.unlock()

    def __enter__(self) -> DatabaseLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()
