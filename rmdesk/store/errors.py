"""Errors the store raises, each with a message a coordinator can act on."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path


class StoreError(Exception):
    """A database could not be opened or used; ``str(error)`` is the user's message."""


class NotAnRmdeskDatabase(StoreError):
    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(
            f"{path.name} is not an rmdesk database ({detail}). "
            "It was left untouched; choose another file or a new file name."
        )


def summarise_problems(problems: Iterable[str], shown: int = 2) -> str:
    """SQLite's check output as one line: the first ``shown`` problems, then how many more.

    ``quick_check`` and ``integrity_check`` return rows that hold several lines each
    (a "*** in database main ***" heading, then one line per bad cell).
    """
    lines = [
        " ".join(line.split())
        for problem in problems
        for line in problem.splitlines()
        if line.strip() and not line.lstrip().startswith("***")
    ]
    summary = "; ".join(lines[:shown])
    if len(lines) > shown:
        summary += f"; and {len(lines) - shown} more"
    return summary


class CorruptDatabase(StoreError):
    def __init__(self, path: Path, detail: str | Sequence[str]) -> None:
        problems = [detail] if isinstance(detail, str) else detail
        super().__init__(
            f"{path.name} is damaged and cannot be opened safely "
            f"({summarise_problems(problems)}). "
            "It was left untouched; restore it from a backup."
        )


class AlteredDatabase(CorruptDatabase):
    """The tables are not those of the schema version the file claims.

    Said short (three lines of a message box) and with advice that fits both ways of
    meeting it: opening a file, and restoring a backup (where "restore a backup" would
    send the coordinator round in a circle).
    """

    def __init__(self, path: Path, version: int, differences: Sequence[str]) -> None:
        self.version = version  # the schema version the file claims (not worth a line)
        StoreError.__init__(
            self,
            f"{path.name} was altered outside rmdesk ({summarise_problems(differences, 1)}). "
            "It was left untouched; choose another file (or a backup).",
        )


class NewerDatabase(StoreError):
    def __init__(self, path: Path, found: int, supported: int) -> None:
        super().__init__(
            f"{path.name} was written by a newer version of rmdesk (schema {found}; "
            f"this version knows up to {supported}). Update rmdesk to open it; "
            "the file was left untouched."
        )


class StorageUnavailable(StoreError):
    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(f"Cannot use {path}: {detail}.")


def failure_reason(error: BaseException) -> str:
    """Why a write failed, in words: the original SQLite error, the disk named when full.

    When SQLite rolls a transaction back by itself (disk full), the ORM's own rollback
    then fails with "no transaction is active", hiding the real reason behind it.
    """
    if isinstance(error, WriteFailed):
        return error.reason
    original: BaseException = error
    while "no transaction is active" in str(original) and original.__context__ is not None:
        original = original.__context__
    text = str(original)
    if "full" in text.lower():
        return f"the disk is full ({text})"
    return text


class WriteFailed(StoreError):
    """SQLite could not carry out a statement: a full disk, a read-only file or folder,
    a lock held elsewhere.  The transaction was rolled back whole.

    ``reason`` is SQLite's words (``failure_reason``); ``str()`` names the file.  The
    store raises it (``store.guarded``) for every failure SQLite calls operational, so
    the window and the commands catch our error, never the ORM's.
    """

    def __init__(self, reason: str, path: Path | str | None = None) -> None:
        self.reason = reason = " ".join(reason.split())  # one line
        self.path = path
        hint = " (the file or its folder is read-only)" if "readonly" in reason else ""
        where = f"Cannot use {path}" if path else "The database could not be written"
        super().__init__(f"{where}: {reason}{hint}.")
