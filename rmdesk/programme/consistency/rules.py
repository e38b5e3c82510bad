"""The rules of one row: values of the wrong shape, values outside their column's
list of known ones, and the domain's own per-record rules (a row of the wrong shape is
not run through them).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

from rmdesk.programme.assessments import (
    satisfaction_problem,
    scores_problem,
    take_part_again_problem,
)
from rmdesk.programme.consistency.shapes import (
    _ODD,
    Row,
    _label,
    _plainly_fine,
    _shown,
    _Table,
)
from rmdesk.programme.consistency.wording import Problem
from rmdesk.programme.cycles import CycleData, cycle_field_errors
from rmdesk.programme.goals import GoalData, goal_field_errors, progress_problem
from rmdesk.programme.meetings import MeetingData, meeting_field_errors
from rmdesk.programme.messages import QT_TRANSLATE_NOOP, Message
from rmdesk.programme.pairs import end_date_problem, same_person_problem
from rmdesk.programme.participants import field_errors
from rmdesk.programme.records import ParticipantData
from rmdesk.store.models import (
    ASSESSMENT_PHASES,
    CYCLE_STATUSES,
    FIT_ANSWERS,
    GOAL_OWNERS,
    MEETING_CANCELLERS,
    MEETING_STATUSES,
    PAIR_STATUSES,
    ROLES,
    TOPIC_KINDS,
)

Rule = Callable[[Row], Iterable[tuple[str, str]]]
# The rows of a table whose values have the right shapes: (place in the table, row).
Placed = list[tuple[int, Row]]
# A problem and where it goes in the report: (table's place, row's place, problem).
Found = tuple[int, int, Problem]

# Columns whose values come from a fixed list, where no domain rule of the row checks it
# (participant role and work mode, goal owner and status, meeting mode: see _RULES).
_KNOWN: dict[tuple[str, str], tuple[str, ...]] = {
    ("participant_topic", "kind"): TOPIC_KINDS,
    ("cycle", "status"): CYCLE_STATUSES,
    ("pair", "status"): PAIR_STATUSES,
    ("meeting", "status"): MEETING_STATUSES,
    ("meeting", "cancelled_by"): MEETING_CANCELLERS,
    ("goal_template", "owner"): GOAL_OWNERS,
    ("assessment", "phase"): ASSESSMENT_PHASES,
    ("assessment_dimension", "role"): ROLES,
    ("fit_check", "answer"): FIT_ANSWERS,
}


def _shapes(
    table: str, spec: _Table, columns: Sequence[str], rows: Sequence[Sequence[Any]], at: int
) -> tuple[list[Found], set[int]]:
    """Values of the wrong shape, and the places of their rows. Column by column: a cheap
    test picks the values worth a full look (most are plainly fine)."""
    found: list[Found] = []
    bad: set[int] = set()
    key_at = columns.index(spec.key) if spec.key in columns else None
    for i, column in enumerate(columns):
        if column not in spec.columns:
            continue
        check, nullable = spec.columns[column]
        if _plainly_fine(check, [values[i] for values in rows], nullable):
            continue
        for place in _ODD[check](rows, i):
            value = rows[place][i]
            message: str | None
            if value is None:
                message = (
                    None
                    if nullable
                    else Message(QT_TRANSLATE_NOOP("Domain", "has no value; one is required."))
                )
            else:
                message = check(value)
            if message is not None:
                label = _label(rows[place][key_at] if key_at is not None else None, place)
                found.append((at, place, Problem(table, label, column, message)))
                bad.add(place)
    return found, bad


def _day(text: str | None) -> dt.date | None:
    return None if text is None else dt.date.fromisoformat(text)


def _participant(row: Row) -> Iterator[tuple[str, str]]:
    data = ParticipantData(
        full_name=row["full_name"], role=row["role"], level=row["level"],
        work_mode=row["work_mode"], capacity=row["capacity"], email=row["email"] or "",
    )  # fmt: skip
    yield from field_errors(data).items()


def _cycle(row: Row) -> Iterator[tuple[str, str]]:
    data = CycleData(
        row["name"], _day(row["start_date"]), _day(row["end_date"]), row["cadence_days"],
        row["meeting_minutes"],
    )  # fmt: skip
    yield from cycle_field_errors(data).items()


def _pair(row: Row) -> Iterator[tuple[str, str]]:
    problem = same_person_problem(row["mentor_id"], row["mentee_id"])
    if problem is not None:
        yield "mentee_id", problem
    ended = _day(row["ended_on"])
    problem = end_date_problem(_day(row["started_on"]), ended) if ended is not None else None
    if problem is not None:
        yield "ended_on", problem


def _meeting(row: Row) -> Iterator[tuple[str, str]]:
    starts_at = dt.datetime.fromisoformat(row["starts_at"])
    data = MeetingData(row["pair_id"], starts_at, row["duration_minutes"], row["mode"])
    yield from meeting_field_errors(data).items()
    if row["revision"] < 0:
        yield (
            "revision",
            Message(
                QT_TRANSLATE_NOOP(
                    "Domain", "A meeting's revision counts its changes from 0, not {revision}."
                ),
                revision=row["revision"],
            ),
        )


def _goal(row: Row) -> Iterator[tuple[str, str]]:
    data = GoalData(
        row["owner"], row["title"], row["topic_id"], row["success_measure"],
        _day(row["target_date"]), row["status"],
    )  # fmt: skip
    yield from goal_field_errors(data).items()
    yield from _progress(row)


def _progress(row: Row) -> Iterator[tuple[str, str]]:
    problem = progress_problem(row["progress"])
    if problem is not None:
        yield "progress", problem


def _assessment(row: Row) -> Iterator[tuple[str, str]]:
    problem = satisfaction_problem(row["satisfaction"])
    if problem is not None:
        yield "satisfaction", problem
    again = take_part_again_problem(row["phase"], row.get("take_part_again"))
    if again is not None:
        yield "take_part_again", again


def _score(row: Row) -> Iterator[tuple[str, str]]:
    problem = scores_problem({row["dimension"]: row["score"]})
    if problem is not None:
        yield "score", problem


_RULES: dict[str, Rule] = {
    "participant": _participant,
    "cycle": _cycle,
    "pair": _pair,
    "meeting": _meeting,
    "goal": _goal,
    "goal_update": _progress,
    "assessment": _assessment,
    "assessment_score": _score,
}


def _unknown_values(
    table: str,
    spec: _Table,
    columns: Sequence[str],
    rows: Sequence[Sequence[Any]],
    bad: set[int],
    at: int,
) -> Iterator[Found]:
    """Values outside their column's list of known ones (column by column: fast)."""
    key_at = columns.index(spec.key) if spec.key in columns else None
    for (name, column), known in _KNOWN.items():
        if name != table or column not in columns:
            continue
        i = columns.index(column)
        listed = ", ".join(value or "(none)" for value in known)
        for place, values in enumerate(rows):
            if values[i] not in known and place not in bad:
                message = Message(
                    QT_TRANSLATE_NOOP("Domain", "{value} is not one of: {listed}."),
                    value=_shown(values[i]),
                    listed=listed,
                )
                key = values[key_at] if key_at is not None else None
                yield at, place, Problem(table, _label(key, place), column, message)
