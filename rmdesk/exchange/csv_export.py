"""CSV exports a person can read in a spreadsheet: participants, pairs, meetings, goals.

Headers are the domain's words (the participants file uses exactly the import's
columns, so an exported file imports back unchanged).  Every text cell is
neutralised against CSV injection by ``csv_format``; rows are read as raw tuples
(10,000 participants in a fraction of a second).  Meeting notes are private to the
coordinator and are left out unless ``with_notes`` is asked for.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from peewee import JOIN, fn

from rmdesk.exchange.csv_format import PARTICIPANT_COLUMNS, TOPIC_SEPARATOR, write_csv
from rmdesk.programme.messages import from_stored
from rmdesk.programme.redaction import ERASED_NAME
from rmdesk.store.models import (
    Cycle,
    Goal,
    GoalUpdate,
    Meeting,
    Pair,
    Participant,
    ParticipantTopic,
    Topic,
)
from rmdesk.store.rows import raw_rows

PAIR_COLUMNS = (
    "cycle", "mentor", "mentor_email", "mentee", "mentee_email", "status", "match_score",
    "agreement_signed_on", "started_on", "ended_on", "meetings_held", "end_reason",
    "match_reasons",
)  # fmt: skip
MEETING_COLUMNS = (
    "cycle", "mentor", "mentee", "starts_at", "duration_minutes", "mode", "location",
    "status", "cancelled_by", "agenda",
)  # fmt: skip
GOAL_COLUMNS = (
    "cycle", "mentor", "mentee", "owner", "title", "topic", "success_measure",
    "target_date", "status", "progress", "last_update",
)  # fmt: skip
KINDS = ("participants", "pairs", "meetings", "goals")


def _participant_rows() -> Iterator[tuple[Any, ...]]:
    topic_names = dict(raw_rows(Topic.select(Topic.id, Topic.name)).fetchall())
    topics: dict[tuple[int, str], list[str]] = defaultdict(list)
    pt = ParticipantTopic
    query = pt.select(pt.participant, pt.kind, pt.topic).order_by(pt.participant, pt.priority)
    for pid, kind, topic_id in raw_rows(query):
        topics[pid, kind].append(topic_names[topic_id])
    p = Participant
    records = raw_rows(
        p.select(p.id, p.full_name, p.email, p.employee_id, p.role, p.job_title, p.department,
                 p.level, p.manager, p.location, p.work_mode, p.availability, p.capacity,
                 p.notes)
        .order_by(p.full_name, p.id)
    ).fetchall()  # fmt: skip
    # How the import finds a manager again: e-mail, else employee ID, else the name.
    named = {record[0]: record[2] or record[3] or record[1] for record in records}
    separator = TOPIC_SEPARATOR + " "
    for (pid, name, email, employee, role, title, dept, level, manager, location, mode,
         days, cap, notes) in records:  # fmt: skip
        if name == ERASED_NAME and not email and not title and not notes:
            continue  # an erased person's shell: nothing a spreadsheet needs
        yield (
            name, email or "", employee or "", role, title, dept, level,
            named.get(manager, "") if manager else "", location, mode, days,
            separator.join(topics.get((pid, "offers"), ())),
            separator.join(topics.get((pid, "wants"), ())),
            cap, notes,
        )  # fmt: skip


def export_participants(path: Path) -> int:
    """Every participant (archived ones too, not the shells left by an erasure) in the
    import's columns; returns the count."""
    return write_csv(path, PARTICIPANT_COLUMNS, _participant_rows())


def _pair_query(cycle_id: int | None, *extra: Any) -> Any:
    mentor, mentee = Participant.alias(), Participant.alias()
    query = (
        Pair.select(Pair.id, Cycle.name, mentor.full_name, mentor.email, mentee.full_name,
                    mentee.email, *extra)
        .join(Cycle, on=Pair.cycle == Cycle.id)
        .switch(Pair)
        .join(mentor, on=Pair.mentor == mentor.id)
        .switch(Pair)
        .join(mentee, on=Pair.mentee == mentee.id)
        .order_by(Cycle.start_date, Cycle.name, mentor.full_name, Pair.id)
    )  # fmt: skip
    if cycle_id is not None:
        query = query.where(Pair.cycle == cycle_id)
    return query


def export_pairs(path: Path, cycle_id: int | None = None) -> int:
    """Pairs of every cycle (or one), with meetings held; returns the count."""
    held: dict[int, int] = dict(
        raw_rows(
            Meeting.select(Meeting.pair, fn.COUNT(Meeting.id))
            .where(Meeting.status == "held")
            .group_by(Meeting.pair)
        ).fetchall()
    )
    query = _pair_query(
        cycle_id, Pair.status, Pair.match_score, Pair.agreement_signed_on, Pair.started_on,
        Pair.ended_on, Pair.end_reason, Pair.match_reasons,
    )  # fmt: skip

    def rows() -> Iterator[tuple[Any, ...]]:
        for pid, cycle, mentor, m_email, mentee, e_email, status, score, *rest in raw_rows(query):
            signed, started, ended, end_reason, reasons = rest
            score = None if score is None else round(score, 3)
            yield (cycle, mentor, m_email or "", mentee, e_email or "", status, score,
                   signed, started, ended, held.get(pid, 0), end_reason,
                   str(from_stored(reasons)))  # fmt: skip

    return write_csv(path, PAIR_COLUMNS, rows())


def export_meetings(path: Path, cycle_id: int | None = None, *, with_notes: bool = False) -> int:
    """Meetings of every cycle (or one), by date; private notes only when asked."""
    mentor, mentee = Participant.alias(), Participant.alias()
    m = Meeting
    query = (
        m.select(Cycle.name, mentor.full_name, mentee.full_name, m.starts_at,
                 m.duration_minutes, m.mode, m.location, m.status, m.cancelled_by, m.agenda,
                 m.notes)
        .join(Pair, on=m.pair == Pair.id)
        .join(Cycle, on=Pair.cycle == Cycle.id)
        .switch(Pair)
        .join(mentor, on=Pair.mentor == mentor.id)
        .switch(Pair)
        .join(mentee, on=Pair.mentee == mentee.id)
        .order_by(m.starts_at, m.id)
    )  # fmt: skip
    if cycle_id is not None:
        query = query.where(Pair.cycle == cycle_id)
    headers = (*MEETING_COLUMNS, "notes") if with_notes else MEETING_COLUMNS

    def rows() -> Iterator[tuple[Any, ...]]:
        for record in raw_rows(query):
            starts_at = str(record[3])[:16]  # minutes are what a person reads
            row = (*record[:3], starts_at, *record[4:10])
            yield (*row, record[10]) if with_notes else row

    return write_csv(path, headers, rows())


def export_goals(path: Path, cycle_id: int | None = None) -> int:
    """Goals of every pair, with the date of their last progress update."""
    last: dict[int, str] = dict(
        raw_rows(
            GoalUpdate.select(GoalUpdate.goal, fn.MAX(GoalUpdate.date)).group_by(GoalUpdate.goal)
        ).fetchall()
    )
    mentor, mentee = Participant.alias(), Participant.alias()
    g = Goal
    query = (
        g.select(g.id, Cycle.name, mentor.full_name, mentee.full_name, g.owner, g.title,
                 Topic.name, g.success_measure, g.target_date, g.status, g.progress)
        .join(Pair, on=g.pair == Pair.id)
        .join(Cycle, on=Pair.cycle == Cycle.id)
        .switch(Pair)
        .join(mentor, on=Pair.mentor == mentor.id)
        .switch(Pair)
        .join(mentee, on=Pair.mentee == mentee.id)
        .switch(g)
        .join(Topic, on=g.topic == Topic.id, join_type=JOIN.LEFT_OUTER)
        .order_by(Cycle.start_date, mentor.full_name, g.id)
    )  # fmt: skip
    if cycle_id is not None:
        query = query.where(Pair.cycle == cycle_id)

    def rows() -> Iterator[tuple[Any, ...]]:
        for goal_id, *values in raw_rows(query):
            values[5] = values[5] or ""
            yield (*values, last.get(goal_id, ""))

    return write_csv(path, GOAL_COLUMNS, rows())


def export_kind(kind: str, path: Path, *, with_notes: bool = False) -> int:
    """One of ``KINDS`` by name (the command line and the File menu use this)."""
    if kind == "participants":
        return export_participants(path)
    if kind == "pairs":
        return export_pairs(path)
    if kind == "meetings":
        return export_meetings(path, with_notes=with_notes)
    if kind == "goals":
        return export_goals(path)
    raise ValueError(f"unknown export {kind!r}; one of {', '.join(KINDS)}")
