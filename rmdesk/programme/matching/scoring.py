"""Scoring: how well each mentor suits each mentee, and which pairs the rules forbid.

Each named criterion gives a fit between 0 and 1 for a mentor (junior) and a
mentee (senior); the score is the weighted mean on a 0..100 scale::

    score = 100 * sum(weight_c * fit_c) / sum(weight_c)

with the coordinator's weights (``load_weights``/``save_weights``, stored as JSON in
the ``matching.weights`` setting).  The fits:

``topic_fit``
    What the mentor offers against what the mentee wants, weighted by the mentee's
    priorities: the mentee's n-th topic weighs ``1/n`` (ranks beyond
    ``_RANK_CAP`` weigh like the last one), and the fit is the weight of the wanted
    topics the mentor offers divided by the weight of all wanted topics.  The
    mentor's own order does not count.  A mentee who wants nothing gives 0.
``different_department``
    1 when both departments are known and differ (case and spaces ignored), else 0.
``availability``
    Common weekdays out of the five working days: ``|common| / 5`` (not divided by
    the shorter list: two people free on every day are easier to schedule than
    two sharing a single day).
``work_mode``
    1 when both are based in the same location, or either works remotely (they
    meet by video anyway); 0.5 when both are hybrid in different locations; 0 when
    one works onsite and they are not in one location.  An unknown location never
    counts as the same place.
``level_gap``
    ``(mentee.level - mentor.level - 1) / 4`` clipped to 0..1: the possible gap runs
    from 1 (level 3 with level 4) to 5 (level 1 with level 6), and the wider the
    gap the more "reverse" the mentoring.

The matrix (``score_pairs``) is computed with numpy over whole arrays and with
the same floating-point operations, in the same order, as ``explain``
(``explaining.py``) computes one pair in plain Python, so an explanation's score
equals its matrix cell exactly
(topic weights are exact integers, ``lcm(1..cap) / rank``, so their sums are exact).

Hard rules are exclusions, never low scores: a mentor must have role mentor and a
mentee role mentee, both need a free slot (capacity minus open pairs in the
cycle), the mentor is below the mentee by at least the minimum level gap (the
``matching.minimum_level_gap`` setting: 1, or 0 for peers), nobody is paired with
someone above or below them in their reporting line,
and archived people never enter the cohort (``cohort_for_cycle``).
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable, Hashable, Sequence

import numpy as np
import numpy.typing as npt

from rmdesk.programme.levels import gap_allows
from rmdesk.programme.matching.records import Person
from rmdesk.programme.matching.weights import CRITERIA, Weights, weight_errors
from rmdesk.programme.records import WEEKDAYS
from rmdesk.programme.settings import MATCHING_MINIMUM_GAP

FloatMatrix = npt.NDArray[np.float64]
BoolMatrix = npt.NDArray[np.bool_]

DEFAULT_MINIMUM_GAP = MATCHING_MINIMUM_GAP.default
_RANK_CAP = 24  # lcm(1..24) * a few topics stays far below 2**53: exact float sums
_RANK_SCALE = math.lcm(*range(1, _RANK_CAP + 1))
_MODES = {"onsite": 0, "hybrid": 1, "remote": 2}  # anything else counts as hybrid
# Work-mode fit for people *not* in the same location, by (mentor mode, mentee mode).
_MODE_FIT = ((0.0, 0.0, 1.0), (0.0, 0.5, 1.0), (1.0, 1.0, 1.0))
_DAY_BITS = {day: 1 << index for index, day in enumerate(WEEKDAYS)}
_POPCOUNT = np.array([bin(mask).count("1") for mask in range(1 << len(WEEKDAYS))])


@functools.lru_cache(maxsize=1 << 14)  # a cohort has few departments and places
def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def _mode(person: Person) -> int:
    return _MODES.get(person.work_mode, 1)


def _days(person: Person) -> int:
    return _day_mask(person.availability)


@functools.lru_cache(maxsize=1 << 10)  # at most 2**7 sets of weekdays are usual
def _day_mask(days: frozenset[str]) -> int:
    """Weekdays as bits: read once per set, not once per pair explained."""
    mask = 0
    for day in days:
        mask |= _DAY_BITS.get(day.strip().title(), 0)
    return mask


@functools.lru_cache(maxsize=1 << 14)
def _ranked(topics: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(topics))  # first mention wins: its rank is the priority


@functools.lru_cache(maxsize=64)
def _rank_weights(count: int) -> tuple[int, ...]:
    """The exact integer weight of each of ``count`` ranked topics: ``_RANK_SCALE / rank``."""
    return tuple(_RANK_SCALE // min(rank, _RANK_CAP) for rank in range(1, count + 1))


def _codes(texts: Sequence[str]) -> npt.NDArray[np.int64]:
    """Integer codes by sorted text (stable whatever the input order); -1 for blank."""
    keys = sorted({text for text in texts if text})
    index = {text: code for code, text in enumerate(keys)}
    return np.array([index.get(text, -1) for text in texts], dtype=np.int64)


def _check_weights(weights: Weights) -> tuple[float, ...]:
    errors = weight_errors(weights)
    if errors:
        raise ValueError(" ".join(errors.values()))
    return weights.values()


def _topic_fits(mentors: Sequence[Person], mentees: Sequence[Person]) -> FloatMatrix:
    names = sorted({t for person in (*mentors, *mentees) for t in person.topics})
    column = {name: index for index, name in enumerate(names)}
    offers = np.zeros((len(mentors), len(names)))
    for row, mentor in enumerate(mentors):
        offers[row, [column[t] for t in set(mentor.topics)]] = 1.0
    wants = np.zeros((len(names), len(mentees)))  # exact integers: _RANK_SCALE / rank
    for col, mentee in enumerate(mentees):
        ranked = _ranked(tuple(mentee.topics))
        for topic, weight in zip(ranked, _rank_weights(len(ranked)), strict=True):
            wants[column[topic], col] = weight
    wanted = wants.sum(axis=0)
    fits = offers @ wants
    np.divide(fits, wanted, out=fits, where=wanted > 0)
    return fits


def _criterion_fits(
    name: str, mentors: Sequence[Person], mentees: Sequence[Person]
) -> FloatMatrix | npt.NDArray[np.bool_]:
    """One criterion's fit for every cell (a bool matrix counts as 0/1)."""
    if name == "topic_fit":
        return _topic_fits(mentors, mentees)
    if name == "different_department":
        codes = _codes([_norm(p.department) for p in (*mentors, *mentees)])
        dm, de = codes[: len(mentors), None], codes[None, len(mentors) :]
        return (dm != de) & (dm >= 0) & (de >= 0)
    if name == "availability":
        am = np.array([_days(p) for p in mentors], dtype=np.int64)
        ae = np.array([_days(p) for p in mentees], dtype=np.int64)
        return _POPCOUNT[am[:, None] & ae[None, :]] / float(len(WEEKDAYS))
    if name == "work_mode":
        codes = _codes([_norm(p.location) for p in (*mentors, *mentees)])
        lm, le = codes[: len(mentors), None], codes[None, len(mentors) :]
        mm = np.array([_mode(p) for p in mentors], dtype=np.int64)
        me = np.array([_mode(p) for p in mentees], dtype=np.int64)
        fits = np.array(_MODE_FIT)[mm[:, None], me[None, :]]
        fits[(lm == le) & (lm >= 0)] = 1.0
        return fits
    if name == "level_gap":
        gm = np.array([p.level for p in mentors], dtype=np.int64)
        ge = np.array([p.level for p in mentees], dtype=np.int64)
        return np.clip((ge[None, :] - gm[:, None] - 1) / 4.0, 0.0, 1.0)
    raise ValueError(f"unknown criterion {name!r}")  # pragma: no cover


def _kinds(
    name: str, mentors: Sequence[Person]
) -> tuple[Sequence[Person], npt.NDArray[np.intp] | None]:
    """One mentor of each kind that a criterion tells apart (a cohort has a dozen
    departments, five levels, a few dozen sets of weekdays) and each mentor's kind,
    so the criterion is worked out once per kind, not once per mentor (topics: every
    mentor, ``None``)."""
    if name == "topic_fit":
        return mentors, None
    key = _KIND_KEYS[name]
    kind_of: dict[Hashable, int] = {}
    kinds: list[Person] = []
    rows: list[int] = []
    for person in mentors:
        value = key(person)
        at = kind_of.get(value)
        if at is None:
            at = kind_of[value] = len(kinds)
            kinds.append(person)
        rows.append(at)
    return kinds, np.array(rows, dtype=np.intp)


_KIND_KEYS: dict[str, Callable[[Person], Hashable]] = {
    "different_department": lambda person: _norm(person.department),
    "availability": _days,
    "work_mode": lambda person: (_norm(person.location), _mode(person)),
    "level_gap": lambda person: person.level,
}


def _eligible(mentors: Sequence[Person], mentees: Sequence[Person], minimum_gap: int) -> BoolMatrix:
    role_ok_m = np.array([p.role == "mentor" and p.slots > 0 for p in mentors], dtype=bool)
    role_ok_e = np.array([p.role == "mentee" and p.slots > 0 for p in mentees], dtype=bool)
    eligible: BoolMatrix = role_ok_m[:, None] & role_ok_e[None, :]
    gm = np.array([p.level for p in mentors], dtype=np.int64)
    ge = np.array([p.level for p in mentees], dtype=np.int64)
    eligible &= gap_allows(gm[:, None], ge[None, :], minimum_gap)  # junior mentors senior
    mentor_at = {p.id: row for row, p in enumerate(mentors)}
    mentee_at = {p.id: col for col, p in enumerate(mentees)}
    rows: list[int] = []
    cols: list[int] = []
    for row, mentor in enumerate(mentors):  # the mentee manages the mentor, at any height
        for boss in mentor.line:
            if boss in mentee_at:
                rows.append(row)
                cols.append(mentee_at[boss])
        if mentor.id in mentee_at:  # one person on both sides
            rows.append(row)
            cols.append(mentee_at[mentor.id])
    for col, mentee in enumerate(mentees):  # ... or the other way round
        for boss in mentee.line:
            if boss in mentor_at:
                rows.append(mentor_at[boss])
                cols.append(col)
    if rows:
        eligible[rows, cols] = False
    return eligible


def score_pairs(
    mentors: Sequence[Person],
    mentees: Sequence[Person],
    weights: Weights,
    minimum_gap: int = DEFAULT_MINIMUM_GAP,
) -> tuple[FloatMatrix, BoolMatrix]:
    """Scores (0..100, rows = mentors, columns = mentees, in the given order) and eligibility.

    ``minimum_gap``: how many levels the mentor must be below the mentee (0: peers too).

    Computed over whole arrays; ``explain`` gives exactly the same number for one cell.
    """
    values = _check_weights(weights)
    scale = 100.0 / sum(values)
    scores = np.zeros((len(mentors), len(mentees)))
    for name, weight in zip(CRITERIA, values, strict=True):
        if weight > 0:
            kinds, rows = _kinds(name, mentors)
            # weight * fit per kind of mentor, then copied to each mentor's row: the
            # same operations, in the same order, as ``explain``, cell by cell.
            part = weight * _criterion_fits(name, kinds, mentees)
            scores += part if rows is None else part[rows]
    scores *= scale
    return scores, _eligible(mentors, mentees, minimum_gap)
