"""Outcome statistics of a cycle: did the programme change anything?

Plain data (NamedTuples) for the Goals screen, the ``rmdesk outcomes`` command and
the end-of-cycle report.  Everything comes from a handful of grouped queries and
raw rows — never one ORM object per goal — so a cycle of 500 pairs takes a few
hundredths of a second.

Small numbers are guarded: every mean and rate comes with the number it is taken
over (``set``, ``n_*``, ``n``), and is None rather than a division by zero or an
average of nothing.  Definitions, so the report can say them in words:

* pairs *formed* are those that started (active, completed or ended early);
  retention = (formed - ended early) / formed; proposed pairs are counted apart;
  participants are the distinct people of formed pairs;
* goals are those of formed pairs (a proposed pair's are drafts); *set* excludes dropped
  goals; achievement rate = achieved / set; average
  progress is over the goals set;
* attendance = held / (held + missed); cancelled meetings are not attendance;
* a dimension's change is the mean of (final - baseline) over the people who have
  both scores, so people who joined or left halfway do not bias it; the candour
  statements are not among the dimensions (a figure of one person; ``candour``);
* every n counts people: someone in two pairs of the cycle answers once per pair and
  counts once, with the mean of their answers (scores per phase, satisfaction);
* satisfaction is each person's latest answer (final, else midpoint, else baseline);
* fit counts every answer given in the cycle; "not asked" counts the people of
  active or completed pairs that have held a meeting and have no answer yet.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from typing import Any, NamedTuple

from peewee import JOIN, Case, fn

from rmdesk.programme.candour import is_candour, own_scores
from rmdesk.programme.checkins import FIT_ANSWERS, fit_due
from rmdesk.programme.goals import OWNER_LABELS
from rmdesk.programme.messages import QT_TRANSLATE_NOOP, Message
from rmdesk.programme.validation import RuleError
from rmdesk.store.models import (
    GOAL_OWNERS,
    Assessment,
    AssessmentDimension,
    AssessmentScore,
    Cycle,
    FitCheck,
    Goal,
    Meeting,
    Pair,
    Topic,
)
from rmdesk.store.rows import raw_rows

NO_TOPIC = "No topic"
ALL_GOALS = "All goals"
NO_REASON = "No reason given"
_FORMED = ("active", "completed", "ended_early")
_PHASE_ORDER = {"baseline": 0, "midpoint": 1, "final": 2}


class GoalStats(NamedTuple):
    label: str
    set: int  # goals set, dropped ones excluded
    achieved: int
    dropped: int
    average_progress: float | None  # over the goals set; None when set == 0
    achievement_rate: float | None  # achieved / set; None when set == 0


class DimensionStats(NamedTuple):
    role: str
    dimension: str
    n_baseline: int
    mean_baseline: float | None
    n_final: int
    mean_final: float | None
    n_both: int
    mean_change: float | None  # mean of (final - baseline) over the n_both people


class SatisfactionStats(NamedTuple):
    role: str
    n: int
    mean: float | None


class PairStats(NamedTuple):
    formed: int
    active: int
    completed: int
    ended_early: int
    proposed: int
    end_reasons: tuple[tuple[str, int], ...]  # most frequent first
    retention_rate: float | None  # (formed - ended_early) / formed


class MeetingStats(NamedTuple):
    scheduled: int  # every meeting of the cycle, whatever its status
    held: int
    planned: int
    cancelled: int
    missed: int
    attendance_rate: float | None  # held / (held + missed)


class Outcomes(NamedTuple):
    cycle_id: int
    cycle_name: str
    start_date: dt.date
    end_date: dt.date
    participants: int
    mentors: int
    mentees: int
    pairs: PairStats
    meetings: MeetingStats
    goals_total: GoalStats
    goals_by_owner: tuple[GoalStats, ...]  # mentee, mentor
    goals_by_topic: tuple[GoalStats, ...]  # most goals first, "No topic" last
    dimensions: tuple[DimensionStats, ...]  # mentee then mentor, list order
    satisfaction: tuple[SatisfactionStats, ...]  # mentee, mentor
    fit: tuple[tuple[str, int], ...]  # good_fit, still_deciding, not_a_good_fit, not_asked


def _ratio(part: float, whole: float) -> float | None:
    return part / whole if whole else None


def _mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


def _date(value: Any) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


# ---------------------------------------------------------------- pairs and meetings


def _pair_stats(cycle_id: int) -> tuple[PairStats, int, int]:
    """Pair counts, and the distinct mentors and mentees of formed pairs."""
    counts = Counter[str]()
    reasons = Counter[str]()
    mentors: set[int] = set()
    mentees: set[int] = set()
    query = Pair.select(Pair.status, Pair.end_reason, Pair.mentor, Pair.mentee).where(
        Pair.cycle == cycle_id
    )
    for status, reason, mentor_id, mentee_id in raw_rows(query).fetchall():
        counts[status] += 1
        if status == "ended_early":
            reasons[reason.strip() or NO_REASON] += 1
        if status in _FORMED:
            mentors.add(mentor_id)
            mentees.add(mentee_id)
    formed = sum(counts[s] for s in _FORMED)
    stats = PairStats(
        formed=formed,
        active=counts["active"],
        completed=counts["completed"],
        ended_early=counts["ended_early"],
        proposed=counts["proposed"],
        end_reasons=tuple(sorted(reasons.items(), key=lambda item: (-item[1], item[0]))),
        retention_rate=_ratio(formed - counts["ended_early"], formed),
    )
    return stats, len(mentors), len(mentees)


def _meeting_stats(cycle_id: int) -> MeetingStats:
    query = (
        Meeting.select(Meeting.status, fn.COUNT(Meeting.id))
        .join(Pair)
        .where(Pair.cycle == cycle_id)
        .group_by(Meeting.status)
    )
    counts: dict[str, int] = dict(raw_rows(query).fetchall())
    held, missed = counts.get("held", 0), counts.get("missed", 0)
    return MeetingStats(
        scheduled=sum(counts.values()),
        held=held,
        planned=counts.get("planned", 0),
        cancelled=counts.get("cancelled", 0),
        missed=missed,
        attendance_rate=_ratio(held, held + missed),
    )


# ---------------------------------------------------------------- goals


class _Tally:
    """Goals of one group: counts by status and the progress of those set."""

    def __init__(self) -> None:
        self.by_status: Counter[str] = Counter()
        self.progress_sum = 0

    def add(self, status: str, n: int, progress_sum: int) -> None:
        self.by_status[status] += n
        if status != "dropped":
            self.progress_sum += progress_sum

    @property
    def total(self) -> int:
        return sum(self.by_status.values())

    def stats(self, label: str) -> GoalStats:
        dropped = self.by_status["dropped"]
        kept = self.total - dropped
        achieved = self.by_status["achieved"]
        return GoalStats(
            label, kept, achieved, dropped, _ratio(self.progress_sum, kept), _ratio(achieved, kept)
        )


def _goal_stats(cycle_id: int) -> tuple[GoalStats, tuple[GoalStats, ...], tuple[GoalStats, ...]]:
    query = (
        Goal.select(Goal.owner, Topic.name, Goal.status, fn.COUNT(Goal.id), fn.SUM(Goal.progress))
        .join(Pair)
        .switch(Goal)
        .join(Topic, JOIN.LEFT_OUTER)
        .where(Pair.cycle == cycle_id, Pair.status.in_(_FORMED))
        .group_by(Goal.owner, Goal.topic, Goal.status)
    )
    total = _Tally()
    owners = {owner: _Tally() for owner in GOAL_OWNERS}
    topics: dict[str | None, _Tally] = defaultdict(_Tally)
    for owner, topic, status, n, progress_sum in raw_rows(query).fetchall():
        for tally in (total, owners[owner], topics[topic]):
            tally.add(status, n, int(progress_sum or 0))

    def size(name: str) -> tuple[int, int, str]:  # goals set (what the chart shows) first
        tally = topics[name]
        return (-(tally.total - tally.by_status["dropped"]), -tally.total, name)

    by_topic = sorted((name for name in topics if name is not None), key=size)
    topic_stats = [topics[name].stats(name) for name in by_topic]
    if None in topics:
        topic_stats.append(topics[None].stats(NO_TOPIC))
    return (
        total.stats(ALL_GOALS),
        tuple(owners[owner].stats(OWNER_LABELS[owner]) for owner in GOAL_OWNERS),
        tuple(topic_stats),
    )


# ---------------------------------------------------------------- assessments


def _role_column() -> Any:
    return Case(None, [(Assessment.participant == Pair.mentor, "mentor")], "mentee")


def _dimension_stats(cycle_id: int) -> tuple[DimensionStats, ...]:
    s, a = AssessmentScore, Assessment
    query = (
        s.select(a.pair, a.participant, _role_column(), a.phase, s.dimension, s.score)
        .join(a)
        .join(Pair)
        .where((Pair.cycle == cycle_id) & a.phase.in_(("baseline", "final")) & own_scores())
    )
    # (role, dimension) -> person -> phase -> their scores (one per pair they are in)
    scores: dict[tuple[str, str], dict[int, dict[str, list[int]]]] = defaultdict(
        lambda: defaultdict(lambda: defaultdict(list))
    )
    for _pid, person, role, phase, dimension, score in raw_rows(query).fetchall():
        scores[(role, dimension)][person][phase].append(score)
    d = AssessmentDimension
    listed = [
        (role, name)
        for role, name in raw_rows(d.select(d.role, d.name).order_by(d.position, d.id))
        if not is_candour(name)  # over a group only: programme.candour
    ]
    order = {(role, name): i for i, (role, name) in enumerate(listed)}
    # The current lists first; names no longer listed (renamed, removed) after, by name.
    keys = [(role, name) for role, name in listed]
    keys += sorted(key for key in scores if key not in order)
    rows = []
    for role in GOAL_OWNERS:  # mentee, then mentor
        for key in keys:
            if key[0] != role:
                continue
            people = {who: {phase: sum(v) / len(v) for phase, v in found.items()}
                      for who, found in scores.get(key, {}).items()}  # fmt: skip
            baseline = [p["baseline"] for p in people.values() if "baseline" in p]
            final = [p["final"] for p in people.values() if "final" in p]
            change = [p["final"] - p["baseline"] for p in people.values() if len(p) == 2]
            rows.append(
                DimensionStats(role, key[1], len(baseline), _mean(baseline), len(final),
                               _mean(final), len(change), _mean(change))
            )  # fmt: skip
    return tuple(rows)


def _satisfaction_stats(cycle_id: int) -> tuple[SatisfactionStats, ...]:
    a = Assessment
    query = (
        a.select(a.pair, a.participant, _role_column(), a.phase, a.satisfaction)
        .join(Pair)
        .where((Pair.cycle == cycle_id) & a.satisfaction.is_null(False))
    )
    latest: dict[tuple[int, int], tuple[int, str, int]] = {}
    for pid, person, role, phase, satisfaction in raw_rows(query).fetchall():
        rank = _PHASE_ORDER[phase]
        if (pid, person) not in latest or rank > latest[(pid, person)][0]:
            latest[(pid, person)] = (rank, role, satisfaction)
    # One answer per person: someone in two pairs counts once, with the mean of the two.
    per_person: dict[tuple[str, int], list[int]] = defaultdict(list)
    for (_pid, person), (_rank, role, satisfaction) in latest.items():
        per_person[(role, person)].append(satisfaction)
    by_role: dict[str, list[float]] = {role: [] for role in GOAL_OWNERS}
    for (role, _person), answers in per_person.items():
        by_role[role].append(sum(answers) / len(answers))
    return tuple(
        SatisfactionStats(role, len(values), _mean(values)) for role, values in by_role.items()
    )


def _fit_counts(cycle_id: int) -> tuple[tuple[str, int], ...]:
    query = (
        FitCheck.select(FitCheck.answer, fn.COUNT(FitCheck.id))
        .join(Pair)
        .where(Pair.cycle == cycle_id)
        .group_by(FitCheck.answer)
    )
    counts: dict[str, int] = dict(raw_rows(query).fetchall())
    return (
        *((answer, counts.get(answer, 0)) for answer in FIT_ANSWERS),
        ("not_asked", len(fit_due(cycle_id))),
    )


# ---------------------------------------------------------------- together


def cycle_outcomes(cycle_id: int) -> Outcomes:
    """Every statistic of the cycle (see the module docstring for the definitions)."""
    found = (
        Cycle.select(Cycle.name, Cycle.start_date, Cycle.end_date)
        .where(Cycle.id == cycle_id)
        .tuples()
        .first()
    )
    if found is None:
        raise RuleError(
            Message(QT_TRANSLATE_NOOP("Domain", "No cycle with id {cycle_id}."), cycle_id=cycle_id)
        )
    name, start, end = found
    pairs, mentors, mentees = _pair_stats(cycle_id)
    total, by_owner, by_topic = _goal_stats(cycle_id)
    return Outcomes(
        cycle_id=cycle_id,
        cycle_name=name,
        start_date=_date(start),
        end_date=_date(end),
        participants=mentors + mentees,
        mentors=mentors,
        mentees=mentees,
        pairs=pairs,
        meetings=_meeting_stats(cycle_id),
        goals_total=total,
        goals_by_owner=by_owner,
        goals_by_topic=by_topic,
        dimensions=_dimension_stats(cycle_id),
        satisfaction=_satisfaction_stats(cycle_id),
        fit=_fit_counts(cycle_id),
    )


def outcomes_as_dict(outcomes: Outcomes) -> dict[str, object]:
    """JSON-ready: records become objects, dates ISO text, counts lists stay in order."""
    return {
        "cycle_id": outcomes.cycle_id,
        "cycle_name": outcomes.cycle_name,
        "start_date": outcomes.start_date.isoformat(),
        "end_date": outcomes.end_date.isoformat(),
        "participants": outcomes.participants,
        "mentors": outcomes.mentors,
        "mentees": outcomes.mentees,
        "pairs": {
            **outcomes.pairs._asdict(),
            "end_reasons": [
                {"reason": reason, "pairs": n} for reason, n in outcomes.pairs.end_reasons
            ],
        },
        "meetings": outcomes.meetings._asdict(),
        "goals_total": outcomes.goals_total._asdict(),
        "goals_by_owner": [stats._asdict() for stats in outcomes.goals_by_owner],
        "goals_by_topic": [stats._asdict() for stats in outcomes.goals_by_topic],
        "dimensions": [stats._asdict() for stats in outcomes.dimensions],
        "satisfaction": [stats._asdict() for stats in outcomes.satisfaction],
        "fit": [{"answer": answer, "people": n} for answer, n in outcomes.fit],
    }
