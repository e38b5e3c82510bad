"""Why not: for someone left unmatched, their best candidates and what blocked each.

A coordinator who sees "no partner left" wants to know *who* would have suited and
why it did not happen: the candidates are the best-scoring people of the other role
(whatever the rules say), each with the first thing that kept them apart: a hard rule
("same reporting line", the level gap), the cycle's history ("paired in Demo cohort
2026-27", "already paired in this cycle") or the proposal itself ("no place left":
all their places went to others, which the optimum preferred).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np

from rmdesk.programme.matching.explaining import blocker
from rmdesk.programme.matching.records import Blocked, Person
from rmdesk.programme.matching.scoring import FloatMatrix
from rmdesk.programme.messages import QT_TRANSLATE_NOOP, Message

SHOWN = 3  # candidates per unmatched person


def best_candidates(
    as_mentor: bool,
    index: int,
    mentors: Sequence[Person],
    mentees: Sequence[Person],
    scores: FloatMatrix,
    excluded: Mapping[tuple[int, int], str],
    places_left: Mapping[int, int],
    minimum_gap: int,
) -> tuple[Blocked, ...]:
    """The ``SHOWN`` best-scoring people of the other role (ties by id), with their blocker.

    The person is ``mentors[index]`` (``as_mentor``) or ``mentees[index]``; ``excluded``
    maps (mentor id, mentee id) to why the cycle rules them out; ``places_left`` is
    everyone's places still free after the proposal.
    """
    person = mentors[index] if as_mentor else mentees[index]
    others = mentees if as_mentor else mentors
    line = scores[index] if as_mentor else scores[:, index]
    found: list[Blocked] = []
    for other_index in np.argsort(-line, kind="stable").tolist():
        other = others[other_index]
        if other.id == person.id:
            continue
        mentor, mentee = (person, other) if as_mentor else (other, person)
        why = blocker(mentor, mentee, minimum_gap) or excluded.get((mentor.id, mentee.id))
        if why is None:  # allowed, yet not paired: the optimum gave their places away
            why = (
                Message(QT_TRANSLATE_NOOP("Domain", "no place left"))
                if places_left.get(other.id, 0) <= 0
                else Message(QT_TRANSLATE_NOOP("Domain", "no place left for both"))
            )
        found.append(Blocked(other.id, other.name, round(float(line[other_index]), 1), why))
        if len(found) == SHOWN:
            break
    return tuple(found)
