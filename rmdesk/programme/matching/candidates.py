"""Candidates for one person, best match first: what New pair and Replace mentor offer.

A person's possible partners in a cycle (the other role, not archived, with a free
place, allowed by the hard rules and not already paired with them) are scored and
explained by the matcher's own ``explain``, so a pair made by hand keeps the same
score and reasons a suggestion would have had.  People paired before are left out
by the matcher's own rule (``pairings.blocked_in_cycle``) unless asked for, and then
carry why matching would not propose them as their first reason.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from typing import NamedTuple

from rmdesk.programme.levels import minimum_gap
from rmdesk.programme.matching.cohort import _read_cohort
from rmdesk.programme.matching.explaining import exclusion_reason, explain
from rmdesk.programme.matching.records import Person
from rmdesk.programme.matching.weights import Weights, load_weights
from rmdesk.programme.messages import QT_TRANSLATE_NOOP, Message, in_turn
from rmdesk.programme.names import name_key
from rmdesk.programme.pairings import blocked_in_cycle
from rmdesk.programme.validation import RuleError


class Candidate(NamedTuple):
    id: int
    name: str
    department: str
    free_slots: int
    score: float  # 0..100, one decimal, as a proposal's
    reasons: tuple[str, ...]

    def reasons_text(self) -> str:
        """The reasons as a pair keeps them (``Proposal.reasons_text``)."""
        return in_turn(self.reasons)


def _person(people: dict[int, Person], participant_id: int) -> Person:
    person = people.get(participant_id)
    if person is None:
        raise RuleError(
            Message(
                QT_TRANSLATE_NOOP("Domain", "No participant with id {id} who can be paired."),
                id=participant_id,
            )
        )
    # Their own place is not the question here (a replacement frees it first).
    return dataclasses.replace(person, slots=max(person.slots, 1))


def candidates(
    cycle_id: int,
    participant_id: int,
    *,
    weights: Weights | None = None,
    exclude: Iterable[int] = (),
    repeats: bool = False,
) -> list[Candidate]:
    """The people of the other role who could be paired with ``participant_id`` in the
    cycle, best score first (then by name), each with the matcher's reasons; with
    ``repeats``, also those matching would not propose again (paired before)."""
    cohort = _read_cohort(cycle_id)
    person = _person(cohort.people, participant_id)
    values = load_weights() if weights is None else weights
    others = cohort.mentees if person.role == "mentor" else cohort.mentors
    skipped = set(exclude)
    paired = set(cohort.open_pairs)
    gap = minimum_gap()
    blocked = blocked_in_cycle(cycle_id)
    found: list[Candidate] = []
    for other in others:
        mentor, mentee = (person, other) if person.role == "mentor" else (other, person)
        if other.id in skipped or (mentor.id, mentee.id) in paired:
            continue
        if exclusion_reason(mentor, mentee, gap) is not None:
            continue
        why_not = blocked.get((mentor.id, mentee.id))
        if why_not is not None and not repeats:
            continue
        score, reasons = explain(mentor, mentee, values)
        reasons = reasons if why_not is None else (why_not, *reasons)
        found.append(
            Candidate(other.id, other.name, other.department, other.slots, round(score, 1), reasons)
        )
    found.sort(key=lambda c: (-c.score, name_key(c.name), c.id))
    return found


def match_of(
    cycle_id: int, mentor_id: int, mentee_id: int, *, weights: Weights | None = None
) -> tuple[float, str]:
    """The score and reasons (as stored on a pair) the matcher gives this mentor and
    mentee, whatever their free places."""
    people = _read_cohort(cycle_id).people
    mentor, mentee = _person(people, mentor_id), _person(people, mentee_id)
    score, reasons = explain(mentor, mentee, load_weights() if weights is None else weights)
    return round(score, 1), in_turn(reasons)
