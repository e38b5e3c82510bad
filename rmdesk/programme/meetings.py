"""Meetings: when each pair meets, what happened, and which pairs need a nudge.

A meeting is planned, then held, cancelled (by the mentor, the mentee or the
coordinator) or missed.  The rules:

* a held meeting is history: its time cannot change, it cannot be cancelled,
  marked missed or deleted (notes and agenda stay editable);
* a meeting cannot be marked held or missed before its day has come;
* rescheduling a cancelled or missed meeting plans it again.

Times are naive local date-times, stored as SQLite text ("2026-03-02 10:00:00"),
so ranges are plain text comparisons on the ``starts_at`` index.

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
from dataclasses import dataclass
from typing import Any, NamedTuple

from dateutil.rrule import DAILY, rrule
from peewee import IntegrityError, fn

from rmdesk.programme.validation import (
    RuleError,
    ValidationError,
    meeting_length_problem,
)
from rmdesk.store.models import (
    MEETING_MODES,
    ClosedDate,
    Cycle,
    FitCheck,
    Meeting,
    Pair,
    Participant,
    database_proxy,
)
from rmdesk.store.rows import raw_rows

CANCELLERS = ("mentor", "mentee", "coordinator")
DEFAULT_QUIET_DAYS = 30
ATTENTION_KINDS = ("quiet", "cancellations", "no_next", "overdue", "not_a_good_fit")
# Meetings that take up someone's time (for overlaps): not cancelled or missed ones.
_BUSY_STATUSES = ("planned", "held")
_OPEN_PAIR_STATUSES = ("proposed", "active")


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


class SeriesResult(NamedTuple):
    """``created`` meetings inserted; ``existing`` pair-days that already had a meeting;
    ``closed`` distinct series days skipped because they are closed dates."""

    created: int
    existing: int
    closed: int


class Overlap(NamedTuple):
    """Two planned or held meetings of one person that overlap in time."""

    participant_id: int
    name: str
    first: MeetingRow
    second: MeetingRow


class AttentionItem(NamedTuple):
    pair_id: int
    mentor_name: str
    mentee_name: str
    kind: str
    detail: str
    meeting_id: int | None


# ---------------------------------------------------------------- helpers


def _datetime(value: Any) -> dt.datetime:
    return value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(str(value))


def _date(value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


def _stored(moment: dt.datetime) -> str:
    """A date-time as stored (Peewee's format): whole seconds, space-separated."""
    return moment.replace(microsecond=0, tzinfo=None).isoformat(sep=" ")


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


def _when(moment: dt.datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M")


def _describe(row: MeetingRow) -> str:
    return f"The meeting of {row.mentor_name} and {row.mentee_name} on {_when(row.starts_at)}"


# ---------------------------------------------------------------- reading


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
        raise RuleError(f"No meeting with id {meeting_id}.")
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


# ---------------------------------------------------------------- writing


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


# ---------------------------------------------------------------- closed dates


def closed_dates() -> list[tuple[dt.date, str]]:
    """(day, label) of every closed date, in date order."""
    query = ClosedDate.select(ClosedDate.date, ClosedDate.label).order_by(ClosedDate.date)
    return [(_date(day), label) for day, label in raw_rows(query).fetchall()]


def add_closed_date(day: dt.date, label: str = "") -> None:
    """Mark ``day`` closed; marking it again only changes the label."""
    with database_proxy.atomic():
        updated = ClosedDate.update(label=label.strip()).where(ClosedDate.date == day).execute()
        if not updated:
            try:
                ClosedDate.insert(date=day, label=label.strip()).execute()
            except IntegrityError as error:  # a concurrent writer added it
                raise ValidationError({"date": f"Could not save: {error}."}) from error


def remove_closed_date(day: dt.date) -> None:
    ClosedDate.delete().where(ClosedDate.date == day).execute()


# ---------------------------------------------------------------- series


def _cycle(cycle_id: int) -> Any:
    cycle = Cycle.get_or_none(Cycle.id == cycle_id)
    if cycle is None:
        raise RuleError(f"No cycle with id {cycle_id}.")
    return cycle


def _series_pairs(cycle_id: int, pair_ids: Sequence[int] | None) -> list[int]:
    if pair_ids is None:
        query = Pair.select(Pair.id).where((Pair.cycle == cycle_id) & (Pair.status == "active"))
        return [pid for (pid,) in raw_rows(query.order_by(Pair.id)).fetchall()]
    wanted = list(dict.fromkeys(pair_ids))
    query = Pair.select(Pair.id, Pair.cycle, Pair.status).where(Pair.id.in_(wanted))
    found = {pid: (cid, status) for pid, cid, status in raw_rows(query).fetchall()}
    for pid in wanted:
        if pid not in found or found[pid][0] != cycle_id:
            raise RuleError(f"No pair with id {pid} in this cycle.")
        if found[pid][1] not in _OPEN_PAIR_STATUSES:
            status = found[pid][1].replace("_", " ")
            raise RuleError(f"Pair {pid} is {status}: only proposed or active pairs meet.")
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
    given, moves the first day forward to that weekday.  The series runs until
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
        errors["every_days"] = f"Meetings must be every 1 to 366 days, not {every}."
    if first is None:
        first = max(start, dt.date.today())
    elif not start <= first <= end:
        errors["first"] = f"The first meeting must be within the cycle ({start} to {end})."
    if weekday is not None and not 0 <= weekday <= 6:
        errors["weekday"] = f"Weekday is 0 (Monday) to 6 (Sunday), not {weekday}."
    if errors:
        raise ValidationError(errors)
    if weekday is not None:
        first += dt.timedelta(days=(weekday - first.weekday()) % 7)
    moments = (
        list(
            rrule(
                DAILY,
                interval=every,
                dtstart=dt.datetime.combine(first, at),
                until=dt.datetime.combine(end, at),
            )
        )
        if first <= end
        else []
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


# ---------------------------------------------------------------- overlaps


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


# ---------------------------------------------------------------- attention


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def attention(
    cycle_id: int, *, today: dt.date | None = None, quiet_days: int = DEFAULT_QUIET_DAYS
) -> list[AttentionItem]:
    """Active pairs that need the coordinator, by mentor then mentee name then kind:

    * ``quiet``: no meeting held for more than ``quiet_days`` days (counted from
      the last held meeting, else from the day the pair started);
    * ``cancellations``: the last two or more past-or-decided meetings (held,
      cancelled, missed; planned ones ignored) were all cancelled;
    * ``no_next``: no planned meeting today or later, while the cycle still runs;
    * ``overdue``: a meeting before today still marked planned (one item each);
    * ``not_a_good_fit``: someone answered the pairing-fit check "not a good fit"
      (one item per person who said so).
    """
    today = today or dt.date.today()
    cycle = _cycle(cycle_id)
    cycle_start, cycle_end = _date(cycle.start_date), _date(cycle.end_date)
    mentor, mentee = Participant.alias(), Participant.alias()
    pair_query = (
        Pair.select(Pair.id, mentor.full_name, mentee.full_name, Pair.started_on)
        .join(mentor, on=(Pair.mentor == mentor.id))
        .switch(Pair)
        .join(mentee, on=(Pair.mentee == mentee.id))
        .where((Pair.cycle == cycle_id) & (Pair.status == "active"))
    )
    pairs = raw_rows(pair_query).fetchall()
    meeting_query = (
        Meeting.select(Meeting.pair, Meeting.id, Meeting.starts_at, Meeting.status,
                       Meeting.cancelled_by)
        .join(Pair)
        .where((Pair.cycle == cycle_id) & (Pair.status == "active"))
        .order_by(Meeting.pair, Meeting.starts_at, Meeting.id)
    )  # fmt: skip
    by_pair: dict[int, list[tuple[int, str, str, str]]] = defaultdict(list)
    for pid, mid, starts, status, by in raw_rows(meeting_query).fetchall():
        by_pair[pid].append((mid, str(starts), status, by))
    today_text = _day_start(today)
    unfit = _not_a_good_fit(cycle_id)
    items: list[AttentionItem] = []
    for pid, mentor_name, mentee_name, started in pairs:
        meetings = by_pair.get(pid, [])
        found: list[tuple[str, str, int | None]] = []
        held = [starts for _, starts, status, _ in meetings if status == "held"]
        since = _date(held[-1]) if held else (_date(started) if started else cycle_start)
        quiet_for = (today - since).days
        if quiet_for > quiet_days:
            found.append(("quiet", f"No meeting held for {quiet_for} days.", None))
        decided = [(status, by) for _, _, status, by in meetings if status != "planned"]
        run = 0
        for status, _ in reversed(decided):
            if status != "cancelled":
                break
            run += 1
        if run >= 2:
            last_by = decided[-1][1]
            who = f" (last by the {last_by})" if last_by else ""
            found.append(("cancellations", f"{run} cancellations in a row{who}.", None))
        if today <= cycle_end and not any(
            status == "planned" and starts >= today_text for _, starts, status, _ in meetings
        ):
            found.append(("no_next", "No next meeting planned.", None))
        for mid, starts, status, _ in meetings:
            if status == "planned" and starts < today_text:
                found.append(("overdue", f"Meeting on {starts[:10]} is still marked planned.", mid))
        found.extend(("not_a_good_fit", detail, None) for detail in unfit.get(pid, []))
        items.extend(
            AttentionItem(pid, mentor_name, mentee_name, kind, detail, mid)
            for kind, detail, mid in found
        )
    order = {kind: i for i, kind in enumerate(ATTENTION_KINDS)}
    # Stable sort: several answers of one pair keep their (mentee first) order.
    items.sort(key=lambda i: (i.mentor_name, i.mentee_name, i.pair_id, order[i.kind]))
    return items


def _not_a_good_fit(cycle_id: int) -> dict[int, list[str]]:
    """Active pair id -> what each person who answered "not a good fit" said (mentee first)."""
    query = (
        FitCheck.select(FitCheck.pair, Participant.full_name, Participant.role, FitCheck.date,
                        FitCheck.note)
        .join(Pair)
        .switch(FitCheck)
        .join(Participant)
        .where((Pair.cycle == cycle_id) & (Pair.status == "active")
               & (FitCheck.answer == "not_a_good_fit"))
        .order_by(FitCheck.pair, Participant.role)  # 'mentee' < 'mentor'
    )  # fmt: skip
    found: dict[int, list[str]] = defaultdict(list)
    for pid, name, role, day, note in raw_rows(query).fetchall():
        said = f"{name} ({role}) said on {str(day)[:10]} it is not a good fit"
        found[pid].append(f"{said}: {note}" if note else f"{said}.")
    return found
