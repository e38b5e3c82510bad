"""Writing meetings: enter, edit, move, mark held, cancelled or missed, delete.

A meeting is planned, then held, cancelled (by the mentor, the mentee or the
coordinator) or missed.  The rules:

* a held meeting is history: its time cannot change, it cannot be cancelled,
  marked missed or deleted (notes and agenda stay editable);
* a meeting cannot be marked held or missed before its day has come;
* rescheduling a cancelled or missed meeting plans it again;
* a meeting is planned or moved only within its cycle's dates (the rule milestones
  keep too: ``cycles.outside_cycle_problem``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from rmdesk.programme import code_words
from rmdesk.programme.cycles import outside_cycle_problem
from rmdesk.programme.meetings.reading import MeetingRow, _date, get_meeting
from rmdesk.programme.messages import QT_TRANSLATE_NOOP, Message, word
from rmdesk.programme.validation import RuleError, ValidationError, meeting_length_problem
from rmdesk.store.models import MEETING_MODES, Cycle, Meeting, Pair, database_proxy

CANCELLERS = ("mentor", "mentee", "coordinator")
_OPEN_PAIR_STATUSES = ("proposed", "active")


@dataclass
class MeetingData:
    """What a coordinator enters for a meeting."""

    pair_id: int
    starts_at: dt.datetime
    duration_minutes: int = 60
    mode: str = "video"
    location: str = ""
    agenda: str = ""
    notes: str = ""


def _stored(moment: dt.datetime) -> str:
    """A date-time as stored (Peewee's format): whole seconds, space-separated."""
    return moment.replace(microsecond=0, tzinfo=None).isoformat(sep=" ")


def _describe(row: MeetingRow) -> str:
    return Message(
        QT_TRANSLATE_NOOP("Domain", "The meeting of {mentor} and {mentee} on {when}"),
        mentor=row.mentor_name,
        mentee=row.mentee_name,
        when=row.starts_at.replace(second=0, microsecond=0),
    )


def validate_meeting(data: MeetingData, *, dates_checked: bool = True) -> dict[str, str]:
    """Every problem with ``data`` at once, as field -> message (empty when valid).

    ``dates_checked`` False skips the cycle's dates: editing the notes of a meeting that
    lies outside them (kept from before the rule) does not move it.
    """
    errors: dict[str, str] = {}
    pair = (
        Pair.select(Pair.status, Cycle.start_date, Cycle.end_date)
        .join(Cycle)
        .where(Pair.id == data.pair_id)
        .tuples()
        .first()
    )
    if pair is None:
        errors["pair_id"] = Message(
            QT_TRANSLATE_NOOP("Domain", "No pair with id {pair_id}."), pair_id=data.pair_id
        )
    elif pair[0] not in _OPEN_PAIR_STATUSES:
        errors["pair_id"] = Message(
            QT_TRANSLATE_NOOP(
                "Domain", "The pair is {status}: only proposed or active pairs meet."
            ),
            status=word(code_words.PAIR_STATUS, pair[0]),
        )
    errors.update(meeting_field_errors(data))
    if pair is not None and dates_checked and "starts_at" not in errors:
        outside = outside_cycle_problem(data.starts_at.date(), _date(pair[1]), _date(pair[2]))
        if outside is not None:
            errors["starts_at"] = outside
    return errors


def meeting_field_errors(data: MeetingData) -> dict[str, str]:
    """The rules on the meeting's own fields, needing no database (``rmdesk check`` runs
    them over every stored meeting, whatever its pair's status)."""
    errors: dict[str, str] = {}
    if not isinstance(data.starts_at, dt.datetime):
        errors["starts_at"] = Message(QT_TRANSLATE_NOOP("Domain", "A date and time are required."))
    if length := meeting_length_problem(data.duration_minutes):
        errors["duration_minutes"] = length
    if data.mode not in MEETING_MODES:
        errors["mode"] = Message(
            QT_TRANSLATE_NOOP("Domain", "Unknown mode “{mode}”: use in_person, video or phone."),
            mode=data.mode,
        )
    return errors


def _columns(data: MeetingData) -> dict[str, Any]:
    return {
        "pair": data.pair_id,
        "starts_at": _stored(data.starts_at),
        "duration_minutes": data.duration_minutes,
        "mode": data.mode,
        "location": data.location.strip(),
        "agenda": data.agenda,
        "notes": data.notes,
    }


def create_meeting(data: MeetingData) -> int:
    """Validate and insert a planned meeting."""
    errors = validate_meeting(data)
    if errors:
        raise ValidationError(errors)
    return int(Meeting.insert(**_columns(data)).execute())


def update_meeting(meeting_id: int, data: MeetingData) -> None:
    """Validate and save; a held meeting keeps its pair and its time (RuleError)."""
    with database_proxy.atomic():
        row = get_meeting(meeting_id)
        if row.status == "held" and (
            _stored(row.starts_at) != _stored(data.starts_at) or row.pair_id != data.pair_id
        ):
            raise RuleError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Domain", "{meeting} was held: its time and pair cannot change."
                    ),
                    meeting=_describe(row),
                )
            )
        moved = row.pair_id != data.pair_id or (
            isinstance(data.starts_at, dt.datetime)
            and row.starts_at.date() != data.starts_at.date()
        )
        errors = validate_meeting(data, dates_checked=moved)
        if row.pair_id == data.pair_id:
            # Notes of a pair that has since ended stay editable.
            errors.pop("pair_id", None)
        if errors:
            raise ValidationError(errors)
        Meeting.update(**_columns(data), revision=Meeting.revision + 1).where(
            Meeting.id == meeting_id
        ).execute()


def reschedule(meeting_id: int, starts_at: dt.datetime) -> None:
    """Move a meeting; a cancelled or missed one is planned again. RuleError if held."""
    with database_proxy.atomic():
        row = get_meeting(meeting_id)
        if row.status == "held":
            raise RuleError(
                Message(
                    QT_TRANSLATE_NOOP("Domain", "{meeting} was held: it cannot be rescheduled."),
                    meeting=_describe(row),
                )
            )
        cycle = (
            Cycle.select(Cycle.start_date, Cycle.end_date).join(Pair).where(Pair.id == row.pair_id)
        )
        start, end = cycle.tuples().get()
        if outside := outside_cycle_problem(starts_at.date(), _date(start), _date(end)):
            raise ValidationError({"starts_at": outside})
        Meeting.update(
            starts_at=_stored(starts_at),
            status="planned",
            cancelled_by="",
            revision=Meeting.revision + 1,
        ).where(Meeting.id == meeting_id).execute()


def allowed_marks(row: MeetingRow, today: dt.date | None = None) -> frozenset[str]:
    """The statuses ``row`` can be marked now, by the rules ``_set_status`` keeps: a
    held meeting none; held or missed only from its day on; never the one it has."""
    if row.status == "held":
        return frozenset()
    marks = {"cancelled"}
    if row.starts_at.date() <= (today or dt.date.today()):
        marks |= {"held", "missed"}
    return frozenset(marks - {row.status})


def _set_status(meeting_id: int, status: str, cancelled_by: str = "") -> None:
    with database_proxy.atomic():
        row = get_meeting(meeting_id)
        if row.status == "held" and status != "held":
            raise RuleError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Domain", "{meeting} was held: it cannot be marked {status}."
                    ),
                    meeting=_describe(row),
                    status=word(code_words.MEETING_STATUS, status),
                )
            )
        if status in ("held", "missed") and row.starts_at.date() > dt.date.today():
            raise RuleError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Domain", "{meeting} has not happened yet: it cannot be {status}."
                    ),
                    meeting=_describe(row),
                    status=word(code_words.MEETING_STATUS, status),
                )
            )
        Meeting.update(
            status=status, cancelled_by=cancelled_by, revision=Meeting.revision + 1
        ).where(Meeting.id == meeting_id).execute()


def mark_held(meeting_id: int) -> None:
    """The meeting took place (not before its day)."""
    _set_status(meeting_id, "held")


def mark_cancelled(meeting_id: int, by: str) -> None:
    """Called off by ``by`` (mentor, mentee or coordinator); not a held meeting."""
    if by not in CANCELLERS:
        raise ValidationError(
            {
                "cancelled_by": Message(
                    QT_TRANSLATE_NOOP(
                        "Domain", "Who cancelled: mentor, mentee or coordinator, not “{by}”."
                    ),
                    by=by,
                )
            }
        )
    _set_status(meeting_id, "cancelled", by)


def mark_missed(meeting_id: int) -> None:
    """Nobody came and nobody cancelled (not before its day; not a held meeting)."""
    _set_status(meeting_id, "missed")


def delete_meeting(meeting_id: int) -> None:
    """Remove a meeting entered by mistake; held meetings are history and stay."""
    with database_proxy.atomic():
        row = get_meeting(meeting_id)
        if row.status == "held":
            raise RuleError(
                Message(
                    QT_TRANSLATE_NOOP("Domain", "{meeting} was held: it cannot be deleted."),
                    meeting=_describe(row),
                )
            )
        Meeting.delete().where(Meeting.id == meeting_id).execute()
