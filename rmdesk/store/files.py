"""Files a person points rmdesk at: checked by what they *are*, not how they are spelled.

One place for the rules every read and write of a user-chosen file follows:

* **Writes** (CSV, JSON, .ics, PDFs, person exports, backups) refuse a target that is
  the open database, its ``-wal``, ``-shm``, ``-journal`` or lock file, or anything in
  its backups folder, judged by the file itself (device and inode after resolving
  links, or the resolved folder and name for a companion that does not exist yet),
  and refuse an existing target that is not a regular file (a device, a FIFO, a
  folder).  They go through a temporary file beside the target, fsync, rename: the
  target is whole or untouched, mode 0600 (the data is personal).
* **Reads** of user-chosen files (imports, restore, the logo) take only regular files,
  opened without blocking (a FIFO never hangs) and bounded in size (``/dev/zero``
  never fills the memory).

The open database registers itself here (``open_database`` / ``close_database``); a
command can also name a database it has not opened (``rmdesk backup -o``).
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import IO, Any

from rmdesk.store.errors import StoreError

# Backups live in this folder beside the database (store.backups names it too).
BACKUPS_FOLDER_NAME = "backups"
COMPANION_SUFFIXES = ("-wal", "-shm", "-journal", ".lock")
MiB = 1024 * 1024

_open_databases: list[Path] = []
Identity = tuple[int, int]  # (device, inode): what a file is, whatever its name


class UnsafeFile(StoreError):
    """A file rmdesk was asked to read or write is refused; ``str()`` says why."""


def register_open_database(path: Path) -> None:
    """Mark ``path`` as the database this process has open: never a write target."""
    _open_databases.append(Path(path))


def forget_open_database(path: Path | None = None) -> None:
    """Forget ``path`` (or every registered database) when it is closed."""
    if path is None:
        _open_databases.clear()
        return
    with contextlib.suppress(ValueError):
        _open_databases.remove(Path(path))


def real_path(path: Path) -> Path:
    """``path`` with every link and ``..`` resolved (the file it names, existing or not)."""
    return Path(os.path.realpath(Path(path).expanduser()))


def _identity(path: Path) -> Identity | None:
    try:
        info = Path(path).stat()
    except (OSError, ValueError):
        return None
    return info.st_dev, info.st_ino


def _protected(
    databases: Iterable[Path],
) -> tuple[set[tuple[int, int]], set[Path], set[tuple[int, int]]]:
    """Identities and real paths of every protected file, and the backups folders."""
    identities: set[Identity] = set()
    paths: set[Path] = set()
    folders: set[Identity] = set()
    for database in databases:
        real = real_path(database)
        for candidate in (real, *(real.with_name(real.name + s) for s in COMPANION_SUFFIXES)):
            paths.add(candidate)
            identity = _identity(candidate)
            if identity is not None:
                identities.add(identity)
        folder = _identity(real.parent / BACKUPS_FOLDER_NAME)
        if folder is not None:
            folders.add(folder)
    return identities, paths, folders


def check_write_target(path: Path, *, database: Path | None = None) -> Path:
    """The real path to write ``path`` at, or UnsafeFile saying why it is refused.

    Refused: the open database (and ``database``, when given), its companions, a file
    in its backups folder, and an existing target that is not a regular file.
    """
    path = Path(path).expanduser()
    if not str(path).strip():
        raise UnsafeFile("No file name was given.")
    real = real_path(path)
    databases = [*_open_databases, *([database] if database is not None else [])]
    identities, protected_paths, folders = _protected(databases)
    try:
        info = real.stat()
    except FileNotFoundError:
        info = None
    except OSError as error:
        reason = error.strerror or error
        raise UnsafeFile(f"Cannot write {path}: {reason}. Nothing was written.") from None
    if (info is not None and (info.st_dev, info.st_ino) in identities) or real in protected_paths:
        raise UnsafeFile(
            f"{path} is the programme's database or one of its own files; "
            "choose another file name. Nothing was written."
        )
    for folder in (real.parent, *real.parent.parents):
        if _identity(folder) in folders:
            raise UnsafeFile(
                f"{path} is in the backups folder, which only rmdesk's backups may use; "
                "choose another folder. Nothing was written."
            )
    if info is not None and not stat.S_ISREG(info.st_mode):
        kind = "a folder" if stat.S_ISDIR(info.st_mode) else "not a regular file"
        raise UnsafeFile(f"{path} is {kind}; choose a file name. Nothing was written.")
    if not real.parent.is_dir():
        raise UnsafeFile(
            f"Cannot write {path}: {real.parent} is not a folder. Nothing was written."
        )
    return real


def _write_through_temporary(
    path: Path, fill: Callable[[int], Any], *, database: Path | None
) -> Any:
    target = check_write_target(path, database=database)
    try:
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    except OSError as error:
        raise UnsafeFile(
            f"Cannot write {path}: {error.strerror or error}. Nothing was written."
        ) from None
    temporary = Path(name)
    try:
        result = fill(fd)  # closes fd
        temporary.chmod(0o600)
        temporary.replace(target)
    except OSError as error:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise UnsafeFile(
            f"Cannot write {path}: {error.strerror or error}. Nothing was written; "
            "what is in rmdesk is unchanged."
        ) from None
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
    return result


def write_bytes(path: Path, data: bytes, *, database: Path | None = None) -> Path:
    """Write ``data`` to ``path`` whole or not at all (0600); returns the file written."""

    def fill(fd: int) -> None:
        with os.fdopen(fd, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())

    _write_through_temporary(path, fill, database=database)
    return real_path(path)


def write_text(
    path: Path, write: Callable[[IO[str]], Any], *, bom: bool = False, database: Path | None = None
) -> Any:
    """Write text through ``write(stream)`` (UTF-8, with a BOM when ``bom``), whole or not
    at all (0600); returns what ``write`` returned."""

    def fill(fd: int) -> Any:
        encoding = "utf-8-sig" if bom else "utf-8"
        with os.fdopen(fd, "w", encoding=encoding, newline="") as stream:
            result = write(stream)
            stream.flush()
            os.fsync(stream.fileno())
        return result

    return _write_through_temporary(path, fill, database=database)


def read_bounded(path: Path, limit: int, *, what: str = "file") -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes, or UnsafeFile.

    Opened non-blocking, so a FIFO is refused instead of waiting for a writer; the
    size is checked on the open file and the read stops at ``limit + 1`` bytes, so a
    file that grows (or a device that never ends) cannot exhaust the memory.
    """
    path = Path(path).expanduser()
    # Never the open database or its journals: besides not being a {what}, a plain
    # open() and close() of the live file would drop the POSIX locks SQLite holds on it.
    identities, protected_paths, _ = _protected(_open_databases)
    if _identity(path) in identities or real_path(path) in protected_paths:
        raise UnsafeFile(
            f"{path} is the programme's database or one of its own files, not a {what}."
        )
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise UnsafeFile(f"{path} does not exist.") from None
    except IsADirectoryError:
        raise UnsafeFile(f"{path} is a folder, not a {what}.") from None
    except (OSError, ValueError) as error:
        reason = error.strerror if isinstance(error, OSError) else None
        raise UnsafeFile(f"Cannot read {path}: {reason or error}.") from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise UnsafeFile(f"{path} is a folder, not a {what}.")
        if not stat.S_ISREG(info.st_mode):
            raise UnsafeFile(f"{path} is not a regular file; choose a {what}.")
        if info.st_size > limit:
            raise UnsafeFile(
                f"{path} is too large for a {what} ({_size(info.st_size)}; at most {_size(limit)})."
            )
        chunks: list[bytes] = []
        remaining = limit + 1
        while remaining > 0:
            chunk = os.read(fd, min(remaining, MiB))
            if not chunk:
                break
            chunks.append(chunk)
            remaining -= len(chunk)
    except OSError as error:
        raise UnsafeFile(f"Cannot read {path}: {error.strerror or error}.") from None
    finally:
        os.close(fd)
    data = b"".join(chunks)
    if len(data) > limit:
        raise UnsafeFile(f"{path} is too large for a {what} (at most {_size(limit)}).")
    return data


def check_regular_file(path: Path, *, what: str = "file") -> Path:
    """``path`` if it names an existing regular file (links followed), else UnsafeFile.

    For files SQLite opens itself (a backup to restore), where reading the bytes here
    would be pointless; the message is true to what the path is.
    """
    path = Path(path).expanduser()
    try:
        info = path.stat()
    except FileNotFoundError:
        raise UnsafeFile(f"{path} does not exist.") from None
    except (OSError, ValueError) as error:
        reason = error.strerror if isinstance(error, OSError) else None
        raise UnsafeFile(f"Cannot read {path}: {reason or error}.") from None
    if stat.S_ISDIR(info.st_mode):
        raise UnsafeFile(f"{path} is a folder, not a {what}.")
    if not stat.S_ISREG(info.st_mode):
        raise UnsafeFile(f"{path} is not a regular file; choose a {what}.")
    return path


def _size(size: int) -> str:
    if size < 1024:
        return f"{size} bytes"
    if size < MiB:
        return f"{size / 1024:.0f} KiB"
    return f"{size / MiB:.1f} MiB"
