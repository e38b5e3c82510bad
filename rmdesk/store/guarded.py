"""The database class the store opens: SQLite's operational failures become ours.

A full disk, a read-only file or folder, a lock held elsewhere: SQLite says
``OperationalError`` and the ORM passes it on.  Every statement, commit and
rollback of the opened database goes through here, so such a failure arrives as
``WriteFailed`` (a ``StoreError`` naming the file), which the window catches without
knowing the ORM.  It stays a Peewee ``OperationalError`` too, so code that catches
the ORM's error (the importers' rollbacks) works as before.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from peewee import OperationalError, SqliteDatabase

from rmdesk.store.errors import WriteFailed, failure_reason


class OperationalFailure(WriteFailed, OperationalError):
    """SQLite could not carry out a statement (``WriteFailed``), as the ORM's error too."""

    def __init__(self, error: BaseException, path: Path | None) -> None:
        super().__init__(failure_reason(error), path)
        self.orig = getattr(error, "orig", error)


class GuardedDatabase(SqliteDatabase):
    """``SqliteDatabase`` raising ``OperationalFailure`` for SQLite's operational errors."""

    def __init__(self, database: str, *args: Any, path: Path | None = None, **kwargs: Any) -> None:
        self.file_path = path
        super().__init__(database, *args, **kwargs)

    def _failure(self, error: OperationalError) -> WriteFailed:
        if isinstance(error, WriteFailed):
            return error
        return OperationalFailure(error, self.file_path)

    def execute_sql(self, sql: str, params: Any = None) -> Any:
        try:
            return super().execute_sql(sql, params)
        except OperationalError as error:
            raise self._failure(error) from error

    def begin(self, *args: Any, **kwargs: Any) -> Any:
        try:
            return super().begin(*args, **kwargs)
        except OperationalError as error:
            raise self._failure(error) from error

    def commit(self) -> Any:
        try:
            return super().commit()
        except OperationalError as error:
            raise self._failure(error) from error

    def rollback(self) -> Any:
        try:
            return super().rollback()
        except OperationalError as error:
            raise self._failure(error) from error
