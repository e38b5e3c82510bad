"""What the end-of-cycle report prints: the cycle's outcomes and one record per pair.

The statistics come from ``rmdesk.programme.outcomes.cycle_outcomes``; the per-pair
sections (meetings held, goals, satisfaction and change, fit answers) are read here in
a fixed number of grouped queries.  Private meeting notes, assessment comments and fit
notes are never read.

Anonymised, for circulation beyond the coordinator:

* Pair labels.  The pairs are numbered 1 … N in a random order drawn afresh for each
  document from the operating system's randomness (``random.SystemRandom``), and the
  pair sections are printed in that order.  A label therefore says nothing about the
  pair's database id (which ``pair list``, agreement file names and the named report's
  order all show) nor about the named report's order, and two anonymised reports of the
  same cycle cannot be laid side by side pair by pair.  A keyed hash of the id would
  keep labels stable between printings, but its key would have to be a secret stored
  in the programme file: writing it from a report breaks "reading never writes" (the
  report runs read-only beside the window), and the one random value the file already
  holds, the calendar identity, is printed in every exported .ics.  Labels never reach a
  file name (the report's file is named after the cycle).  ``seed`` fixes the order for
  tests and byte-identical comparisons only.
* Free text that is printed (goal titles) goes through ``programme.redaction``: every
  participant's names in any case, accents or possessive form, every e-mail address and
  the cycle's job titles are blanked.  Free text that would identify a pair whatever its
  wording is left out: end reasons ("moved to Athens"), the pair's dates (who left in
  March), and each person's own answers (satisfaction, self-assessment change, fit).
* Small groups: ``goal_people`` holds how many people each goal row is taken over, so
  the report can show any figure about fewer than 3 people as "fewer than 3"
  (``programme.figures``).
"""

from __future__ import annotations

import datetime as dt
import random
from collections import defaultdict
from typing import Any, NamedTuple

from peewee import fn

from rmdesk.programme.goals import OWNER_LABELS, GoalRow, list_goals
from rmdesk.programme.outcomes import NO_TOPIC, Outcomes, cycle_outcomes
from rmdesk.programme.redaction import REPORT_MARKS, Scrubber
from rmdesk.store.models import (
    Assessment,
    AssessmentScore,
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
    number: int  # the label: random when anonymised (see the module docstring)
    mentor_name: str  # '' when anonymised
    mentee_name: str
    status: str
    started_on: dt.date | None  # dates None when anonymised
    ended_on: dt.date | None
    end_reason: str  # '' when anonymised
    held: int
    planned: int
    cancelled: int
    missed: int
    last_held: dt.date | None
    goals: tuple[PairGoal, ...]  # titles scrubbed when anonymised
    satisfaction: dict[str, int | None]  # role -> latest answer (empty when anonymised)
    change: dict[str, float | None]  # role -> mean(final) - mean(baseline), own scores
    fit: dict[str, str]  # role -> answer ('' when not asked)


class GoalPeople(NamedTuple):
    """How many people each row of goal figures is taken over: the distinct owners
    (pair and side) of the goals set, dropped ones excluded, as the figures count."""

    total: int
    by_owner: dict[str, int]  # owner label (OWNER_LABELS) -> people
    by_topic: dict[str, int]  # topic name, or outcomes.NO_TOPIC -> people


class ReportData(NamedTuple):
    outcomes: Outcomes  # end reasons left out when anonymised
    anonymised: bool
    pairs: tuple[PairSection, ...]  # in label order
    goal_people: GoalPeople


def _date(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value if not isinstance(value, dt.datetime) else value.date()
    return dt.date.fromisoformat(str(value)[:10])


def _scrubber(cycle_id: int) -> Scrubber:
    """Everyone's names (a goal may name a colleague outside the cycle), every e-mail
    address, and the job titles of the cycle's people."""
    names = [name for (name,) in raw_rows(Participant.select(Participant.full_name)).fetchall()]
    in_cycle = Participant.id.in_(
        Pair.select(Pair.mentor).where(Pair.cycle == cycle_id)
        | Pair.select(Pair.mentee).where(Pair.cycle == cycle_id)
    )
    titles = raw_rows(Participant.select(Participant.job_title).where(in_cycle)).fetchall()
    return Scrubber(names, every_email=True, phrases=[t for (t,) in titles], marks=REPORT_MARKS)


def _labels(pair_ids: list[int], seed: int | None) -> dict[int, int]:
    """Pair id -> label 1 … N in a random order (the module docstring says why)."""
    numbers = list(range(1, len(pair_ids) + 1))
    (random.SystemRandom() if seed is None else random.Random(seed)).shuffle(numbers)
    return dict(zip(pair_ids, numbers, strict=True))


def _goal_people(goals: list[GoalRow]) -> GoalPeople:
    owners: set[tuple[int, str]] = set()
    by_owner: dict[str, set[tuple[int, str]]] = defaultdict(set)
    by_topic: dict[str, set[tuple[int, str]]] = defaultdict(set)
    for goal in goals:
        if goal.status == "dropped":
            continue
        who = (goal.pair_id, goal.owner)
        owners.add(who)
        by_owner[OWNER_LABELS[goal.owner]].add(who)
        by_topic[goal.topic_name or NO_TOPIC].add(who)
    return GoalPeople(
        len(owners),
        {label: len(people) for label, people in by_owner.items()},
        {topic: len(people) for topic, people in by_topic.items()},
    )


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
            .where(Pair.cycle == cycle_id)
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


def report_data(cycle_id: int, *, anonymised: bool = False, seed: int | None = None) -> ReportData:
    """Everything the report prints; the pairs that started (proposed ones never met).

    ``seed`` fixes the anonymised labels' order (tests, byte-identical comparisons).
    """
    outcomes = cycle_outcomes(cycle_id)
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
    goal_rows = list_goals(cycle_id)
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
    people = _goal_people(goal_rows)
    if not anonymised:
        return ReportData(outcomes, False, tuple(sections), people)
    labels = _labels([row[0] for row in pair_rows], seed)
    scrub = _scrubber(cycle_id)
    anonymous = [
        _anonymous(section, labels[row[0]], scrub)
        for section, row in zip(sections, pair_rows, strict=True)
    ]
    outcomes = outcomes._replace(pairs=outcomes.pairs._replace(end_reasons=()))
    return ReportData(outcomes, True, tuple(sorted(anonymous, key=lambda p: p.number)), people)


def _anonymous(section: PairSection, label: int, scrub: Scrubber) -> PairSection:
    """The pair under its random label: no names, dates, end reason or personal answers;
    goal titles scrubbed."""
    return section._replace(
        number=label,
        mentor_name="",
        mentee_name="",
        started_on=None,
        ended_on=None,
        end_reason="",
        last_held=None,
        goals=tuple(goal._replace(title=scrub(goal.title)) for goal in section.goals),
        satisfaction={},
        change={},
        fit={},
    )
