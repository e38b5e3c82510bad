"""What the end-of-cycle report prints: the cycle's outcomes and one record per pair.

The statistics come from ``rmdesk.programme.outcomes.cycle_outcomes``; the per-pair
sections (meetings held, goals, satisfaction and change, fit answers) are read here in
a fixed number of grouped queries.  Private meeting notes, assessment comments and fit
notes are never read.

Anonymised: pairs become "Pair 1", "Pair 2" … (numbered by pair id, the same numbers
as in the named version), and free text written about people — end reasons, goal
titles — is passed through a ``Redactor`` that blanks every participant's names,
e-mail addresses and job titles, since coordinators write "Sam moved to Leeds".
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from typing import Any, NamedTuple

from peewee import fn

from rmdesk.programme.goals import list_goals
from rmdesk.programme.outcomes import Outcomes, cycle_outcomes
from rmdesk.store.models import (
    Assessment,
    AssessmentScore,
    FitCheck,
    Meeting,
    Pair,
    Participant,
)
from rmdesk.store.rows import raw_rows

_EMAIL = re.compile(r"[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>().,;:]+")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")  # O'Neil is one word
_PART = re.compile(r"[^\W\d_]+")
_REPEATED = re.compile(r"\[name\](?:[\s\-.’']+\[name\])+")
NAME, EMAIL, JOB_TITLE = "[name]", "[email]", "[job title]"


class PairGoal(NamedTuple):
    owner: str
    title: str
    topic: str
    status: str
    progress: int


class PairSection(NamedTuple):
    number: int
    mentor_name: str  # '' when anonymised
    mentee_name: str
    status: str
    started_on: dt.date | None
    ended_on: dt.date | None
    end_reason: str  # redacted when anonymised
    held: int
    planned: int
    cancelled: int
    missed: int
    last_held: dt.date | None
    goals: tuple[PairGoal, ...]
    satisfaction: dict[str, int | None]  # role -> latest answer
    change: dict[str, float | None]  # role -> mean(final) - mean(baseline), own scores
    fit: dict[str, str]  # role -> answer ('' when not asked)


class ReportData(NamedTuple):
    outcomes: Outcomes  # end reasons redacted when anonymised
    anonymised: bool
    pairs: tuple[PairSection, ...]


class Redactor:
    """Blanks names, e-mail addresses and job titles of the given people in free text."""

    def __init__(self, names: list[str], emails: list[str], job_titles: list[str]) -> None:
        words = [word for name in names for word in _WORD.findall(name)]
        parts = [part for word in words for part in _PART.findall(word)]
        self._tokens = {word.casefold() for word in (*words, *parts) if len(word) > 1}
        addresses = sorted({e for e in emails if e}, key=len, reverse=True)
        self._emails = (
            re.compile("|".join(re.escape(e) for e in addresses), re.IGNORECASE)
            if addresses
            else None
        )
        titles = sorted({t.strip() for t in job_titles if t.strip()}, key=len, reverse=True)
        self._titles = (
            re.compile(r"\b(?:" + "|".join(re.escape(t) for t in titles) + r")\b", re.IGNORECASE)
            if titles
            else None
        )

    def _word(self, match: re.Match[str]) -> str:
        word = match.group(0)
        # Capitalised or upper case only: "will" in a sentence is not Will.
        if word[0].isupper() and word.casefold() in self._tokens:
            return NAME
        return word

    def __call__(self, text: str) -> str:
        text = _EMAIL.sub(EMAIL, text)
        if self._emails is not None:  # an address written without a domain dot, say
            text = self._emails.sub(EMAIL, text)
        if self._titles is not None:
            text = self._titles.sub(JOB_TITLE, text)
        text = _WORD.sub(self._word, text)
        return _REPEATED.sub(NAME, text)


def _date(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value if not isinstance(value, dt.datetime) else value.date()
    return dt.date.fromisoformat(str(value)[:10])


def _redactor(cycle_id: int) -> Redactor:
    """Everyone's names (a goal may name a colleague outside the cycle); the cycle's
    people's e-mail addresses and job titles."""
    names = [name for (name,) in raw_rows(Participant.select(Participant.full_name)).fetchall()]
    in_cycle = Participant.id.in_(
        Pair.select(Pair.mentor).where(Pair.cycle == cycle_id)
        | Pair.select(Pair.mentee).where(Pair.cycle == cycle_id)
    )
    rows = raw_rows(
        Participant.select(Participant.email, Participant.job_title).where(in_cycle)
    ).fetchall()
    return Redactor(names, [e or "" for e, _t in rows], [t for _e, t in rows])


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


def report_data(cycle_id: int, *, anonymised: bool = False) -> ReportData:
    """Everything the report prints; the pairs that started (proposed ones never met)."""
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
    redact = _redactor(cycle_id) if anonymised else None
    goals: dict[int, list[PairGoal]] = defaultdict(list)
    for goal in list_goals(cycle_id):
        title = goal.title if redact is None else redact(goal.title)
        goals[goal.pair_id].append(
            PairGoal(goal.owner, title, goal.topic_name, goal.status, goal.progress)
        )
    sections = []
    for number, (pid, _mid, mentor_name, _eid, mentee_name, status, started, ended,
                 reason) in enumerate(pair_rows, start=1):  # fmt: skip
        sections.append(
            PairSection(
                number=number,
                mentor_name="" if anonymised else mentor_name,
                mentee_name="" if anonymised else mentee_name,
                status=status,
                started_on=_date(started),
                ended_on=_date(ended),
                end_reason=reason if redact is None else redact(reason),
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
    if redact is not None:
        merged: dict[str, int] = defaultdict(int)
        for reason, n in outcomes.pairs.end_reasons:
            merged[redact(reason)] += n
        reasons = tuple(sorted(merged.items(), key=lambda item: (-item[1], item[0])))
        outcomes = outcomes._replace(pairs=outcomes.pairs._replace(end_reasons=reasons))
    return ReportData(outcomes, anonymised, tuple(sections))
