"""Series of meetings until the cycle ends, skipping closed days (``closed_days.py``).

A series (``schedule_series``) fills a pair's calendar from a first day every N
days until the cycle's last day *inclusive* (python-dateutil's ``rrule``), skips
closed dates (holidays), and never touches a meeting that exists: a day on which
the pair already has a meeting, whatever its status, counts as done.  Running it
twice therefore creates nothing the second time, and held meetings never move.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from dateutil.rrule import DAILY, rrule
from peewee import fn

from rmdesk.programme import code_words
from rmdesk.programme.cycles import outside_cycle_problem
from rmdesk.programme.meetings.closed_days import closed_dates
from rmdesk.programme.meetings.reading import _cycle, _date, _day_start
from rmdesk.programme.meetings.writing import _OPEN_PAIR_STATUSES, _stored
from rmdesk.programme.messages import QT_TRANSLATE_NOOP, Message, word
from rmdesk.programme.validation import RuleError, ValidationError
from rmdesk.store.models import Meeting, Pair, database_proxy
from rmdesk.store.rows import raw_rows


class SeriesResult(NamedTuple):
    """``created`` meetings inserted; ``existing`` pair-days that already had a meeting;
    ``closed`` distinct series days skipped because they are closed dates."""

    created: int
    existing: int
    closed: int


def _series_pairs(cycle_id: int, pair_ids: Sequence[int] | None) -> list[int]:
    if pair_ids is None:
        query = Pair.select(Pair.id).where((Pair.cycle == cycle_id) & (Pair.status == "active"))
        return [pid for (pid,) in raw_rows(query.order_by(Pair.id)).fetchall()]
    wanted = list(dict.fromkeys(pair_ids))
    query = Pair.select(Pair.id, Pair.cycle, Pair.status).where(Pair.id.in_(wanted))
    found = {pid: (cid, status) for pid, cid, status in raw_rows(query).fetchall()}
    for pid in wanted:
        if pid not in found or found[pid][0] != cycle_id:
            raise RuleError(
                Message(
                    QT_TRANSLATE_NOOP("Domain", "No pair with id {pid} in this cycle."), pid=pid
                )
            )
        if found[pid][1] not in _OPEN_PAIR_STATUSES:
            raise RuleError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Domain", "Pair {pid} is {status}: only proposed or active pairs meet."
                    ),
                    pid=pid,
                    status=word(code_words.PAIR_STATUS, found[pid][1]),
                )
            )
    return wanted


def _existing_days(pair_ids: list[int], start: dt.date) -> dict[int, list[int]]:
    """Per pair, the sorted day ordinals of its meetings from ``start`` on, any status."""
    day = fn.SUBSTR(Meeting.starts_at, 1, 10)
    found: dict[int, set[int]] = defaultdict(set)
    for chunk in _chunks(pair_ids, 500):
        query = (
            Meeting.select(Meeting.pair, day)
            .where(Meeting.pair.in_(chunk) & (Meeting.starts_at >= _day_start(start)))
            .distinct()
        )
        for pair_id, iso_day in raw_rows(query).fetchall():
            found[pair_id].add(dt.date.fromisoformat(iso_day).toordinal())
    return {pair_id: sorted(days) for pair_id, days in found.items()}


def _slot_taken(days: list[int], slot: int, reach: int) -> bool:
    """Whether a meeting lies within ``reach`` days of the series slot ``slot``."""
    i = bisect_left(days, slot - reach)
    return i < len(days) and days[i] <= slot + reach


def _chunks(items: list[int], size: int) -> Iterable[list[int]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def default_first_day(cycle_id: int) -> dt.date:
    """Where a series starts when nobody says: the later of the cycle's start and today
    (the window's Schedule meetings proposes the same day). After the cycle's end when
    the cycle is over: ``schedule_series`` refuses to start there."""
    return max(_date(_cycle(cycle_id).start_date), dt.date.today())


def first_day_problem(cycle_id: int) -> Message | None:
    """Why a series cannot start on its default first day (the cycle is over), or None:
    Schedule meetings says it before anything is typed."""
    end = _date(_cycle(cycle_id).end_date)
    return _starts_after_end(end) if default_first_day(cycle_id) > end else None


def _starts_after_end(end: dt.date) -> Message:
    return Message(
        QT_TRANSLATE_NOOP("Domain", "The cycle ends on {end}: a series cannot start after it."),
        end=end,
    )


def schedule_series(
    cycle_id: int,
    *,
    pair_ids: Sequence[int] | None = None,
    first: dt.date | None = None,
    at: dt.time = dt.time(10, 0),
    every_days: int | None = None,
    weekday: int | None = None,
) -> SeriesResult:
    """Plan meetings every ``every_days`` (default: the cycle's cadence) at ``at``.

    ``pair_ids`` None means all active pairs of the cycle; ``first`` None means
    the later of the cycle's start and today; ``weekday`` (0 = Monday), when
    given, moves the first day forward to that weekday.  A series that would start
    after the cycle ends, or a first day outside the cycle, is refused.  The series runs until
    the cycle's end date inclusive; closed dates are skipped (not moved).  A slot
    the pair already meets near (any meeting within half the interval, so one that
    was moved a few days still counts) is left alone, so running it again adds
    only what is missing.  One transaction.
    """
    cycle = _cycle(cycle_id)
    start, end = _date(cycle.start_date), _date(cycle.end_date)
    every = cycle.cadence_days if every_days is None else every_days
    errors: dict[str, str] = {}
    if not 1 <= every <= 366:
        errors["every_days"] = Message(
            QT_TRANSLATE_NOOP("Domain", "Meetings must be every 1 to 366 days, not {every}."),
            every=every,
        )
    if first is None:
        first = default_first_day(cycle_id)
        if first > end:
            errors["first"] = _starts_after_end(end)
    elif outside := outside_cycle_problem(first, start, end):
        errors["first"] = outside  # the rule of every meeting and milestone
    if weekday is not None and not 0 <= weekday <= 6:
        errors["weekday"] = Message(
            QT_TRANSLATE_NOOP("Domain", "Weekday is 0 (Monday) to 6 (Sunday), not {weekday}."),
            weekday=weekday,
        )
    if errors:
        raise ValidationError(errors)
    if weekday is not None:
        first += dt.timedelta(days=(weekday - first.weekday()) % 7)
        if first > end:
            raise ValidationError({"first": _starts_after_end(end)})
    moments = list(
        rrule(
            DAILY,
            interval=every,
            dtstart=dt.datetime.combine(first, at),
            until=dt.datetime.combine(end, at),
        )
    )
    closed = {day for day, _ in closed_dates()}
    open_moments = [m for m in moments if m.date() not in closed]
    skipped = len(moments) - len(open_moments)
    stamps = [(_stored(m), m.date().toordinal()) for m in open_moments]
    minutes = int(cycle.meeting_minutes)
    reach = (every - 1) // 2  # half the interval: never two slots' reach overlapping
    with database_proxy.atomic():
        pairs = _series_pairs(cycle_id, pair_ids)
        since = first - dt.timedelta(days=reach)
        existing_days = _existing_days(pairs, since) if pairs and stamps else {}
        rows = []
        existing = 0
        for pid in pairs:
            days = existing_days.get(pid, [])
            for stamp, slot in stamps:
                if days and _slot_taken(days, slot, reach):
                    existing += 1
                else:
                    rows.append((pid, stamp, minutes))
        if rows:
            # Straight to sqlite3: ~10,000 rows in a few milliseconds.
            database_proxy.connection().executemany(
                'INSERT INTO "meeting" ("pair_id", "starts_at", "duration_minutes", "mode", '
                '"location", "agenda", "status", "notes", "cancelled_by") '
                "VALUES (?, ?, ?, 'video', '', '', 'planned', '', '')",
                rows,
            )
    return SeriesResult(created=len(rows), existing=existing, closed=skipped)
