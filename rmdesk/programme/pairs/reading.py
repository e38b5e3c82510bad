"""Reading pairs: the rows the Pairs tab lists, one pair, who is still unpaired."""

from __future__ import annotations

import datetime as dt
from typing import Any, NamedTuple

from peewee import fn

from rmdesk.programme.messages import QT_TRANSLATE_NOOP, Message, from_stored
from rmdesk.programme.names import name_key
from rmdesk.programme.pairs.rules import _date, _open_counts
from rmdesk.programme.validation import RuleError
from rmdesk.store.models import (
    Meeting,
    Pair,
    Participant,
)
from rmdesk.store.rows import raw_rows


class PairRow(NamedTuple):
    """One pair as the Pairs tab shows it: names resolved, meetings counted."""

    id: int
    cycle_id: int
    mentor_id: int
    mentor_name: str
    mentor_department: str
    mentee_id: int
    mentee_name: str
    mentee_department: str
    status: str
    match_score: float | None
    match_reasons: str  # a message (``messages.turns`` lists them) or text saved before
    agreement_signed_on: dt.date | None
    started_on: dt.date | None
    ended_on: dt.date | None
    end_reason: str
    meetings_held: int
    meetings_planned: int


class Unpaired(NamedTuple):
    """Someone who can still take a pair in a cycle, and how many more."""

    id: int
    name: str
    department: str
    free_slots: int


def _pair_query() -> Any:
    mentor = Participant.alias()
    mentee = Participant.alias()
    columns = (
        Pair.id, Pair.cycle, Pair.mentor, mentor.full_name, mentor.department,
        Pair.mentee, mentee.full_name, mentee.department, Pair.status, Pair.match_score,
        Pair.match_reasons, Pair.agreement_signed_on, Pair.started_on, Pair.ended_on,
        Pair.end_reason,
    )  # fmt: skip
    return (
        Pair.select(*columns)
        .join(mentor, on=(Pair.mentor == mentor.id))
        .switch(Pair)
        .join(mentee, on=(Pair.mentee == mentee.id))
    )


def _meeting_counts(where: Any) -> dict[tuple[int, str], int]:
    query = (
        Meeting.select(Meeting.pair, Meeting.status, fn.COUNT(Meeting.id))
        .join(Pair)
        .where(where)
        .group_by(Meeting.pair, Meeting.status)
    )
    return {(pair_id, status): n for pair_id, status, n in raw_rows(query).fetchall()}


def _rows(query: Any, meetings: dict[tuple[int, str], int]) -> list[PairRow]:
    return [
        PairRow(
            pid, cycle_id, mentor_id, mentor_name, mentor_dept, mentee_id, mentee_name,
            mentee_dept, status, score, from_stored(reasons), _date(signed), _date(started),
            _date(ended), end_reason, meetings.get((pid, "held"), 0),
            meetings.get((pid, "planned"), 0),
        )
        for (pid, cycle_id, mentor_id, mentor_name, mentor_dept, mentee_id, mentee_name,
             mentee_dept, status, score, reasons, signed, started, ended, end_reason)
        in raw_rows(query).fetchall()
    ]  # fmt: skip


def list_pairs(cycle_id: int) -> list[PairRow]:
    """Every pair of the cycle, ended ones included, by mentor then mentee name."""
    meetings = _meeting_counts(Pair.cycle == cycle_id)
    rows = _rows(_pair_query().where(Pair.cycle == cycle_id), meetings)
    rows.sort(key=lambda r: (name_key(r.mentor_name), name_key(r.mentee_name), r.id))
    return rows


def get_pair(pair_id: int) -> PairRow:
    rows = _rows(_pair_query().where(Pair.id == pair_id), _meeting_counts(Pair.id == pair_id))
    if not rows:
        raise RuleError(
            Message(QT_TRANSLATE_NOOP("Domain", "No pair with id {pair_id}."), pair_id=pair_id)
        )
    return rows[0]


def unpaired(cycle_id: int) -> tuple[list[Unpaired], list[Unpaired]]:
    """(mentors, mentees) not archived who can still take a pair in the cycle, by name."""
    counts, _ = _open_counts(cycle_id)
    p = Participant
    query = (
        p.select(p.id, p.full_name, p.department, p.role, p.capacity)
        .where(p.archived == False)  # noqa: E712 (Peewee builds SQL from ==)
        .order_by(p.full_name, p.id)
    )
    mentors: list[Unpaired] = []
    mentees: list[Unpaired] = []
    for pid, name, department, role, capacity in raw_rows(query).fetchall():
        free = capacity - counts[pid]
        if free > 0:
            (mentors if role == "mentor" else mentees).append(Unpaired(pid, name, department, free))
    return mentors, mentees
