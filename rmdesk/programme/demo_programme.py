"""The demo's programme: one running cycle whose pairs came from the matcher.

Kept apart from ``demo.py`` (the organisation) so each stays readable; both are
reproducible: fixed dates, the matcher is deterministic.

Meeting history: every running pair gets a series from the demo start
(2026-03-02) to the cycle's end at a seeded weekday and time.  No fixed "today"
can make a demo both reproducible and current, so the real ``dt.date.today()``
only decides which of those generated meetings lie in the past: those are held,
cancelled (by someone) or missed, drawn from a seeded random generator; later
ones stay planned.  The same day therefore always gives the same demo, and every
view (calendar, lists, attention) has something to show whatever the date: a few
pairs keep their last past meeting unrecorded (overdue), a few have no future
meeting (no next meeting), a few cancel repeatedly.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass

from rmdesk.programme import cycles, meetings, pairs
from rmdesk.programme.cycles import CycleData
from rmdesk.programme.demo import DemoSummary, fill_demo
from rmdesk.programme.matching import cohort_for_cycle, load_weights, propose
from rmdesk.store.models import Meeting, Pair, database_proxy

DEMO_CYCLE_NAME = "Demo cohort 2026–27"
DEMO_START = dt.date(2026, 3, 2)
# The matcher handles thousands, but a demo cycle of a 10,000-person company would
# not pair everyone at once; the first few hundred on each side make a real cohort.
DEMO_COHORT_LIMIT = 300
DEMO_MEETING_SEED = 2026
_DEMO_TIMES = (dt.time(9, 0), dt.time(10, 0), dt.time(11, 30), dt.time(14, 0), dt.time(16, 0))
_HELD_NOTES = (
    "Walked through the team's new collaboration tools.",
    "Talked about how younger colleagues use social media for learning.",
    "Reviewed the mentee's first posts; agreed on a small experiment.",
    "Shared feedback on a hybrid-meeting format.",
    "",
    "",
)


@dataclass(frozen=True)
class DemoCycleSummary:
    cycle_id: int
    pairs: int
    active: int
    proposed: int
    ended_early: int


def load_demo(
    participants: int, seed: int, progress: Callable[[int, int], None] | None = None
) -> tuple[DemoSummary, DemoCycleSummary]:
    """The whole demo, organisation and programme, in one transaction (all or nothing)."""
    with database_proxy.atomic():
        people = fill_demo(participants=participants, seed=seed, progress=progress)
        programme = add_demo_cycle()
    return people, programme


def add_demo_cycle() -> DemoCycleSummary:
    """Create the demo cycle and its pairs in one transaction (all or nothing)."""
    with database_proxy.atomic():
        cycle_id = cycles.create_cycle(CycleData(name=DEMO_CYCLE_NAME, start_date=DEMO_START))
        mentors, mentees = cohort_for_cycle(cycle_id)
        result = propose(mentors[:DEMO_COHORT_LIMIT], mentees[:DEMO_COHORT_LIMIT], load_weights())
        batch = [(p.mentor_id, p.mentee_id, p.score, p.reasons_text()) for p in result.proposals]
        pair_ids = pairs.create_pairs(cycle_id, batch)
        # Most pairs are running with a signed agreement; the last two still wait to be
        # published, and one pair has ended early, as happens in every real cohort.
        waiting = set(pair_ids[-2:])
        ended = pair_ids[0] if len(pair_ids) > 3 else None
        for number, pair_id in enumerate(pair_ids):
            if pair_id in waiting:
                continue
            pairs.activate_pair(pair_id, started_on=DEMO_START)
            if number % 4 != 3:
                pairs.set_agreement_signed(pair_id, DEMO_START + dt.timedelta(days=3))
        add_demo_meetings(cycle_id, [p for p in pair_ids if p not in waiting])
        if ended is not None:
            pairs.end_pair_early(
                ended,
                "The mentee took a new role abroad; both agreed to stop.",
                ended_on=DEMO_START + dt.timedelta(days=60),
            )
        if ended is not None:  # nothing was planned after the pair stopped
            end_day = dt.datetime.combine(DEMO_START + dt.timedelta(days=61), dt.time())
            Meeting.delete().where(
                (Meeting.pair == ended)
                & (Meeting.starts_at >= end_day)
                & (Meeting.status != "held")
            ).execute()
    active = len(pair_ids) - len(waiting) - (1 if ended is not None else 0)
    return DemoCycleSummary(
        cycle_id=cycle_id,
        pairs=len(pair_ids),
        active=active,
        proposed=len(waiting),
        ended_early=1 if ended is not None else 0,
    )


def add_demo_meetings(cycle_id: int, pair_ids: list[int], today: dt.date | None = None) -> int:
    """A seeded meeting history for ``pair_ids`` (see the module's docstring); returns how
    many meetings were created.  ``today`` (default: the real today) splits past from future.
    """
    today = today or dt.date.today()
    rng = random.Random(DEMO_MEETING_SEED)
    slots: dict[tuple[int, dt.time], list[int]] = {}
    for pair_id in pair_ids:
        slot = (rng.randrange(5), rng.choice(_DEMO_TIMES))  # a weekday Monday to Friday
        slots.setdefault(slot, []).append(pair_id)
    created = 0
    with database_proxy.atomic():
        for (weekday, at), group in sorted(slots.items()):
            created += meetings.schedule_series(
                cycle_id, pair_ids=group, first=DEMO_START, at=at, weekday=weekday
            ).created
        _record_the_past(cycle_id, pair_ids, today, rng)
    return created


def _record_the_past(
    cycle_id: int, pair_ids: list[int], today: dt.date, rng: random.Random
) -> None:
    """Outcome of each past meeting, a few habits per pair; bulk updates."""
    past_end = dt.datetime.combine(today, dt.time())
    rows = (
        Meeting.select(Meeting.id, Meeting.pair, Meeting.starts_at)
        .join(Pair)
        .where((Pair.cycle == cycle_id) & Meeting.pair.in_(pair_ids))
        .order_by(Meeting.pair, Meeting.starts_at)
        .tuples()
    )
    future: dict[int, list[int]] = {}
    past: dict[int, list[int]] = {}
    for meeting_id, pair_id, starts_at in rows:
        target = past if starts_at < past_end else future
        target.setdefault(pair_id, []).append(meeting_id)
    updates: list[tuple[str, str, str, int]] = []  # status, cancelled_by, notes, id
    deletions: list[int] = []
    for number, pair_id in enumerate(pair_ids):
        history = past.get(pair_id, [])
        habit = number % 20  # most pairs are steady; a few are not
        for index, meeting_id in enumerate(history):
            last = index == len(history) - 1
            if habit == 1 and last:
                continue  # not recorded yet: overdue
            if habit == 2 and index >= len(history) - 3:
                updates.append(("cancelled", rng.choice(meetings.CANCELLERS), "", meeting_id))
                continue
            draw = rng.random()
            if draw < 0.82:
                updates.append(("held", "", rng.choice(_HELD_NOTES), meeting_id))
            elif draw < 0.95:
                updates.append(("cancelled", rng.choice(meetings.CANCELLERS), "", meeting_id))
            else:
                updates.append(("missed", "", "", meeting_id))
        if habit == 3:
            deletions.extend(future.get(pair_id, []))  # nothing planned ahead
    connection = database_proxy.connection()
    connection.executemany(
        'UPDATE "meeting" SET "status" = ?, "cancelled_by" = ?, "notes" = ? WHERE "id" = ?',
        updates,
    )
    if deletions:
        Meeting.delete().where(Meeting.id.in_(deletions)).execute()
