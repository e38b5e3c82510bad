"""Reading a table from a file a person chose: a .csv in whatever encoding an HR system or a
spreadsheet program wrote it, or an .xlsx workbook, always bounded.

Every importer of tabular data (participants, form responses) starts here, so they all
accept the same files and refuse the same ones in the same words:

* **CSV**: UTF-8 with or without a byte-order mark, UTF-16 (with a mark, or without one
  as ``charset-normalizer`` detects it) and Windows-1252, the encoding of "CSV" saved by
  Excel on a Western Windows.  The detection is limited to those: left free, it reads a
  short Western file as Korean or Urdu.  Comma or semicolon, as the first line has more
  of; strict quoting (a quoting error stops the reading at its line).
* **.xlsx**: the first worksheet through ``openpyxl`` in read-only mode (streamed, never
  the whole sheet in memory), values not formulas; the archive's unpacked size is
  checked before anything is parsed, so a zip bomb is refused, not expanded.

The file is read through ``store.files.read_bounded`` (regular files only, size-capped).
What comes back is text: every cell a ``str`` (numbers as written, dates as ISO), each row
with the number the person sees (a CSV's physical line, a sheet's row number).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import warnings
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rmdesk.programme.messages import QT_TRANSLATE_NOOP, Message

MiB = 1024 * 1024
# 10,000 participants are about 2 MB of CSV or 1 MB of .xlsx: generous, and bounded.
MAX_FILE_BYTES = 50 * MiB
# What an .xlsx may unpack to (its sheets are XML, about 20 times their zipped size).
MAX_UNPACKED_BYTES = 256 * MiB
MAX_ROWS = 1_000_000
MAX_COLUMNS = 1_000

_QUOTED = re.compile(r'"[^"]*"')
_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the binary .xls of Excel 97-2003
_DETECTED = ["utf_8", "utf_16_le", "utf_16_be", "cp1252"]
_ENCODING_NAMES = {
    "utf_8": "UTF-8",
    "utf_16_le": "UTF-16",
    "utf_16_be": "UTF-16",
    "cp1252": "Windows-1252",
}


class TableError(Exception):
    """The file cannot be read as a table at all; ``str()`` says why in one sentence,
    ``sentence`` the same as a translatable ``Message`` when it is one."""

    @property
    def sentence(self) -> str:
        return self.args[0] if self.args and isinstance(self.args[0], str) else str(self)


@dataclass
class Table:
    """The rows of a file, header first, each as (number the person sees, cells)."""

    rows: list[tuple[int, list[str]]] = field(default_factory=list)
    kind: str = "csv"  # "csv" or "xlsx"
    encoding: str = ""  # how a CSV was written ("UTF-8", "UTF-16", "Windows-1252")
    delimiter: str = ""  # a CSV's separator
    # Where and why the reading stopped early (a CSV quoting error), else None.
    stopped: tuple[int, str] | None = None
    # Which row is the header: an importer may skip a report's title rows above it.
    header_index: int = 0

    @property
    def unit(self) -> str:
        """What a row's number counts: a CSV's lines, a sheet's rows."""
        return "row" if self.kind == "xlsx" else "line"

    @property
    def header(self) -> list[str]:
        return self.rows[self.header_index][1] if len(self.rows) > self.header_index else []

    @property
    def body(self) -> list[tuple[int, list[str]]]:
        return self.rows[self.header_index + 1 :]


def read_table(source: bytes | Path, *, what: str = "spreadsheet (CSV or .xlsx)") -> Table:
    """The table in ``source`` (a path, read bounded, or the bytes themselves).

    Raises ``TableError`` when the file cannot be read at all (not a regular file, too
    large, not text in a known encoding, a damaged workbook); blank rows are dropped.
    """
    if isinstance(source, bytes | bytearray):
        data = bytes(source)
    else:
        from rmdesk.store.files import UnsafeFile, read_bounded

        try:  # a regular file, bounded: never a FIFO that hangs or a device that never ends
            data = read_bounded(Path(source), MAX_FILE_BYTES, what=what)
        except UnsafeFile as error:
            raise TableError(str(error)) from None
    if data.startswith(_ZIP):
        return _xlsx_table(data)
    if data.startswith(_OLE):
        raise TableError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Domain", "This is an old Excel .xls workbook: save it as .xlsx or CSV."
                )
            )
        )
    text, encoding = decode(data)
    delimiter = sniff_delimiter(text)
    rows, stopped = csv_records(text, delimiter)
    return Table(rows, "csv", encoding, delimiter, stopped)


def decode(data: bytes) -> tuple[str, str]:
    """(text, name of its encoding): a byte-order mark first, then UTF-8, then detection."""
    if data.startswith(b"\xef\xbb\xbf"):
        return _decoded(data[3:], "utf_8"), "UTF-8"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _decoded(data, "utf_16"), "UTF-16"
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=_DETECTED).best()
    if best is None or best.encoding not in _ENCODING_NAMES:
        raise TableError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Domain",
                    "The file is not text in UTF-8, UTF-16 or Windows-1252: save it as "
                    "“CSV UTF-8”.",
                )
            )
        )
    return _decoded(data, best.encoding), _ENCODING_NAMES[best.encoding]


def _decoded(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise TableError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Domain",
                    "The file is not valid {encoding} (byte {byte}): save it as “CSV UTF-8”.",
                ),
                encoding=_ENCODING_NAMES.get(encoding, encoding.upper()),
                byte=error.start + 1,
            )
        ) from None


def sniff_delimiter(text: str) -> str:
    """``;`` when the first lines hold more semicolons than commas, else ``,``: counted
    over twenty lines, so a report's title above the header (“Staff list, May”) does
    not decide."""
    start = _QUOTED.sub("", "\n".join(text.split("\n", 20)[:20]))  # separators only
    return ";" if start.count(";") > start.count(",") else ","


def csv_records(
    text: str, delimiter: str
) -> tuple[list[tuple[int, list[str]]], tuple[int, str] | None]:
    """(first physical line, fields) of every non-blank record, and where a quoting
    error stopped the reading (line, reason), else None."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    records: list[tuple[int, list[str]]] = []
    previous = 0
    try:
        for fields in reader:
            if any(value.strip() for value in fields):
                records.append((previous + 1, fields))
            previous = reader.line_num
            if len(records) > MAX_ROWS:
                too_many = Message(
                    QT_TRANSLATE_NOOP("Domain", "more than {count} rows"), count=f"{MAX_ROWS:,}"
                )
                return records[:MAX_ROWS], (previous, too_many)
    except csv.Error as error:
        detail: str = str(error)
        if "field larger than field limit" in detail:
            detail = Message(
                QT_TRANSLATE_NOOP("Domain", "a field longer than {count} characters"),
                count=f"{csv.field_size_limit():,}",
            )
        stop = Message(
            QT_TRANSLATE_NOOP("Domain", "cannot be read as CSV ({detail})"), detail=detail
        )
        return records, (previous + 1, stop)
    return records, None


# -- .xlsx ----------------------------------------------------------------------------
def _xlsx_table(data: bytes) -> Table:
    _check_archive(data)
    # openpyxl warns on stderr about what it tolerates (no default style, a date out of
    # range, an unknown extension): the import says what matters in its own words.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return _xlsx_rows(data)


def _xlsx_rows(data: bytes) -> Table:
    import openpyxl

    try:
        book = openpyxl.load_workbook(
            io.BytesIO(data), read_only=True, data_only=True, keep_links=False
        )
    except Exception as error:  # a damaged workbook raises anything its parsers raise
        raise TableError(_unreadable(error)) from None
    try:
        sheet = book.worksheets[0] if book.worksheets else None
        if sheet is None:
            raise TableError(Message(QT_TRANSLATE_NOOP("Domain", "The workbook has no worksheet.")))
        rows: list[tuple[int, list[str]]] = []
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            if len(values) > MAX_COLUMNS and any(v is not None for v in values[MAX_COLUMNS:]):
                raise TableError(
                    Message(
                        QT_TRANSLATE_NOOP("Domain", "Row {number} has more than {count} columns."),
                        number=number,
                        count=f"{MAX_COLUMNS:,}",
                    )
                )
            cells = [cell_text(value) for value in values[:MAX_COLUMNS]]
            while cells and not cells[-1]:
                cells.pop()
            if any(value.strip() for value in cells):
                rows.append((number, cells))
                if len(rows) > MAX_ROWS:
                    raise TableError(
                        Message(
                            QT_TRANSLATE_NOOP(
                                "Domain", "The worksheet has more than {count} rows."
                            ),
                            count=f"{MAX_ROWS:,}",
                        )
                    )
    except TableError:
        raise
    except Exception as error:
        raise TableError(_unreadable(error)) from None
    finally:
        book.close()
    return Table(rows, "xlsx")


def _check_archive(data: bytes) -> None:
    """Refuse a damaged archive, or one that would unpack to more than it may."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as error:
        raise TableError(_unreadable(error)) from None
    if "xl/workbook.xml" not in names:
        raise TableError(
            Message(
                QT_TRANSLATE_NOOP("Domain", "The file is a zip archive but not an .xlsx workbook.")
            )
        )
    if unpacked > MAX_UNPACKED_BYTES:
        raise TableError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Domain", "The workbook unpacks to more than {size} MB: save the sheet as CSV."
                ),
                size=f"{MAX_UNPACKED_BYTES // MiB:,}",
            )
        )


def _unreadable(error: BaseException) -> Message:
    """A damaged workbook, with what its parser said (in the parser's English)."""
    reason = " ".join(str(error).split())[:120] or type(error).__name__
    return Message(
        QT_TRANSLATE_NOOP("Domain", "The file cannot be read as an .xlsx workbook ({reason})."),
        reason=reason,
    )


def cell_text(value: Any) -> str:
    """A worksheet value as the text a person reads in the cell."""
    if type(value) is str:  # most cells: first, for 100,000 cells a file
        return value
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0):
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return str(value)
