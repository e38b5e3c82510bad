"""Reading the cohort: who in the store can still be paired in a cycle, as ``Person``s.

Archived people never enter; each person's free slots are their capacity minus
their open (proposed or active) pairs in the cycle, and those with none are
reported as "capacity full"; reporting lines are everyone above, up the chain.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rmdesk.programme.matching.records import CAPACITY_FULL, Person, Unmatched
from rmdesk.programme.messages import QT_TRANSLATE_NOOP, Message
from rmdesk.programme.participants import OPEN_PAIR_STATUSES
from rmdesk.programme.reporting_lines import lines_above
from rmdesk.programme.validation import RuleError
from rmdesk.store.models import Cycle, Pair, Participant, ParticipantTopic, Topic
from rmdesk.store.rows import raw_rows


@dataclass
class _Cohort:
    mentors: list[Person]
    mentees: list[Person]
    full: list[Unmatched]  # not archived, but no free slot left in the cycle
    open_pairs: list[tuple[int, int]]
    # Everyone not archived, full or not (a pair's own people, when ranking candidates).
    people: dict[int, Person] = field(default_factory=dict)


def _read_cohort(cycle_id: int) -> _Cohort:
    if not Cycle.select().where(Cycle.id == cycle_id).exists():
        raise RuleError(
            Message(QT_TRANSLATE_NOOP("Domain", "That cycle does not exist (any more)."))
        )
    p = Participant
    records = raw_rows(
        p.select(
            p.id, p.full_name, p.role, p.department, p.level, p.manager, p.location,
            p.work_mode, p.availability, p.capacity, p.archived,
        ).order_by(p.id)
    ).fetchall()  # fmt: skip
    names = dict(raw_rows(Topic.select(Topic.id, Topic.name)).fetchall())
    topic_rows = raw_rows(
        ParticipantTopic.select(
            ParticipantTopic.participant, ParticipantTopic.topic, ParticipantTopic.kind
        ).order_by(ParticipantTopic.participant, ParticipantTopic.priority, ParticipantTopic.id)
    ).fetchall()
    topics: dict[tuple[int, str], list[str]] = {}
    for pid, topic_id, kind in topic_rows:
        topics.setdefault((pid, kind), []).append(names[topic_id])
    open_pairs = [
        (int(m), int(e))
        for m, e in raw_rows(
            Pair.select(Pair.mentor, Pair.mentee).where(
                (Pair.cycle == cycle_id) & Pair.status.in_(OPEN_PAIR_STATUSES)
            )
        ).fetchall()
    ]
    taken: dict[int, int] = {}
    for mentor_id, mentee_id in open_pairs:
        taken[mentor_id] = taken.get(mentor_id, 0) + 1
        taken[mentee_id] = taken.get(mentee_id, 0) + 1
    lines = lines_above({record[0]: record[5] for record in records})
    cohort = _Cohort([], [], [], sorted(set(open_pairs)))
    for (pid, name, role, department, level, _manager, location, mode, days, capacity,
         archived) in records:  # fmt: skip
        if archived or role not in ("mentor", "mentee"):
            continue
        kind = "offers" if role == "mentor" else "wants"
        person = Person(
            id=pid,
            name=name,
            role=role,
            department=department or "",
            level=int(level),
            location=location or "",
            work_mode=mode or "hybrid",
            availability=frozenset(d.strip().title() for d in (days or "").split(",") if d.strip()),
            topics=tuple(topics.get((pid, kind), ())),
            line=lines[pid],
            slots=int(capacity) - taken.get(pid, 0),
        )
        cohort.people[pid] = person
        if person.slots <= 0:
            open_count = taken.get(pid, 0)
            reason = Message(
                QT_TRANSLATE_NOOP(
                    "Domain", "{full} (1 open pair in this cycle, capacity {capacity})"
                )
                if open_count == 1
                else QT_TRANSLATE_NOOP(
                    "Domain", "{full} ({count} open pairs in this cycle, capacity {capacity})"
                ),
                full=CAPACITY_FULL,
                count=open_count,
                capacity=capacity,
            )
            cohort.full.append(Unmatched(pid, name, role, reason))
        elif role == "mentor":
            cohort.mentors.append(person)
        else:
            cohort.mentees.append(person)
    return cohort


def cohort_for_cycle(cycle_id: int) -> tuple[list[Person], list[Person]]:
    """(mentors, mentees) who can still be paired in the cycle, ordered by id.

    Not archived, and with a free slot once their open (proposed or active) pairs in
    this cycle are counted, so pairs already fixed are kept: they use up slots.
    """
    cohort = _read_cohort(cycle_id)
    return cohort.mentors, cohort.mentees
