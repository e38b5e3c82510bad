"""Reading meetings: the rows lists and the calendar show, per-day counts, overlaps.

Times are naive local date-times, stored as SQLite text ("2026-03-02 10:00:00"),
so ranges are plain text comparisons on the ``starts_at`` index.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any, NamedTuple

from peewee import fn

from rmdesk.programme.messages import QT_TRANSLATE_NOOP, Message
from rmdesk.programme.validation import RuleError
from rmdesk.store.models import Cycle, Meeting, Pair, Participant
from rmdesk.store.rows import raw_rows

# Meetings that take up someone's time (for overlaps): not cancelled or missed ones.
_BUSY_STATUSES = ("planned", "held")


class MeetingRow(NamedTuple):
    """One meeting as lists and the calendar show it: names resolved."""

    id: int
    pair_id: int
    mentor_id: int
    mentor_name: str
    mentee_id: int
    mentee_name: str
    starts_at: dt.datetime
    duration_minutes: int
    mode: str
    location: str
    agenda: str
    status: str
    cancelled_by: str
    notes: str

    @property
    def ends_at(self) -> dt.datetime:
        return self.starts_at + dt.timedelta(minutes=self.duration_minutes)


class Overlap(NamedTuple):
    """Two planned or held meetings of one person that overlap in time."""

    participant_id: int
    name: str
    first: MeetingRow
    second: MeetingRow


def _datetime(value: Any) -> dt.datetime:
    return value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(str(value))


def _date(value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


def _day_start(day: dt.date) -> str:
    return f"{day.isoformat()} 00:00:00"


def _select() -> Any:
    mentor, mentee = Participant.alias(), Participant.alias()
    m = Meeting
    return (
        m.select(
            m.id, m.pair, Pair.mentor, mentor.full_name, Pair.mentee, mentee.full_name,
            m.starts_at, m.duration_minutes, m.mode, m.location, m.agenda, m.status,
            m.cancelled_by, m.notes,
        )
        .join(Pair)
        .join(mentor, on=(Pair.mentor == mentor.id))
        .switch(Pair)
        .join(mentee, on=(Pair.mentee == mentee.id))
    )  # fmt: skip


def _rows(query: Any) -> list[MeetingRow]:
    return [
        MeetingRow(mid, pid, mentor_id, mentor_name, mentee_id, mentee_name, _datetime(starts),
                   minutes, mode, location, agenda, status, by, notes)
        for (mid, pid, mentor_id, mentor_name, mentee_id, mentee_name, starts, minutes, mode,
             location, agenda, status, by, notes) in raw_rows(query).fetchall()
    ]  # fmt: skip


def _where(
    cycle_id: int,
    start: dt.date | None,
    end: dt.date | None,
    pair_id: int | None,
    participant_id: int | None,
) -> Any:
    where = Pair.cycle == cycle_id
    if start is not None:
        where &= Meeting.starts_at >= _day_start(start)
    if end is not None:
        where &= Meeting.starts_at < _day_start(end)
    if pair_id is not None:
        where &= Meeting.pair == pair_id
    if participant_id is not None:
        where &= (Pair.mentor == participant_id) | (Pair.mentee == participant_id)
    return where


def list_meetings(
    cycle_id: int,
    *,
    start: dt.date | None = None,
    end: dt.date | None = None,
    pair_id: int | None = None,
    participant_id: int | None = None,
) -> list[MeetingRow]:
    """The cycle's meetings from ``start`` (inclusive) to ``end`` (exclusive), by time."""
    where = _where(cycle_id, start, end, pair_id, participant_id)
    return _rows(_select().where(where).order_by(Meeting.starts_at, Meeting.id))


def get_meeting(meeting_id: int) -> MeetingRow:
    rows = _rows(_select().where(Meeting.id == meeting_id))
    if not rows:
        raise RuleError(
            Message(
                QT_TRANSLATE_NOOP("Domain", "No meeting with id {meeting_id}."),
                meeting_id=meeting_id,
            )
        )
    return rows[0]


def day_counts(
    cycle_id: int,
    start: dt.date,
    end: dt.date,
    *,
    pair_id: int | None = None,
    participant_id: int | None = None,
) -> dict[dt.date, dict[str, int]]:
    """Per day in [start, end): status -> number of meetings; days without any are absent.

    One grouped query, for the month view."""
    day = fn.SUBSTR(Meeting.starts_at, 1, 10)
    query = (
        Meeting.select(day, Meeting.status, fn.COUNT(Meeting.id))
        .join(Pair)
        .where(_where(cycle_id, start, end, pair_id, participant_id))
        .group_by(day, Meeting.status)
    )
    counts: dict[dt.date, dict[str, int]] = defaultdict(dict)
    for text, status, n in raw_rows(query).fetchall():
        counts[dt.date.fromisoformat(text)][status] = n
    return dict(counts)


def _cycle(cycle_id: int) -> Any:
    cycle = Cycle.get_or_none(Cycle.id == cycle_id)
    if cycle is None:
        raise RuleError(
            Message(QT_TRANSLATE_NOOP("Domain", "No cycle with id {cycle_id}."), cycle_id=cycle_id)
        )
    return cycle


def _intersect(begin: dt.datetime, finish: dt.datetime, other: MeetingRow) -> bool:
    """Two spans of time overlap (touching ends do not): the rule ``overlaps`` sweeps."""
    return begin < other.ends_at and other.starts_at < finish


def clashes(
    pair_id: int,
    starts_at: dt.datetime,
    minutes: int,
    *,
    meeting_id: int | None = None,
) -> list[MeetingRow]:
    """Planned or held meetings of the pair or of either of its people that overlap
    [starts_at, starts_at + minutes), by time; ``meeting_id`` (the one being edited) is
    left out. What ``overlaps`` finds in a month, asked of one meeting before it is saved.
    """
    people = Pair.select(Pair.mentor, Pair.mentee).where(Pair.id == pair_id).tuples().first()
    if people is None:
        return []
    finish = starts_at + dt.timedelta(minutes=minutes)
    # Meetings last at most a day: those starting from the day before can reach it.
    where = (
        ((Pair.mentor.in_(people)) | (Pair.mentee.in_(people)))
        & Meeting.status.in_(_BUSY_STATUSES)
        & (Meeting.starts_at >= _day_start(starts_at.date() - dt.timedelta(days=1)))
        & (Meeting.starts_at < _day_start(finish.date() + dt.timedelta(days=1)))
    )
    if meeting_id is not None:
        where &= Meeting.id != meeting_id
    rows = _rows(_select().where(where).order_by(Meeting.starts_at, Meeting.id))
    return [row for row in rows if _intersect(starts_at, finish, row)]


def free_start(
    pair_id: int | None, day: dt.date, minutes: int, *, preferred: dt.time = dt.time(10, 0)
) -> dt.datetime:
    """The first start on ``day`` from ``preferred`` (then from 08:00), on the half hour,
    at which the pair and its people are free for ``minutes``; ``preferred`` if none is."""
    first = dt.datetime.combine(day, preferred)
    if pair_id is None:
        return first
    early = dt.datetime.combine(day, dt.time(8, 0))
    last = dt.datetime.combine(day, dt.time(20, 0))
    step = dt.timedelta(minutes=30)
    busy = clashes(pair_id, early, int((last - early).total_seconds() // 60) + minutes)
    candidates = [first + step * n for n in range(int((last - first) / step) + 1)]
    candidates += [early + step * n for n in range(int((first - early) / step))]
    for start in candidates:
        finish = start + dt.timedelta(minutes=minutes)
        if not any(_intersect(start, finish, row) for row in busy):
            return start
    return first


def overlaps(
    cycle_id: int, *, start: dt.date | None = None, end: dt.date | None = None
) -> list[Overlap]:
    """Planned or held meetings of one person that overlap in time, by person then time.

    One sweep per person over their meetings sorted by start: each meeting is
    compared with the one reaching furthest so far, so n meetings cost n log n.
    """
    where = _where(cycle_id, start, end, None, None) & Meeting.status.in_(_BUSY_STATUSES)
    # A light pass over (id, people, start, length) finds the clashes; full rows (with
    # names) are read only for the meetings involved: month switches call this.
    light = (
        Meeting.select(Meeting.id, Pair.mentor, Pair.mentee, Meeting.starts_at,
                       Meeting.duration_minutes)
        .join(Pair)
        .where(where)
        .order_by(Meeting.starts_at, Meeting.id)
    )  # fmt: skip
    by_person: dict[int, list[tuple[dt.datetime, dt.datetime, int]]] = defaultdict(list)
    for mid, mentor_id, mentee_id, starts, minutes in raw_rows(light).fetchall():
        begin = _datetime(starts)
        finish = begin + dt.timedelta(minutes=minutes)
        by_person[mentor_id].append((begin, finish, mid))
        by_person[mentee_id].append((begin, finish, mid))
    clashes: list[tuple[int, int, int]] = []  # (person, earlier meeting, later meeting)
    for pid, spans in by_person.items():
        longest: tuple[dt.datetime, dt.datetime, int] | None = None
        for span in spans:  # already in start order
            if longest is not None and span[0] < longest[1]:
                clashes.append((pid, longest[2], span[2]))
            if longest is None or span[1] > longest[1]:
                longest = span
    if not clashes:
        return []
    involved = {mid for _, a, b in clashes for mid in (a, b)}
    rows = {row.id: row for row in _rows(_select().where(Meeting.id.in_(involved)))}
    found: list[Overlap] = []
    for pid, first, second in clashes:
        a, b = rows[first], rows[second]
        name = a.mentor_name if a.mentor_id == pid else a.mentee_name
        found.append(Overlap(pid, name, a, b))
    found.sort(key=lambda o: (o.name, o.participant_id, o.first.starts_at, o.second.starts_at))
    return found
