"""The programme's rules over whole tables: what ``rmdesk check``, ``import all`` and the
window report about a file.

The forms refuse bad data one record at a time, but a file can still hold it: a
hand-edited export, an old version, a tool that wrote to the database.  This module
runs the same rules over every row, so the three places that look at a whole file
agree on what is wrong:

* each value's shape, read from the models: a whole number (64 bits), a 0/1 flag, a
  finite number, text (UTF-8), a date as stored (YYYY-MM-DD), a date and time as
  stored (YYYY-MM-DD HH:MM:SS); a required value is present;
* the domain's own rules for one row: ``participants.field_errors`` (the email's
  shape included), ``cycles.cycle_field_errors``,
  ``meetings.meeting_field_errors``, ``goals.goal_field_errors`` and
  ``progress_problem``, ``assessments.satisfaction_problem`` and ``scores_problem``,
  ``pairs.same_person_problem`` and ``end_date_problem``; statuses and kinds from the
  models' lists of known values;
* the rules across rows: reporting lines without loops
  (``reporting_lines.reporting_line_problems``), a pair's mentor and mentee in those
  roles (``pairs.role_problem``), assessments and fit answers by someone in the pair
  (``pairs.role_in_pair``);
* foreign keys (SQLite's own ``foreign_key_check``).

A row whose values have the wrong shape is not run through the domain's rules (they
would fail on it again, or worse).  Nothing is ever corrected here: each problem names
the table, the row (its id), the column and what is wrong (``str()``: stable, for
programs and for ``import all``, whose rows are in a file), and says it in the
coordinator's words (``text``: what ``rmdesk check`` and the window print): the record
as the app shows it (a person by name, a pair as "Mentor & Mentee", a meeting by its
pair and date, a goal or cycle by its title or name), the field by its label, and for a
broken rule the form that corrects it.  That wording lives here only.

``row_problems`` checks rows held in memory (an export before ``import all`` writes
it), ``find_problems`` reads every table through a sqlite3 connection (the window's,
an import's inside its transaction), ``check_file`` reads a file without writing to it.

By job: ``shapes`` (each value's shape, from the models), ``rules`` (the rules of one
row), ``across`` (the rules across rows, foreign keys), ``wording`` (how a problem
reads); this module runs them over the tables.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from rmdesk.programme.consistency.across import (
    _ACROSS,
    _across,
    _dangling,
    _quoted,
    foreign_key_problems,
)
from rmdesk.programme.consistency.rules import (
    _RULES,
    Found,
    Placed,
    Rule,
    _shapes,
    _unknown_values,
)
from rmdesk.programme.consistency.shapes import (
    Check,
    Row,
    TableRows,
    _label,
    _Table,
    _tables,
)
from rmdesk.programme.consistency.wording import (
    _EVERY_ROW,
    MISSING_COLUMN,
    SHOWN,
    Problem,
    _broken,
    _Names,
    counted,
    headline,
    shortened,
    summary,
)

__all__ = [
    "SHOWN",
    "Check",
    "Found",
    "Placed",
    "Problem",
    "Row",
    "Rule",
    "TableRows",
    "check_file",
    "check_open_database",
    "counted",
    "find_problems",
    "foreign_key_problems",
    "headline",
    "row_problems",
    "shortened",
    "summary",
]


def _as_dicts(
    spec: _Table, columns: Sequence[str], rows: Sequence[Sequence[Any]], bad: set[int]
) -> Placed:
    """The rows not in ``bad`` as column -> value, with defaults for columns left out."""
    defaults = {c: v for c, v in spec.defaults.items() if c not in columns}
    if defaults:
        return [
            (place, {**defaults, **dict(zip(columns, values, strict=True))})
            for place, values in enumerate(rows)
            if place not in bad
        ]
    return [
        (place, dict(zip(columns, values, strict=True)))
        for place, values in enumerate(rows)
        if place not in bad
    ]


def row_problems(tables: Mapping[str, TableRows]) -> list[Problem]:
    """Every rule broken by ``tables`` (name -> (columns, rows)), by table then row,
    each record named from ``tables`` as the app names it.

    Tables and columns the models do not know are ignored (the caller refuses them);
    a column a table leaves out counts as its default.
    """
    found = _found(tables)
    if not found:
        return []
    names = _Names(tables)
    return [replace(problem, record=names.at(problem.table, place)) for _, place, problem in found]


def _found(tables: Mapping[str, TableRows]) -> list[Found]:
    known = _tables()
    order = {table: i for i, table in enumerate(known)}
    found: list[Found] = []
    valid: dict[str, Placed] = {}
    for table, (columns, rows) in tables.items():
        spec = known.get(table)
        if spec is None:
            continue
        at = order[table]
        absent = [column for column in spec.required if column not in columns]
        if absent and rows:
            found.extend(
                (at, -1, Problem(table, _EVERY_ROW, column, MISSING_COLUMN)) for column in absent
            )
            continue
        shape_problems, bad = _shapes(table, spec, columns, rows, at)
        found.extend(shape_problems)
        found.extend(_unknown_values(table, spec, columns, rows, bad, at))
        rule = _RULES.get(table)
        if rule is None and table not in _ACROSS:
            continue
        good = valid[table] = _as_dicts(spec, columns, rows, bad)
        if rule is not None:
            found.extend(
                (at, place, _broken(table, _label(row.get(spec.key), place), column, text))
                for place, row in good
                for column, text in rule(row)
            )
    found.extend(_across(valid, order))
    found.sort(key=lambda item: (item[0], item[1]))  # stable: a row's problems keep their order
    return found


def _lenient(data: bytes) -> str:
    return data.decode("utf-8", "surrogateescape")


def _read(connection: sqlite3.Connection, table: str, columns: list[str]) -> list[Any]:
    sql = f"SELECT {', '.join(map(_quoted, columns))} FROM {_quoted(table)} ORDER BY rowid"
    try:
        return connection.execute(sql).fetchall()
    except sqlite3.OperationalError:
        # Text that is not UTF-8 cannot become str: read it as it is, to report it.
        factory = connection.text_factory
        connection.text_factory = _lenient
        try:
            return connection.execute(sql).fetchall()
        finally:
            connection.text_factory = factory


def find_problems(connection: sqlite3.Connection, *, foreign_keys: bool = True) -> list[Problem]:
    """Every rule broken by the rows stored behind ``connection`` (any schema version:
    a column or table it does not have yet is not checked)."""
    tables: dict[str, TableRows] = {}
    for table, spec in _tables().items():
        info = connection.execute(f"PRAGMA table_info({_quoted(table)})").fetchall()
        columns = [found[1] for found in info if found[1] in spec.columns]
        if columns:
            tables[table] = (columns, _read(connection, table, columns))
    problems = row_problems(tables)
    if foreign_keys:
        dangling = _dangling(connection)
        if dangling:
            names = _Names(tables)
            problems.extend(
                replace(problem, record=names.by_id(problem.table, rowid))
                for rowid, problem in dangling
            )
    return problems


def check_open_database() -> list[Problem]:
    """``find_problems`` on the database the store has open (the window's start-up)."""
    from rmdesk.store.models import database_proxy

    return find_problems(database_proxy.connection())


def check_file(path: Path, *, foreign_keys: bool = True) -> list[Problem]:
    """``find_problems`` on a database file, read-only (the window may have it open)."""
    # The store's reader (as backups use it): writes nothing, not even -wal/-shm files.
    from rmdesk.store.database import _read_only_connection

    connection = _read_only_connection(Path(path))
    try:
        return find_problems(connection, foreign_keys=foreign_keys)
    finally:
        connection.close()
