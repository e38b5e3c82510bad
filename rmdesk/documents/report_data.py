"""What the end-of-cycle report prints: the cycle's outcomes and one record per pair.

The statistics come from ``rmdesk.programme.outcomes.cycle_outcomes``; the per-pair
sections (meetings held, goals, satisfaction and change, fit answers) are read here in
a fixed number of grouped queries.  Private meeting notes, assessment comments and fit
notes are never read.

Anonymised, for circulation beyond the coordinator, the report is the cycle's figures
and nothing per pair or per person: a pair's section describes its two people whatever
is left out of it (its status, meetings and goals, counted against the summary, tell who
ended early), so no pair is read at all, nor any free text (goal titles, end reasons).
What is left are counts and means over groups, and ``goal_people`` and
``meeting_pairs`` say how many people or pairs each of those groups holds, so the report
can word them under the small-group rule of ``programme.figures``.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any, NamedTuple

from peewee import fn

from rmdesk.documents.report_groups import Person, cycle_people
from rmdesk.programme.assessments import TakePartAgain, take_part_again_counts
from rmdesk.programme.candour import CandourFigure, candour_figures, own_scores
from rmdesk.programme.goals import OWNER_LABELS, GoalRow, list_goals
from rmdesk.programme.outcomes import NO_TOPIC, Outcomes, cycle_outcomes
from rmdesk.store.models import (
    Assessment,
    AssessmentScore,
    Cycle,
    FitCheck,
    Meeting,
    Pair,
    Participant,
)
from rmdesk.store.rows import raw_rows


class PairGoal(NamedTuple):
    owner: str
    title: str
    topic: str
    status: str
    progress: int


class PairSection(NamedTuple):
    number: int  # 1 … N in the order of the pairs' ids
    mentor_name: str
    mentee_name: str
    status: str
    started_on: dt.date | None
    ended_on: dt.date | None
    end_reason: str
    held: int
    planned: int
    cancelled: int
    missed: int
    last_held: dt.date | None
    goals: tuple[PairGoal, ...]
    satisfaction: dict[str, int | None]  # role -> latest answer
    change: dict[str, float | None]  # role -> mean(final) - mean(baseline), own scores
    fit: dict[str, str]  # role -> answer ('' when not asked)


class GoalPeople(NamedTuple):
    """How many people each row of goal figures is taken over: the distinct people who
    set them (in formed pairs, dropped goals excluded), as the figures count."""

    total: int
    by_owner: dict[str, int]  # owner label (OWNER_LABELS) -> people
    by_topic: dict[str, int]  # topic name, or outcomes.NO_TOPIC -> people


class MeetingPairs(NamedTuple):
    """How many pairs each row of meeting figures is taken over: the distinct pairs with
    a meeting of that status, and with any meeting."""

    total: int
    by_status: dict[str, int]  # held, planned, cancelled, missed -> pairs


class ReportData(NamedTuple):
    outcomes: Outcomes  # end reasons left out when anonymised
    anonymised: bool
    pairs: tuple[PairSection, ...]  # none when anonymised or without the appendix
    goal_people: GoalPeople
    meeting_pairs: MeetingPairs
    people: tuple[Person, ...] = ()  # one row per person, for breakdowns (report_groups)
    previous: ReportData | None = None  # the cycle before, its figures only
    appendix: bool = True  # the per-pair sections (named report only)
    candour: tuple[CandourFigure, ...] = ()  # over 3 answers or more only (candour.py)
    # Final assessments' "would take part again" (yes / maybe / no, n = answered), for the
    # report to place under the small-group rule; no names, so the anonymised one too.
    take_part_again: TakePartAgain = TakePartAgain()


def _date(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value if not isinstance(value, dt.datetime) else value.date()
    return dt.date.fromisoformat(str(value)[:10])


def _goal_people(goals: list[GoalRow], formed: dict[int, dict[str, int]]) -> GoalPeople:
    """Counted as ``outcomes`` counts goals (those of formed pairs, dropped ones
    excluded), over people: someone who set goals in two pairs counts once."""
    owners: set[int] = set()
    by_owner: dict[str, set[int]] = defaultdict(set)
    by_topic: dict[str, set[int]] = defaultdict(set)
    for goal in goals:
        if goal.status == "dropped" or goal.pair_id not in formed:
            continue
        who = formed[goal.pair_id][goal.owner]
        owners.add(who)
        by_owner[OWNER_LABELS[goal.owner]].add(who)
        by_topic[goal.topic_name or NO_TOPIC].add(who)
    return GoalPeople(
        len(owners),
        {label: len(people) for label, people in by_owner.items()},
        {topic: len(people) for topic, people in by_topic.items()},
    )


def _meeting_pairs(cycle_id: int) -> MeetingPairs:
    query = (
        Meeting.select(Meeting.status, fn.COUNT(fn.DISTINCT(Meeting.pair)))
        .join(Pair)
        .where(Pair.cycle == cycle_id)
        .group_by(Meeting.status)
    )
    anyone = (
        Meeting.select(fn.COUNT(fn.DISTINCT(Meeting.pair))).join(Pair).where(Pair.cycle == cycle_id)
    )
    return MeetingPairs(anyone.scalar() or 0, dict(raw_rows(query).fetchall()))


def _meeting_counts(cycle_id: int) -> tuple[dict[tuple[int, str], int], dict[int, dt.date | None]]:
    counts = (
        Meeting.select(Meeting.pair, Meeting.status, fn.COUNT(Meeting.id))
        .join(Pair)
        .where(Pair.cycle == cycle_id)
        .group_by(Meeting.pair, Meeting.status)
    )
    last = (
        Meeting.select(Meeting.pair, fn.MAX(Meeting.starts_at))
        .join(Pair)
        .where(Pair.cycle == cycle_id, Meeting.status == "held")
        .group_by(Meeting.pair)
    )
    return (
        {(pid, status): n for pid, status, n in raw_rows(counts).fetchall()},
        {pid: _date(day) for pid, day in raw_rows(last).fetchall()},
    )


def _assessments(
    cycle_id: int, roles: dict[tuple[int, int], str]
) -> tuple[dict[int, dict[str, int | None]], dict[int, dict[str, float | None]]]:
    """Per pair and role: the latest satisfaction, and the change of the person's mean score."""
    means = dict(
        raw_rows(
            AssessmentScore.select(AssessmentScore.assessment, fn.AVG(AssessmentScore.score))
            .join(Assessment)
            .join(Pair)
            .where(Pair.cycle == cycle_id, own_scores())  # never a pair's candour
            .group_by(AssessmentScore.assessment)
        ).fetchall()
    )
    query = (
        Assessment.select(
            Assessment.id, Assessment.pair, Assessment.participant, Assessment.phase,
            Assessment.satisfaction,
        )
        .join(Pair)
        .where(Pair.cycle == cycle_id)
    )  # fmt: skip
    order = {"baseline": 0, "midpoint": 1, "final": 2}
    latest: dict[tuple[int, str], tuple[int, int | None]] = {}
    phases: dict[tuple[int, str], dict[str, float]] = defaultdict(dict)
    for aid, pid, person, phase, satisfaction in raw_rows(query).fetchall():
        role = roles.get((pid, person))
        if role is None:
            continue
        if satisfaction is not None and order[phase] >= latest.get((pid, role), (-1, None))[0]:
            latest[(pid, role)] = (order[phase], satisfaction)
        if aid in means:
            phases[(pid, role)][phase] = means[aid]
    answers: dict[int, dict[str, int | None]] = defaultdict(dict)
    for (pid, role), (_order, value) in latest.items():
        answers[pid][role] = value
    change: dict[int, dict[str, float | None]] = defaultdict(dict)
    for (pid, role), found in phases.items():
        if "baseline" in found and "final" in found:
            change[pid][role] = found["final"] - found["baseline"]
    return answers, change


def _fit(cycle_id: int, roles: dict[tuple[int, int], str]) -> dict[int, dict[str, str]]:
    query = (
        FitCheck.select(FitCheck.pair, FitCheck.participant, FitCheck.answer)
        .join(Pair)
        .where(Pair.cycle == cycle_id)
    )
    found: dict[int, dict[str, str]] = defaultdict(dict)
    for pid, person, answer in raw_rows(query).fetchall():
        role = roles.get((pid, person))
        if role is not None:
            found[pid][role] = answer
    return found


def previous_cycle(cycle_id: int) -> int | None:
    """The cycle that started last before this one, if any of its pairs started."""
    start = Cycle.select(Cycle.start_date).where(Cycle.id == cycle_id)
    found = (
        Cycle.select(Cycle.id)
        .join(Pair)
        .where(Cycle.start_date < start, Pair.status.in_(("active", "completed", "ended_early")))
        .order_by(Cycle.start_date.desc(), Cycle.id.desc())
        .tuples()
        .first()
    )
    return None if found is None else int(found[0])


def report_data(
    cycle_id: int, *, anonymised: bool = False, appendix: bool = True, compare: bool = True
) -> ReportData:
    """Everything the report prints; the pairs that started (proposed ones never met),
    none when anonymised (the module docstring says why) or without the appendix; the
    previous cycle's figures beside this one's when there is one."""
    outcomes = cycle_outcomes(cycle_id)
    goal_rows = list_goals(cycle_id)
    formed = {
        pid: {"mentor": mentor, "mentee": mentee}
        for pid, mentor, mentee in Pair.select(Pair.id, Pair.mentor, Pair.mentee)
        .where(Pair.cycle == cycle_id, Pair.status != "proposed")
        .tuples()
    }
    people = _goal_people(goal_rows, formed)
    meeting_pairs = _meeting_pairs(cycle_id)
    before = previous_cycle(cycle_id) if compare else None
    previous = None if before is None else report_data(
        before, anonymised=anonymised, appendix=False, compare=False
    )  # fmt: skip
    persons = tuple(cycle_people(cycle_id))
    candour = candour_figures(cycle_id)
    again = take_part_again_counts(cycle_id)
    if anonymised:
        outcomes = outcomes._replace(pairs=outcomes.pairs._replace(end_reasons=()))
    if anonymised or not appendix:
        return ReportData(outcomes, anonymised, (), people, meeting_pairs, persons, previous,
                          appendix and not anonymised, candour, again)  # fmt: skip
    mentor, mentee = Participant.alias(), Participant.alias()
    query = (
        Pair.select(
            Pair.id, Pair.mentor, mentor.full_name, Pair.mentee, mentee.full_name, Pair.status,
            Pair.started_on, Pair.ended_on, Pair.end_reason,
        )
        .join(mentor, on=(Pair.mentor == mentor.id))
        .switch(Pair)
        .join(mentee, on=(Pair.mentee == mentee.id))
        .where(Pair.cycle == cycle_id, Pair.status != "proposed")
        .order_by(Pair.id)
    )  # fmt: skip
    pair_rows = raw_rows(query).fetchall()
    roles = {(row[0], row[1]): "mentor" for row in pair_rows}
    roles.update({(row[0], row[3]): "mentee" for row in pair_rows})
    counts, last_held = _meeting_counts(cycle_id)
    satisfaction, change = _assessments(cycle_id, roles)
    fit = _fit(cycle_id, roles)
    goals: dict[int, list[PairGoal]] = defaultdict(list)
    for goal in goal_rows:
        goals[goal.pair_id].append(
            PairGoal(goal.owner, goal.title, goal.topic_name, goal.status, goal.progress)
        )
    sections = []
    for number, (pid, _mid, mentor_name, _eid, mentee_name, status, started, ended,
                 reason) in enumerate(pair_rows, start=1):  # fmt: skip
        sections.append(
            PairSection(
                number=number,
                mentor_name=mentor_name,
                mentee_name=mentee_name,
                status=status,
                started_on=_date(started),
                ended_on=_date(ended),
                end_reason=reason,
                held=counts.get((pid, "held"), 0),
                planned=counts.get((pid, "planned"), 0),
                cancelled=counts.get((pid, "cancelled"), 0),
                missed=counts.get((pid, "missed"), 0),
                last_held=last_held.get(pid),
                goals=tuple(goals.get(pid, ())),
                satisfaction=satisfaction.get(pid, {}),
                change=change.get(pid, {}),
                fit=fit.get(pid, {}),
            )
        )
    return ReportData(
        outcomes, False, tuple(sections), people, meeting_pairs, persons, previous, True, candour,
        again,
    )  # fmt: skip
