"""Matching: score every mentor x mentee, then propose an optimal set of pairs.

No Qt here: the Pairs tab, the command line and the tests call these functions.

Scoring
-------
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
the same floating-point operations, in the same order, as ``explain`` computes one
pair in plain Python, so an explanation's score equals its matrix cell exactly
(topic weights are exact integers, ``lcm(1..cap) / rank``, so their sums are exact).

Hard rules are exclusions, never low scores: a mentor must have role mentor and a
mentee role mentee, both need a free slot (capacity minus open pairs in the
cycle), nobody is paired with someone above or below them in their reporting line,
and archived people never enter the cohort (``cohort_for_cycle``).

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
combination, see ``_assign``) and the assignment solved again until nothing
repeats: each round solves a relaxation of the real problem, so the first answer
without a repeat is optimal.  With one slot on either side (the usual case) there
is a single round.  Inputs are ordered by id first, so the same data always gives
the same proposal, whatever order it came in.
"""

from __future__ import annotations

import itertools
import json
import math
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field

import numpy as np
import numpy.typing as npt
from scipy.optimize import linear_sum_assignment

from rmdesk.programme.participants import OPEN_PAIR_STATUSES
from rmdesk.programme.records import LEVEL_NAMES, WEEKDAYS
from rmdesk.programme.validation import RuleError, ValidationError
from rmdesk.store.models import (
    Cycle,
    Pair,
    Participant,
    ParticipantTopic,
    Setting,
    Topic,
)
from rmdesk.store.rows import raw_rows

CRITERIA = ("topic_fit", "different_department", "availability", "work_mode", "level_gap")
CRITERION_LABELS: dict[str, str] = {
    "topic_fit": "Topic fit",
    "different_department": "Different department",
    "availability": "Availability overlap",
    "work_mode": "Work mode & location",
    "level_gap": "Level gap",
}
CRITERION_HINTS: dict[str, str] = {  # one line each, e.g. for tooltips in the settings
    "topic_fit": "The mentor offers what the mentee wants; the mentee's first topics count most.",
    "different_department": "Partners from different departments: mentoring across silos.",
    "availability": "Weekdays both are available, out of five.",
    "work_mode": "Same location, or remote/hybrid work that makes meeting easy.",
    "level_gap": "A wider gap in seniority: the point of reverse mentoring.",
}
SETTING_KEY = "matching.weights"

NO_ELIGIBLE_PARTNER = "no eligible partner"
CAPACITY_FULL = "capacity full"
NO_PARTNER_LEFT = "no partner left (all eligible partners taken)"

FloatMatrix = npt.NDArray[np.float64]
BoolMatrix = npt.NDArray[np.bool_]
Progress = Callable[[int, int], None]

_RANK_CAP = 24  # lcm(1..24) * a few topics stays far below 2**53: exact float sums
_RANK_SCALE = math.lcm(*range(1, _RANK_CAP + 1))
_MODES = {"onsite": 0, "hybrid": 1, "remote": 2}  # anything else counts as hybrid
# Work-mode fit for people *not* in the same location, by (mentor mode, mentee mode).
_MODE_FIT = ((0.0, 0.0, 1.0), (0.0, 0.5, 1.0), (1.0, 1.0, 1.0))
_DAY_BITS = {day: 1 << index for index, day in enumerate(WEEKDAYS)}
_POPCOUNT = np.array([bin(mask).count("1") for mask in range(1 << len(WEEKDAYS))])
_MUTUAL_TOP = 3  # see _likely_repeats
_STEPS = 4  # progress steps of ``propose``: scored, eligible, solved, explained


@dataclass(frozen=True)
class Weights:
    """How much each criterion counts; non-negative, not all zero (relative: x2 all = same)."""

    topic_fit: float = 4.0
    different_department: float = 2.0
    availability: float = 2.0
    work_mode: float = 1.0
    level_gap: float = 1.0

    def as_dict(self) -> dict[str, float]:
        return {name: float(value) for name, value in asdict(self).items()}

    def values(self) -> tuple[float, ...]:
        return tuple(float(getattr(self, name)) for name in CRITERIA)


def weight_errors(weights: Weights) -> dict[str, str]:
    """Every problem with ``weights`` as criterion -> message (empty when usable)."""
    errors: dict[str, str] = {}
    for name, value in zip(CRITERIA, weights.values(), strict=True):
        if not math.isfinite(value) or value < 0:
            errors[name] = f"{CRITERION_LABELS[name]}: the weight must be zero or more."
    if not errors and not any(weights.values()):
        errors["weights"] = "At least one criterion needs a weight above zero."
    return errors


def load_weights() -> Weights:
    """The saved weights; the defaults when none are saved or the setting is unreadable."""
    row = Setting.get_or_none(Setting.key == SETTING_KEY)
    if row is None:
        return Weights()
    try:
        stored = json.loads(row.value)
    except (TypeError, ValueError):
        return Weights()
    if not isinstance(stored, dict):
        return Weights()
    defaults = Weights().as_dict()
    values: dict[str, float] = {}
    for name in CRITERIA:
        value = stored.get(name, defaults[name])
        ok = isinstance(value, int | float) and not isinstance(value, bool)
        values[name] = float(value) if ok else defaults[name]
    weights = Weights(**values)
    return Weights() if weight_errors(weights) else weights


def save_weights(weights: Weights) -> None:
    """Validate and store; ValidationError (nothing written) when negative or all zero."""
    errors = weight_errors(weights)
    if errors:
        raise ValidationError(errors)
    value = json.dumps(weights.as_dict(), sort_keys=True)
    Setting.replace(key=SETTING_KEY, value=value).execute()


@dataclass(frozen=True)
class Person:
    """What the matcher needs to know about one participant; plain data, no database."""

    id: int
    name: str
    role: str
    department: str
    level: int
    location: str = ""
    work_mode: str = "hybrid"
    availability: frozenset[str] = field(default_factory=frozenset)
    topics: tuple[str, ...] = ()  # priority order: offers of a mentor, wants of a mentee
    line: frozenset[int] = field(default_factory=frozenset)  # everyone above, up the chain
    slots: int = 1  # free places in this cycle: capacity minus open pairs


@dataclass(frozen=True)
class Proposal:
    mentor_id: int
    mentee_id: int
    mentor_name: str
    mentee_name: str
    score: float  # 0..100, one decimal
    reasons: tuple[str, ...]

    def reasons_text(self) -> str:
        return "; ".join(self.reasons)


@dataclass(frozen=True)
class Unmatched:
    participant_id: int
    name: str
    role: str
    reason: str


@dataclass(frozen=True)
class MatchResult:
    proposals: tuple[Proposal, ...]  # best score first, then names
    unmatched: tuple[Unmatched, ...]  # mentors first, then by name
    total_score: float  # sum of the proposals' exact scores, one decimal


# --- scoring ------------------------------------------------------------------


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def _mode(person: Person) -> int:
    return _MODES.get(person.work_mode, 1)


def _days(person: Person) -> int:
    mask = 0
    for day in person.availability:
        mask |= _DAY_BITS.get(day.strip().title(), 0)
    return mask


def _ranked(topics: Sequence[str]) -> list[str]:
    return list(dict.fromkeys(topics))  # first mention wins: its rank is the priority


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
        for rank, topic in enumerate(_ranked(mentee.topics), start=1):
            wants[column[topic], col] = _RANK_SCALE // min(rank, _RANK_CAP)
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


def _eligible(mentors: Sequence[Person], mentees: Sequence[Person]) -> BoolMatrix:
    role_ok_m = np.array([p.role == "mentor" and p.slots > 0 for p in mentors], dtype=bool)
    role_ok_e = np.array([p.role == "mentee" and p.slots > 0 for p in mentees], dtype=bool)
    eligible: BoolMatrix = role_ok_m[:, None] & role_ok_e[None, :]
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
    mentors: Sequence[Person], mentees: Sequence[Person], weights: Weights
) -> tuple[FloatMatrix, BoolMatrix]:
    """Scores (0..100, rows = mentors, columns = mentees, in the given order) and eligibility.

    Computed over whole arrays; ``explain`` gives exactly the same number for one cell.
    """
    values = _check_weights(weights)
    scale = 100.0 / sum(values)
    scores = np.zeros((len(mentors), len(mentees)))
    for name, weight in zip(CRITERIA, values, strict=True):
        if weight > 0:
            fits = _criterion_fits(name, mentors, mentees)
            scores += weight * fits  # same operations, same order as ``explain``
    scores *= scale
    return scores, _eligible(mentors, mentees)


def _list(names: Sequence[str]) -> str:
    return ", ".join(names)


def _fit_and_words(name: str, mentor: Person, mentee: Person) -> tuple[float, str]:
    """One criterion for one pair: its fit and a plain sentence (said whether it helped or not)."""
    if name == "topic_fit":
        offered = set(mentor.topics)
        wanted = _ranked(mentee.topics)
        if not wanted:
            return 0.0, "the mentee named no topics"
        common = [t for t in wanted if t in offered]
        if not common:
            return 0.0, "no wanted topic on offer"
        # Exact integers, and int / int rounds once: the very float the matrix holds.
        rank_weights = [_RANK_SCALE // min(rank, _RANK_CAP) for rank in range(1, len(wanted) + 1)]
        got = sum(w for w, topic in zip(rank_weights, wanted, strict=True) if topic in offered)
        return got / sum(rank_weights), f"both want/offer: {_list(common)}"
    if name == "different_department":
        dm, de = _norm(mentor.department), _norm(mentee.department)
        if not dm or not de:
            return 0.0, "department not known"
        if dm == de:
            return 0.0, f"same department ({mentee.department.strip()})"
        return (
            1.0,
            f"different departments: {mentor.department.strip()} and {mentee.department.strip()}",
        )
    if name == "availability":
        both = _days(mentor) & _days(mentee)
        days = [day for day in WEEKDAYS if both & _DAY_BITS[day]]
        fit = len(days) / float(len(WEEKDAYS))
        if not days:
            return fit, "no common weekday"
        return fit, f"{len(days)} of {len(WEEKDAYS)} weekdays overlap: {_list(days)}"
    if name == "work_mode":
        lm, le = _norm(mentor.location), _norm(mentee.location)
        if lm and lm == le:
            return 1.0, f"both based in {mentor.location.strip()}"
        fit = _MODE_FIT[_mode(mentor)][_mode(mentee)]
        remote = [p for p in (mentor, mentee) if _mode(p) == 2]
        if len(remote) == 2:
            return fit, "both work remotely"
        if remote:
            return fit, f"the {remote[0].role} works remotely, so they can meet by video"
        places = " and ".join(p.location.strip() or "an unknown place" for p in (mentor, mentee))
        if fit > 0:
            return fit, f"both hybrid, in {places}: mostly video meetings"
        return fit, f"one works onsite, and they are in {places}"
    if name == "level_gap":
        gap = mentee.level - mentor.level
        fit = min(max((gap - 1) / 4.0, 0.0), 1.0)
        levels = " and ".join(
            LEVEL_NAMES.get(p.level, f"level {p.level}") for p in (mentor, mentee)
        )
        if fit > 0:
            return fit, f"{gap} levels apart ({levels})"
        return fit, f"{'only 1 level' if gap == 1 else 'no level'} apart ({levels})"
    raise ValueError(f"unknown criterion {name!r}")  # pragma: no cover


def explain(mentor: Person, mentee: Person, weights: Weights) -> tuple[float, tuple[str, ...]]:
    """The pair's score (equal to its ``score_pairs`` cell) and its reasons.

    One sentence per weighted criterion: those that added to the score first,
    biggest contribution first (ties in ``CRITERIA`` order), then those that added
    nothing ("no common weekday").  A criterion weighted zero is not mentioned.
    Eligibility is not judged here: see ``exclusion_reason``.
    """
    return _explain(mentor, mentee, _check_weights(weights))


def _explain(
    mentor: Person, mentee: Person, values: tuple[float, ...]
) -> tuple[float, tuple[str, ...]]:
    scale = 100.0 / sum(values)
    score = 0.0
    helped: list[tuple[float, int, str]] = []
    notes: list[str] = []
    for order, (name, weight) in enumerate(zip(CRITERIA, values, strict=True)):
        if weight > 0:
            fit, words = _fit_and_words(name, mentor, mentee)
            score += weight * fit
            if fit > 0:
                helped.append((-(weight * fit), order, words))
            else:
                notes.append(words)
    score *= scale
    return score, tuple(words for _, _, words in sorted(helped)) + tuple(notes)


def exclusion_reason(mentor: Person, mentee: Person) -> str | None:
    """Why a hard rule forbids this pair, in plain words; None when they may be paired."""
    if mentor.id == mentee.id:
        return "nobody can mentor themselves"
    if mentor.role != "mentor":
        return f"{mentor.name} is not a mentor"
    if mentee.role != "mentee":
        return f"{mentee.name} is not a mentee"
    if mentee.id in mentor.line:
        return f"{mentee.name} is in {mentor.name}'s reporting line"
    if mentor.id in mentee.line:
        return f"{mentor.name} is in {mentee.name}'s reporting line"
    for person in (mentor, mentee):
        if person.slots <= 0:
            return f"{person.name}: {CAPACITY_FULL}"
    return None


# --- proposal -------------------------------------------------------------------


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
    without a repeat is optimal.
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


def _blocking(
    scores: FloatMatrix,
    eligible: BoolMatrix,
    rows: npt.NDArray[np.intp],
    cols: npt.NDArray[np.intp],
    row_slots: npt.NDArray[np.int64],
    col_slots: npt.NDArray[np.int64],
    counts: Counter[tuple[int, int]],
) -> list[tuple[int, int]]:
    """The repeated combinations, and every combination of two people with several slots
    who score at least as well together as with their weakest partner in ``counts``:
    the ones the next round could repeat."""
    worst = np.full(scores.shape[0], np.inf), np.full(scores.shape[1], np.inf)
    for (row, col), _ in counts.items():
        worst[0][row] = min(worst[0][row], scores[row, col])
        worst[1][col] = min(worst[1][col], scores[row, col])
    many_rows, many_cols = rows[row_slots > 1], cols[col_slots > 1]
    grid = np.ix_(many_rows, many_cols)
    sub = scores[grid]
    i, j = np.nonzero(
        eligible[grid] & (sub >= worst[0][many_rows, None]) & (sub >= worst[1][None, many_cols])
    )
    found = set(zip(many_rows[i].tolist(), many_cols[j].tolist(), strict=True))
    return sorted(found | {pair for pair, times in counts.items() if times > 1})


def _likely_repeats(
    scores: FloatMatrix,
    eligible: BoolMatrix,
    rows: npt.NDArray[np.intp],
    cols: npt.NDArray[np.intp],
    row_slots: npt.NDArray[np.int64],
    col_slots: npt.NDArray[np.int64],
) -> list[tuple[int, int]]:
    """Combinations of two people with several slots who are among each other's best.

    Limiting them to one use from the start (always valid: it is a real rule)
    saves rounds of ``_solve``; the others are limited only if they repeat.
    """
    many_rows, many_cols = rows[row_slots > 1], cols[col_slots > 1]
    if not len(many_rows) or not len(many_cols):
        return []
    sub = np.where(
        eligible[np.ix_(many_rows, many_cols)], scores[np.ix_(many_rows, many_cols)], -1.0
    )
    top = np.zeros(sub.shape, dtype=bool)
    k = min(_MUTUAL_TOP, sub.shape[1])
    top[np.arange(sub.shape[0])[:, None], np.argpartition(-sub, k - 1, axis=1)[:, :k]] = True
    mutual = np.zeros(sub.shape, dtype=bool)
    k = min(_MUTUAL_TOP, sub.shape[0])
    mutual[np.argpartition(-sub, k - 1, axis=0)[:k], np.arange(sub.shape[1])[None, :]] = True
    i, j = np.nonzero(top & mutual & (sub >= 0))
    return list(zip(many_rows[i].tolist(), many_cols[j].tolist(), strict=True))


def _assign(
    values: FloatMatrix,
    ok: BoolMatrix,
    row_of: npt.NDArray[np.intp],
    col_of: npt.NDArray[np.intp],
    bonus: float,
    once: Sequence[tuple[int, int]],
) -> list[tuple[int, int]]:
    """One optimal assignment of slots; the ``once`` combinations at most once each.

    Without ``once``: eligible cells hold their score, the others lose ``bonus``
    (as many cells are assigned whatever the choice, so only differences count).
    With it, each such (mentor, mentee) gets a gadget row ``v`` and column ``u``:
    either ``v-u`` (not paired) or a mentor slot on ``u`` and ``v`` on a mentee
    slot (paired, once); a ``huge`` reward on the gadget cells makes any other use
    of them a loss, and the direct cells of the combination count as no pair.
    """
    if not once:
        cost = np.where(ok, values, -bonus)
        r, c = linear_sum_assignment(cost, maximize=True)
        keep = ok[r, c]
        return list(zip(row_of[r[keep]].tolist(), col_of[c[keep]].tolist(), strict=True))
    n_rows, n_cols = values.shape
    extra = len(once)
    huge = (min(n_rows, n_cols) + 1) * (100.0 + bonus) + 1.0
    cost = np.full((n_rows + extra, n_cols + extra), -np.inf)
    real = ok.copy()
    cost[:n_rows, :n_cols] = np.where(ok, values + bonus, 0.0)
    for k, (row, col) in enumerate(once):
        mine, theirs = np.nonzero(row_of == row)[0], np.nonzero(col_of == col)[0]
        score = values[mine[0], theirs[0]]
        cost[mine[:, None], theirs[None, :]] = 0.0
        real[mine[:, None], theirs[None, :]] = False
        cost[mine, n_cols + k] = score + bonus + huge
        cost[n_rows + k, theirs] = huge
        cost[n_rows + k, n_cols + k] = 2 * huge
    r, c = linear_sum_assignment(cost, maximize=True)
    chosen = []
    for i, j in zip(r.tolist(), c.tolist(), strict=True):
        if i < n_rows and j < n_cols and real[i, j]:
            chosen.append((int(row_of[i]), int(col_of[j])))
        elif i < n_rows and j >= n_cols:
            chosen.append(once[j - n_cols])
    return chosen


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


# --- the store --------------------------------------------------------------------


@dataclass
class _Cohort:
    mentors: list[Person]
    mentees: list[Person]
    full: list[Unmatched]  # not archived, but no free slot left in the cycle
    open_pairs: list[tuple[int, int]]


def _lines(managers: dict[int, int | None]) -> dict[int, frozenset[int]]:
    """Everyone above each participant, following managers (a loop stops the walk)."""
    lines: dict[int, frozenset[int]] = {}
    for pid in managers:
        above: list[int] = []
        current = managers[pid]
        while current is not None and current != pid and current not in above:
            above.append(current)
            current = managers.get(current)
        lines[pid] = frozenset(above)
    return lines


def _read_cohort(cycle_id: int) -> _Cohort:
    if not Cycle.select().where(Cycle.id == cycle_id).exists():
        raise RuleError("That cycle does not exist (any more).")
    p = Participant
    records = raw_rows(
        p.select(
            p.id, p.full_name, p.role, p.department, p.level, p.manager, p.location,
            p.work_mode, p.availability, p.capacity, p.archived,
        ).order_by(p.id)
    ).fetchall()  # fmt: skip
    names = dict(raw_rows(Topic.select(Topic.id, Topic.name)).fetchall())
    topic_rows = raw_rows(
        ParticipantTopic.select(
            ParticipantTopic.participant, ParticipantTopic.topic, ParticipantTopic.kind
        ).order_by(ParticipantTopic.participant, ParticipantTopic.priority, ParticipantTopic.id)
    ).fetchall()
    topics: dict[tuple[int, str], list[str]] = {}
    for pid, topic_id, kind in topic_rows:
        topics.setdefault((pid, kind), []).append(names[topic_id])
    open_pairs = [
        (int(m), int(e))
        for m, e in raw_rows(
            Pair.select(Pair.mentor, Pair.mentee).where(
                (Pair.cycle == cycle_id) & Pair.status.in_(OPEN_PAIR_STATUSES)
            )
        ).fetchall()
    ]
    taken: dict[int, int] = {}
    for mentor_id, mentee_id in open_pairs:
        taken[mentor_id] = taken.get(mentor_id, 0) + 1
        taken[mentee_id] = taken.get(mentee_id, 0) + 1
    lines = _lines({record[0]: record[5] for record in records})
    cohort = _Cohort([], [], [], sorted(set(open_pairs)))
    for (pid, name, role, department, level, _manager, location, mode, days, capacity,
         archived) in records:  # fmt: skip
        if archived or role not in ("mentor", "mentee"):
            continue
        kind = "offers" if role == "mentor" else "wants"
        person = Person(
            id=pid,
            name=name,
            role=role,
            department=department or "",
            level=int(level),
            location=location or "",
            work_mode=mode or "hybrid",
            availability=frozenset(d.strip().title() for d in (days or "").split(",") if d.strip()),
            topics=tuple(topics.get((pid, kind), ())),
            line=lines[pid],
            slots=int(capacity) - taken.get(pid, 0),
        )
        if person.slots <= 0:
            open_count = taken.get(pid, 0)
            reason = (
                f"{CAPACITY_FULL} ({open_count} open pair{'s' * (open_count != 1)} "
                f"in this cycle, capacity {capacity})"
            )
            cohort.full.append(Unmatched(pid, name, role, reason))
        elif role == "mentor":
            cohort.mentors.append(person)
        else:
            cohort.mentees.append(person)
    return cohort


def cohort_for_cycle(cycle_id: int) -> tuple[list[Person], list[Person]]:
    """(mentors, mentees) who can still be paired in the cycle, ordered by id.

    Not archived, and with a free slot once their open (proposed or active) pairs in
    this cycle are counted, so pairs already fixed are kept: they use up slots.
    """
    cohort = _read_cohort(cycle_id)
    return cohort.mentors, cohort.mentees


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
