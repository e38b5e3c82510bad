"""Who gets a printed form: every person of a cycle's active pairs, read as plain records.

One page per person and pair (an assessment belongs to a pair), in the order of their
names, so a printed pile can be handed out alphabetically.  Two queries whatever the
number of pairs.
"""

from __future__ import annotations

from typing import NamedTuple

from rmdesk.programme.cycles import get_cycle
from rmdesk.programme.messages import QT_TRANSLATE_NOOP, Message
from rmdesk.programme.names import name_key
from rmdesk.programme.validation import RuleError
from rmdesk.store.models import Pair, Participant
from rmdesk.store.rows import raw_rows


class FormPerson(NamedTuple):
    pair_id: int
    participant_id: int
    name: str
    email: str
    role: str  # mentor or mentee
    partner: str  # the other person of the pair


class FormPeople(NamedTuple):
    cycle_name: str
    people: list[FormPerson]


def form_people(cycle_id: int) -> FormPeople:
    """Both people of every active pair; a RuleError when there is none (an empty pile
    of forms helps nobody)."""
    cycle = get_cycle(cycle_id)
    mentor, mentee = Participant.alias(), Participant.alias()
    query = (
        Pair.select(Pair.id, mentor.id, mentor.full_name, mentor.email,
                    mentee.id, mentee.full_name, mentee.email)
        .join(mentor, on=(Pair.mentor == mentor.id))
        .switch(Pair)
        .join(mentee, on=(Pair.mentee == mentee.id))
        .where(Pair.cycle == cycle_id, Pair.status == "active")
    )  # fmt: skip
    people: list[FormPerson] = []
    for (
        pair_id,
        mentor_id,
        mentor_name,
        mentor_email,
        mentee_id,
        mentee_name,
        mentee_email,
    ) in raw_rows(query).fetchall():
        people.append(
            FormPerson(pair_id, mentor_id, mentor_name, mentor_email or "", "mentor", mentee_name)
        )
        people.append(
            FormPerson(pair_id, mentee_id, mentee_name, mentee_email or "", "mentee", mentor_name)
        )
    if not people:
        raise RuleError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Domain", "{name} has no active pairs; publish the proposed pairs first."
                ),
                name=cycle.name,
            )
        )
    people.sort(key=lambda p: (name_key(p.name), p.pair_id))
    return FormPeople(cycle.name, people)
