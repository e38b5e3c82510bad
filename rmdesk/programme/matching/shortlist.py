"""The senior's consent: for each mentee, their best few mentors, with the reasons.

Reverse-mentoring practice consults the senior before a pair is formalised: each
mentee still looking for a partner gets a shortlist of the mentors who suit them best
and whom every rule allows (the other role, a free place, not in their reporting
line, the level gap, not paired before unless the cycle allows repeats, not already
paired in this cycle), scored and explained by the matcher.  The coordinator records
the choice as a proposed pair (``rmdesk pair create``, New pair), and matching keeps
it fixed.  Only reads.
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np

from rmdesk.programme.levels import minimum_gap
from rmdesk.programme.matching.cohort import _read_cohort
from rmdesk.programme.matching.explaining import explain
from rmdesk.programme.matching.scoring import score_pairs
from rmdesk.programme.matching.weights import Weights, load_weights
from rmdesk.programme.messages import QT_TRANSLATE_NOOP, Message
from rmdesk.programme.names import name_key
from rmdesk.programme.pairings import blocked_in_cycle
from rmdesk.programme.records import LEVEL_NAMES
from rmdesk.programme.validation import RuleError

DEFAULT_SIZE = 3
MAX_SIZE = 10


class Choice(NamedTuple):
    """One mentor on a mentee's shortlist."""

    mentor_id: int
    name: str
    department: str
    level: str
    score: float  # 0..100, one decimal, as a proposal's
    reasons: tuple[str, ...]


class Shortlist(NamedTuple):
    mentee_id: int
    name: str
    department: str
    level: str
    wants: tuple[str, ...]  # topics, in the mentee's priority order
    choices: tuple[Choice, ...]  # best first


def _level(level: int) -> str:
    return LEVEL_NAMES.get(level, f"level {level}")


def shortlists(
    cycle_id: int, size: int = DEFAULT_SIZE, weights: Weights | None = None
) -> list[Shortlist]:
    """Every mentee with a free place in the cycle, by name, with their ``size`` best
    allowed mentors (fewer when fewer are allowed; none when nobody is)."""
    cohort = _read_cohort(cycle_id)
    values = load_weights() if weights is None else weights
    mentors, mentees = cohort.mentors, cohort.mentees
    if not mentees:
        return []
    scores, eligible = score_pairs(mentors, mentees, values, minimum_gap())
    taken = {*cohort.open_pairs, *blocked_in_cycle(cycle_id)}
    for row, mentor in enumerate(mentors):
        for col, mentee in enumerate(mentees):
            if (mentor.id, mentee.id) in taken:
                eligible[row, col] = False
    found = []
    for col, mentee in enumerate(mentees):
        allowed = np.nonzero(eligible[:, col])[0]
        best = sorted(allowed.tolist(), key=lambda row: (-scores[row, col], mentors[row].id))
        choices = []
        for row in best[:size]:
            mentor = mentors[row]
            score, reasons = explain(mentor, mentee, values)
            choices.append(
                Choice(mentor.id, mentor.name, mentor.department, _level(mentor.level),
                       round(score, 1), reasons)
            )  # fmt: skip
        found.append(
            Shortlist(mentee.id, mentee.name, mentee.department, _level(mentee.level),
                      mentee.topics, tuple(choices))
        )  # fmt: skip
    found.sort(key=lambda item: (name_key(item.name), item.mentee_id))
    return found


def shortlists_to_print(
    cycle_id: int, cycle_name: str, size: int = DEFAULT_SIZE
) -> list[Shortlist]:
    """``shortlists``, refused (RuleError) when no mentee is still looking for a mentor."""
    found = shortlists(cycle_id, size)
    if not found:
        raise RuleError(
            Message(
                QT_TRANSLATE_NOOP("Domain", "No mentee in {cycle} is still looking for a mentor."),
                cycle=cycle_name,
            )
        )
    return found
