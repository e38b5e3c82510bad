"""Importing participants from a spreadsheet: read, check everything, preview, then write.

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

import csv
import datetime as dt
import io
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rmdesk.exchange.csv_format import (
    PARTICIPANT_COLUMNS,
    REQUIRED_COLUMNS,
    TOPIC_SEPARATOR,
    ExchangeError,
    failure_reason,
    restore,
)
from rmdesk.programme.records import LEVEL_NAMES, ParticipantData
from rmdesk.programme.validation import email_problem, normalise_email

ProgressFn = Callable[[int, int], None]
_TEXT_COLUMNS = ("full_name", "job_title", "department", "location", "notes")
_CHUNK = 1000
_LEVELS_BY_NAME = {name.casefold(): level for level, name in LEVEL_NAMES.items()}
_NUMBER = re.compile(r"[0-9]{1,100}")  # int() refuses thousands of digits


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with the file; ``line`` is the file's line (header = 1)."""

    line: int
    column: str
    message: str

    def __str__(self) -> str:
        where = f"line {self.line}" + (f", column {self.column}" if self.column else "")
        return f"{where}: {self.message}"


@dataclass
class ImportRow:
    """One participant of the file, cleaned; ``values`` holds only the file's columns."""

    line: int
    values: dict[str, Any]
    email: str | None
    existing_id: int | None = None
    manager_email: str | None = None
    topics: list[str] | None = None  # None: the file does not say, keep them
    status: str = "new"  # new, updated, unchanged


@dataclass
class ImportPreview:
    """What an import would do; ``problems`` must be empty (and topics agreed) to apply."""

    rows: list[ImportRow] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    columns: tuple[str, ...] = ()
    # Topic names the database does not know -> where they appear (line, column).
    unknown_topics: dict[str, list[tuple[int, str]]] = field(default_factory=dict)

    def count(self, status: str) -> int:
        return sum(1 for row in self.rows if row.status == status)

    @property
    def new(self) -> int:
        return self.count("new")

    @property
    def updated(self) -> int:
        return self.count("updated")

    @property
    def unchanged(self) -> int:
        return self.count("unchanged")

    def blocking_problems(self, *, create_topics: bool) -> list[Problem]:
        """Every problem, plus the unknown topics unless the coordinator agreed to create them."""
        found = list(self.problems)
        if not create_topics:
            for name, places in self.unknown_topics.items():
                found.extend(
                    Problem(line, column, f"unknown topic “{name}” (create it, or fix the name)")
                    for line, column in places
                )
        return sorted(found)

    def summary(self) -> str:
        return f"{self.new} new, {self.updated} updated, {self.unchanged} unchanged"


@dataclass(frozen=True)
class ImportResult:
    created: int
    updated: int
    unchanged: int
    topics_created: tuple[str, ...]
    backup: Path | None


# -- reading the file -----------------------------------------------------------------
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


# -- what is in the database ----------------------------------------------------------
@dataclass
class _Known:
    by_email: dict[str, int]
    # People without an email, by casefolded name: a row without email matches them.
    nameless: dict[str, list[int]]
    rows: dict[int, dict[str, Any]]
    managers: dict[int, int | None]
    topics: dict[int, list[str]]
    with_history: set[int]
    topic_names: dict[str, str]  # casefolded -> stored name


def _known() -> _Known:
    from rmdesk.store.models import Pair, Participant, ParticipantTopic, Topic
    from rmdesk.store.rows import raw_rows

    p = Participant
    query = p.select(
        p.id, p.full_name, p.email, p.role, p.job_title, p.department, p.level, p.manager,
        p.location, p.work_mode, p.capacity, p.notes,
    )  # fmt: skip
    rows: dict[int, dict[str, Any]] = {}
    by_email: dict[str, int] = {}
    nameless: dict[str, list[int]] = {}
    managers: dict[int, int | None] = {}
    keys = ("full_name", "email", "role", "job_title", "department", "level")
    for pid, *values, manager, location, mode, capacity, notes in raw_rows(query):
        record = dict(zip(keys, values, strict=True))
        record.update(location=location, work_mode=mode, capacity=capacity, notes=notes)
        rows[pid] = record
        managers[pid] = manager
        if values[1]:
            by_email[values[1].lower()] = pid
        else:
            nameless.setdefault(values[0].strip().casefold(), []).append(pid)
    names = dict(raw_rows(Topic.select(Topic.id, Topic.name)).fetchall())
    topics: dict[int, list[str]] = {}
    pt = ParticipantTopic
    for pid, topic_id in raw_rows(
        pt.select(pt.participant, pt.topic).order_by(pt.participant, pt.priority)
    ):
        topics.setdefault(pid, []).append(names[topic_id])
    history = {pid for pair in raw_rows(Pair.select(Pair.mentor, Pair.mentee)) for pid in pair}
    folded = {name.casefold(): name for name in names.values()}
    return _Known(by_email, nameless, rows, managers, topics, history, folded)


# -- checking rows --------------------------------------------------------------------
def _field_problems(data: ParticipantData) -> dict[str, str]:
    """The domain's field rules (name, role, level, work mode, capacity), same words.

    Only the per-row rules: email, manager and topics are checked in bulk here.
    """
    from rmdesk.programme.participants import field_errors

    return field_errors(data)


def _whole_number(text: str) -> int | None:
    """``text`` as a whole number written in ASCII digits, else None.

    ``str.isdigit`` is no test: it accepts “²”, which ``int`` refuses.  The domain's
    field rules then say whether the number is in range (before it reaches SQLite,
    whose integers stop at 64 bits).
    """
    return int(text) if _NUMBER.fullmatch(text) else None


def _level(text: str) -> int | str:
    """A level number, or its name (“Manager”); text for a message otherwise."""
    number = _whole_number(text)
    if number is not None:
        return number
    return _LEVELS_BY_NAME.get(text.casefold(), text)


def _parse_row(
    line: int,
    header: list[str],
    fields: list[str],
    known: _Known,
    problems: list[Problem],
    semicolons: bool = False,
) -> ImportRow | None:
    if len(fields) != len(header):
        text = f"has {len(fields)} fields; the header has {len(header)}"
        if semicolons and len(fields) > len(header) and {"offers", "wants"} & set(header):
            # The usual cause in a semicolon-separated file: a topic list not in quotes.
            text += " (a list of topics separated by “;” must be in quotes)"
        problems.append(Problem(line, "", text))
        return None
    cells: dict[str, str] = {}
    for name, raw in zip(header, fields, strict=True):
        value = restore(raw).strip()
        if not name:
            if value:
                problems.append(Problem(line, "", f"a value (“{value[:40]}”) under no column"))
            continue
        if "\x00" in value:
            problems.append(Problem(line, name, "contains a NUL character"))
        cells[name] = value
    if not any(cells.values()):
        return None  # a blank row (spreadsheets leave them): nothing to import
    raw_email = cells.get("email", "")
    email = normalise_email(raw_email)
    existing = known.by_email.get(email) if email else None
    if email is None:
        same_name = known.nameless.get(cells["full_name"].casefold(), [])
        if len(same_name) == 1:
            existing = same_name[0]
        elif same_name:
            problems.append(
                Problem(
                    line,
                    "email",
                    f"{len(same_name)} people named “{cells['full_name']}” have no email in "
                    "rmdesk: give this row an email to say who it is",
                )
            )
    if bad_email := email_problem(raw_email):
        problems.append(Problem(line, "email", bad_email))
    level = _level(cells.get("level", ""))
    if cells["level"] and not isinstance(level, int):
        problems.append(Problem(line, "level", f"“{level}” is not a level (1-6 or its name)."))
    capacity: int | None = None
    if cells.get("capacity"):
        capacity = _whole_number(cells["capacity"])
        if capacity is None:
            problems.append(Problem(line, "capacity", f"“{cells['capacity']}” is not a number."))
    current = known.rows.get(existing) if existing is not None else None
    role = cells["role"].lower()
    work_mode = cells.get("work_mode", "").lower() or (current or {}).get("work_mode", "hybrid")
    data = ParticipantData(
        full_name=cells["full_name"],
        role=role,
        level=level if isinstance(level, int) else 1,
        work_mode=work_mode,
        capacity=capacity or (current or {}).get("capacity", 1),
    )
    for name, message in _field_problems(data).items():
        problems.append(Problem(line, name, message))
    if not cells["level"]:
        problems.append(Problem(line, "level", "Level is required."))
    if current is not None and current["role"] != role and existing in known.with_history:
        problems.append(
            Problem(
                line,
                "role",
                f"{current['full_name']} already has pairs as a {current['role']}: "
                "the role cannot change.",
            )
        )
    values: dict[str, Any] = {"full_name": cells["full_name"], "role": role, "level": level}
    values["email"] = email
    for name in ("job_title", "department", "location", "notes"):
        if name in cells:
            values[name] = cells[name]
    values["work_mode"] = work_mode
    values["capacity"] = data.capacity
    row = ImportRow(line, values, email, existing)
    if "manager_email" in cells:
        row.manager_email = normalise_email(cells["manager_email"]) or ""
    if role in ("mentor", "mentee"):
        row.topics = _row_topics(line, role, cells, problems)
    return row


def _row_topics(
    line: int, role: str, cells: dict[str, str], problems: list[Problem]
) -> list[str] | None:
    own, other = ("offers", "wants") if role == "mentor" else ("wants", "offers")
    if cells.get(other):
        problems.append(Problem(line, other, f"a {role} has topics in “{own}”, not in “{other}”"))
    if own not in cells:
        return None
    names = (name.strip() for name in cells[own].split(TOPIC_SEPARATOR))
    return list(dict.fromkeys(name for name in names if name))


_Key = int | tuple[str, int]  # a participant in the database, or a new row (by line)


def _check_managers(rows: list[ImportRow], known: _Known, problems: list[Problem]) -> None:
    """Managers must exist (in the file or the database) and reporting lines never loop."""
    key_of: dict[int, _Key] = {}
    file_keys: dict[str, _Key] = {}
    for row in rows:
        key: _Key = row.existing_id if row.existing_id is not None else ("line", row.line)
        key_of[row.line] = key
        if row.email:
            file_keys[row.email] = key
    manager_of: dict[_Key, _Key | None] = {pid: m for pid, m in known.managers.items()}
    for row in rows:
        if row.manager_email is None:
            continue
        if not row.manager_email:
            manager_of[key_of[row.line]] = None
            continue
        target = file_keys.get(row.manager_email, known.by_email.get(row.manager_email))
        if target is None:
            problems.append(
                Problem(
                    row.line,
                    "manager_email",
                    f"manager {row.manager_email} is neither in the file nor in rmdesk",
                )
            )
            manager_of[key_of[row.line]] = None
        elif target == key_of[row.line]:
            problems.append(Problem(row.line, "manager_email", "Nobody can be their own manager."))
            manager_of[key_of[row.line]] = None
        else:
            manager_of[key_of[row.line]] = target
    for row in rows:
        if not row.manager_email:
            continue
        start = key_of[row.line]
        seen = {start}
        current = manager_of.get(start)
        while current is not None and current not in seen:
            seen.add(current)
            current = manager_of.get(current)
        if current == start:
            problems.append(
                Problem(row.line, "manager_email", "reporting lines would loop through this person")
            )


def _mark_status(row: ImportRow, known: _Known) -> None:
    if row.existing_id is None:
        row.status = "new"
        return
    current = known.rows[row.existing_id]
    same = all(current.get(name) == value for name, value in row.values.items())
    if row.manager_email is not None:
        manager = known.managers.get(row.existing_id)
        manager_email = (known.rows[manager]["email"] or "").lower() if manager else ""
        same = same and manager_email == row.manager_email
    if row.topics is not None:
        same = same and known.topics.get(row.existing_id, []) == row.topics
    row.status = "unchanged" if same else "updated"


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


def _fill(preview: ImportPreview, data: bytes, progress: ProgressFn | None) -> None:
    problems = preview.problems
    text, clean, fatal = _decode(data)
    if fatal is not None or text is None:
        problems.append(fatal or Problem(1, "", "unreadable"))
        return
    records = _records(text, problems)
    if not records:
        if not problems:
            problems.append(Problem(1, "", "the file is empty"))
        return
    header = _header(records[0][1], problems)
    if header is None:
        return
    preview.columns = tuple(name for name in header if name)
    semicolons = _delimiter(text) == ";"
    known = _known()
    seen_emails: dict[str, int] = {}
    seen_people: dict[int, int] = {}
    total = len(records) - 1
    for done, (line, fields) in enumerate(records[1:], start=1):
        if progress is not None and done % 500 == 0:
            progress(done, total)
        if not clean:
            bad = [n or "?" for n, value in zip(header, fields, strict=False) if _not_utf8(value)]
            if bad or any(_not_utf8(value) for value in fields):
                for name in bad or [""]:
                    problems.append(
                        Problem(line, name, "not UTF-8 text; save the file as “CSV UTF-8”")
                    )
                continue
        row = _parse_row(line, header, fields, known, problems, semicolons)
        if row is None:
            continue
        if row.email:
            if row.email in seen_emails:
                problems.append(
                    Problem(line, "email", f"{row.email} is also on line {seen_emails[row.email]}")
                )
            else:
                seen_emails[row.email] = line
        elif row.existing_id is not None:  # matched by name: once only
            if row.existing_id in seen_people:
                name = row.values["full_name"]
                first = seen_people[row.existing_id]
                problems.append(Problem(line, "full_name", f"{name} is also on line {first}"))
            else:
                seen_people[row.existing_id] = line
        preview.rows.append(row)
    if not preview.rows and not problems:
        problems.append(Problem(1, "", "the file has a header but no participants"))
    _check_managers(preview.rows, known, problems)
    new_spelling: dict[str, str] = {}
    for row in preview.rows:
        if row.topics is None:
            continue
        column = "offers" if row.values["role"] == "mentor" else "wants"
        resolved = []
        for name in row.topics:
            stored = known.topic_names.get(name.casefold())
            if stored is None:
                # The first spelling in the file names a new topic ("AI" and "ai" are one).
                stored = new_spelling.setdefault(name.casefold(), name)
                preview.unknown_topics.setdefault(stored, []).append((row.line, column))
            resolved.append(stored)
        row.topics = list(dict.fromkeys(resolved))
        _mark_status(row, known)
    for row in preview.rows:
        if row.topics is None:
            _mark_status(row, known)


# -- writing ----------------------------------------------------------------------------
def _database_file() -> Path | None:
    from rmdesk.store.models import database_proxy

    name = str(database_proxy.obj.database)
    return None if name in ("", ":memory:") else Path(name)


def apply_import(
    preview: ImportPreview,
    *,
    create_topics: bool = False,
    progress: ProgressFn | None = None,
    backup: bool = True,
) -> ImportResult:
    """Write a problem-free preview in one transaction, after a backup (reason
    "before-import").  Raises ExchangeError (nothing written) on any problem."""
    import sqlite3

    import peewee

    from rmdesk.store.backups import make_backup
    from rmdesk.store.models import database_proxy

    problems = preview.blocking_problems(create_topics=create_topics)
    if problems:
        raise ExchangeError(
            f"Nothing was imported: the file has {len(problems)} problem(s), the first on "
            f"{problems[0]}."
        )
    database = _database_file()
    made = None
    if backup and database is not None:
        made = make_backup(database, reason="before-import").path
    writes = [row for row in preview.rows if row.status != "unchanged"]
    try:
        with database_proxy.atomic():
            new_topics = _write_topics_table(preview, create_topics)
            _write_rows(writes, preview, progress)
    except (sqlite3.DatabaseError, peewee.DatabaseError) as error:
        raise ExchangeError(
            f"Nothing was imported: {failure_reason(error)}. The database is as it was before."
        ) from error
    return ImportResult(
        created=preview.new,
        updated=preview.updated,
        unchanged=preview.unchanged,
        topics_created=new_topics,
        backup=made,
    )


def _write_topics_table(preview: ImportPreview, create_topics: bool) -> tuple[str, ...]:
    from rmdesk.store.models import Topic

    names = tuple(preview.unknown_topics) if create_topics else ()
    if names:
        Topic.insert_many([{"name": name} for name in names]).execute()
    return names


def _write_rows(rows: list[ImportRow], preview: ImportPreview, progress: ProgressFn | None) -> None:
    from rmdesk.store.models import Participant, Topic, database_proxy

    connection = database_proxy.connection()
    now = str(dt.datetime.now().replace(microsecond=0))
    fields = [name for name in ("full_name", "email", "role", "job_title", "department",
              "level", "location", "work_mode", "capacity", "notes") if name in rows[0].values
              ] if rows else []  # fmt: skip
    next_id = (Participant.select(Participant.id).order_by(Participant.id.desc()).scalar() or 0) + 1
    ids: dict[int, int] = {}
    defaults = {"job_title": "", "department": "", "location": "", "notes": ""}
    insert_columns = [*fields, *(name for name in defaults if name not in fields)]
    insert_sql = (
        f"INSERT INTO participant (id, {', '.join(insert_columns)}, availability, archived, "
        f"created_at, updated_at) VALUES ({', '.join('?' * (len(insert_columns) + 5))})"
    )
    update_sql = (
        f"UPDATE participant SET {', '.join(f'{name} = ?' for name in fields)}, updated_at = ? "
        "WHERE id = ?"
    )
    total = len(rows)
    for start in range(0, total, _CHUNK):
        chunk = rows[start : start + _CHUNK]
        inserts, updates = [], []
        for row in chunk:
            if row.existing_id is None:
                ids[row.line] = next_id
                values = [row.values.get(name, defaults.get(name)) for name in insert_columns]
                inserts.append((next_id, *values, "", 0, now, now))
                next_id += 1
            else:
                ids[row.line] = row.existing_id
                updates.append((*(row.values[name] for name in fields), now, row.existing_id))
        connection.executemany(insert_sql, inserts)
        connection.executemany(update_sql, updates)
        if progress is not None:
            progress(start + len(chunk), total)
    by_email = {
        email.lower(): pid
        for pid, email in Participant.select(Participant.id, Participant.email).tuples()
        if email
    }
    by_email.update({row.email: ids[row.line] for row in rows if row.email})
    managers = []
    for row in rows:
        if row.manager_email is not None:
            manager = None
            if row.manager_email:
                manager = by_email[row.manager_email]
            managers.append((manager, ids[row.line]))
    connection.executemany("UPDATE participant SET manager_id = ? WHERE id = ?", managers)
    topic_ids = {name: tid for tid, name in Topic.select(Topic.id, Topic.name).tuples()}
    with_topics = [row for row in rows if row.topics is not None]
    connection.executemany(
        "DELETE FROM participant_topic WHERE participant_id = ?",
        [(ids[row.line],) for row in with_topics],
    )
    connection.executemany(
        "INSERT INTO participant_topic (participant_id, topic_id, kind, priority) "
        "VALUES (?, ?, ?, ?)",
        [
            (
                ids[row.line],
                topic_ids[name],
                "offers" if row.values["role"] == "mentor" else "wants",
                rank,
            )
            for row in with_topics
            for rank, name in enumerate(row.topics or (), start=1)
        ],
    )
