"""The attention list: active pairs that need a nudge from the coordinator, and why.

Quiet pairs, cancellations in a row, no next meeting, overdue planned meetings,
and pairing-fit answers "not a good fit"; each rule is in ``attention``'s docstring.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import NamedTuple

from rmdesk.programme.meetings.reading import _cycle, _date, _day_start
from rmdesk.store.models import FitCheck, Meeting, Pair, Participant
from rmdesk.store.rows import raw_rows

DEFAULT_QUIET_DAYS = 30
ATTENTION_KINDS = ("quiet", "cancellations", "no_next", "overdue", "not_a_good_fit")


class AttentionItem(NamedTuple):
    pair_id: int
    mentor_name: str
    mentee_name: str
    kind: str
    detail: str
    meeting_id: int | None


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
