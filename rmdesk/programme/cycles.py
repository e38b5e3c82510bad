"""Cycles: a programme period with its meeting rhythm, status and milestones.

A cycle runs planning -> active -> closed, only forward: closing is the record
that the period is over, and a closed cycle takes no new pairs.  Creating a
cycle also creates its three milestones ("Kickoff", "Midpoint review",
"Closing"); editing the dates moves those that still carry their original
title, so a milestone the coordinator renamed (or added) is left where it is.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, NamedTuple

from dateutil.relativedelta import relativedelta
from peewee import IntegrityError, fn

from rmdesk.programme.messages import QT_TRANSLATE_NOOP, Message
from rmdesk.programme.validation import (
    RuleError,
    ValidationError,
    id_from_text,
    meeting_length_problem,
)
from rmdesk.store.models import CYCLE_STATUSES, Cycle, Milestone, Pair, database_proxy
from rmdesk.store.rows import raw_rows

MONTHS_DEFAULT = 9
CADENCE_MAX_DAYS = 366
KICKOFF, MIDPOINT, CLOSING = "Kickoff", "Midpoint review", "Closing"
# Pairs a cycle "has": ended-early ones are history, not part of the programme's size.
COUNTED_PAIR_STATUSES = ("proposed", "active", "completed")


@dataclass
class CycleData:
    """What a coordinator enters for a cycle; ``end_date`` None means the default length."""

    name: str = ""
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    cadence_days: int = 14
    meeting_minutes: int = 60


class CycleRow(NamedTuple):
    """One cycle as lists show it; ``pair_count`` counts proposed, active and completed
    pairs (not those ended early)."""

    id: int
    name: str
    start_date: dt.date
    end_date: dt.date
    cadence_days: int
    meeting_minutes: int
    status: str
    pair_count: int


def default_end(start: dt.date, months: int = MONTHS_DEFAULT) -> dt.date:
    """``start`` plus whole calendar months, clamped to the month's end (Jan 31 + 1 = Feb 28)."""
    end: dt.date = start + relativedelta(months=months)
    return end


def midpoint(start: dt.date, end: dt.date) -> dt.date:
    """The day halfway through, rounded down: where the midpoint review goes."""
    return start + (end - start) // 2


def outside_cycle_problem(day: dt.date, start: dt.date, end: dt.date) -> Message | None:
    """Why ``day`` cannot hold a milestone or a meeting of the cycle from ``start`` to
    ``end`` (both included), or None: the one rule for both, in the window and the CLI."""
    if start <= day <= end:
        return None
    return Message(
        QT_TRANSLATE_NOOP("Domain", "The date must be within the cycle ({start} to {end})."),
        start=start,
        end=end,
    )


def _planned_milestones(start: dt.date, end: dt.date) -> dict[str, dt.date]:
    return {KICKOFF: start, MIDPOINT: midpoint(start, end), CLOSING: end}


def _as_date(value: Any) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def _end_of(data: CycleData) -> dt.date | None:
    if data.end_date is not None:
        return data.end_date
    return default_end(data.start_date) if data.start_date is not None else None


def validate_cycle(data: CycleData, cycle_id: int | None = None) -> dict[str, str]:
    """Every problem with ``data`` at once, as field -> message (empty when valid).

    Names are unique ignoring case: "2026 Cycle" next to "2026 cycle" would only
    confuse the people choosing between them.
    """
    errors = cycle_field_errors(data)
    name = data.name.strip()
    if name:
        clash = Cycle.select(Cycle.name).where(fn.LOWER(Cycle.name) == name.lower())
        if cycle_id is not None:
            clash = clash.where(Cycle.id != cycle_id)
        other = clash.first()
        if other is not None:
            errors["name"] = Message(
                QT_TRANSLATE_NOOP("Domain", "There is already a cycle called {name}."),
                name=other.name,
            )
    return errors


def cycle_field_errors(data: CycleData) -> dict[str, str]:
    """The rules on the cycle's own fields, needing no database (``rmdesk check`` runs
    them over every stored cycle)."""
    errors: dict[str, str] = {}
    if not data.name.strip():
        errors["name"] = Message(QT_TRANSLATE_NOOP("Domain", "Name is required."))
    if data.start_date is None:
        errors["start_date"] = Message(QT_TRANSLATE_NOOP("Domain", "Start date is required."))
    end = _end_of(data)
    if data.start_date is not None and end is not None and end <= data.start_date:
        errors["end_date"] = Message(
            QT_TRANSLATE_NOOP("Domain", "The end date must be after the start date.")
        )
    if not 1 <= data.cadence_days <= CADENCE_MAX_DAYS:
        errors["cadence_days"] = Message(
            QT_TRANSLATE_NOOP(
                "Domain", "Meetings must be every 1 to {CADENCE_MAX_DAYS} days, not {cadence_days}."
            ),
            CADENCE_MAX_DAYS=CADENCE_MAX_DAYS,
            cadence_days=data.cadence_days,
        )
    if length := meeting_length_problem(data.meeting_minutes):
        errors["meeting_minutes"] = length
    return errors


def _columns(data: CycleData) -> dict[str, Any]:
    return {
        "name": data.name.strip(),
        "start_date": data.start_date,
        "end_date": _end_of(data),
        "cadence_days": data.cadence_days,
        "meeting_minutes": data.meeting_minutes,
    }


def create_cycle(data: CycleData) -> int:
    """Validate and insert a cycle (status planning) with its three milestones."""
    errors = validate_cycle(data)
    if errors:
        raise ValidationError(errors)
    columns = _columns(data)
    with database_proxy.atomic():
        try:
            cycle = Cycle.create(**columns)
        except IntegrityError as error:  # a concurrent writer took the name
            raise ValidationError(
                {
                    "name": Message(
                        QT_TRANSLATE_NOOP("Domain", "Could not save: {error}."), error=error
                    )
                }
            ) from error
        Milestone.insert_many(
            [
                {"cycle": cycle.id, "title": title, "date": date}
                for title, date in _planned_milestones(
                    columns["start_date"], columns["end_date"]
                ).items()
            ]
        ).execute()
    return int(cycle.id)


def _cycle(cycle_id: int) -> Any:
    cycle = Cycle.get_or_none(Cycle.id == cycle_id)
    if cycle is None:
        raise RuleError(
            Message(QT_TRANSLATE_NOOP("Domain", "No cycle with id {cycle_id}."), cycle_id=cycle_id)
        )
    return cycle


def update_cycle(cycle_id: int, data: CycleData) -> None:
    """Validate and update; milestones still titled as created follow the new dates."""
    _cycle(cycle_id)
    errors = validate_cycle(data, cycle_id)
    if errors:
        raise ValidationError(errors)
    columns = _columns(data)
    with database_proxy.atomic():
        Cycle.update(**columns).where(Cycle.id == cycle_id).execute()
        for title, date in _planned_milestones(columns["start_date"], columns["end_date"]).items():
            Milestone.update(date=date).where(
                (Milestone.cycle == cycle_id) & (Milestone.title == title)
            ).execute()


# Each backward move in its own sentence: a status word alone would be "active" for a
# cycle and for a pair in one translation context, and a cycle is "läuft", not "aktiv".
_NO_GOING_BACK = {
    ("active", "planning"): QT_TRANSLATE_NOOP(
        "Domain", "{name} is active: a cycle cannot go back to planning."
    ),
    ("closed", "planning"): QT_TRANSLATE_NOOP(
        "Domain", "{name} is closed: a cycle cannot go back to planning."
    ),
    ("closed", "active"): QT_TRANSLATE_NOOP(
        "Domain", "{name} is closed: a cycle cannot go back to active."
    ),
}


def set_cycle_status(cycle_id: int, status: str) -> None:
    """Move a cycle forward (planning -> active -> closed, skipping allowed).

    Setting the status it already has does nothing; going back is refused, since
    a closed cycle's pairs and reports are final.  Pairs are left as they are.
    """
    if status not in CYCLE_STATUSES:
        raise RuleError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Domain", "Unknown cycle status “{status}”: use planning, active or closed."
                ),
                status=status,
            )
        )
    cycle = _cycle(cycle_id)
    order = CYCLE_STATUSES.index
    if order(status) < order(cycle.status):
        raise RuleError(Message(_NO_GOING_BACK[(cycle.status, status)], name=cycle.name))
    if status != cycle.status:
        Cycle.update(status=status).where(Cycle.id == cycle_id).execute()


def _pair_counts() -> Counter[int]:
    query = (
        Pair.select(Pair.cycle, fn.COUNT(Pair.id))
        .where(Pair.status.in_(COUNTED_PAIR_STATUSES))
        .group_by(Pair.cycle)
    )
    return Counter(dict(raw_rows(query).fetchall()))


def _rows(query: Any) -> list[CycleRow]:
    counts = _pair_counts()
    return [
        CycleRow(cid, name, _as_date(start), _as_date(end), cadence, minutes, status, counts[cid])
        for cid, name, start, end, cadence, minutes, status in raw_rows(query).fetchall()
    ]


def _select() -> Any:
    c = Cycle
    return c.select(
        c.id, c.name, c.start_date, c.end_date, c.cadence_days, c.meeting_minutes, c.status
    )


def list_cycles() -> list[CycleRow]:
    """Every cycle, newest start first (the current one is usually at the top)."""
    return _rows(_select().order_by(Cycle.start_date.desc(), Cycle.id.desc()))


def get_cycle(cycle_id: int) -> CycleRow:
    rows = _rows(_select().where(Cycle.id == cycle_id))
    if not rows:
        raise RuleError(
            Message(QT_TRANSLATE_NOOP("Domain", "No cycle with id {cycle_id}."), cycle_id=cycle_id)
        )
    return rows[0]


def find_cycle(text: str) -> CycleRow:
    """The cycle named exactly ``text``, else the one whose id it is.

    The name wins, so a cycle called "2026" is found by its name even when
    another cycle happens to have id 2026.
    """
    wanted = text.strip()
    by_name = _rows(_select().where(Cycle.name == wanted))
    if by_name:
        return by_name[0]
    cycle_id = id_from_text(wanted)
    if cycle_id is not None:
        by_id = _rows(_select().where(Cycle.id == cycle_id))
        if by_id:
            return by_id[0]
    raise RuleError(
        Message(
            QT_TRANSLATE_NOOP(
                "Domain",
                "No cycle called “{wanted}” (give its id or exact name; see rmdesk cycle list).",
            ),
            wanted=wanted,
        )
    )


def milestones(cycle_id: int) -> list[tuple[str, dt.date]]:
    """(title, date) of the cycle's milestones in date order."""
    query = (
        Milestone.select(Milestone.title, Milestone.date)
        .where(Milestone.cycle == cycle_id)
        .order_by(Milestone.date, Milestone.id)
    )
    return [(title, _as_date(date)) for title, date in raw_rows(query).fetchall()]


class MilestoneRow(NamedTuple):
    id: int
    title: str
    date: dt.date


def milestone_rows(cycle_id: int) -> list[MilestoneRow]:
    """The cycle's milestones with their ids (for editing), in date order."""
    query = (
        Milestone.select(Milestone.id, Milestone.title, Milestone.date)
        .where(Milestone.cycle == cycle_id)
        .order_by(Milestone.date, Milestone.id)
    )
    return [MilestoneRow(mid, title, _as_date(date)) for mid, title, date in raw_rows(query)]


def update_milestones(changes: Iterable[tuple[int, str, dt.date]]) -> None:
    """(id, title, date) of several milestones, all or none (``update_milestone``)."""
    with database_proxy.atomic():
        for milestone_id, title, date in changes:
            update_milestone(milestone_id, title, date)


def update_milestone(milestone_id: int, title: str, date: dt.date) -> None:
    """Rename or move a milestone; the title is required and the date within the cycle.

    A renamed milestone no longer follows the cycle's dates when they change.
    """
    milestone = Milestone.get_or_none(Milestone.id == milestone_id)
    if milestone is None:
        raise RuleError(
            Message(
                QT_TRANSLATE_NOOP("Domain", "No milestone with id {milestone_id}."),
                milestone_id=milestone_id,
            )
        )
    cycle = _cycle(milestone.cycle_id)
    start, end = _as_date(cycle.start_date), _as_date(cycle.end_date)
    errors: dict[str, str] = {}
    if not title.strip():
        errors["title"] = Message(QT_TRANSLATE_NOOP("Domain", "Title is required."))
    if outside := outside_cycle_problem(date, start, end):
        errors["date"] = outside
    if errors:
        raise ValidationError(errors)
    Milestone.update(title=title.strip(), date=date).where(Milestone.id == milestone_id).execute()
