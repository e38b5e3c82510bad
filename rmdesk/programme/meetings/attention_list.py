"""The attention list: active pairs that need a nudge from the coordinator, and why.

Each item has a kind and a severity, and the list reads most urgent first: a pair
that said "not a good fit" or keeps cancelling (high), then overdue meetings and
pairs gone quiet (medium), then pairs with no next meeting (low).  The rules are
in ``attention``'s docstring; an item the coordinator has acknowledged stays off
the list until the day they chose (``acknowledgements.py``).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import NamedTuple

from rmdesk.programme import code_words
from rmdesk.programme.meetings.acknowledgements import Acknowledgement, acknowledged
from rmdesk.programme.meetings.closed_days import planned_on_closed_days
from rmdesk.programme.meetings.reading import _cycle, _date, _day_start
from rmdesk.programme.messages import QT_TRANSLATE_NOOP, Message, word
from rmdesk.programme.names import name_key
from rmdesk.store.models import FitCheck, Meeting, Pair, Participant
from rmdesk.store.rows import raw_rows
from rmdesk.store.values import ATTENTION_KINDS

DEFAULT_QUIET_DAYS = 30
SEVERITIES = ("high", "medium", "low")  # most urgent first
SEVERITY = {
    "not_a_good_fit": "high",
    "cancellations": "high",
    "closed_day": "medium",
    "overdue": "medium",
    "quiet": "medium",
    "no_next": "low",
}
# What the status bar counts: items at least this severe.
COUNTED_SEVERITY = "medium"


class AttentionItem(NamedTuple):
    pair_id: int
    mentor_name: str
    mentee_name: str
    kind: str
    detail: str
    meeting_id: int | None
    severity: str = "low"
    acknowledged: Acknowledgement | None = None


def attention(
    cycle_id: int,
    *,
    today: dt.date | None = None,
    quiet_days: int = DEFAULT_QUIET_DAYS,
    include_acknowledged: bool = False,
) -> list[AttentionItem]:
    """Active pairs that need the coordinator, most severe first (then by kind, in the
    order of ``ATTENTION_KINDS``, then by mentor and mentee name):

    * ``not_a_good_fit`` (high): someone answered the pairing-fit check "not a good
      fit" (one item per person who said so);
    * ``cancellations`` (high): the last two or more past-or-decided meetings (held,
      cancelled, missed; planned ones ignored) were all cancelled;
    * ``closed_day`` (medium): a meeting from today on still planned on a closed day
      (one each: cancel it or move it);
    * ``overdue`` (medium): a meeting before today still marked planned (one each);
    * ``quiet`` (medium): no meeting held for more than ``quiet_days`` days (counted
      from the last held meeting, else from the day the pair started);
    * ``no_next`` (low): no planned meeting today or later, while the next one would
      be due (one meeting interval after the last meeting before today, else after
      the start) before the cycle ends.

    Items acknowledged until today or later are left out unless
    ``include_acknowledged``; they then carry their acknowledgement.
    """
    today = today or dt.date.today()
    cycle = _cycle(cycle_id)
    cycle_start, cycle_end = _date(cycle.start_date), _date(cycle.end_date)
    cadence = dt.timedelta(days=cycle.cadence_days)
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
    on_closed = _on_closed_days(cycle_id, today_text)
    seen = acknowledged(cycle_id, today)
    items: list[AttentionItem] = []
    for pid, mentor_name, mentee_name, started in pairs:
        meetings = by_pair.get(pid, [])
        begun = _date(started) if started else cycle_start
        found: list[tuple[str, str, int | None]] = []
        found.extend(("not_a_good_fit", detail, None) for detail in unfit.get(pid, []))
        cancelled = _cancellation_run(meetings)
        if cancelled is not None:
            found.append(("cancellations", cancelled, None))
        found.extend(("closed_day", detail, mid) for mid, detail in on_closed.get(pid, []))
        for mid, starts, status, _ in meetings:
            if status == "planned" and starts < today_text:
                late = QT_TRANSLATE_NOOP("Domain", "The meeting on {day} is still marked planned.")
                found.append(("overdue", Message(late, day=_date(starts)), mid))
        held = [starts for _, starts, status, _ in meetings if status == "held"]
        quiet_for = (today - (_date(held[-1]) if held else begun)).days
        if quiet_for > quiet_days:
            quiet = QT_TRANSLATE_NOOP("Domain", "No meeting held for {days} days.")
            found.append(("quiet", Message(quiet, days=quiet_for), None))
        if _next_meeting_due(meetings, today_text, begun, cadence, today, cycle_end):
            no_next = QT_TRANSLATE_NOOP(
                "Domain", "No next meeting planned, and one is due before the cycle ends."
            )
            found.append(("no_next", Message(no_next), None))
        for kind, detail, mid in found:
            ack = seen.get((pid, kind, mid))
            if ack is None or include_acknowledged:
                items.append(
                    AttentionItem(
                        pid, mentor_name, mentee_name, kind, detail, mid, SEVERITY[kind], ack
                    )
                )
    severity_rank = {severity: i for i, severity in enumerate(SEVERITIES)}
    kind_rank = {kind: i for i, kind in enumerate(ATTENTION_KINDS)}
    # Stable sort: several answers of one pair keep their (mentee first) order.
    items.sort(
        key=lambda i: (
            severity_rank[i.severity],
            kind_rank[i.kind],
            name_key(i.mentor_name),
            name_key(i.mentee_name),
            i.pair_id,
        )
    )
    return items


def pairs_needing_attention(items: list[AttentionItem]) -> int:
    """How many pairs have an unacknowledged item at least ``COUNTED_SEVERITY`` severe
    (the status bar's count: a pair with only a missing next meeting is not counted)."""
    limit = SEVERITIES.index(COUNTED_SEVERITY)
    return len(
        {
            item.pair_id
            for item in items
            if item.acknowledged is None and SEVERITIES.index(item.severity) <= limit
        }
    )


def _cancellation_run(meetings: list[tuple[int, str, str, str]]) -> str | None:
    """The item's detail when the last two or more decided meetings were cancelled."""
    decided = [(status, by) for _, _, status, by in meetings if status != "planned"]
    run = 0
    for status, _ in reversed(decided):
        if status != "cancelled":
            break
        run += 1
    if run < 2:
        return None
    last_by = decided[-1][1]
    if last_by:
        return Message(
            QT_TRANSLATE_NOOP("Domain", "{count} cancellations in a row (the last by the {by})."),
            count=run,
            by=word(code_words.CANCELLER, last_by),
        )
    return Message(QT_TRANSLATE_NOOP("Domain", "{count} cancellations in a row."), count=run)


def _next_meeting_due(
    meetings: list[tuple[int, str, str, str]],
    today_text: str,
    begun: dt.date,
    cadence: dt.timedelta,
    today: dt.date,
    cycle_end: dt.date,
) -> bool:
    """True when nothing is planned from today on and a meeting falls due before the
    cycle ends: one interval after the last meeting before today (else the start)."""
    if today > cycle_end:
        return False
    if any(status == "planned" and starts >= today_text for _, starts, status, _ in meetings):
        return False
    past = [starts for _, starts, _, _ in meetings if starts < today_text]
    due = max((_date(past[-1]) if past else begun) + cadence, today)
    return due <= cycle_end


def _on_closed_days(cycle_id: int, today_text: str) -> dict[int, list[tuple[int, str]]]:
    """Pair id -> (meeting, detail) of its planned meetings from today on a closed day
    (earlier ones are already overdue)."""
    found: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for row, label in planned_on_closed_days(cycle_id=cycle_id):
        if _day_start(row.starts_at.date()) < today_text:
            continue
        text = QT_TRANSLATE_NOOP(
            "Domain", "The meeting on {day} at {time} is planned on a closed day ({label})."
        )
        day, time = row.starts_at.date(), row.starts_at.time()
        found[row.pair_id].append((row.id, Message(text, day=day, time=time, label=label or "—")))
    return found


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
        day_said, part = _date(day), word(code_words.ROLE, role)
        if note:
            said = QT_TRANSLATE_NOOP(
                "Domain", "{name} ({role}) said on {day} it is not a good fit: {note}"
            )
            found[pid].append(Message(said, name=name, role=part, day=day_said, note=note))
            continue
        said = QT_TRANSLATE_NOOP("Domain", "{name} ({role}) said on {day} it is not a good fit.")
        found[pid].append(Message(said, name=name, role=part, day=day_said))
    return found
