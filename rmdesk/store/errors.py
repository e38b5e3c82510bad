"""Errors the store raises, each with a message a coordinator can act on."""

from __future__ import annotations

from pathlib import Path


class StoreError(Exception):
    """A database could not be opened or used; ``str(error)`` is the user's message."""


class NotAnRmdeskDatabase(StoreError):
    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(
            f"{path.name} is not an rmdesk database ({detail}). "
            "It was left untouched; choose another file or a new file name."
        )


class CorruptDatabase(StoreError):
    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(
            f"{path.name} is damaged and cannot be opened safely ({detail}). "
            "It was left untouched; restore it from a backup."
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
