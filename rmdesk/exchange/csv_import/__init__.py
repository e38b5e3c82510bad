"""Importing participants from a spreadsheet: read, check everything, preview, then write.

One job a module, everything importable from here: ``reading.py`` (bytes to text,
separator, records, header), ``checking.py`` (rows against the domain's rules and
the database), ``applying.py`` (the backup and the one transaction), ``records.py``
(problem, row, preview, result); here, ``preview_participants``.

``preview_participants`` reads the whole file and checks every row against the
database without writing: how many people are new, updated or unchanged, and every
problem with its physical line (header = line 1) and column.  ``apply_import``
writes a clean preview in one transaction after a backup; any problem, and nothing
is written.  The rules are the domain's (``programme.participants.validate``, the
same email check); only what needs the whole file (duplicates, managers named in
the file, reporting-line loops) is checked here, in bulk.

File semantics: a row whose email matches a participant updates them; a row without
email updates the one participant of that name who has no email either (two such
people: a problem, the row needs an email), so an exported file imports back unchanged.  A column
in the file replaces that field (an empty cell empties it); a column missing from
the file leaves the field alone.  ``work_mode`` and ``capacity`` cannot be empty:
an empty cell means the default for a new person and "keep" for an existing one.
``offers`` holds a mentor's topics and ``wants`` a mentee's, separated by ``;``.
"""

from __future__ import annotations

from pathlib import Path

from rmdesk.exchange.csv_format import ExchangeError
from rmdesk.exchange.csv_import.applying import apply_import
from rmdesk.exchange.csv_import.checking import _fill
from rmdesk.exchange.csv_import.records import (
    ImportPreview,
    ImportResult,
    ImportRow,
    Problem,
    ProgressFn,
)

__all__ = [
    "MAX_FILE_BYTES",
    "ImportPreview",
    "ImportResult",
    "ImportRow",
    "Problem",
    "ProgressFn",
    "apply_import",
    "preview_participants",
]

# A participants file of 10,000 people is about 2 MB: 50 MiB is generous, and bounded.
MAX_FILE_BYTES = 50 * 1024 * 1024


def preview_participants(source: bytes | Path, progress: ProgressFn | None = None) -> ImportPreview:
    """Read and check a participants CSV; writes nothing.  Never raises on bad content:
    everything wrong is a ``Problem`` (an unreadable file raises ExchangeError)."""
    if isinstance(source, bytes):
        data = source
    else:
        from rmdesk.store.files import UnsafeFile, read_bounded

        try:  # a regular file, bounded: never a FIFO that hangs or a device that never ends
            data = read_bounded(Path(source), MAX_FILE_BYTES, what="participants file (CSV)")
        except UnsafeFile as error:
            raise ExchangeError(str(error)) from None
    preview = ImportPreview()
    _fill(preview, data, progress)
    preview.problems.sort()
    return preview
