"""Candour, asked safely: two statements whose answers are only ever shown over a group.

The mentor is asked "I felt able to speak honestly with my senior colleague", the
mentee "My junior colleague's views changed something I do".  They are ordinary,
editable dimensions of the self-assessment (seeded by a migration, so they are on
every form and import like any other), but what one person answered must never
reach a report: a junior mentor who says they could not speak honestly must not be
found out by their senior mentee.  So:

* every per-person or per-pair figure (a pair's change, a person's change in a
  breakdown, the per-dimension chart, whose n can be 1) leaves them out, through
  :func:`own_scores`;
* the report shows each statement's answers over everyone who gave one, and not at
  all below 3 answers (``figures.enough_to_show``).

A statement is known by its words: reworded in the dimensions list, it becomes an
ordinary dimension (a new question, reported like the others).
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any, NamedTuple

from rmdesk.programme.figures import enough_to_show
from rmdesk.store.models import Assessment, AssessmentScore, Pair
from rmdesk.store.rows import raw_rows

# The words are also frozen in the migration that seeds them (a migration never changes).
STATEMENTS: dict[str, str] = {
    "mentor": "I felt able to speak honestly with my senior colleague",
    "mentee": "My junior colleague's views changed something I do",
}
_NAMES = tuple(STATEMENTS.values())
_PHASE_ORDER = {"baseline": 0, "midpoint": 1, "final": 2}
AGREE_FROM = 4  # 4 or 5 on the 1-5 scale: agrees


class CandourFigure(NamedTuple):
    """One statement's answers over everyone who gave one (their latest in the cycle)."""

    role: str
    statement: str
    answers: int  # people; at least 3, or the figure is not made
    mean: float
    agree: float  # share answering AGREE_FROM or more


def is_candour(dimension: str) -> bool:
    return dimension in _NAMES


def own_scores() -> Any:
    """The condition that keeps candour answers out of a query of ``AssessmentScore``
    (every figure about one person or one pair)."""
    return AssessmentScore.dimension.not_in(_NAMES)


def candour_figures(cycle_id: int) -> tuple[CandourFigure, ...]:
    """Each statement answered by at least 3 people of the cycle, mentor's first; a
    person's latest answer counts (in two pairs: the mean of the two)."""
    s, a = AssessmentScore, Assessment
    query = (
        s.select(a.pair, a.participant, a.phase, s.dimension, s.score)
        .join(a)
        .join(Pair)
        .where((Pair.cycle == cycle_id) & s.dimension.in_(_NAMES))
    )
    latest: dict[tuple[str, int, int], tuple[int, int]] = {}  # statement, pair, person
    for pid, person, phase, statement, score in raw_rows(query).fetchall():
        key, rank = (statement, pid, person), _PHASE_ORDER[phase]
        if key not in latest or rank > latest[key][0]:
            latest[key] = (rank, score)
    per_person: dict[str, dict[int, list[int]]] = defaultdict(lambda: defaultdict(list))
    for (statement, _pid, person), (_rank, score) in latest.items():
        per_person[statement][person].append(score)
    figures = []
    for role, statement in STATEMENTS.items():
        answers = [sum(v) / len(v) for v in per_person.get(statement, {}).values()]
        if not enough_to_show(len(answers)):
            continue
        agree = sum(1 for value in answers if value >= AGREE_FROM) / len(answers)
        figures.append(
            CandourFigure(role, statement, len(answers), sum(answers) / len(answers), agree)
        )
    return tuple(figures)
