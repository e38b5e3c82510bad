"""Checking the rows: each one against the domain's rules and what the database holds.

The per-row rules are the domain's (``programme.participants.field_errors``, the
same email check), in the same words; only what needs the whole file (duplicates,
managers named in the file, reporting-line loops, topics by name) is checked
here, in bulk.  Each row is marked new, updated or unchanged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from rmdesk.exchange.csv_format import TOPIC_SEPARATOR, restore
from rmdesk.exchange.csv_import.reading import _decode, _delimiter, _header, _not_utf8, _records
from rmdesk.exchange.csv_import.records import ImportPreview, ImportRow, Problem, ProgressFn
from rmdesk.programme.records import LEVEL_NAMES, ParticipantData
from rmdesk.programme.reporting_lines import SELF_MANAGER, managers_in_loops
from rmdesk.programme.validation import normalise_email

_LEVELS_BY_NAME = {name.casefold(): level for level, name in LEVEL_NAMES.items()}
_NUMBER = re.compile(r"[0-9]{1,100}")  # int() refuses thousands of digits


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
    """The domain's field rules (name, role, level, work mode, capacity, email), same words.

    Only the per-row rules: email clashes, managers and topics are checked in bulk here.
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
        email=raw_email,
    )
    for name, message in _field_problems(data).items():
        problems.append(Problem(line, name, message))
    if not cells["level"]:
        problems.append(Problem(line, "level", "Level is required."))
    if current is not None:
        from rmdesk.programme.participants import role_change_problem

        has_history = existing in known.with_history
        change = role_change_problem(current["full_name"], current["role"], role, has_history)
        if change is not None:
            problems.append(Problem(line, "role", change))
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
    from rmdesk.programme.participants import topic_kind

    own = topic_kind(role)
    other = "wants" if own == "offers" else "offers"
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
            problems.append(Problem(row.line, "manager_email", SELF_MANAGER))
            manager_of[key_of[row.line]] = None
        else:
            manager_of[key_of[row.line]] = target
    looped = managers_in_loops(manager_of)
    for row in rows:
        if row.manager_email and key_of[row.line] in looped:
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


# -- the whole file -------------------------------------------------------------------
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
    from rmdesk.programme.participants import topic_kind

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
        column = topic_kind(row.values["role"])
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
