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

Outcomes follow the same rule (``add_demo_outcomes``): each pair draws a hidden
"engagement" from its own seed, which drives both its goals' progress and the change
in its self-assessments, so the statistics show a real, plausible effect.  Goals of
both owners come from the seeded templates; progress updates, fit checks and
assessments exist only for days that have passed (finals once the closing month has
begun), and a few are left missing so "due" and attention lists have something to say.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from peewee import fn

from rmdesk.programme import cycles, meetings, pairs
from rmdesk.programme.assessments import dimensions
from rmdesk.programme.cycles import CycleData
from rmdesk.programme.demo import DemoSummary, fill_demo
from rmdesk.programme.goals import TemplateRow, list_templates
from rmdesk.programme.matching import cohort_for_cycle, load_weights, propose
from rmdesk.store.models import (
    Assessment,
    Goal,
    Meeting,
    Pair,
    ParticipantTopic,
    database_proxy,
)

DEMO_CYCLE_NAME = "Demo cohort 2026–27"
DEMO_START = dt.date(2026, 3, 2)
# The matcher handles thousands, but a demo cycle of a 10,000-person company would
# not pair everyone at once; the first few hundred on each side make a real cohort.
DEMO_COHORT_LIMIT = 300
DEMO_MEETING_SEED = 2026
DEMO_OUTCOMES_SEED = 2027
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
            # The series ran on for every pair; this one stopped after two months, so
            # nothing of its series after that day ever took place.
            ended_on = DEMO_START + dt.timedelta(days=60)
            after_end = dt.datetime.combine(ended_on + dt.timedelta(days=1), dt.time())
            Meeting.delete().where(
                (Meeting.pair == ended) & (Meeting.starts_at >= after_end)
            ).execute()
            pairs.end_pair_early(
                ended, "The mentee took a new role abroad; both agreed to stop.", ended_on=ended_on
            )
        add_demo_outcomes(cycle_id)
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
        'UPDATE "meeting" SET "status" = ?, "cancelled_by" = ?, "notes" = ?, '
        '"revision" = "revision" + 1 WHERE "id" = ?',
        updates,
    )
    if deletions:
        Meeting.delete().where(Meeting.id.in_(deletions)).execute()


# ---------------------------------------------------------------- outcomes

_PROGRESS_NOTES = (
    "Good first step; agreed what to try next.",
    "Slower month: travel and a deadline.",
    "Tried it in a real meeting; went well.",
    "Reviewed together; adjusted the plan.",
    "",
)
_COMMENTS = (
    "Learning a lot from the other generation.",
    "Useful, but hard to find time.",
    "Already changed how I run my team meetings.",
    "More confident speaking up.",
    "",
)
# Where people usually start (1-5) on each seeded dimension; unknown names start at 3.
_BASELINE_MEANS = {
    "Digital fluency": 2.2,
    "Understanding of younger colleagues": 2.4,
    "Inclusive leadership": 3.0,
    "Openness to challenge": 3.2,
    "Confidence with senior leaders": 2.0,
    "Communication": 3.0,
    "Understanding of the business": 2.3,
    "Voice in the organisation": 2.1,
}


def _day(value: Any) -> dt.date:
    return dt.date.fromisoformat(str(value)[:10])


def _clamp(value: float, low: int = 1, high: int = 5) -> int:
    return max(low, min(high, round(value)))


class _DemoPair:
    """What the outcome generator needs of one pair."""

    def __init__(self, row: tuple[Any, ...]) -> None:
        self.id, self.status, self.mentor_id, self.mentee_id, ended = row
        self.ended_on = _day(ended) if ended else None


def _templates_for(
    owner: str, topics: list[int], templates: list[TemplateRow], rng: random.Random, n: int
) -> list[TemplateRow]:
    """``n`` different templates, those on the person's topics first."""
    own = [t for t in templates if t.owner == owner]
    preferred = [t for t in own if t.topic_id in topics]
    rest = [t for t in own if t not in preferred]
    rng.shuffle(preferred)
    rng.shuffle(rest)
    return (preferred + rest)[:n]


class _Batch:
    """Rows collected for one bulk write each (ids given here, so children can refer
    to parents before anything is written): a few executemany calls instead of
    thousands of single inserts."""

    def __init__(self) -> None:
        self.next_goal = int(Goal.select(fn.MAX(Goal.id)).scalar() or 0) + 1
        self.next_assessment = int(Assessment.select(fn.MAX(Assessment.id)).scalar() or 0) + 1
        self.goals: list[tuple[Any, ...]] = []
        self.updates: list[tuple[Any, ...]] = []
        self.fits: list[tuple[Any, ...]] = []
        self.assessments: list[tuple[Any, ...]] = []
        self.scores: list[tuple[Any, ...]] = []

    def goal(self, *columns: Any) -> int:
        goal_id = self.next_goal
        self.next_goal += 1
        self.goals.append((goal_id, *columns))
        return goal_id

    def assessment(self, *columns: Any) -> int:
        assessment_id = self.next_assessment
        self.next_assessment += 1
        self.assessments.append((assessment_id, *columns))
        return assessment_id

    def write(self) -> None:
        run = database_proxy.connection().executemany
        run(
            'INSERT INTO "goal" ("id", "pair_id", "owner", "topic_id", "title", '
            '"success_measure", "target_date", "status", "progress") '
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            self.goals,
        )
        run(
            'INSERT INTO "goal_update" ("goal_id", "date", "progress", "note") VALUES (?, ?, ?, ?)',
            self.updates,
        )
        run(
            'INSERT INTO "fit_check" ("pair_id", "participant_id", "date", "answer", "note") '
            "VALUES (?, ?, ?, ?, ?)",
            self.fits,
        )
        run(
            'INSERT INTO "assessment" ("id", "pair_id", "participant_id", "phase", "date", '
            '"satisfaction", "comment") VALUES (?, ?, ?, ?, ?, ?, ?)',
            self.assessments,
        )
        run(
            'INSERT INTO "assessment_score" ("assessment_id", "dimension", "score") '
            "VALUES (?, ?, ?)",
            self.scores,
        )


def add_demo_outcomes(cycle_id: int, today: dt.date | None = None) -> None:
    """Goals with progress histories, fit checks and assessments for the demo cycle
    (see the module's docstring); ``today`` (default: the real today) ends the past."""
    today = today or dt.date.today()
    rng = random.Random(DEMO_OUTCOMES_SEED)
    cycle = cycles.get_cycle(cycle_id)
    start, end = cycle.start_date, cycle.end_date
    rows = (
        Pair.select(Pair.id, Pair.status, Pair.mentor, Pair.mentee, Pair.ended_on)
        .where(Pair.cycle == cycle_id)
        .order_by(Pair.id)
        .tuples()
    )
    demo_pairs = [_DemoPair(row) for row in rows]
    people = [p for pair in demo_pairs for p in (pair.mentor_id, pair.mentee_id)]
    topics: dict[int, list[int]] = {}
    for pid, topic in (
        ParticipantTopic.select(ParticipantTopic.participant, ParticipantTopic.topic)
        .where(ParticipantTopic.participant.in_(people))
        .order_by(ParticipantTopic.participant, ParticipantTopic.priority)
        .tuples()
    ):
        topics.setdefault(pid, []).append(topic)
    first_held = dict(
        Meeting.select(Meeting.pair, fn.MIN(Meeting.starts_at))
        .where(Meeting.pair.in_([p.id for p in demo_pairs]) & (Meeting.status == "held"))
        .group_by(Meeting.pair)
        .tuples()
    )
    templates = list_templates()
    names = {role: [d.name for d in dimensions(role)] for role in ("mentee", "mentor")}
    with database_proxy.atomic():
        batch = _Batch()
        for number, pair in enumerate(demo_pairs):
            engagement = 0.15 if number % 20 == 5 else rng.random()
            _demo_goals(batch, pair, topics, templates, engagement, rng, start, end, today)
            if pair.status == "proposed":
                continue
            held = first_held.get(pair.id)
            if held is not None and number % 20 != 7:  # a few not asked yet
                _demo_fit(batch, pair, _day(held), number, engagement, rng, today)
            _demo_assessments(batch, pair, names, number, engagement, rng, start, end, today)
        batch.write()


def _demo_goals(
    batch: _Batch,
    pair: _DemoPair,
    topics: dict[int, list[int]],
    templates: list[TemplateRow],
    engagement: float,
    rng: random.Random,
    start: dt.date,
    end: dt.date,
    today: dt.date,
) -> None:
    middle = cycles.midpoint(start, end)

    def target(template: TemplateRow) -> dt.date | None:
        """The date the template's own words promise, else a seeded choice."""
        words = f"{template.title} {template.success_measure}".lower()
        if "midpoint" in words:
            return middle
        if "final review" in words:
            return end - dt.timedelta(days=14)
        return rng.choice((start + dt.timedelta(days=120), end - dt.timedelta(days=14), None))

    counts = {"mentee": 1, "mentor": 0} if pair.status == "proposed" else {
        "mentee": rng.choice((2, 2, 3)), "mentor": rng.choice((1, 2, 2))
    }  # fmt: skip
    owners = {"mentee": pair.mentee_id, "mentor": pair.mentor_id}
    for owner, n in counts.items():
        for template in _templates_for(owner, topics.get(owners[owner], []), templates, rng, n):
            progress, status, history = 0, "open", []
            if pair.status != "proposed":
                stop = min(today, pair.ended_on or end)
                drops = rng.random() < 0.06
                day = start + dt.timedelta(days=rng.randint(20, 35))
                while day <= stop and progress < 100:
                    step = 30 * engagement + rng.uniform(-4, 12)
                    progress = max(progress, min(100, int(round(progress + step, -1))))
                    history.append((day, progress, rng.choice(_PROGRESS_NOTES)))
                    day += dt.timedelta(days=rng.randint(28, 45))
                    if drops and len(history) >= 2:
                        break
                if progress >= 100:
                    status = "achieved"
                elif drops or pair.status == "ended_early":
                    status = "dropped"
                elif progress > 0:
                    status = "in_progress"
            when = target(template)
            goal_id = batch.goal(
                pair.id, owner, template.topic_id, template.title, template.success_measure,
                when.isoformat() if when else None, status, progress,
            )  # fmt: skip
            batch.updates.extend(
                (goal_id, day.isoformat(), value, note) for day, value, note in history
            )


def _demo_fit(
    batch: _Batch,
    pair: _DemoPair,
    held: dt.date,
    number: int,
    engagement: float,
    rng: random.Random,
    today: dt.date,
) -> None:
    for person in (pair.mentee_id, pair.mentor_id):
        day = held + dt.timedelta(days=rng.randint(1, 10))
        if day > today:
            continue
        if number % 20 == 5 and person == pair.mentor_id:
            answer = "not_a_good_fit"  # stays on the attention list
        elif engagement < 0.3 and rng.random() < 0.6:
            answer = "still_deciding"
        else:
            answer = "good_fit"
        note = "Finds the meetings hard to fit around shifts." if answer == "not_a_good_fit" else ""
        batch.fits.append((pair.id, person, day.isoformat(), answer, note))


def _demo_assessments(
    batch: _Batch,
    pair: _DemoPair,
    names: dict[str, list[str]],
    number: int,
    engagement: float,
    rng: random.Random,
    start: dt.date,
    end: dt.date,
    today: dt.date,
) -> None:
    middle = cycles.midpoint(start, end)
    phases = [("baseline", start + dt.timedelta(days=rng.randint(0, 10)))]
    if pair.status != "ended_early":
        phases.append(("midpoint", middle + dt.timedelta(days=rng.randint(-5, 10))))
        # Finals are collected in the closing month, never before it has begun.
        if today >= end - dt.timedelta(days=28) and number % 5 != 4:
            phases.append(("final", min(today, end - dt.timedelta(days=rng.randint(0, 20)))))
    gain = 2.2 * engagement - 0.2  # a disengaged pair barely moves
    for role, person in (("mentee", pair.mentee_id), ("mentor", pair.mentor_id)):
        baseline = {name: _clamp(_BASELINE_MEANS.get(name, 3.0) + rng.gauss(0, 0.7))
                    for name in names[role]}  # fmt: skip
        for phase, day in phases:
            if day > today or (phase == "baseline" and number % 20 == 9 and role == "mentor"):
                continue  # not yet, or a baseline never handed in
            share = {"baseline": 0.0, "midpoint": 0.5, "final": 1.0}[phase]
            satisfaction = (
                None if phase == "baseline" else _clamp(2.4 + 2.6 * engagement + rng.gauss(0, 0.5))
            )
            comment = rng.choice(_COMMENTS) if satisfaction else ""
            assessment_id = batch.assessment(
                pair.id, person, phase, day.isoformat(), satisfaction, comment
            )
            batch.scores.extend(
                (assessment_id, name, _clamp(score + share * gain + rng.gauss(0, 0.4)))
                for name, score in baseline.items()
            )
