"""Everything in one versioned JSON file, and back: moving to a new laptop, archiving.

The file is ``{"format": "rmdesk-export", "version": 1, "schema_version": N,
"exported_at": ..., "tables": {table: {"columns": [...], "rows": [[...], ...]}}}``,
with every table of ``store.models.MODELS`` (so tables added later are covered
without touching this module), values exactly as SQLite holds them and rows in
primary-key order.  Export -> import into an empty database -> export gives the
same tables.

Import refuses: a file that is not a regular file or larger than ``IMPORT_LIMIT``,
another format or version, a newer schema than this rmdesk knows, unknown tables or
columns, a target that holds anything beyond the rows its migrations seeded (topics,
templates ...), which the import replaces, and rows that break the programme's rules
(``programme.consistency``: dates, ranges, finite numbers, known statuses, roles,
reporting lines without loops, a pair of two people, foreign keys), naming the first
problem's table, row and column.  Every row is checked before anything is written;
then the rows are written after a backup, in one transaction whose foreign keys are
checked before it commits: all or nothing.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rmdesk.exchange.csv_format import ExchangeError, write_atomically
from rmdesk.programme.wording import counted
from rmdesk.store.errors import failure_reason
from rmdesk.store.files import MiB, UnsafeFile, read_bounded

FORMAT = "rmdesk-export"
VERSION = 1
IMPORT_LIMIT = 200 * MiB
ProgressFn = Callable[[int, int], None]


@dataclass(frozen=True)
class TableData:
    name: str
    columns: list[str]
    rows: list[list[Any]]


def _tables() -> list[tuple[str, list[str]]]:
    """(table, columns) of every model, in dependency order (parents first)."""
    from rmdesk.store.models import MODELS

    return [
        (model._meta.table_name, [f.column_name for f in model._meta.sorted_fields])
        for model in MODELS
    ]


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _read(table: str, columns: list[str]) -> list[list[Any]]:
    from rmdesk.store.models import database_proxy

    sql = f"SELECT {', '.join(map(_quoted, columns))} FROM {_quoted(table)} ORDER BY 1"
    return [list(row) for row in database_proxy.execute_sql(sql).fetchall()]


def _schema_version() -> int:
    from rmdesk.store.models import database_proxy

    return int(database_proxy.execute_sql("PRAGMA user_version").fetchone()[0])


def build_export(progress: ProgressFn | None = None) -> dict[str, Any]:
    """The whole database as one JSON-ready dict, read in one transaction (consistent)."""
    from rmdesk.store.models import database_proxy

    tables = _tables()
    result: dict[str, Any] = {}
    with database_proxy.atomic():
        version = _schema_version()
        for done, (table, columns) in enumerate(tables):
            if progress is not None:
                progress(done, len(tables))
            result[table] = {"columns": columns, "rows": _read(table, columns)}
    return {
        "format": FORMAT,
        "version": VERSION,
        "schema_version": version,
        "exported_at": dt.datetime.now().astimezone().replace(microsecond=0).isoformat(),
        "tables": result,
    }


def export_all(path: Path, progress: ProgressFn | None = None) -> dict[str, int]:
    """Write every table to ``path``; returns rows per table."""
    document = build_export(progress)

    def write(out: Any) -> None:
        json.dump(document, out, ensure_ascii=False, separators=(",", ":"))

    write_atomically(Path(path), write)
    return {name: len(table["rows"]) for name, table in document["tables"].items()}


# -- import ------------------------------------------------------------------------------
def _load(path: Path) -> dict[str, Any]:
    try:
        data = read_bounded(Path(path), IMPORT_LIMIT, what="full export (JSON)")
    except UnsafeFile as error:
        raise ExchangeError(str(error)) from None
    try:
        document = json.loads(data)
    except (UnicodeDecodeError, ValueError, RecursionError) as error:
        # ValueError: JSONDecodeError, and numbers too long to convert.
        raise ExchangeError(
            f"{Path(path).name} is not an rmdesk export (not JSON: {error})."
        ) from None
    return check_document(document, Path(path).name)


def _refusal(name: str, problems: list[Any]) -> ExchangeError:
    """One line: the first problem (table, row, column, what), and how many more."""
    more = len(problems) - 1
    also = f" {counted(more, 'more problem')} too." if more else ""
    return ExchangeError(f"{name} cannot be imported: {problems[0]}{also} Nothing was changed.")


def check_document(document: Any, name: str = "the file") -> dict[str, Any]:
    """Refuse anything but a complete, known export this version can restore."""
    from rmdesk.store.migrations import LATEST_VERSION

    def refuse(why: str) -> ExchangeError:
        return ExchangeError(f"{name} cannot be imported: {why}. Nothing was changed.")

    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise refuse("it is not an rmdesk export")
    if document.get("version") != VERSION:
        found = document.get("version")
        raise refuse(f"export format version {found!r}; this rmdesk reads {VERSION}")
    schema = document.get("schema_version")
    if not isinstance(schema, int) or isinstance(schema, bool) or schema < 1:
        raise refuse("it has no valid schema version")
    if schema > LATEST_VERSION:
        raise refuse(
            f"it was written by a newer rmdesk (schema {schema}; this version knows up to "
            f"{LATEST_VERSION}). Update rmdesk first"
        )
    tables = document.get("tables")
    if not isinstance(tables, dict):
        raise refuse("it has no tables")
    known = dict(_tables())
    for table, content in tables.items():
        if table not in known:
            raise refuse(f"unknown table {table!r}")
        if not isinstance(content, dict):
            raise refuse(f"table {table} is malformed")
        columns, rows = content.get("columns"), content.get("rows")
        if not isinstance(columns, list) or not isinstance(rows, list):
            raise refuse(f"table {table} is malformed")
        unknown = [c for c in columns if c not in known[table]]
        if unknown or len(set(columns)) != len(columns) or not columns:
            raise refuse(f"table {table} has unknown or repeated columns {unknown}")
        for row in rows:
            if not isinstance(row, list) or len(row) != len(columns):
                raise refuse(f"a row of table {table} does not match its columns")
            if any(isinstance(v, dict | list) for v in row):
                raise refuse(f"a row of table {table} holds something that is not a value")
    return document


def _seed_rows() -> dict[str, set[tuple[Any, ...]]]:
    """What the migrations put into a new database (timestamps left out)."""
    from peewee import SqliteDatabase

    from rmdesk.store.migrations import migrate

    fresh = SqliteDatabase(":memory:")
    try:
        migrate(fresh)
        seeds: dict[str, set[tuple[Any, ...]]] = {}
        for table, columns in _tables():
            kept = [c for c in columns if not c.endswith("_at")]
            sql = f"SELECT {', '.join(map(_quoted, kept))} FROM {_quoted(table)}"
            rows = fresh.execute_sql(sql).fetchall()
            seeds[table] = {tuple(row) for row in rows if not _is_identity(table, row)}
        return seeds
    finally:
        fresh.close()


def _is_identity(table: str, row: Sequence[Any]) -> bool:
    """The database's random identity: seeded by a migration, but different in every file."""
    from rmdesk.programme.settings import DATABASE_UUID

    return table == "setting" and row[0] == DATABASE_UUID.key


def holds_only_seeds() -> bool:
    """True when the open database has nothing but what a new database starts with."""
    seeds = _seed_rows()
    for table, columns in _tables():
        kept = [c for c in columns if not c.endswith("_at")]
        rows = [row for row in _read(table, kept) if not _is_identity(table, row)]
        if len(rows) > len(seeds[table]) or any(tuple(r) not in seeds[table] for r in rows):
            return False
    return True


def import_all(
    path: Path, progress: ProgressFn | None = None, *, backup: bool = True
) -> dict[str, int]:
    """Restore a full export into the open, empty database; returns rows per table."""
    import peewee

    from rmdesk.programme.consistency import foreign_key_problems, row_problems
    from rmdesk.store.backups import make_backup
    from rmdesk.store.migrations import add_identity_if_missing
    from rmdesk.store.models import database_proxy

    document = _load(path)
    if not holds_only_seeds():
        raise ExchangeError(
            "This database already holds data: import everything only into a new, empty "
            "database (start rmdesk with a new file, or use --db NEW_FILE). Nothing was changed."
        )
    problems = row_problems({t: (c["columns"], c["rows"]) for t, c in document["tables"].items()})
    if problems:
        raise _refusal(Path(path).name, problems)
    database = str(database_proxy.obj.database)
    if backup and database not in ("", ":memory:"):
        make_backup(Path(database), reason="before-import")
    tables = document["tables"]
    order = [table for table, _ in _tables()]
    counts: dict[str, int] = {}
    try:
        with database_proxy.atomic():
            # Checked at commit: rows may refer to later rows (a participant's manager).
            database_proxy.execute_sql("PRAGMA defer_foreign_keys = ON")
            # Seeded rows of the tables in the file are replaced; a table the file does
            # not have (an export from an older schema) keeps what its migration seeded.
            for table in reversed([t for t in order if t in tables]):
                database_proxy.execute_sql(f"DELETE FROM {_quoted(table)}")
            connection = database_proxy.connection()
            for done, table in enumerate(order):
                if progress is not None:
                    progress(done, len(order))
                if table not in tables:
                    continue
                columns, rows = tables[table]["columns"], tables[table]["rows"]
                marks = ", ".join("?" * len(columns))
                connection.executemany(
                    f"INSERT INTO {_quoted(table)} ({', '.join(map(_quoted, columns))}) "
                    f"VALUES ({marks})",
                    rows,
                )
                counts[table] = len(rows)
            # An export from before the identity existed (or one that never made it).
            add_identity_if_missing(database_proxy)
            # Before the commit, so the refusal names the row (and nothing is kept).
            dangling = foreign_key_problems(connection)
            if dangling:
                raise _refusal(Path(path).name, dangling)
    except (sqlite3.DatabaseError, peewee.DatabaseError, OverflowError, ValueError) as error:
        # ValueError covers text SQLite cannot store (lone surrogates) as well.
        raise ExchangeError(
            f"{Path(path).name} could not be imported: {failure_reason(error)}. "
            "Nothing was changed."
        ) from error
    return counts
