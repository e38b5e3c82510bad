"""What the CSV importer and exporters share: columns, quoting, injection, safe writing.

Spreadsheet programs run a cell that starts with ``=``, ``+``, ``-``, ``@``, tab or
carriage return as a formula (CSV injection), so every exported *text* cell that
would start that way gets a leading ``'``.  The importer removes exactly that one
quote again, and a cell that already started with quotes before such a character
gets one more on export, so every text survives export -> import unchanged.

Files are written through ``rmdesk.store.files``: a temporary file beside the target,
flushed and renamed (a full disk never leaves half a file), never over the database,
a backup or a device.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import IO, Any

# The participants file the export writes (the import reads these and HR's own names:
# ``csv_import/columns.py``).  The manager is named by e-mail, else employee ID, else name.
PARTICIPANT_COLUMNS: tuple[str, ...] = (
    "full_name",
    "email",
    "employee_id",
    "role",
    "job_title",
    "department",
    "level",
    "manager",
    "location",
    "work_mode",
    "availability",
    "offers",
    "wants",
    "capacity",
    "notes",
)
TOPIC_SEPARATOR = ";"
FORMULA_STARTS = frozenset("=+-@\t\r")


class ExchangeError(Exception):
    """A file could not be read or written; ``str(error)`` says why and what is safe."""


def neutralise(text: str) -> str:
    """``text`` made safe for a spreadsheet: a leading ``'`` if it could run as a formula."""
    bare = text.lstrip("'")
    if bare[:1] in FORMULA_STARTS and bare:
        return "'" + text
    return text


def restore(text: str) -> str:
    """Undo ``neutralise``: drop the one ``'`` it added, and nothing else."""
    bare = text.lstrip("'")
    if text.startswith("'") and bare[:1] in FORMULA_STARTS and bare:
        return text[1:]
    return text


def cell(value: Any) -> str | int | float:
    """A value as a CSV cell: text neutralised, numbers as they are, None as empty."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int | float):
        return value
    return neutralise(str(value))


def write_rows(out: IO[str], headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:
    """RFC 4180: comma, double quotes where needed, CRLF line ends; returns the row count."""
    writer = csv.writer(out, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(headers)
    count = 0
    for row in rows:
        writer.writerow([cell(value) for value in row])
        count += 1
    return count


def write_atomically(path: Path, write: Callable[[IO[str]], Any], *, bom: bool = False) -> Any:
    """Write a text file through ``write(stream)``, whole or not at all (``store.files``).

    UTF-8, with a byte-order mark when ``bom`` (spreadsheet programs need it to read
    UTF-8 CSV).  Raises ExchangeError with the reason; the target is then untouched.
    """
    from rmdesk.store.files import UnsafeFile, write_text

    try:
        return write_text(Path(path), write, bom=bom)
    except UnsafeFile as error:
        raise ExchangeError(str(error)) from None


def write_csv(path: Path, headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:
    """A CSV file a spreadsheet opens as UTF-8; returns the number of data rows."""
    return int(write_atomically(path, lambda out: write_rows(out, headers, rows), bom=True))


def csv_text(headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    """The same CSV as text (tests and previews)."""
    out = io.StringIO()
    write_rows(out, headers, rows)
    return out.getvalue()
