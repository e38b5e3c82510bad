"""Acknowledged attention items: the coordinator has seen one and takes it off the list
until a day they choose, with a note saying why ("mentor on leave until March").

An item is named by its pair, its kind and, for an overdue meeting, the meeting: a
new overdue meeting of the same pair is a new item.  Acknowledging again replaces
the earlier acknowledgement; withdrawing it brings the item back at once.  On the
day after ``until`` the item returns by itself if its rule still holds.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from rmdesk.programme.messages import QT_TRANSLATE_NOOP, Message
from rmdesk.programme.validation import RuleError, ValidationError
from rmdesk.store.models import AttentionAcknowledgement, Meeting, Pair, database_proxy
from rmdesk.store.rows import raw_rows
from rmdesk.store.values import ATTENTION_KINDS

NOTE_MAX = 2000


class Acknowledgement(NamedTuple):
    until: dt.date
    note: str
    made_on: dt.date


def _day(value: object) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


def acknowledged(
    cycle_id: int, today: dt.date
) -> dict[tuple[int, str, int | None], Acknowledgement]:
    """(pair, kind, meeting) -> its acknowledgement, for those still running today."""
    a = AttentionAcknowledgement
    query = (
        a.select(a.pair, a.kind, a.meeting, a.until, a.note, a.made_on)
        .join(Pair)
        .where((Pair.cycle == cycle_id) & (a.until >= today))
    )
    return {
        (pair_id, kind, meeting_id): Acknowledgement(_day(until), note, _day(made_on))
        for pair_id, kind, meeting_id, until, note, made_on in raw_rows(query).fetchall()
    }


def acknowledge(
    pair_id: int,
    kind: str,
    until: dt.date,
    note: str = "",
    *,
    meeting_id: int | None = None,
    today: dt.date | None = None,
) -> None:
    """Take an item off the list until ``until`` (today at the earliest), with a note."""
    today = today or dt.date.today()
    if kind not in ATTENTION_KINDS:
        raise RuleError(
            Message(QT_TRANSLATE_NOOP("Domain", "Unknown attention kind {kind}."), kind=kind)
        )
    note = note.strip()
    if until < today:
        raise ValidationError({
            "until": Message(QT_TRANSLATE_NOOP(
                "Domain", "Acknowledge until today or a later day, not {day}."), day=until),
        })  # fmt: skip
    if len(note) > NOTE_MAX:
        raise ValidationError({
            "note": Message(QT_TRANSLATE_NOOP(
                "Domain", "Keep the note under {count} characters."), count=NOTE_MAX),
        })  # fmt: skip
    with database_proxy.atomic():
        if not Pair.select().where(Pair.id == pair_id).exists():
            raise RuleError(
                Message(QT_TRANSLATE_NOOP("Domain", "No pair with id {pair_id}."), pair_id=pair_id)
            )
        if meeting_id is not None and not (
            Meeting.select().where((Meeting.id == meeting_id) & (Meeting.pair == pair_id)).exists()
        ):
            raise RuleError(
                Message(
                    QT_TRANSLATE_NOOP("Domain", "No meeting with id {meeting_id} in this pair."),
                    meeting_id=meeting_id,
                )
            )
        _delete(pair_id, kind, meeting_id)
        AttentionAcknowledgement.insert(
            pair=pair_id, kind=kind, meeting=meeting_id, until=until, note=note, made_on=today
        ).execute()


def withdraw(pair_id: int, kind: str, meeting_id: int | None = None) -> None:
    """Bring an acknowledged item back onto the list now."""
    with database_proxy.atomic():
        _delete(pair_id, kind, meeting_id)


def _delete(pair_id: int, kind: str, meeting_id: int | None) -> None:
    a = AttentionAcknowledgement
    same_meeting = a.meeting.is_null() if meeting_id is None else (a.meeting == meeting_id)
    a.delete().where((a.pair == pair_id) & (a.kind == kind) & same_meeting).execute()
