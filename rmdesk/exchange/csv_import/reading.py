"""Reading the file: bytes to text, the separator, the records and the header.

UTF-8 with or without a BOM (UTF-16 refused, stray bytes kept to say where they
are), ``,`` or ``;`` as the header suggests, strict CSV quoting (a quoting error
stops the reading at its line), and the header's columns checked by name.
"""

from __future__ import annotations

import csv
import io

from rmdesk.exchange.csv_format import PARTICIPANT_COLUMNS, REQUIRED_COLUMNS, restore
from rmdesk.exchange.csv_import.records import Problem


def _decode(data: bytes) -> tuple[str | None, bool, Problem | None]:
    """(text, clean, fatal problem): ``clean`` False when some bytes are not UTF-8."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None, False, Problem(1, "", "the file is UTF-16 text; save it as “CSV UTF-8”")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8"), True, None
    except UnicodeDecodeError:
        # Read on, keeping the bad bytes as surrogates, to say on which lines they are.
        return data.decode("utf-8", "surrogateescape"), False, None


def _delimiter(text: str) -> str:
    header = text.split("\n", 1)[0]
    return ";" if header.count(";") > header.count(",") else ","


def _not_utf8(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _records(text: str, problems: list[Problem]) -> list[tuple[int, list[str]]]:
    """(first physical line, fields) per record; a quoting error stops the reading."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text), strict=True)
    records: list[tuple[int, list[str]]] = []
    previous = 0
    try:
        for fields in reader:
            if fields:
                records.append((previous + 1, fields))
            previous = reader.line_num
    except csv.Error as error:
        detail = str(error)
        if "field larger than field limit" in detail:
            detail = f"a field longer than {csv.field_size_limit():,} characters"
        problems.append(Problem(previous + 1, "", f"cannot be read as CSV ({detail})"))
    return records


def _header(fields: list[str], problems: list[Problem]) -> list[str] | None:
    names = [restore(name).strip().strip("\ufeff").strip().lower() for name in fields]
    seen: set[str] = set()
    for name in names:
        if not name:
            continue
        if name not in PARTICIPANT_COLUMNS:
            known = ", ".join(PARTICIPANT_COLUMNS)
            problems.append(Problem(1, name, f"unknown column; the columns are {known}"))
        elif name in seen:
            problems.append(Problem(1, name, "this column appears twice"))
        seen.add(name)
    for required in REQUIRED_COLUMNS:
        if required not in seen:
            problems.append(Problem(1, required, "required column missing"))
    return None if problems else names
