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
