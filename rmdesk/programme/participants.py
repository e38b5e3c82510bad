"""Participants: listing, validated create/update, archive-or-delete with undo.

Plain Python over the store; the Participants tab, the command line and the
importer all go through these functions, so the rules hold everywhere.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Protocol

from peewee import IntegrityError, fn

from rmdesk.programme import code_words
from rmdesk.programme.messages import QT_TRANSLATE_NOOP, Message, word
from rmdesk.programme.records import (
    WEEKDAYS,
    ManagerRef,
    OpenPairOf,
    ParticipantData,
    ParticipantRow,
    Removal,
)
from rmdesk.programme.reporting_lines import (
    everyone_below,
    read_managers,
    reporting_line_problems,
    walk_up,
)
from rmdesk.programme.validation import (
    RuleError,
    ValidationError,
    email_problem,
    normalise_email,
)
from rmdesk.store.errors import WriteFailed, failure_reason
from rmdesk.store.models import (
    CAPACITY_MAX,
    CAPACITY_MIN,
    LEVEL_MAX,
    LEVEL_MIN,
    ROLES,
    WORK_MODES,
    Cycle,
    Pair,
    Participant,
    ParticipantTopic,
    Topic,
    database_proxy,
)
from rmdesk.store.rows import raw_rows

OPEN_PAIR_STATUSES = ("proposed", "active")


def topic_names() -> list[str]:
    return [name for (name,) in Topic.select(Topic.name).order_by(Topic.name).tuples()]


def topic_choices() -> list[tuple[int, str]]:
    """(id, name) of every topic by name: for pickers that store the id (goals, templates)."""
    query = Topic.select(Topic.id, Topic.name).order_by(Topic.name)
    return [(int(tid), str(name)) for tid, name in raw_rows(query).fetchall()]


def _topics_by_participant() -> dict[int, list[str]]:
    """Topic names per participant in priority order (ids joined in Python: faster)."""
    names = dict(raw_rows(Topic.select(Topic.id, Topic.name)).fetchall())
    query = ParticipantTopic.select(ParticipantTopic.participant, ParticipantTopic.topic).order_by(
        ParticipantTopic.participant, ParticipantTopic.priority
    )
    topics: dict[int, list[str]] = defaultdict(list)
    for participant_id, topic_id in raw_rows(query).fetchall():
        topics[participant_id].append(names[topic_id])
    return topics


def _active_partners() -> dict[int, list[str]]:
    """Partner names of every participant's active pairs (a proposal is not a pair yet)."""
    mentor = Participant.alias()
    mentee = Participant.alias()
    query = (
        Pair.select(mentor.id, mentor.full_name, mentee.id, mentee.full_name)
        .join(mentor, on=(Pair.mentor == mentor.id))
        .switch(Pair)
        .join(mentee, on=(Pair.mentee == mentee.id))
        .where(Pair.status == "active")
    )
    partners: dict[int, list[str]] = defaultdict(list)
    for mentor_id, mentor_name, mentee_id, mentee_name in raw_rows(query):
        partners[mentor_id].append(mentee_name)
        partners[mentee_id].append(mentor_name)
    return partners


def list_participants() -> list[ParticipantRow]:
    """Every participant, archived ones included (the view filters), ordered by name."""
    topics = _topics_by_participant()
    partners = _active_partners()
    p = Participant
    query = p.select(
        p.id, p.full_name, p.email, p.role, p.job_title, p.department, p.level, p.archived,
        p.manager, p.location, p.work_mode, p.availability, p.capacity, p.consent_on, p.notes,
        p.employee_id,
    ).order_by(p.full_name, p.id)  # fmt: skip
    records = raw_rows(query).fetchall()
    names = {record[0]: record[1] for record in records}
    dates = {text: dt.date.fromisoformat(text) for text in {r[13] for r in records} if text}
    no_topics: tuple[str, ...] = ()
    return [
        # Positional, in field order: keyword arguments cost a third of the time here.
        ParticipantRow(
            pid, name, email or "", role, title, dept, level,
            tuple(topics[pid]) if pid in topics else no_topics,
            ", ".join(partners[pid]) if pid in partners else "",
            bool(archived), names.get(manager_id, "") if manager_id else "",
            location, mode, availability, capacity, dates.get(consent_on), notes, employee or "",
        )
        for (pid, name, email, role, title, dept, level, archived, manager_id, location, mode,
             availability, capacity, consent_on, notes, employee) in records
    ]  # fmt: skip


def _as_date(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def get_participant(participant_id: int) -> ParticipantData:
    """The editable data of one participant, for the edit dialog."""
    p = Participant.get_by_id(participant_id)
    topics = [
        name
        for (name,) in Topic.select(Topic.name)
        .join(ParticipantTopic)
        .where(ParticipantTopic.participant == participant_id)
        .order_by(ParticipantTopic.priority)
        .tuples()
    ]
    return ParticipantData(
        full_name=p.full_name,
        role=p.role,
        level=p.level,
        email=p.email or "",
        job_title=p.job_title,
        department=p.department,
        manager_id=p.manager_id,
        location=p.location,
        work_mode=p.work_mode,
        availability=parse_availability(p.availability),
        notes=p.notes,
        consent_on=_as_date(p.consent_on),
        capacity=p.capacity,
        topics=topics,
        employee_id=p.employee_id or "",
    )


def parse_availability(text: str) -> tuple[str, ...]:
    chosen = {part.strip().title() for part in text.split(",")}
    return tuple(day for day in WEEKDAYS if day in chosen)


def manager_chain(participant_id: int | None) -> list[int]:
    """Ids from ``participant_id`` up through its managers (stops on a loop)."""
    return walk_up(read_managers(), participant_id)[0]


def manager_candidates(participant_id: int | None) -> list[tuple[int, str]]:
    """(id, name) of everyone who may be this participant's manager without a cycle."""
    excluded: set[int] = set()
    if participant_id is not None:
        excluded = everyone_below(read_managers(), participant_id)
    query = Participant.select(Participant.id, Participant.full_name).order_by(
        Participant.full_name
    )
    return [(pid, name) for pid, name in query.tuples() if pid not in excluded]


def field_errors(data: ParticipantData) -> dict[str, str]:
    """The rules on single fields (the email's shape too), needing no database.

    The form (``validate``), the CSV import (10,000 rows) and ``rmdesk check`` / the JSON
    import (``consistency``) all ask this one function, so they refuse in the same words.
    """
    errors: dict[str, str] = {}
    if not data.full_name.strip():
        errors["full_name"] = Message(QT_TRANSLATE_NOOP("Domain", "Name is required."))
    if data.role not in ROLES:
        errors["role"] = Message(
            QT_TRANSLATE_NOOP("Domain", "Role must be mentor (junior) or mentee (senior).")
        )
    if not LEVEL_MIN <= data.level <= LEVEL_MAX:
        errors["level"] = Message(
            QT_TRANSLATE_NOOP("Domain", "Level must be between {LEVEL_MIN} and {LEVEL_MAX}."),
            LEVEL_MIN=LEVEL_MIN,
            LEVEL_MAX=LEVEL_MAX,
        )
    if data.work_mode not in WORK_MODES:
        errors["work_mode"] = Message(
            QT_TRANSLATE_NOOP("Domain", "Work mode must be onsite, hybrid or remote.")
        )
    if not CAPACITY_MIN <= data.capacity <= CAPACITY_MAX:
        errors["capacity"] = Message(
            QT_TRANSLATE_NOOP(
                "Domain", "Capacity must be between {CAPACITY_MIN} and {CAPACITY_MAX} pairs."
            ),
            CAPACITY_MIN=CAPACITY_MIN,
            CAPACITY_MAX=CAPACITY_MAX,
        )
    problem = email_problem(data.email) if data.email else None
    if problem is not None:
        errors["email"] = problem
    return errors


def normalise_employee_id(text: str | None) -> str | None:
    """The employee ID as stored: trimmed, None when blank (blank is "no ID", so
    many people can have none while a given one stays unique)."""
    return (text or "").strip() or None


def employee_id_taken(employee_id: str, holder: str) -> Message:
    """The refusal when ``employee_id`` is already someone else's: the form and the
    import say it in the same words."""
    return Message(
        QT_TRANSLATE_NOOP("Domain", "Employee ID {employee_id} is already used by {full_name}."),
        employee_id=employee_id,
        full_name=holder,
    )


def employee_id_holder(employee_id: str | None, participant_id: int | None) -> str | None:
    """Who else already has ``employee_id`` (their name), or None when it is free."""
    employee = normalise_employee_id(employee_id)
    if employee is None:
        return None
    query = Participant.select(Participant.full_name).where(Participant.employee_id == employee)
    if participant_id is not None:
        query = query.where(Participant.id != participant_id)
    other = query.first()
    return None if other is None else str(other.full_name)


def validate(data: ParticipantData, participant_id: int | None = None) -> dict[str, str]:
    """Every problem with ``data`` at once, as field -> message (empty when valid)."""
    errors = field_errors(data)
    email = normalise_email(data.email)
    if email is not None and "email" not in errors:
        clash = Participant.select(Participant.full_name).where(
            fn.LOWER(Participant.email) == email
        )
        if participant_id is not None:
            clash = clash.where(Participant.id != participant_id)
        other = clash.first()
        if other is not None:
            errors["email"] = Message(
                QT_TRANSLATE_NOOP("Domain", "{email} is already used by {full_name}."),
                email=email,
                full_name=other.full_name,
            )
    holder = employee_id_holder(data.employee_id, participant_id)
    if holder is not None:
        errors["employee_id"] = employee_id_taken(data.employee_id.strip(), holder)
    if data.manager_id is not None:
        managers = read_managers()
        if data.manager_id != participant_id and data.manager_id not in managers:
            errors["manager"] = Message(
                QT_TRANSLATE_NOOP("Domain", "The chosen manager no longer exists.")
            )
        elif participant_id is not None:
            managers[participant_id] = data.manager_id
            problem = reporting_line_problems(managers).get(participant_id)
            if problem is not None:
                errors["manager"] = problem
    unknown = set(data.topics) - set(topic_names())
    if unknown:
        errors["topics"] = "Unknown topics: " + ", ".join(sorted(unknown)) + "."
    if participant_id is not None and "role" not in errors:
        current = Participant.get_or_none(Participant.id == participant_id)
        if current is not None and current.role != data.role:
            problem = role_change_problem(
                current.full_name, current.role, data.role, participant_has_history(participant_id)
            )
            if problem is not None:
                errors["role"] = problem
    return errors


def role_change_problem(
    name: str, current_role: str, new_role: str, has_history: bool
) -> str | None:
    """Why someone cannot change role (they have pairs in the old one), or None.

    The form (``validate``) and the CSV import ask the same question in the same words.
    """
    if new_role == current_role or not has_history:
        return None
    return Message(
        QT_TRANSLATE_NOOP(
            "Domain", "{name} already has pairs as a {current_role}: the role cannot change."
        ),
        name=name,
        current_role=word(code_words.ROLE, current_role),
    )


def topic_kind(role: str) -> str:
    """How a participant's topics are stored: a mentor offers them, a mentee wants them."""
    return "offers" if role == "mentor" else "wants"


def participant_has_history(participant_id: int) -> bool:
    return bool(
        Pair.select()
        .where((Pair.mentor == participant_id) | (Pair.mentee == participant_id))
        .exists()
    )


def _columns(data: ParticipantData) -> dict[str, Any]:
    return {
        "full_name": data.full_name.strip(),
        "email": normalise_email(data.email),
        "employee_id": normalise_employee_id(data.employee_id),
        "role": data.role,
        "job_title": data.job_title.strip(),
        "department": data.department.strip(),
        "level": data.level,
        "manager": data.manager_id,
        "location": data.location.strip(),
        "work_mode": data.work_mode,
        "availability": ",".join(day for day in WEEKDAYS if day in data.availability),
        "notes": data.notes.strip(),
        "consent_on": data.consent_on,
        "capacity": data.capacity,
    }


def _write_topics(participant_id: int, data: ParticipantData) -> None:
    kind = topic_kind(data.role)
    ParticipantTopic.delete().where(ParticipantTopic.participant == participant_id).execute()
    ids = dict(Topic.select(Topic.name, Topic.id).tuples())
    rows = [
        {"participant": participant_id, "topic": ids[name], "kind": kind, "priority": rank}
        for rank, name in enumerate(dict.fromkeys(data.topics), start=1)
    ]
    if rows:
        ParticipantTopic.insert_many(rows).execute()


def create_participant(data: ParticipantData) -> int:
    """Validate and insert; raises ValidationError with every problem, writing nothing."""
    errors = validate(data)
    if errors:
        raise ValidationError(errors)
    with database_proxy.atomic():
        try:
            participant = Participant.create(**_columns(data))
        except IntegrityError as error:  # a concurrent writer took the email
            raise ValidationError(
                {
                    "email": Message(
                        QT_TRANSLATE_NOOP("Domain", "Could not save: {error}."), error=error
                    )
                }
            ) from error
        _write_topics(participant.id, data)
    return int(participant.id)


def update_participant(participant_id: int, data: ParticipantData) -> None:
    """Validate and update one participant and their topics, all or nothing."""
    errors = validate(data, participant_id)
    if errors:
        raise ValidationError(errors)
    columns = _columns(data)
    columns["updated_at"] = dt.datetime.now().replace(microsecond=0)
    with database_proxy.atomic():
        Participant.update(**columns).where(Participant.id == participant_id).execute()
        _write_topics(participant_id, data)


class RowToWrite(Protocol):
    """One participant for ``write_many``, already checked (the CSV import's rows).

    ``values`` holds only the columns to set (``BULK_COLUMNS``); ``manager`` None keeps
    the manager, else names them (someone stored, a row of ``rows``, or nobody);
    ``topics`` None keeps the topics, else replaces them (names the database knows).
    """

    @property
    def existing_id(self) -> int | None: ...
    @property
    def values(self) -> Mapping[str, Any]: ...
    @property
    def email(self) -> str | None: ...
    @property
    def manager(self) -> ManagerRef | None: ...
    @property
    def topics(self) -> Sequence[str] | None: ...


BULK_COLUMNS = (
    "full_name", "email", "role", "job_title", "department", "level", "location",
    "work_mode", "capacity", "notes", "availability", "employee_id",
)  # fmt: skip
_BULK_DEFAULTS = {
    "job_title": "", "department": "", "location": "", "notes": "", "availability": "",
    "employee_id": None,
}  # fmt: skip
_CHUNK = 1000


def write_many(
    rows: Sequence[RowToWrite],
    *,
    new_topics: Sequence[str] = (),
    progress: Callable[[int, int], None] | None = None,
) -> None:
    """Insert or update many checked participants, and create ``new_topics``, in one
    transaction with bulk statements (10,000 people in a fraction of a second).

    The rows must have passed the same rules as the form (``field_errors``,
    ``role_change_problem``, ``reporting_lines``): the CSV import's preview asks them.
    Any failure rolls everything back and raises ``WriteFailed``.
    """
    import sqlite3

    from peewee import DatabaseError

    unknown = {name for row in rows for name in row.values} - set(BULK_COLUMNS)
    if unknown:
        raise ValueError(f"not participant columns: {', '.join(sorted(unknown))}")
    try:
        with database_proxy.atomic():
            if new_topics:
                Topic.insert_many([{"name": name} for name in new_topics]).execute()
            if rows:
                _write_rows(rows, progress)
    except WriteFailed:
        raise
    except (sqlite3.DatabaseError, DatabaseError) as error:
        raise WriteFailed(failure_reason(error)) from error


def _write_rows(rows: Sequence[RowToWrite], progress: Callable[[int, int], None] | None) -> None:
    connection = database_proxy.connection()
    now = str(dt.datetime.now().replace(microsecond=0))
    fields = [name for name in BULK_COLUMNS if name in rows[0].values]
    next_id = (Participant.select(Participant.id).order_by(Participant.id.desc()).scalar() or 0) + 1
    ids: list[int] = []  # each row's participant, in the order of ``rows``
    insert_columns = [*fields, *(name for name in _BULK_DEFAULTS if name not in fields)]
    insert_sql = (
        f"INSERT INTO participant (id, {', '.join(insert_columns)}, archived, "
        f"created_at, updated_at) VALUES ({', '.join('?' * (len(insert_columns) + 4))})"
    )
    update_sql = (
        f"UPDATE participant SET {', '.join(f'{name} = ?' for name in fields)}, updated_at = ? "
        "WHERE id = ?"
    )
    total = len(rows)
    for start in range(0, total, _CHUNK):
        inserts, updates = [], []
        for row in rows[start : start + _CHUNK]:
            if row.existing_id is None:
                ids.append(next_id)
                values = [row.values.get(name, _BULK_DEFAULTS.get(name)) for name in insert_columns]
                inserts.append((next_id, *values, 0, now, now))
                next_id += 1
            else:
                ids.append(row.existing_id)
                updates.append((*(row.values[name] for name in fields), now, row.existing_id))
        connection.executemany(insert_sql, inserts)
        connection.executemany(update_sql, updates)
        if progress is not None:
            progress(min(start + _CHUNK, total), total)
    _write_managers(rows, ids)
    _write_many_topics(rows, ids)


def _write_managers(rows: Sequence[RowToWrite], ids: list[int]) -> None:
    managers = []
    for row, pid in zip(rows, ids, strict=True):
        ref = row.manager
        if ref is not None:
            managers.append((ids[ref.row] if ref.row is not None else ref.participant_id, pid))
    database_proxy.connection().executemany(
        "UPDATE participant SET manager_id = ? WHERE id = ?", managers
    )


def _write_many_topics(rows: Sequence[RowToWrite], ids: list[int]) -> None:
    topic_ids = {name: tid for tid, name in raw_rows(Topic.select(Topic.id, Topic.name))}
    with_topics = [(row, pid) for row, pid in zip(rows, ids, strict=True) if row.topics is not None]
    connection = database_proxy.connection()
    connection.executemany(
        "DELETE FROM participant_topic WHERE participant_id = ?",
        [(pid,) for _, pid in with_topics],
    )
    connection.executemany(
        "INSERT INTO participant_topic (participant_id, topic_id, kind, priority) "
        "VALUES (?, ?, ?, ?)",
        [
            (pid, topic_ids[name], topic_kind(row.values["role"]), rank)
            for row, pid in with_topics
            for rank, name in enumerate(row.topics or (), start=1)
        ],
    )


def open_pairs_of(participant_id: int) -> list[OpenPairOf]:
    """The participant's proposed and active pairs, with the partner's name and the cycle."""
    mentor, mentee = Participant.alias(), Participant.alias()
    query = (
        Pair.select(Pair.id, Pair.mentor, mentor.full_name, mentee.full_name, Cycle.name,
                    Pair.status)
        .join(mentor, on=(Pair.mentor == mentor.id)).switch(Pair)
        .join(mentee, on=(Pair.mentee == mentee.id)).switch(Pair)
        .join(Cycle)
        .where(((Pair.mentor == participant_id) | (Pair.mentee == participant_id))
               & Pair.status.in_(OPEN_PAIR_STATUSES))
        .order_by(Pair.id)
    )  # fmt: skip
    return [
        OpenPairOf(pair_id, mentee_name if mentor_id == participant_id else mentor_name, cycle,
                   status)
        for pair_id, mentor_id, mentor_name, mentee_name, cycle, status in raw_rows(query)
    ]  # fmt: skip


def paired_in_cycle(cycle_id: int) -> frozenset[int]:
    """Everyone in an open (proposed or active) pair of the cycle."""
    query = Pair.select(Pair.mentor, Pair.mentee).where(
        (Pair.cycle == cycle_id) & Pair.status.in_(OPEN_PAIR_STATUSES)
    )
    return frozenset(person for row in raw_rows(query) for person in row)


def remove_participant(participant_id: int, end_reason: str | None = None) -> Removal:
    """Delete a participant, or archive them when they have any pair history.

    Someone in an open pair is archived only with ``end_reason``: their open pairs
    end early with it first, in the same transaction (an archived person in a
    running pair would leave a pair nobody can act on). Without it, a RuleError.
    """
    participant = Participant.get_by_id(participant_id)
    with database_proxy.atomic():
        open_pairs = open_pairs_of(participant_id)
        if open_pairs and end_reason is None:
            raise RuleError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Domain",
                        "{full_name} is in an open pair with {partner}: end the pair "
                        "first (with a reason), then archive them.",
                    ),
                    full_name=participant.full_name,
                    partner=open_pairs[0].partner,
                )
            )
        if open_pairs:
            from rmdesk.programme.pairs import end_pair_early

            for pair in open_pairs:
                end_pair_early(pair.pair_id, end_reason or "")
        if participant_has_history(participant_id):
            set_archived(participant_id, True)
            return Removal(
                participant_id, participant.full_name, archived=True, ended_pairs=len(open_pairs)
            )
        snapshot = Participant.select().where(Participant.id == participant_id).dicts().get()
        topic_rows = tuple(
            ParticipantTopic.select().where(ParticipantTopic.participant == participant_id).dicts()
        )
        report_ids = tuple(
            pid
            for (pid,) in Participant.select(Participant.id)
            .where(Participant.manager == participant_id)
            .tuples()
        )
        participant.delete_instance()
    return Removal(
        participant_id,
        participant.full_name,
        archived=False,
        snapshot=snapshot,
        topic_rows=topic_rows,
        report_ids=report_ids,
    )


def undo_removal(removal: Removal) -> None:
    """Put back exactly what ``remove_participant`` took away."""
    with database_proxy.atomic():
        if removal.archived:
            set_archived(removal.participant_id, False)
            return
        assert removal.snapshot is not None
        Participant.insert(removal.snapshot).execute()
        if removal.topic_rows:
            ParticipantTopic.insert_many(list(removal.topic_rows)).execute()
        if removal.report_ids:
            Participant.update(manager=removal.participant_id).where(
                Participant.id.in_(removal.report_ids) & Participant.manager.is_null()
            ).execute()


def detach_reports(participant_id: int) -> None:
    """Whoever reports to this participant reports to nobody now (erasure)."""
    Participant.update(manager=None).where(Participant.manager == participant_id).execute()


def anonymise(participant_id: int, name: str) -> None:
    """Keep the participant as an archived shell called ``name``: every personal field
    emptied, role, level and capacity kept for the programme's statistics (erasure)."""
    Participant.update(
        full_name=name, email=None, employee_id=None, job_title="", department="", manager=None,
        location="", availability="", notes="", consent_on=None, archived=True,
        updated_at=dt.datetime.now().replace(microsecond=0),
    ).where(Participant.id == participant_id).execute()  # fmt: skip


def set_archived(participant_id: int, archived: bool) -> None:
    Participant.update(
        archived=archived, updated_at=dt.datetime.now().replace(microsecond=0)
    ).where(Participant.id == participant_id).execute()


def participant_name(participant_id: int) -> str | None:
    """The participant's full name, or None when they no longer exist."""
    query = Participant.select(Participant.full_name).where(Participant.id == participant_id)
    name = query.scalar()
    return None if name is None else str(name)


def participant_count() -> int:
    return int(Participant.select().count())
