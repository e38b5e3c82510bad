"""What a pairing agreement prints, read from the store as plain records.

One pair or every active pair of a cycle, in a fixed number of queries whatever the
number of pairs (a batch of 200 agreements must not cost 200 round trips per table).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from typing import Any, NamedTuple

from rmdesk.programme.cycles import get_cycle
from rmdesk.programme.goals import list_goals
from rmdesk.programme.messages import QT_TRANSLATE_NOOP, Message
from rmdesk.programme.names import name_key
from rmdesk.programme.pairs import start_day
from rmdesk.programme.validation import RuleError
from rmdesk.store.models import Meeting, Pair, Participant, ParticipantTopic, Topic
from rmdesk.store.rows import raw_rows


class Person(NamedTuple):
    id: int
    name: str
    job_title: str
    department: str


class AgreementGoal(NamedTuple):
    title: str
    success_measure: str
    target_date: dt.date | None
    topic: str


class FirstMeeting(NamedTuple):
    starts_at: dt.datetime
    duration_minutes: int
    mode: str
    location: str


class AgreementData(NamedTuple):
    pair_id: int
    cycle_name: str
    cycle_start: dt.date
    cycle_end: dt.date
    cadence_days: int
    meeting_minutes: int
    mentor: Person
    mentee: Person
    topics: tuple[str, ...]
    mentee_goals: tuple[AgreementGoal, ...]
    mentor_goals: tuple[AgreementGoal, ...]
    first_meeting: FirstMeeting | None
    usual_mode: str  # the mode most meetings are planned in ('' when none are)
    pair_start: dt.date  # when this pair works together from (a proposal: if published now)


def _date(value: Any) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def _datetime(value: Any) -> dt.datetime:
    return value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(str(value))


def _people(ids: Iterable[int]) -> dict[int, Person]:
    query = Participant.select(
        Participant.id, Participant.full_name, Participant.job_title, Participant.department
    ).where(Participant.id.in_(list(set(ids))))
    return {row[0]: Person(*row) for row in raw_rows(query).fetchall()}


def _topics(mentor_ids: set[int], mentee_ids: set[int]) -> dict[tuple[int, str], list[str]]:
    """(participant, kind) -> topic names by priority."""
    query = (
        ParticipantTopic.select(ParticipantTopic.participant, ParticipantTopic.kind, Topic.name)
        .join(Topic)
        .where(ParticipantTopic.participant.in_(list(mentor_ids | mentee_ids)))
        .order_by(ParticipantTopic.priority, Topic.name)
    )
    found: dict[tuple[int, str], list[str]] = defaultdict(list)
    for participant, kind, name in raw_rows(query).fetchall():
        found[(participant, kind)].append(name)
    return found


def _focus(offers: list[str], wants: list[str], goal_topics: list[str]) -> tuple[str, ...]:
    """What the mentee wants and the mentor offers first, then goal topics, then the
    mentee's other wishes: the pairing was matched on these."""
    shared = [name for name in wants if name in offers]
    ordered = shared + [t for t in goal_topics if t] + wants
    return tuple(dict.fromkeys(ordered))


def _meetings(pair_ids: list[int]) -> tuple[dict[int, FirstMeeting], dict[int, str]]:
    query = (
        Meeting.select(
            Meeting.pair, Meeting.starts_at, Meeting.duration_minutes, Meeting.mode,
            Meeting.location, Meeting.status,
        )
        .where(Meeting.pair.in_(pair_ids), Meeting.status.in_(("planned", "held")))
        .order_by(Meeting.starts_at, Meeting.id)
    )  # fmt: skip
    first: dict[int, FirstMeeting] = {}
    modes: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for pair_id, starts, minutes, mode, location, _status in raw_rows(query).fetchall():
        first.setdefault(pair_id, FirstMeeting(_datetime(starts), minutes, mode, location))
        modes[pair_id][mode] += 1
    usual = {pid: max(sorted(counts), key=lambda m: counts[m]) for pid, counts in modes.items()}
    return first, usual


def _build(cycle_id: int, pair_rows: list[tuple[int, int, int]]) -> list[AgreementData]:
    cycle = get_cycle(cycle_id)
    pair_ids = [pid for pid, _m, _e in pair_rows]
    people = _people([p for _pid, m, e in pair_rows for p in (m, e)])
    topics = _topics({m for _p, m, _e in pair_rows}, {e for _p, _m, e in pair_rows})
    goals: dict[tuple[int, str], list[AgreementGoal]] = defaultdict(list)
    goal_topics: dict[int, list[str]] = defaultdict(list)
    wanted = set(pair_ids)
    for goal in list_goals(cycle_id, pair_ids[0] if len(pair_ids) == 1 else None):
        if goal.pair_id not in wanted or goal.status == "dropped":
            continue
        goals[(goal.pair_id, goal.owner)].append(
            AgreementGoal(goal.title, goal.success_measure, goal.target_date, goal.topic_name)
        )
        goal_topics[goal.pair_id].append(goal.topic_name)
    first, usual = _meetings(pair_ids)
    started = dict(
        raw_rows(Pair.select(Pair.id, Pair.started_on).where(Pair.id.in_(pair_ids))).fetchall()
    )
    if_published = start_day(cycle_id)
    return [
        AgreementData(
            pair_id=pid,
            cycle_name=cycle.name,
            cycle_start=cycle.start_date,
            cycle_end=cycle.end_date,
            cadence_days=cycle.cadence_days,
            meeting_minutes=cycle.meeting_minutes,
            mentor=people[mentor_id],
            mentee=people[mentee_id],
            topics=_focus(
                topics.get((mentor_id, "offers"), []),
                topics.get((mentee_id, "wants"), []),
                goal_topics.get(pid, []),
            ),
            mentee_goals=tuple(goals.get((pid, "mentee"), ())),
            mentor_goals=tuple(goals.get((pid, "mentor"), ())),
            first_meeting=first.get(pid),
            usual_mode=usual.get(pid, ""),
            pair_start=_date(started[pid]) if started.get(pid) else if_published,
        )
        for pid, mentor_id, mentee_id in pair_rows
    ]


def agreement_for_pair(pair_id: int) -> AgreementData:
    row = Pair.select(Pair.cycle, Pair.mentor, Pair.mentee).where(Pair.id == pair_id)
    found = raw_rows(row).fetchone()
    if found is None:
        raise RuleError(
            Message(QT_TRANSLATE_NOOP("Domain", "No pair with id {pair_id}."), pair_id=pair_id)
        )
    cycle_id, mentor_id, mentee_id = found
    return _build(cycle_id, [(pair_id, mentor_id, mentee_id)])[0]


def agreements_for_cycle(cycle_id: int) -> list[AgreementData]:
    """Every active pair of the cycle, by mentor then mentee name (the order of the Pairs
    tab); a RuleError when there is none, since an empty PDF helps nobody."""
    cycle = get_cycle(cycle_id)
    mentor, mentee = Participant.alias(), Participant.alias()
    query = (
        Pair.select(Pair.id, Pair.mentor, Pair.mentee, mentor.full_name, mentee.full_name)
        .join(mentor, on=(Pair.mentor == mentor.id))
        .switch(Pair)
        .join(mentee, on=(Pair.mentee == mentee.id))
        .where(Pair.cycle == cycle_id, Pair.status == "active")
    )
    found = raw_rows(query).fetchall()
    found.sort(key=lambda r: (name_key(r[3]), name_key(r[4]), r[0]))
    rows = [(pair_id, mentor_id, mentee_id) for pair_id, mentor_id, mentee_id, _, _ in found]
    if not rows:
        raise RuleError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Domain", "{name} has no active pairs; publish the proposed pairs first."
                ),
                name=cycle.name,
            )
        )
    return _build(cycle_id, rows)
