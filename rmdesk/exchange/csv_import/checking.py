"""Checking the rows: each one against the domain's rules and what the database holds.

The per-row rules are the domain's (``programme.participants.field_errors``, the
same email check), in the same words; only what needs the whole file (duplicates,
managers named in the file, reporting-line loops, topics by name) is checked
here, in bulk.  Each row is marked new, updated or unchanged.

A row is the person already stored with its employee ID, else with its e-mail, else
(no e-mail) the one person of that name without an e-mail.  A manager is named by
e-mail, employee ID or a full name only one person has, in the file or in rmdesk.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from rmdesk.exchange.csv_format import TOPIC_SEPARATOR
from rmdesk.exchange.csv_import.columns import (
    ColumnPlan,
    grade_number,
    level_of_name,
    role_value,
    weekday_code,
    work_mode_value,
)
from rmdesk.exchange.csv_import.reading import rows_as_cells
from rmdesk.exchange.csv_import.records import ImportPreview, ImportRow, Problem, ProgressFn
from rmdesk.exchange.tabular import Table
from rmdesk.programme.messages import QT_TRANSLATE_NOOP, Message
from rmdesk.programme.names import joined_name
from rmdesk.programme.records import WEEKDAYS, ParticipantData
from rmdesk.programme.reporting_lines import SELF_MANAGER, managers_in_loops
from rmdesk.programme.validation import normalise_email

_NUMBER = re.compile(r"[0-9]{1,100}")  # int() refuses thousands of digits
_DAYS = {day.casefold(): day for day in WEEKDAYS}
_DAY_WORDS = re.compile(r"[\s,;/+&]+")


def _also_on(value: str, unit: str, first: int) -> Message:
    """“… is also on line 2” (a CSV) or “… on row 2” (a worksheet)."""
    if unit == "row":
        return Message(QT_TRANSLATE_NOOP("Domain", "{value} is also on row {first}"),
                       value=value, first=first)  # fmt: skip
    return Message(QT_TRANSLATE_NOOP("Domain", "{value} is also on line {first}"),
                   value=value, first=first)  # fmt: skip


def _not_a_level(text: str) -> Message:
    return Message(QT_TRANSLATE_NOOP("Domain", "“{text}” is not a level (1-6 or its name)."),
                   text=text)  # fmt: skip


def _lost_characters(text: str) -> Message | None:
    """Why ``text`` is characters a save lost, else None: “???” (王秀英 saved as
    Windows-1252) or U+FFFD (bytes that were no text) never name anyone."""
    if "\ufffd" in text or ("?" in text and not any(char.isalnum() for char in text)):
        return Message(
            QT_TRANSLATE_NOOP(
                "Domain",
                "“{text}”: the file lost characters when it was saved; save it as “CSV UTF-8” "
                "and import it again",
            ),
            text=text[:40],
        )
    return None


def _name_key(name: str) -> str:
    return " ".join(name.split()).casefold()


# -- what is in the database ----------------------------------------------------------
@dataclass
class _Known:
    by_email: dict[str, int]
    by_employee: dict[str, int]
    by_name: dict[str, list[int]]  # everyone, by folded full name (managers named so)
    # People without an email, by casefolded name: a row without email matches them.
    nameless: dict[str, list[int]]
    rows: dict[int, dict[str, Any]]
    managers: dict[int, int | None]
    topics: dict[int, list[str]]
    with_history: set[int]
    topic_names: dict[str, str]  # casefolded -> stored name


_STORED = (
    "full_name", "email", "role", "job_title", "department", "level", "location", "work_mode",
    "capacity", "notes", "availability", "employee_id",
)  # fmt: skip


def _known() -> _Known:
    from rmdesk.store.models import Pair, Participant, ParticipantTopic, Topic
    from rmdesk.store.rows import raw_rows

    p = Participant
    query = p.select(p.id, p.manager, *(getattr(p, name) for name in _STORED))
    known = _Known({}, {}, {}, {}, {}, {}, {}, set(), {})
    for pid, manager, *values in raw_rows(query):
        record = dict(zip(_STORED, values, strict=True))
        known.rows[pid] = record
        known.managers[pid] = manager
        name, email, employee = record["full_name"], record["email"], record["employee_id"]
        known.by_name.setdefault(_name_key(name), []).append(pid)
        if employee:
            known.by_employee[employee] = pid
        if email:
            known.by_email[email.lower()] = pid
        else:
            known.nameless.setdefault(name.strip().casefold(), []).append(pid)
    names = dict(raw_rows(Topic.select(Topic.id, Topic.name)).fetchall())
    pt = ParticipantTopic
    for pid, topic_id in raw_rows(
        pt.select(pt.participant, pt.topic).order_by(pt.participant, pt.priority)
    ):
        known.topics.setdefault(pid, []).append(names[topic_id])
    known.with_history = {
        pid for pair in raw_rows(Pair.select(Pair.mentor, Pair.mentee)) for pid in pair
    }
    known.topic_names = {name.casefold(): name for name in names.values()}
    return known


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
    """A level number (“4”, “Band 4”, “G4”), or its name in any language (“Manager”,
    “Führungskraft”); text otherwise."""
    number = _whole_number(grade_number(text))
    if number is None:
        number = level_of_name(text)
    return text if number is None else number


def _availability(text: str) -> tuple[str, str | None]:
    """(stored weekdays “Mon,Wed”, or the first word that is not a weekday): “Mon”,
    “Monday” (any word starting so), or a day's name in German or French (“Mo.”, “lundi”)."""
    days: set[str] = set()
    for word in _DAY_WORDS.split(text.strip()):
        if not word:
            continue
        day = _DAYS.get(word[:3].casefold())
        if day is None or not (len(word) == 3 or word.casefold().startswith(day.casefold())):
            day = weekday_code(word)
        if day is None:
            return "", word
        days.add(day)
    return ",".join(day for day in WEEKDAYS if day in days), None


def _identify(
    line: int, cells: dict[str, str], known: _Known, problems: list[Problem], unit: str
) -> tuple[int | None, str | None, str | None]:
    """(stored participant the row is, normalised e-mail, employee ID)."""
    from rmdesk.programme.participants import employee_id_taken, normalise_employee_id

    email = normalise_email(cells.get("email", ""))
    employee = normalise_employee_id(cells.get("employee_id"))
    by_employee = known.by_employee.get(employee) if employee else None
    by_email = known.by_email.get(email) if email else None
    if employee and by_employee is not None and by_email not in (None, by_employee):
        # The row is someone (by e-mail) whose employee ID would be another's: the
        # form's uniqueness rule, in its words.
        holder = known.rows[by_employee]["full_name"]
        problems.append(Problem(line, "employee_id", employee_id_taken(employee, holder), unit))
    existing = by_employee if by_employee is not None else by_email
    if existing is None and email is None:
        name = cells["full_name"]
        same_name = known.nameless.get(name.casefold(), [])
        if len(same_name) == 1:
            existing = same_name[0]
        elif same_name:
            problems.append(
                Problem(
                    line, "email",
                    Message(
                        QT_TRANSLATE_NOOP(
                            "Domain", "{count} people named “{name}” have no email in rmdesk: "
                            "give this row an email or employee ID to say who it is",
                        ),
                        count=len(same_name), name=name,
                    ),
                    unit,
                )
            )  # fmt: skip
    return existing, email, employee


def _parse_row(
    line: int, cells: dict[str, str], known: _Known, problems: list[Problem], unit: str
) -> ImportRow | None:
    if not any(cells.values()):
        return None  # a blank row (spreadsheets leave them): nothing to import
    for name, value in cells.items():
        lost = _lost_characters(value)
        if lost is not None:
            problems.append(Problem(line, name, lost, unit))
    if not cells.get("full_name"):
        cells["full_name"] = joined_name(cells.get("first_name", ""), cells.get("last_name", ""))
    raw_email = cells.get("email", "")
    existing, email, employee = _identify(line, cells, known, problems, unit)
    level = _level(cells["level"])
    if cells["level"] and not isinstance(level, int):
        problems.append(Problem(line, "level", _not_a_level(level), unit))
    capacity: int | None = None
    if cells.get("capacity"):
        capacity = _whole_number(cells["capacity"])
        if capacity is None:
            problems.append(
                Problem(
                    line,
                    "capacity",
                    Message(
                        QT_TRANSLATE_NOOP("Domain", "“{text}” is not a number."),
                        text=cells["capacity"],
                    ),
                    unit,
                )
            )
    current = known.rows.get(existing) if existing is not None else None
    role = role_value(cells["role"])
    work_mode = work_mode_value(cells.get("work_mode", "")) or (current or {}).get(
        "work_mode", "hybrid"
    )
    data = ParticipantData(
        full_name=cells["full_name"],
        role=role,
        level=level if isinstance(level, int) else 1,
        work_mode=work_mode,
        capacity=capacity or (current or {}).get("capacity", 1),
        email=raw_email,
    )
    for name, message in _field_problems(data).items():
        problems.append(Problem(line, name, message, unit))
    if not cells["level"]:
        problems.append(
            Problem(line, "level", Message(QT_TRANSLATE_NOOP("Domain", "Level is required.")), unit)
        )
    if current is not None:
        from rmdesk.programme.participants import role_change_problem

        has_history = existing in known.with_history
        change = role_change_problem(current["full_name"], current["role"], role, has_history)
        if change is not None:
            problems.append(Problem(line, "role", change, unit))
    values: dict[str, Any] = {"full_name": cells["full_name"], "role": role, "level": level}
    if "email" in cells:
        values["email"] = email
    if "employee_id" in cells:
        values["employee_id"] = employee
    for name in ("job_title", "department", "location", "notes"):
        if name in cells:
            values[name] = cells[name]
    if "availability" in cells:
        days, wrong = _availability(cells["availability"])
        if wrong is not None:
            problems.append(
                Problem(
                    line,
                    "availability",
                    Message(
                        QT_TRANSLATE_NOOP("Domain", "“{word}” is not a weekday (Mon to Fri)"),
                        word=wrong,
                    ),
                    unit,
                )
            )
        values["availability"] = days
    values["work_mode"] = work_mode
    values["capacity"] = data.capacity
    row = ImportRow(line, values, email, existing)
    if "manager" in cells:
        row.manager_text = cells["manager"]
    if role in ("mentor", "mentee"):
        row.topics = _row_topics(line, role, cells, problems, unit)
    return row


def _row_topics(
    line: int, role: str, cells: dict[str, str], problems: list[Problem], unit: str
) -> list[str] | None:
    from rmdesk.programme.participants import topic_kind

    own = topic_kind(role)
    other = "wants" if own == "offers" else "offers"
    if cells.get(other):
        problems.append(
            Problem(
                line,
                other,
                Message(
                    QT_TRANSLATE_NOOP("Domain", "a {role} has topics in “{own}”, not in “{other}”"),
                    role=role,
                    own=own,
                    other=other,
                ),
                unit,
            )
        )
    if own not in cells:
        return None
    names = (name.strip() for name in cells[own].split(TOPIC_SEPARATOR))
    return list(dict.fromkeys(name for name in names if name))


_Key = int | tuple[str, int]  # a participant in the database, or a new row (by line)


def _check_managers(
    rows: list[ImportRow], known: _Known, problems: list[Problem], unit: str
) -> None:
    """Managers must be one person (in the file or the database), never the row itself,
    and reporting lines never loop."""
    key_of: dict[int, _Key] = {}
    by_email: dict[str, _Key] = {}
    by_employee: dict[str, _Key] = {}
    by_name: dict[str, set[_Key]] = {}
    for row in rows:
        key: _Key = row.existing_id if row.existing_id is not None else ("line", row.line)
        key_of[row.line] = key
        if row.email:
            by_email[row.email] = key
        if row.values.get("employee_id"):
            by_employee[row.values["employee_id"]] = key
        by_name.setdefault(_name_key(row.values["full_name"]), set()).add(key)
    in_file = set(key_of.values())
    for name, ids in known.by_name.items():  # stored people the file does not rename
        by_name.setdefault(name, set()).update(pid for pid in ids if pid not in in_file)

    def named(text: str) -> tuple[_Key | None, str | None]:
        if "@" in text:
            email = normalise_email(text) or ""
            found = by_email.get(email, known.by_email.get(email))
            return (
                found,
                None
                if found is not None
                else Message(
                    QT_TRANSLATE_NOOP(
                        "Domain", "manager {email} is neither in the file nor in rmdesk"
                    ),
                    email=email,
                ),
            )
        found = by_employee.get(text, known.by_employee.get(text))
        if found is not None:
            return found, None
        spellings = [text]
        if "," in text:  # “Surname, Given name”
            last, _, first = text.partition(",")
            spellings.append(f"{first} {last}")
        for spelling in spellings:
            people = by_name.get(_name_key(spelling), set())
            if len(people) == 1:
                return next(iter(people)), None
            if people:
                return None, (
                    Message(
                        QT_TRANSLATE_NOOP(
                            "Domain",
                            "{count} people are named “{name}”: name the manager by "
                            "e-mail or employee ID",
                        ),
                        count=len(people),
                        name=text,
                    )
                )
        return None, Message(
            QT_TRANSLATE_NOOP("Domain", "manager “{name}” is neither in the file nor in rmdesk"),
            name=text,
        )

    manager_of: dict[_Key, _Key | None] = {pid: m for pid, m in known.managers.items()}
    for row in rows:
        if row.manager_text is None:
            continue
        me = key_of[row.line]
        target, problem = named(row.manager_text) if row.manager_text else (None, None)
        if problem is not None:
            problems.append(Problem(row.line, "manager", problem, unit))
        elif target == me:
            problems.append(Problem(row.line, "manager", SELF_MANAGER, unit))
            target = None
        row.manager_target = target
        manager_of[me] = target
    looped = managers_in_loops(manager_of)
    for row in rows:
        if row.manager_target is not None and key_of[row.line] in looped:
            problems.append(
                Problem(
                    row.line,
                    "manager",
                    Message(
                        QT_TRANSLATE_NOOP(
                            "Domain", "reporting lines would loop through this person"
                        )
                    ),
                    unit,
                )
            )


def _mark_status(row: ImportRow, known: _Known) -> None:
    if row.existing_id is None:
        row.status = "new"
        return
    current = known.rows[row.existing_id]
    same = all(current.get(name) == value for name, value in row.values.items())
    if row.manager_text is not None:
        same = same and known.managers.get(row.existing_id) == row.manager_target
    if row.topics is not None:
        same = same and known.topics.get(row.existing_id, []) == row.topics
    row.status = "unchanged" if same else "updated"


# -- the whole file -------------------------------------------------------------------
def _fill(
    preview: ImportPreview, table: Table, plan: ColumnPlan, progress: ProgressFn | None
) -> None:
    from rmdesk.programme.participants import topic_kind

    problems = preview.problems
    unit = preview.unit = table.unit
    preview.columns = tuple(name for name in plan.fields if name is not None)
    preview.ignored = tuple(plan.ignored)
    if not table.rows:
        line, text = table.stopped or (1, Message(QT_TRANSLATE_NOOP("Domain", "the file is empty")))
        problems.append(Problem(line, "", text))
        return
    if plan.problems:
        preview.columns_refused = True
        line = table.rows[table.header_index][0]
        problems.extend(Problem(line, "", text, unit) for text in plan.problems)
        return
    if table.stopped is not None:
        problems.append(Problem(table.stopped[0], "", table.stopped[1], unit))
    known = _known()
    seen_emails: dict[str, int] = {}
    seen_employees: dict[str, int] = {}
    seen_people: dict[int, int] = {}
    total = len(table.body)
    for done, (line, cells) in enumerate(rows_as_cells(table, plan, problems), start=1):
        if progress is not None and done % 500 == 0:
            progress(done, total)
        row = _parse_row(line, cells, known, problems, unit)
        if row is None:
            continue
        twice = False
        for value, seen, column in (
            (row.email, seen_emails, "email"),
            (row.values.get("employee_id"), seen_employees, "employee_id"),
        ):
            if value and value in seen:
                problems.append(Problem(line, column, _also_on(value, unit, seen[value]), unit))
                twice = True
            elif value:
                seen[value] = line
        if row.existing_id is not None:
            if row.existing_id in seen_people and not twice:
                name = row.values["full_name"]
                first = seen_people[row.existing_id]
                problems.append(Problem(line, "full_name", _also_on(name, unit, first), unit))
            seen_people.setdefault(row.existing_id, line)
        preview.rows.append(row)
    if not preview.rows and not problems:
        problems.append(
            Problem(
                1,
                "",
                Message(QT_TRANSLATE_NOOP("Domain", "the file has a header but no participants")),
                unit,
            )
        )
    _check_managers(preview.rows, known, problems, unit)
    new_spelling: dict[str, str] = {}
    for row in preview.rows:
        if row.topics is None:
            continue
        column = plan.header_of(topic_kind(row.values["role"])) or ""
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
    _name_columns(preview, plan)


def _name_columns(preview: ImportPreview, plan: ColumnPlan) -> None:
    """Problems name the column as the file does (“E-mail”, not email)."""
    headers = {name: plan.header_of(name) for name in plan.fields if name is not None}
    if "full_name" not in headers:
        headers["full_name"] = plan.header_of("first_name") or plan.header_of("last_name")
    preview.problems[:] = [
        replace(problem, column=headers.get(problem.column) or problem.column)
        for problem in preview.problems
    ]
