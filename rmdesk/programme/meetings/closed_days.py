"""Closed days (public holidays, office closures): no series plans a meeting on one,
and the window asks before a meeting is booked on one.

Stored one row per day (``closed_date``), so a series skips a day by a set lookup; the
coordinator thinks in ranges ("Christmas, 24 December to 1 January"), so they are
entered and listed as ranges: consecutive days with the same label read as one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import NamedTuple

from peewee import IntegrityError, fn

from rmdesk.programme.meetings.reading import MeetingRow, _date, _rows, _select
from rmdesk.programme.messages import QT_TRANSLATE_NOOP, Message
from rmdesk.programme.validation import ValidationError
from rmdesk.store.models import ClosedDate, Meeting, Pair, database_proxy
from rmdesk.store.rows import raw_rows

RANGE_MAX_DAYS = 366  # a closure longer than a year is a typing mistake
LABEL_MAX = 100


class ClosedRange(NamedTuple):
    """Closed days from ``first`` to ``last`` (both included), under one label."""

    first: dt.date
    last: dt.date
    label: str

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1


def closed_dates() -> list[tuple[dt.date, str]]:
    """(day, label) of every closed date, in date order."""
    query = ClosedDate.select(ClosedDate.date, ClosedDate.label).order_by(ClosedDate.date)
    return [(_date(day), label) for day, label in raw_rows(query).fetchall()]


def closed_ranges() -> list[ClosedRange]:
    """The closed days as ranges: consecutive days with the same label are one range."""
    ranges: list[ClosedRange] = []
    for day, label in closed_dates():
        last = ranges[-1] if ranges else None
        if last is not None and last.label == label and day == last.last + dt.timedelta(days=1):
            ranges[-1] = last._replace(last=day)
        else:
            ranges.append(ClosedRange(day, day, label))
    return ranges


def closed_label(day: dt.date) -> str | None:
    """The label of ``day`` if it is closed ("" when it has none), else None."""
    found = ClosedDate.select(ClosedDate.label).where(ClosedDate.date == day).tuples().first()
    return None if found is None else str(found[0])


def range_problems(first: dt.date, last: dt.date, label: str) -> dict[str, str]:
    """Why a range cannot be closed, as field -> message (empty when it can)."""
    errors: dict[str, str] = {}
    if last < first:
        errors["last"] = Message(
            QT_TRANSLATE_NOOP("Domain", "The last closed day must not be before the first.")
        )
    elif (last - first).days + 1 > RANGE_MAX_DAYS:
        errors["last"] = Message(
            QT_TRANSLATE_NOOP("Domain", "A closure is at most {days} days long."),
            days=RANGE_MAX_DAYS,
        )
    if len(label.strip()) > LABEL_MAX:
        errors["label"] = Message(
            QT_TRANSLATE_NOOP("Domain", "A label has at most {count} characters."),
            count=LABEL_MAX,
        )
    return errors


def closed_days_of(ranges: Iterable[tuple[dt.date, dt.date, str]]) -> dict[dt.date, str]:
    """Day -> label of every day the ranges close (ValidationError for a bad range).

    Where ranges overlap, the later one's label wins for the shared days.
    """
    wanted: dict[dt.date, str] = {}
    for first, last, label in ranges:
        errors = range_problems(first, last, label)
        if errors:
            raise ValidationError(errors)
        for offset in range((last - first).days + 1):
            wanted[first + dt.timedelta(days=offset)] = label.strip()
    return wanted


def planned_on_closed_days(
    closed: dict[dt.date, str] | None = None, *, cycle_id: int | None = None
) -> list[tuple[MeetingRow, str]]:
    """Planned meetings that fall on a closed day, with the day's label, by time.

    ``closed`` is day -> label (the stored closed days when None: the attention list);
    the Closed days dialog passes the days about to be saved, to ask before saving.
    """
    days = dict(closed_dates()) if closed is None else closed
    if not days:
        return []
    day = fn.SUBSTR(Meeting.starts_at, 1, 10)
    where = (Meeting.status == "planned") & day.in_([d.isoformat() for d in days])
    if cycle_id is not None:
        where &= Pair.cycle == cycle_id
    rows = _rows(_select().where(where).order_by(Meeting.starts_at, Meeting.id))
    return [(row, days[row.starts_at.date()]) for row in rows]


def closed_day_reason(label: str) -> str:
    """Why a meeting was cancelled for a closed day, as its notes keep it."""
    return f"closed day: {label}" if label else "closed day"


def replace_closed_days(
    ranges: Iterable[tuple[dt.date, dt.date, str]], *, cancel_planned: bool = False
) -> int:
    """Make exactly these ranges the closed days, all or nothing; returns how many days.

    Where ranges overlap, the later one's label wins for the shared days. With
    ``cancel_planned`` the planned meetings on those days are cancelled by the
    coordinator in the same transaction, the reason ("closed day: <label>") added to
    their notes; without, they stay planned (the attention list then names them).
    """
    wanted = closed_days_of(ranges)
    with database_proxy.atomic():
        if cancel_planned:
            for row, label in planned_on_closed_days(wanted):
                notes = "\n".join(part for part in (row.notes, closed_day_reason(label)) if part)
                Meeting.update(
                    status="cancelled",
                    cancelled_by="coordinator",
                    notes=notes,
                    revision=Meeting.revision + 1,
                ).where(Meeting.id == row.id).execute()
        ClosedDate.delete().execute()
        rows = [{"date": day, "label": label} for day, label in sorted(wanted.items())]
        for start in range(0, len(rows), 500):
            ClosedDate.insert_many(rows[start : start + 500]).execute()
    return len(wanted)


def add_closed_date(day: dt.date, label: str = "") -> None:
    """Mark ``day`` closed; marking it again only changes the label."""
    with database_proxy.atomic():
        updated = ClosedDate.update(label=label.strip()).where(ClosedDate.date == day).execute()
        if not updated:
            try:
                ClosedDate.insert(date=day, label=label.strip()).execute()
            except IntegrityError as error:  # a concurrent writer added it
                raise ValidationError(
                    {
                        "date": Message(
                            QT_TRANSLATE_NOOP("Domain", "Could not save: {error}."), error=error
                        )
                    }
                ) from error


def remove_closed_date(day: dt.date) -> None:
    ClosedDate.delete().where(ClosedDate.date == day).execute()
