"""Writing meetings: enter, edit, move, mark held, cancelled or missed, delete.

A meeting is planned, then held, cancelled (by the mentor, the mentee or the
coordinator) or missed.  The rules:

* a held meeting is history: its time cannot change, it cannot be cancelled,
  marked missed or deleted (notes and agenda stay editable);
* a meeting cannot be marked held or missed before its day has come;
* rescheduling a cancelled or missed meeting plans it again.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from rmdesk.programme.meetings.reading import MeetingRow, get_meeting
from rmdesk.programme.validation import RuleError, ValidationError, meeting_length_problem
from rmdesk.store.models import MEETING_MODES, Meeting, Pair, database_proxy

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


def _when(moment: dt.datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M")


def _describe(row: MeetingRow) -> str:
    return f"The meeting of {row.mentor_name} and {row.mentee_name} on {_when(row.starts_at)}"


def validate_meeting(data: MeetingData) -> dict[str, str]:
    """Every problem with ``data`` at once, as field -> message (empty when valid)."""
    errors: dict[str, str] = {}
    pair = Pair.select(Pair.status).where(Pair.id == data.pair_id).first()
    if pair is None:
        errors["pair_id"] = f"No pair with id {data.pair_id}."
    elif pair.status not in _OPEN_PAIR_STATUSES:
        errors["pair_id"] = (
            f"The pair is {pair.status.replace('_', ' ')}: only proposed or active pairs meet."
        )
    errors.update(meeting_field_errors(data))
    return errors


def meeting_field_errors(data: MeetingData) -> dict[str, str]:
    """The rules on the meeting's own fields, needing no database (``rmdesk check`` runs
    them over every stored meeting, whatever its pair's status)."""
    errors: dict[str, str] = {}
    if not isinstance(data.starts_at, dt.datetime):
        errors["starts_at"] = "A date and time are required."
    if length := meeting_length_problem(data.duration_minutes):
        errors["duration_minutes"] = length
    if data.mode not in MEETING_MODES:
        errors["mode"] = f"Unknown mode “{data.mode}”: use in_person, video or phone."
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
            raise RuleError(f"{_describe(row)} was held: its time and pair cannot change.")
        if row.pair_id == data.pair_id:
            # Notes of a pair that has since ended stay editable.
            errors = {k: v for k, v in validate_meeting(data).items() if k != "pair_id"}
        else:
            errors = validate_meeting(data)
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
            raise RuleError(f"{_describe(row)} was held: it cannot be rescheduled.")
        Meeting.update(
            starts_at=_stored(starts_at),
            status="planned",
            cancelled_by="",
            revision=Meeting.revision + 1,
        ).where(Meeting.id == meeting_id).execute()


def _set_status(meeting_id: int, status: str, cancelled_by: str = "") -> None:
    with database_proxy.atomic():
        row = get_meeting(meeting_id)
        if row.status == "held" and status != "held":
            raise RuleError(f"{_describe(row)} was held: it cannot be marked {status}.")
        if status in ("held", "missed") and row.starts_at.date() > dt.date.today():
            raise RuleError(f"{_describe(row)} has not happened yet: it cannot be {status}.")
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
            {"cancelled_by": f"Who cancelled: mentor, mentee or coordinator, not “{by}”."}
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
            raise RuleError(f"{_describe(row)} was held: it cannot be deleted.")
        Meeting.delete().where(Meeting.id == meeting_id).execute()
