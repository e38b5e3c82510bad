"""Matching: score every mentor x mentee, then propose an optimal set of pairs.

No Qt here: the Pairs tab, the command line and the tests call these functions,
all importable from here.  One job a module:

- ``weights.py``: the coordinator's criterion weights, kept in the settings;
- ``records.py``: ``Person`` in; ``Proposal``, ``Unmatched``, ``MatchResult`` out;
- ``scoring.py``: every mentor x mentee scored as numpy matrices, and the hard rules;
- ``solving.py``: the optimal b-matching within everyone's places (scipy);
- ``explaining.py``: a chosen pair's score and reasons in words, a forbidden pair's rule;
- ``cohort.py``: reading who can still be paired in a cycle from the store;
- here: ``propose`` (score, solve, explain) and ``propose_for_cycle``.

Proposal
--------
``propose`` finds the optimal bipartite b-matching (``solving.py``): everyone
takes at most their free places, the same two people at most once, the proposal
pairs *as many people as the rules allow* and, among all such proposals, has the
*highest total score*.  (Maximising the total alone could leave someone unmatched
to give another a slightly better partner; a programme would rather match
everyone it can.)  Inputs are ordered by id first, so the same data always gives
the same proposal, whatever order it came in.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Iterable, Mapping, Sequence

import numpy as np

from rmdesk.programme import code_words
from rmdesk.programme.levels import minimum_gap
from rmdesk.programme.matching.cohort import _read_cohort, cohort_for_cycle
from rmdesk.programme.matching.explaining import _explain, exclusion_reason, explain
from rmdesk.programme.matching.records import (
    ALREADY_PAIRED,
    CAPACITY_FULL,
    NO_ELIGIBLE_PARTNER,
    NO_PARTNER_LEFT,
    Blocked,
    MatchResult,
    Person,
    Progress,
    Proposal,
    Unmatched,
)
from rmdesk.programme.matching.scoring import (
    DEFAULT_MINIMUM_GAP,
    BoolMatrix,
    FloatMatrix,
    score_pairs,
)
from rmdesk.programme.matching.solving import solve
from rmdesk.programme.matching.weights import (
    CRITERIA,
    CRITERION_HINTS,
    CRITERION_LABELS,
    SETTING_KEY,
    Weights,
    load_weights,
    save_matching_settings,
    save_weights,
    weight_errors,
)
from rmdesk.programme.matching.why_not import best_candidates
from rmdesk.programme.messages import QT_TRANSLATE_NOOP, Message, word
from rmdesk.programme.pairings import blocked_in_cycle

__all__ = [
    "ALREADY_PAIRED",
    "CAPACITY_FULL",
    "CRITERIA",
    "CRITERION_HINTS",
    "CRITERION_LABELS",
    "NO_ELIGIBLE_PARTNER",
    "NO_PARTNER_LEFT",
    "SETTING_KEY",
    "Blocked",
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
    "save_matching_settings",
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


def _unmatched_sort_key(item: Unmatched) -> tuple[int, str, int]:
    return (0 if item.role == "mentor" else 1, item.name.casefold(), item.participant_id)


def _why_none(person: Person, expected: str, other: str, others: int) -> str:
    if person.slots <= 0:
        return CAPACITY_FULL
    if person.role != expected:
        return Message(
            QT_TRANSLATE_NOOP("Domain", "{reason}: listed as {role}, not {expected}"),
            reason=NO_ELIGIBLE_PARTNER,
            role=word(code_words.ROLE, person.role),
            expected=word(code_words.ROLE, expected),
        )
    if not others:
        return Message(
            QT_TRANSLATE_NOOP("Domain", "{reason}: no {other} is looking for a partner"),
            reason=NO_ELIGIBLE_PARTNER,
            other=word(code_words.ROLE, other),
        )
    return Message(
        QT_TRANSLATE_NOOP(
            "Domain",
            "{reason}: every {other} is in their reporting line, too close in level or "
            "paired with them before",
        ),
        reason=NO_ELIGIBLE_PARTNER,
        other=word(code_words.ROLE, other),
    )


def _reasons(mentor: Person, mentee: Person, values: tuple[float, ...]) -> tuple[str, ...]:
    return _explain(mentor, mentee, values)[1]


def _excluded(
    exclude: Mapping[tuple[int, int], str] | Iterable[tuple[int, int]],
) -> Mapping[tuple[int, int], str]:
    if isinstance(exclude, Mapping):
        return exclude
    return dict.fromkeys(exclude, ALREADY_PAIRED)


def propose(
    mentors: Sequence[Person],
    mentees: Sequence[Person],
    weights: Weights,
    progress: Progress | None = None,
    *,
    exclude: Mapping[tuple[int, int], str] | Iterable[tuple[int, int]] = (),
    minimum_gap: int = DEFAULT_MINIMUM_GAP,
) -> MatchResult:
    """The optimal proposal for this cohort (pure and deterministic), with who is left out
    and, for each of them, their best candidates and what blocked each.

    ``exclude`` holds (mentor id, mentee id) combinations that may not be proposed
    (already paired in the cycle, paired before), as a mapping to the words that say
    why; ``minimum_gap`` is the level-gap rule's.  ``progress(done, total)`` is called
    after each stage; an exception it raises (a cancel) stops the matching.
    """
    mentors = _by_id(mentors, "mentors")
    mentees = _by_id(mentees, "mentees")
    excluded = _excluded(exclude)
    scores, eligible = score_pairs(mentors, mentees, weights, minimum_gap)
    _step(progress, 1, _STEPS)

    mentor_at = {p.id: row for row, p in enumerate(mentors)}
    mentee_at = {p.id: col for col, p in enumerate(mentees)}
    banned = [
        (mentor_at[m], mentee_at[e]) for m, e in excluded if m in mentor_at and e in mentee_at
    ]
    if banned:
        eligible[tuple(np.array(banned).T)] = False
    partners_of_mentor = eligible.sum(axis=1)
    partners_of_mentee = eligible.sum(axis=0)
    _step(progress, 2, _STEPS)

    row_slots = np.minimum([max(p.slots, 0) for p in mentors], partners_of_mentor)
    col_slots = np.minimum([max(p.slots, 0) for p in mentees], partners_of_mentee)
    chosen = solve(scores, eligible, row_slots, col_slots)
    _step(progress, 3, _STEPS)

    values = weights.values()
    proposals = []
    for row, col in chosen:
        mentor, mentee = mentors[row], mentees[col]
        score = round(float(scores[row, col]), 1)
        why = functools.partial(_reasons, mentor, mentee, values)
        proposals.append(Proposal(mentor.id, mentee.id, mentor.name, mentee.name, score, why))
    proposals.sort(
        key=lambda p: (-p.score, p.mentor_name.casefold(), p.mentee_name.casefold(), p.mentor_id)
    )
    total = round(float(sum(scores[row, col] for row, col in chosen)), 1)

    places_left = {p.id: p.slots for p in (*mentors, *mentees)}
    for row, col in chosen:
        places_left[mentors[row].id] -= 1
        places_left[mentees[col].id] -= 1
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
            reason: str
            if partners[index]:
                reason = NO_PARTNER_LEFT
            else:
                reason = _why_none(person, expected, other, others)
            best = () if person.slots <= 0 else best_candidates(
                expected == "mentor", index, mentors, mentees, scores, excluded, places_left,
                minimum_gap,
            )  # fmt: skip
            unmatched.append(Unmatched(person.id, person.name, person.role, reason, best))
    unmatched.sort(key=_unmatched_sort_key)
    _step(progress, 4, _STEPS)
    return MatchResult(tuple(proposals), tuple(unmatched), total)


def propose_for_cycle(
    cycle_id: int, weights: Weights | None = None, progress: Progress | None = None
) -> MatchResult:
    """The optimal proposal for a cycle from the store; reads only, never writes.

    Existing open pairs (proposals included) are kept fixed: they use up places, and
    everyone else is matched around them; people whose places they fill are reported
    as "capacity full".  Two people paired before are not proposed again unless the
    cycle allows repeats, a pair that ended early in this cycle never
    (``pairings.blocked_in_cycle``), and the level-gap rule is the programme's.
    """
    total = _STEPS + 1
    cohort = _read_cohort(cycle_id)
    _step(progress, 1, total)
    shifted = None if progress is None else lambda done, _: progress(done + 1, total)
    excluded = {**blocked_in_cycle(cycle_id), **dict.fromkeys(cohort.open_pairs, ALREADY_PAIRED)}
    # Everyone, full or not: a full person takes no pair but is someone's candidate.
    everyone = sorted(cohort.people.values(), key=lambda person: person.id)
    result = propose(
        [person for person in everyone if person.role == "mentor"],
        [person for person in everyone if person.role == "mentee"],
        load_weights() if weights is None else weights,
        shifted,
        exclude=excluded,
        minimum_gap=minimum_gap(),
    )
    full = {person.participant_id: person for person in cohort.full}
    unmatched = [full.get(person.participant_id, person) for person in result.unmatched]
    return MatchResult(result.proposals, tuple(unmatched), result.total_score)
