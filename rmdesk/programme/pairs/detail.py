"""Everything about one pair in one record, for its detail view: the match as it was
proposed, its meetings (and who cancelled), both sides' goals, fit answers,
assessments done, the agreement and the pair's history.

Read in a handful of queries, the free text people wrote (meeting notes, assessment
comments) left out: the detail view is often on screen with someone looking on.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, NamedTuple

from rmdesk.programme.pairs.history import PairEvent, pair_history
from rmdesk.programme.pairs.reading import PairRow, get_pair
from rmdesk.store.models import Assessment, Cycle, FitCheck, Participant
from rmdesk.store.rows import raw_rows

if TYPE_CHECKING:
    from rmdesk.programme.goals import GoalRow
    from rmdesk.programme.meetings import MeetingRow


class FitAnswer(NamedTuple):
    name: str
    role: str
    answer: str
    date: dt.date
    note: str


class AssessmentDone(NamedTuple):
    name: str
    role: str
    phase: str
    date: dt.date
    satisfaction: int | None


class PairDetail(NamedTuple):
    pair: PairRow
    cycle_name: str
    meetings: list[MeetingRow]  # by time
    goals: list[GoalRow]  # the mentee's first, then the mentor's
    fits: list[FitAnswer]  # the mentee's first
    assessments: list[AssessmentDone]  # by phase, the mentee first
    history: list[PairEvent]  # oldest first


def _day(value: object) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


_PHASES = {"baseline": 0, "midpoint": 1, "final": 2}
_ROLES = {"mentee": 0, "mentor": 1}


def pair_detail(pair_id: int) -> PairDetail:
    """The pair's whole story (RuleError for an unknown pair)."""
    from rmdesk.programme.goals import list_goals
    from rmdesk.programme.meetings import list_meetings

    pair = get_pair(pair_id)
    cycle_name = Cycle.select(Cycle.name).where(Cycle.id == pair.cycle_id).scalar()
    fit_query = (
        FitCheck.select(Participant.full_name, Participant.role, FitCheck.answer, FitCheck.date,
                        FitCheck.note)
        .join(Participant)
        .where(FitCheck.pair == pair_id)
    )  # fmt: skip
    fits = sorted(
        (FitAnswer(name, role, answer, _day(day), note)
         for name, role, answer, day, note in raw_rows(fit_query).fetchall()),
        key=lambda fit: _ROLES.get(fit.role, 2),
    )  # fmt: skip
    done_query = (
        Assessment.select(Participant.full_name, Participant.role, Assessment.phase,
                          Assessment.date, Assessment.satisfaction)
        .join(Participant)
        .where(Assessment.pair == pair_id)
    )  # fmt: skip
    assessments = sorted(
        (AssessmentDone(name, role, phase, _day(day), satisfaction)
         for name, role, phase, day, satisfaction in raw_rows(done_query).fetchall()),
        key=lambda done: (_PHASES.get(done.phase, 3), _ROLES.get(done.role, 2)),
    )  # fmt: skip
    return PairDetail(
        pair=pair,
        cycle_name=str(cycle_name),
        meetings=list_meetings(pair.cycle_id, pair_id=pair_id),
        goals=list_goals(pair.cycle_id, pair_id),
        fits=fits,
        assessments=assessments,
        history=pair_history(pair_id),
    )
