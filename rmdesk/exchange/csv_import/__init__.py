"""Importing participants from a spreadsheet: read, check everything, preview, then write.

One job a module, everything importable from here: ``reading.py`` (the table through
``exchange.tabular``: CSV in UTF-8, UTF-16 or Windows-1252, or .xlsx; each row as
field -> text), ``columns.py`` (which column is which field: HR synonyms, a
coordinator's mapping, values such as “Office” or “Junior”), ``checking.py`` (rows
against the domain's rules and the database), ``applying.py`` (the backup and the one
transaction), ``records.py`` (problem, row, preview, result); here,
``read_columns`` (the mapping step's guess) and ``preview_participants``.

``preview_participants`` reads the whole file and checks every row against the
database without writing: how many people are new, updated or unchanged, and every
problem with its line (header = line 1; a worksheet's row) and column.  ``apply_import``
writes a clean preview in one transaction after a backup; any problem, and nothing
is written.  The rules are the domain's (``programme.participants.field_errors``, the
same email check); only what needs the whole file (duplicates, managers named in
the file, reporting-line loops) is checked here, in bulk.

File semantics: a row whose employee ID, else e-mail, matches a participant updates
them; a row without either updates the one participant of that name who has no email
either (two such people: a problem, the row needs an email), so an exported file
imports back unchanged.  A column in the file replaces that field (an empty cell
empties it); a column missing from the file leaves the field alone.  ``work_mode``
and ``capacity`` cannot be empty: an empty cell means the default for a new person
and "keep" for an existing one.  ``offers`` holds a mentor's topics and ``wants`` a
mentee's, separated by ``;``.  First and last name columns are joined into the name.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from rmdesk.exchange.csv_format import ExchangeError
from rmdesk.exchange.csv_import.applying import apply_import
from rmdesk.exchange.csv_import.checking import _fill
from rmdesk.exchange.csv_import.columns import (
    EVERYONE_FIELDS,
    FIELDS,
    MappingError,
    parse_assignment,
    plan_columns,
)
from rmdesk.exchange.csv_import.reading import load_table, read_file
from rmdesk.exchange.csv_import.records import (
    ImportPreview,
    ImportResult,
    ImportRow,
    Problem,
    ProgressFn,
)
from rmdesk.exchange.tabular import Table, TableError

__all__ = [
    "EVERYONE_FIELDS",
    "FIELDS",
    "MAX_FILE_BYTES",
    "ColumnGuess",
    "ImportPreview",
    "ImportResult",
    "ImportRow",
    "MappingError",
    "Problem",
    "ProgressFn",
    "apply_import",
    "parse_assignment",
    "preview_participants",
    "read_columns",
]

SAMPLE_ROWS = 5


@dataclass(frozen=True)
class ColumnGuess:
    """What the mapping step shows: each column, its guessed field, a few rows."""

    table: Table
    headers: tuple[str, ...]
    fields: tuple[str | None, ...]
    samples: tuple[tuple[str, ...], ...]  # up to SAMPLE_ROWS rows, one value per column


# A participants file of 10,000 people is about 2 MB: 50 MiB is generous, and bounded.
MAX_FILE_BYTES = 50 * 1024 * 1024


def _content(source: bytes | Path | Table) -> bytes | Table:
    return source if isinstance(source, bytes | Table) else read_file(source, MAX_FILE_BYTES)


def read_columns(
    source: bytes | Path | Table, chosen: Mapping[str, str] | None = None
) -> ColumnGuess:
    """Read the file and guess each column's field (``chosen`` overrides, as remembered).

    Raises ExchangeError when the file cannot be read; the table is kept, so the
    preview does not read the file twice.
    """
    try:
        table = load_table(_content(source))
    except TableError as error:
        raise ExchangeError(error.sentence) from None
    plan = plan_columns(table.header, chosen)
    width = len(plan.headers)
    samples = tuple(tuple((cells + [""] * width)[:width]) for _, cells in table.body[:SAMPLE_ROWS])
    return ColumnGuess(table, tuple(plan.headers), tuple(plan.fields), samples)


def preview_participants(
    source: bytes | Path | Table,
    progress: ProgressFn | None = None,
    mapping: Mapping[str, str] | None = None,
    everyone: Mapping[str, str] | None = None,
) -> ImportPreview:
    """Read and check a participants file; writes nothing.  ``mapping`` assigns columns
    (header -> field, "" to ignore) over the guesses; ``everyone`` (role, level -> text)
    fills a field no column gives, and blank cells (``ImportPreview.everyone`` says
    where it went).  Never raises on bad content:
    everything wrong is a ``Problem`` (a file that is not a regular file, or too large,
    raises ExchangeError)."""
    preview = ImportPreview()
    try:
        table = load_table(_content(source))
    except TableError as error:
        preview.problems.append(Problem(1, "", error.sentence))
        return preview
    plan = plan_columns(table.header, mapping, everyone)
    _fill(preview, table, plan, progress)
    preview.everyone = {
        name: (value, plan.header_of(name), plan.filled.get(name, 0))
        for name, value in plan.everyone.items()
    }
    preview.problems.sort()
    return preview
