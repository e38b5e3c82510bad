"""Reading the file: the table (``exchange.tabular``: CSV in any usual encoding, or
.xlsx, bounded), then each row as field -> cleaned text through the column plan.

A CSV row must have as many fields as the header (a spreadsheet's rows may stop
early: its empty cells are empty); a value under no column is a problem, a value
under an ignored column is not read at all.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from rmdesk.exchange.csv_format import ExchangeError, restore
from rmdesk.exchange.csv_import.columns import ColumnPlan, all_synonyms
from rmdesk.exchange.csv_import.records import Problem
from rmdesk.exchange.headers import guess_fields
from rmdesk.exchange.tabular import Table, read_table
from rmdesk.programme.messages import QT_TRANSLATE_NOOP, Message

WHAT = "participants file (CSV or .xlsx)"
HEADER_SEARCH = 10  # rows looked at for the header


def read_file(path: Path, limit: int) -> bytes:
    """The file's bytes, bounded; ExchangeError for what is not a regular file or too large."""
    from rmdesk.store.files import UnsafeFile, read_bounded

    try:  # a regular file, bounded: never a FIFO that hangs or a device that never ends
        return read_bounded(Path(path), limit, what=WHAT)
    except UnsafeFile as error:
        raise ExchangeError(str(error)) from None


def load_table(data: bytes | Table) -> Table:
    """The table in ``data``, its header found; TableError when the content is no table."""
    if isinstance(data, Table):
        return data
    table = read_table(data, what=WHAT)
    table.header_index = header_row(table)
    return table


def header_row(table: Table) -> int:
    """The first of the first rows naming two fields or more: HR reports often start with
    a title and the filters they were run with.  The first row when none does."""
    for index, (_, cells) in enumerate(table.rows[:HEADER_SEARCH]):
        if sum(name is not None for name in guess_fields(cells, all_synonyms())) >= 2:
            return index
    return 0


def rows_as_cells(
    table: Table, plan: ColumnPlan, problems: list[Problem]
) -> Iterator[tuple[int, dict[str, str]]]:
    """(line, field -> value) for every data row, values stripped and un-neutralised."""
    width = len(plan.headers)
    columns = [(index, name) for index, name in enumerate(plan.fields) if name is not None]
    unnamed = [index for index, header in enumerate(plan.headers) if not header]
    ragged = table.kind == "xlsx"  # a sheet's row stops at its last filled cell
    unit = table.unit
    for line, fields in table.body:
        if not ragged and len(fields) != width:
            text = Message(
                QT_TRANSLATE_NOOP("Domain", "has {count} fields; the header has {width}"),
                count=len(fields),
                width=width,
            )
            if (
                table.delimiter == ";"
                and len(fields) > width
                and {"offers", "wants"} & set(plan.fields)
            ):
                # The usual cause in a semicolon-separated file: a topic list not in quotes.
                text = Message(
                    QT_TRANSLATE_NOOP(
                        "Domain",
                        "has {count} fields; the header has {width} (a list of topics "
                        "separated by “;” must be in quotes)",
                    ),
                    count=len(fields),
                    width=width,
                )
            problems.append(Problem(line, "", text, unit))
            continue
        stray = [fields[i] for i in (*unnamed, *range(width, len(fields))) if i < len(fields)]
        stray = [value.strip() for value in stray if value.strip()]
        if stray:
            stray_value = Message(
                QT_TRANSLATE_NOOP("Domain", "a value (“{value}”) under no column"),
                value=stray[0][:40],
            )
            problems.append(Problem(line, "", stray_value, unit))
        if len(fields) < width:
            fields = fields + [""] * (width - len(fields))
        cells = {name: fields[index].strip() for index, name in columns}
        blank = not any(cells.values())  # a blank row stays blank: it is skipped
        for name, value in plan.everyone.items():  # no column, or a blank cell
            if not cells.get(name) and not blank:
                cells[name] = value
                plan.filled[name] = plan.filled.get(name, 0) + 1
        for name, value in cells.items():
            if value[:1] == "'":
                cells[name] = value = restore(value)
            if "\x00" in value:
                nul = Message(QT_TRANSLATE_NOOP("Domain", "contains a NUL character"))
                problems.append(Problem(line, name, nul, unit))
        yield line, cells
