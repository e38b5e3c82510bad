"""What a pair's session pack holds, read in a few queries: the pair, its goals (never
progress notes), both orientation sheets and the guides of the pair's topics.

The pair's topics are those of its goals (in the goals' order), then those the mentor
offers and the mentee wants: what they set out to talk about, then what they were
matched on.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from rmdesk.documents.guides import PackData, PackGoal
from rmdesk.programme.guides import guides_for_topics, orientation
from rmdesk.programme.language import ENGLISH
from rmdesk.programme.messages import QT_TRANSLATE_NOOP, Message
from rmdesk.programme.validation import RuleError
from rmdesk.store.models import Cycle, Goal, Pair, Participant, ParticipantTopic, Topic
from rmdesk.store.rows import raw_rows


def _date(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def pack_for_pair(pair_id: int, language: str = ENGLISH) -> PackData:
    """The pair's pack with its guides in ``language`` (English where a topic has none)."""
    mentor, mentee = Participant.alias(), Participant.alias()
    found = (
        Pair.select(Pair.mentor, mentor.full_name, Pair.mentee, mentee.full_name, Cycle.name)
        .join(mentor, on=(Pair.mentor == mentor.id))
        .switch(Pair)
        .join(mentee, on=(Pair.mentee == mentee.id))
        .switch(Pair)
        .join(Cycle)
        .where(Pair.id == pair_id)
        .tuples()
        .first()
    )
    if found is None:
        raise RuleError(Message(QT_TRANSLATE_NOOP("Domain", "No pair with id {id}."), id=pair_id))
    mentor_id, mentor_name, mentee_id, mentee_name, cycle_name = found
    goals = raw_rows(
        Goal.select(Goal.owner, Goal.title, Goal.success_measure, Goal.target_date, Goal.status,
                    Goal.progress, Goal.topic)
        .where(Goal.pair == pair_id, Goal.status != "dropped")
        .order_by(Goal.owner, Goal.id)  # "mentee" sorts first
    ).fetchall()  # fmt: skip
    topics: list[int] = []
    for *_goal, topic in goals:
        if topic is not None and topic not in topics:
            topics.append(topic)
    offered = {
        t for (t,) in ParticipantTopic.select(ParticipantTopic.topic).where(
            ParticipantTopic.participant == mentor_id, ParticipantTopic.kind == "offers"
        ).tuples()
    }  # fmt: skip
    wanted = (
        ParticipantTopic.select(ParticipantTopic.topic)
        .where(ParticipantTopic.participant == mentee_id, ParticipantTopic.kind == "wants")
        .order_by(ParticipantTopic.priority, ParticipantTopic.id)
        .tuples()
    )
    topics += [t for (t,) in wanted if t in offered and t not in topics]
    guides = guides_for_topics(topics, language)
    covered = {g.topic_id for g in guides}
    names = dict(Topic.select(Topic.id, Topic.name).tuples())
    return PackData(
        pair_id=pair_id,
        mentor_name=mentor_name,
        mentee_name=mentee_name,
        cycle_name=cycle_name,
        goals=tuple(
            PackGoal(owner, title, measure, _date(target), status, progress)
            for owner, title, measure, target, status, progress, _topic in goals
        ),
        orientations=tuple(
            g for g in (orientation("mentor", language), orientation("mentee", language)) if g
        ),
        guides=tuple(guides),
        topics_without_guide=tuple(names[t] for t in topics if t not in covered),
    )
