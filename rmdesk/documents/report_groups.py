"""Per-person figures of a cycle, for the report's breakdowns and its comparison.

Every figure here is taken over *people* (the distinct participants of the cycle's
formed pairs), never over pair-roles: someone in two pairs counts once, with the mean
of their own answers.  From one row per person the report builds the breakdowns by
department and by level band, and the "all" figures it compares with the previous
cycle, so a group's figures and the whole's are counted the same way.

Nothing free text is read: departments and levels are words the coordinator set for
groups, and each figure is worded under the small-group rule by the report.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from typing import NamedTuple

from rmdesk.documents.words import translate
from rmdesk.programme.candour import own_scores
from rmdesk.programme.goals import OWNER_LABELS
from rmdesk.programme.outcomes import ALL_GOALS, NO_REASON, NO_TOPIC
from rmdesk.store.models import Assessment, AssessmentScore, Goal, Pair, Participant
from rmdesk.store.rows import raw_rows

_FORMED = ("active", "completed", "ended_early")
_PHASE_ORDER = {"baseline": 0, "midpoint": 1, "final": 2}
NO_DEPARTMENT = "No department given"
# Levels 1-6 in three bands: a band per two levels keeps the groups large enough to show.
LEVEL_BANDS = ((1, 2), (3, 4), (5, 6))


class Person(NamedTuple):
    """One participant of the cycle's formed pairs and their own figures."""

    role: str
    department: str
    level: int
    satisfaction: float | None  # mean of their latest answer in each of their pairs
    change: float | None  # mean over dimensions of (final - baseline), their own scores
    goals_set: int  # goals they own, dropped ones excluded
    goals_achieved: int


class GroupFigures(NamedTuple):
    """A group of people and its figures, each with the people it is taken over."""

    label: str
    people: int
    n_satisfaction: int
    satisfaction: float | None
    n_change: int
    change: float | None
    n_goals: int  # people who set goals
    goals_set: int
    goals_achieved: int

    @property
    def achievement_rate(self) -> float | None:
        return self.goals_achieved / self.goals_set if self.goals_set else None


def band_label(level: int) -> str:
    """``Levels 5–6 (Senior leader, Executive)``, in the document's language."""
    for low, high in LEVEL_BANDS:
        if low <= level <= high:
            return translate("Report", "Levels {0}–{1} ({2}, {3})").format(
                low, high, level_name(low), level_name(high)
            )
    return translate("Report", "Level {0}").format(level)


def level_name(level: int) -> str:
    names = {
        1: translate("Report", "Entry"),
        2: translate("Report", "Associate"),
        3: translate("Report", "Experienced"),
        4: translate("Report", "Manager"),
        5: translate("Report", "Senior leader"),
        6: translate("Report", "Executive"),
    }
    return names.get(level, str(level))


def group_label(label: str) -> str:
    """A department as printed: its name (the coordinator's), or "No department given"."""
    return translate("Report", "No department given") if label == NO_DEPARTMENT else label


def goal_label(label: str) -> str:
    """A goal row's label as printed: a topic's name (the coordinator's), or one of the
    report's own ("All goals", "No topic", whose goals)."""
    words = {
        ALL_GOALS: translate("Report", "All goals"),
        NO_TOPIC: translate("Report", "No topic"),
        NO_REASON: translate("Report", "No reason given"),
        OWNER_LABELS["mentee"]: translate("Report", "Mentee (senior)"),
        OWNER_LABELS["mentor"]: translate("Report", "Mentor (junior)"),
    }
    return words.get(label, label)


def _mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


def cycle_people(cycle_id: int) -> list[Person]:
    """One row per person of the cycle's formed pairs, in a handful of grouped queries."""
    pairs = raw_rows(
        Pair.select(Pair.id, Pair.mentor, Pair.mentee).where(
            Pair.cycle == cycle_id, Pair.status.in_(_FORMED)
        )
    ).fetchall()
    side = {(pid, mentor): "mentor" for pid, mentor, _mentee in pairs}
    side.update({(pid, mentee): "mentee" for pid, _mentor, mentee in pairs})
    people = {person for _pid, person in side}
    about = {
        pid: (department, level)
        for pid, department, level in raw_rows(
            Participant.select(Participant.id, Participant.department, Participant.level).where(
                Participant.id.in_(list(people))
            )
        ).fetchall()
    } if people else {}  # fmt: skip
    owner = {(pid, role): person for (pid, person), role in side.items()}

    latest: dict[tuple[int, int], tuple[int, int]] = {}  # (pair, person) -> (phase, answer)
    assessments = Assessment.select(
        Assessment.id, Assessment.pair, Assessment.participant, Assessment.phase,
        Assessment.satisfaction,
    ).join(Pair).where(Pair.cycle == cycle_id)  # fmt: skip
    phase_of: dict[int, tuple[int, int, str]] = {}
    for aid, pid, person, phase, answer in raw_rows(assessments).fetchall():
        if (pid, person) not in side:
            continue
        phase_of[aid] = (pid, person, phase)
        rank = _PHASE_ORDER[phase]
        if answer is not None and rank >= latest.get((pid, person), (-1, 0))[0]:
            latest[(pid, person)] = (rank, answer)
    satisfaction: dict[int, list[float]] = defaultdict(list)
    for (_pid, person), (_rank, answer) in latest.items():
        satisfaction[person].append(answer)

    scores = AssessmentScore.select(
        AssessmentScore.assessment, AssessmentScore.dimension, AssessmentScore.score
    ).join(Assessment).join(Pair).where(Pair.cycle == cycle_id, own_scores())  # fmt: skip
    found: dict[int, dict[str, dict[str, list[int]]]] = defaultdict(
        lambda: defaultdict(lambda: defaultdict(list))
    )  # person -> dimension -> phase -> scores
    for aid, dimension, score in raw_rows(scores).fetchall():
        if aid in phase_of:
            _pid, person, phase = phase_of[aid]
            found[person][dimension][phase].append(score)
    change: dict[int, float] = {}
    for person, dimensions in found.items():
        differences = [
            sum(d["final"]) / len(d["final"]) - sum(d["baseline"]) / len(d["baseline"])
            for d in dimensions.values()
            if d["baseline"] and d["final"]
        ]
        if differences:
            change[person] = sum(differences) / len(differences)

    goals_set: dict[int, int] = defaultdict(int)
    goals_achieved: dict[int, int] = defaultdict(int)
    goals = Goal.select(Goal.pair, Goal.owner, Goal.status).join(Pair).where(
        Pair.cycle == cycle_id, Goal.status != "dropped"
    )  # fmt: skip
    for pid, role, status in raw_rows(goals).fetchall():
        person = owner.get((pid, role))
        if person is None:
            continue
        goals_set[person] += 1
        goals_achieved[person] += status == "achieved"

    roles = {person: role for (_pid, person), role in side.items()}
    return [
        Person(
            role=roles[person],
            department=(about[person][0] or "").strip() or NO_DEPARTMENT,
            level=about[person][1],
            satisfaction=_mean(satisfaction[person]) if person in satisfaction else None,
            change=change.get(person),
            goals_set=goals_set.get(person, 0),
            goals_achieved=goals_achieved.get(person, 0),
        )
        for person in sorted(people)
    ]


def figures_of(label: str, people: Iterable[Person]) -> GroupFigures:
    group = list(people)
    answered = [p.satisfaction for p in group if p.satisfaction is not None]
    changed = [p.change for p in group if p.change is not None]
    with_goals = [p for p in group if p.goals_set]
    return GroupFigures(
        label, len(group), len(answered), _mean(answered), len(changed), _mean(changed),
        len(with_goals), sum(p.goals_set for p in with_goals),
        sum(p.goals_achieved for p in with_goals),
    )  # fmt: skip


def grouped(
    people: list[Person], key: Callable[[Person], str], order: Callable[[str], object] = str
) -> list[GroupFigures]:
    """The figures of each group ``key`` puts people in, largest group first (then by
    ``order``), so a table reads from where most people are."""
    groups: dict[str, list[Person]] = defaultdict(list)
    for person in people:
        groups[key(person)].append(person)
    ordered = sorted(groups, key=lambda name: (-len(groups[name]), order(name)))
    return [figures_of(name, groups[name]) for name in ordered]


def by_department(people: list[Person]) -> list[GroupFigures]:
    return grouped(people, lambda p: p.department, lambda name: (name == NO_DEPARTMENT, name))


def by_level_band(people: list[Person]) -> list[GroupFigures]:
    """Bands in level order (not by size): a reader looks for seniority in sequence."""
    groups: dict[str, list[Person]] = defaultdict(list)
    for person in sorted(people, key=lambda p: p.level):
        groups[band_label(person.level)].append(person)
    return [figures_of(name, members) for name, members in groups.items()]
