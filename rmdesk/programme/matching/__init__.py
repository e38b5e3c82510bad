"""Matching: score every mentor x mentee, then propose an optimal set of pairs.

No Qt here: the Pairs tab, the command line and the tests call these functions,
all importable from here.  One job a module:

- ``weights.py``: the coordinator's criterion weights, kept in the settings;
- ``records.py``: ``Person`` in; ``Proposal``, ``Unmatched``, ``MatchResult`` out;
- ``scoring.py``: every mentor x mentee scored as numpy matrices, and the hard rules;
- ``solving.py``: one optimal assignment of capacity slots (scipy);
- ``explaining.py``: a chosen pair's score and reasons in words, a forbidden pair's rule;
- ``cohort.py``: reading who can still be paired in a cycle from the store;
- here: ``propose`` (score, solve in rounds, explain) and ``propose_for_cycle``.

Proposal
--------
``propose`` finds an optimal assignment with
``scipy.optimize.linear_sum_assignment``: a person with several free slots
appears once per slot; ineligible cells get a large negative value, so the
proposal first pairs *as many people as the rules allow* and, among all such
proposals, has the *highest total score*.  (Maximising the total alone could leave
someone unmatched to give another a slightly better partner; a programme would
rather match everyone it can.)  A person with no eligible partner at all is taken
out before solving and reported.  When both sides of one combination have spare
slots the expanded assignment could pair the same two people twice; such
combinations are then limited to one use each (a gadget row and column per
combination, see ``_assign`` in ``solving.py``) and the assignment solved again until nothing
repeats: each round solves a relaxation of the real problem, so the first answer
without a repeat is optimal.  With one slot on either side (the usual case) there
is a single round.  Inputs are ordered by id first, so the same data always gives
the same proposal, whatever order it came in.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Iterable, Sequence

import numpy as np
import numpy.typing as npt

from rmdesk.programme.matching.cohort import _read_cohort, cohort_for_cycle
from rmdesk.programme.matching.explaining import _explain, exclusion_reason, explain
from rmdesk.programme.matching.records import (
    CAPACITY_FULL,
    NO_ELIGIBLE_PARTNER,
    NO_PARTNER_LEFT,
    MatchResult,
    Person,
    Progress,
    Proposal,
    Unmatched,
)
from rmdesk.programme.matching.scoring import BoolMatrix, FloatMatrix, score_pairs
from rmdesk.programme.matching.solving import _assign, _blocking, _likely_repeats
from rmdesk.programme.matching.weights import (
    CRITERIA,
    CRITERION_HINTS,
    CRITERION_LABELS,
    SETTING_KEY,
    Weights,
    load_weights,
    save_weights,
    weight_errors,
)

__all__ = [
    "CAPACITY_FULL",
    "CRITERIA",
    "CRITERION_HINTS",
    "CRITERION_LABELS",
    "NO_ELIGIBLE_PARTNER",
    "NO_PARTNER_LEFT",
    "SETTING_KEY",
    "BoolMatrix",
    "FloatMatrix",
    "MatchResult",
    "Person",
    "Progress",
    "Proposal",
    "Unmatched",
    "Weights",
    "cohort_for_cycle",
    "exclusion_reason",
    "explain",
    "load_weights",
    "propose",
    "propose_for_cycle",
    "save_weights",
    "score_pairs",
    "weight_errors",
]

_STEPS = 4  # progress steps of ``propose``: scored, eligible, solved, explained


def _by_id(people: Sequence[Person], side: str) -> list[Person]:
    ordered = sorted(people, key=lambda p: p.id)
    for before, after in itertools.pairwise(ordered):
        if before.id == after.id:
            raise ValueError(f"{side}: participant id {after.id} appears twice")
    return ordered


def _step(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None:
        progress(done, total)


def _solve(
    scores: FloatMatrix,
    eligible: BoolMatrix,
    rows: npt.NDArray[np.intp],
    cols: npt.NDArray[np.intp],
    row_slots: npt.NDArray[np.int64],
    col_slots: npt.NDArray[np.int64],
) -> list[tuple[int, int]]:
    """Optimal (mentor, mentee) index pairs within ``rows`` x ``cols``: most pairs, best total.

    A person appears once per slot.  Should the assignment pair the same two people
    twice (both had a spare slot), each such combination is limited to one use by a
    small gadget and the assignment solved again, until no combination repeats:
    every round solves a relaxation of the real problem, so the first proposal
    without a repeat is optimal.  The rounds live here, over ``solving.py``'s pieces,
    so that ``matching._assign`` (which the tests spy on) is the one called.
    """
    row_of = np.repeat(rows, row_slots)
    col_of = np.repeat(cols, col_slots)
    n_rows, n_cols = scores.shape
    if np.array_equal(row_of, np.arange(n_rows)) and np.array_equal(col_of, np.arange(n_cols)):
        values, ok = scores, eligible  # nobody taken out, one slot each: no gather
    else:
        grid = np.ix_(row_of, col_of)
        values, ok = scores[grid], eligible[grid]
    bonus = 100.0 * (min(values.shape) + 1)  # one more pair beats any gain in scores
    once = _likely_repeats(scores, eligible, rows, cols, row_slots, col_slots)
    while True:
        chosen = _assign(values, ok, row_of, col_of, bonus, once)
        counts = Counter(chosen)
        if len(counts) == len(chosen):
            return chosen
        once = sorted(
            {*once, *_blocking(scores, eligible, rows, cols, row_slots, col_slots, counts)}
        )


def _unmatched_sort_key(item: Unmatched) -> tuple[int, str, int]:
    return (0 if item.role == "mentor" else 1, item.name.casefold(), item.participant_id)


def _why_none(person: Person, expected: str, other: str, others: int) -> str:
    if person.slots <= 0:
        return CAPACITY_FULL
    if person.role != expected:
        return f"{NO_ELIGIBLE_PARTNER}: listed as {person.role}, not {expected}"
    if not others:
        return f"{NO_ELIGIBLE_PARTNER}: no {other} is looking for a partner"
    return f"{NO_ELIGIBLE_PARTNER}: every {other} is in their reporting line or already paired"


def propose(
    mentors: Sequence[Person],
    mentees: Sequence[Person],
    weights: Weights,
    progress: Progress | None = None,
    *,
    exclude: Iterable[tuple[int, int]] = (),
) -> MatchResult:
    """The optimal proposal for this cohort (pure and deterministic), with who is left out.

    ``exclude`` holds (mentor id, mentee id) combinations that may not be proposed
    (e.g. already paired in the cycle).  ``progress(done, total)`` is called after
    each stage; an exception it raises (a cancel) stops the matching.
    """
    mentors = _by_id(mentors, "mentors")
    mentees = _by_id(mentees, "mentees")
    scores, eligible = score_pairs(mentors, mentees, weights)
    _step(progress, 1, _STEPS)

    mentor_at = {p.id: row for row, p in enumerate(mentors)}
    mentee_at = {p.id: col for col, p in enumerate(mentees)}
    banned = [(mentor_at[m], mentee_at[e]) for m, e in exclude if m in mentor_at and e in mentee_at]
    if banned:
        eligible[tuple(np.array(banned).T)] = False
    partners_of_mentor = eligible.sum(axis=1)
    partners_of_mentee = eligible.sum(axis=0)
    rows = np.nonzero(partners_of_mentor)[0]
    cols = np.nonzero(partners_of_mentee)[0]
    _step(progress, 2, _STEPS)

    row_slots = np.minimum([mentors[i].slots for i in rows], partners_of_mentor[rows])
    col_slots = np.minimum([mentees[j].slots for j in cols], partners_of_mentee[cols])
    chosen = _solve(scores, eligible, rows, cols, row_slots, col_slots) if len(rows) else []
    _step(progress, 3, _STEPS)

    values = weights.values()
    proposals = []
    for row, col in chosen:
        mentor, mentee = mentors[row], mentees[col]
        _, reasons = _explain(mentor, mentee, values)
        score = round(float(scores[row, col]), 1)
        proposals.append(Proposal(mentor.id, mentee.id, mentor.name, mentee.name, score, reasons))
    proposals.sort(
        key=lambda p: (-p.score, p.mentor_name.casefold(), p.mentee_name.casefold(), p.mentor_id)
    )
    total = round(float(sum(scores[row, col] for row, col in chosen)), 1)

    paired = {row for row, _ in chosen}, {col for _, col in chosen}
    unmatched = []
    sides = (
        (mentors, partners_of_mentor, paired[0], "mentor", "mentee", len(mentees)),
        (mentees, partners_of_mentee, paired[1], "mentee", "mentor", len(mentors)),
    )
    for people, partners, matched, expected, other, others in sides:
        for index, person in enumerate(people):
            if index in matched:
                continue
            if partners[index]:
                reason = NO_PARTNER_LEFT
            else:
                reason = _why_none(person, expected, other, others)
            unmatched.append(Unmatched(person.id, person.name, person.role, reason))
    unmatched.sort(key=_unmatched_sort_key)
    _step(progress, 4, _STEPS)
    return MatchResult(tuple(proposals), tuple(unmatched), total)


def propose_for_cycle(
    cycle_id: int, weights: Weights | None = None, progress: Progress | None = None
) -> MatchResult:
    """The optimal proposal for a cycle from the store; reads only, never writes.

    Existing open pairs are kept (they use up slots) and never proposed again;
    people whose slots they fill are reported as "capacity full".
    """
    total = _STEPS + 1
    cohort = _read_cohort(cycle_id)
    _step(progress, 1, total)
    shifted = None if progress is None else lambda done, _: progress(done + 1, total)
    result = propose(
        cohort.mentors,
        cohort.mentees,
        load_weights() if weights is None else weights,
        shifted,
        exclude=cohort.open_pairs,
    )
    unmatched = sorted([*result.unmatched, *cohort.full], key=_unmatched_sort_key)
    return MatchResult(result.proposals, tuple(unmatched), result.total_score)
