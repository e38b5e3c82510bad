"""The pairing rules, checked the same way for one pair, a batch and a replacement,
and the words of each refusal (a RuleError naming the rule and the people)."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from typing import Any, NamedTuple

from rmdesk.programme import code_words
from rmdesk.programme.levels import level_gap_problem, minimum_gap
from rmdesk.programme.messages import QT_TRANSLATE_NOOP, Message, word
from rmdesk.programme.reporting_lines import chain_above, read_managers
from rmdesk.programme.validation import RuleError
from rmdesk.store.models import (
    Cycle,
    Pair,
    Participant,
)
from rmdesk.store.rows import raw_rows

OPEN_STATUSES = ("proposed", "active")

# Allowed moves; anything else is refused with the words below.
_TRANSITIONS = {
    "proposed": ("active", "ended_early"),
    "active": ("completed", "ended_early"),
    "completed": (),
    "ended_early": (),
}
_AS_SUBJECT = {
    "proposed": Message(QT_TRANSLATE_NOOP("Domain", "A proposed pair")),
    "active": Message(QT_TRANSLATE_NOOP("Domain", "An active pair")),
    "completed": Message(QT_TRANSLATE_NOOP("Domain", "A completed pair")),
    "ended_early": Message(QT_TRANSLATE_NOOP("Domain", "A pair that ended early")),
}
_AS_TARGET = {
    "proposed": Message(QT_TRANSLATE_NOOP("Domain", "go back to proposed")),
    "active": Message(QT_TRANSLATE_NOOP("Domain", "become active")),
    "completed": Message(QT_TRANSLATE_NOOP("Domain", "be completed")),
    "ended_early": Message(QT_TRANSLATE_NOOP("Domain", "end early")),
}


SAME_PERSON = Message(
    QT_TRANSLATE_NOOP(
        "Domain", "The mentor and the mentee are the same person: a pair needs two people."
    )
)
NOT_IN_PAIR = Message(QT_TRANSLATE_NOOP("Domain", "That person is not in this pair."))


def same_person_problem(mentor_id: int, mentee_id: int) -> str | None:
    return SAME_PERSON if mentor_id == mentee_id else None


def role_problem(name: str, held_role: str, role: str) -> str | None:
    """Why someone with ``held_role`` cannot be a pair's ``role``, or None."""
    if held_role == role:
        return None
    return Message(
        QT_TRANSLATE_NOOP(
            "Domain",
            "{name} is a {held_role}, not a {role}: a pair's {role} must have the {role} role.",
        ),
        name=name,
        held_role=word(code_words.ROLE, held_role),
        role=word(code_words.ROLE, role),
    )


def end_date_problem(started_on: dt.date | None, ended_on: dt.date) -> str | None:
    if started_on is not None and ended_on < started_on:
        return Message(
            QT_TRANSLATE_NOOP(
                "Domain", "The end date cannot be before the start date ({started_on})."
            ),
            started_on=started_on,
        )
    return None


def role_in_pair(participant_id: int, mentor_id: int, mentee_id: int) -> str | None:
    """'mentor' or 'mentee' when the person is one of the pair, else None."""
    if participant_id == mentor_id:
        return "mentor"
    if participant_id == mentee_id:
        return "mentee"
    return None


def _date(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def _open_counts(cycle_id: int) -> tuple[Counter[int], set[tuple[int, int]]]:
    """Open pairs per person in the cycle, and the (mentor, mentee) of each."""
    query = Pair.select(Pair.mentor, Pair.mentee).where(
        (Pair.cycle == cycle_id) & Pair.status.in_(OPEN_STATUSES)
    )
    counts: Counter[int] = Counter()
    pairs: set[tuple[int, int]] = set()
    for mentor_id, mentee_id in raw_rows(query).fetchall():
        counts[mentor_id] += 1
        counts[mentee_id] += 1
        pairs.add((mentor_id, mentee_id))
    return counts, pairs


class _Person(NamedTuple):
    id: int
    name: str
    role: str
    archived: bool
    capacity: int
    level: int


class _Rules:
    """What the pairing rules need, read once per operation and updated as a batch
    goes: ``accept`` counts a pair so the next check sees it (cumulative capacity)."""

    def __init__(self, cycle_id: int) -> None:
        cycle = Cycle.get_or_none(Cycle.id == cycle_id)
        if cycle is None:
            raise RuleError(
                Message(
                    QT_TRANSLATE_NOOP("Domain", "No cycle with id {cycle_id}."), cycle_id=cycle_id
                )
            )
        self.cycle_id = cycle_id
        self.cycle_name: str = cycle.name
        self.cycle_status: str = cycle.status
        self.counts, self.pairs = _open_counts(cycle_id)
        self._people: dict[int, _Person] = {}
        self._managers: dict[int, int | None] | None = None
        self.minimum_gap = minimum_gap()

    def load_people(self, ids: Iterable[int]) -> None:
        missing = {pid for pid in ids if pid not in self._people}
        if not missing:
            return
        p = Participant
        query = p.select(p.id, p.full_name, p.role, p.archived, p.capacity, p.level).where(
            p.id.in_(sorted(missing))
        )
        for pid, name, role, archived, capacity, level in raw_rows(query).fetchall():
            self._people[pid] = _Person(pid, name, role, bool(archived), capacity, int(level))

    def person(self, participant_id: int) -> _Person:
        self.load_people((participant_id,))
        if participant_id not in self._people:
            raise RuleError(
                Message(
                    QT_TRANSLATE_NOOP("Domain", "No participant with id {participant_id}."),
                    participant_id=participant_id,
                )
            )
        return self._people[participant_id]

    def _chain_above(self, participant_id: int) -> list[int]:
        """Managers of ``participant_id``, nearest first (stops on a loop)."""
        if self._managers is None:
            self._managers = read_managers()
        return chain_above(self._managers, participant_id)

    def _reporting_line(self, mentor: _Person, mentee: _Person) -> None:
        for lower, upper in ((mentor, mentee), (mentee, mentor)):
            chain = self._chain_above(lower.id)
            if upper.id in chain:
                relation = (
                    Message(
                        QT_TRANSLATE_NOOP("Domain", "{upper} is {lower}'s manager"),
                        upper=upper.name,
                        lower=lower.name,
                    )
                    if chain[0] == upper.id
                    else Message(
                        QT_TRANSLATE_NOOP(
                            "Domain", "{upper} is above {lower} in the reporting line"
                        ),
                        upper=upper.name,
                        lower=lower.name,
                    )
                )
                raise RuleError(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "Domain",
                            "{relation}: people in the same reporting line cannot be paired.",
                        ),
                        relation=relation,
                    )
                )

    def check_cycle_open(self) -> None:
        if self.cycle_status == "closed":
            raise RuleError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Domain", "{cycle_name} is closed: a closed cycle takes no new pairs."
                    ),
                    cycle_name=self.cycle_name,
                )
            )

    def check(self, mentor_id: int, mentee_id: int) -> None:
        """Raise RuleError for the first rule the pair would break."""
        self.check_cycle_open()
        problem = same_person_problem(mentor_id, mentee_id)
        if problem is not None:
            raise RuleError(problem)
        mentor, mentee = self.person(mentor_id), self.person(mentee_id)
        for person, role in ((mentor, "mentor"), (mentee, "mentee")):
            problem = role_problem(person.name, person.role, role)
            if problem is not None:
                raise RuleError(problem)
        for person in (mentor, mentee):
            if person.archived:
                raise RuleError(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "Domain", "{name} is archived: archived people cannot be paired."
                        ),
                        name=person.name,
                    )
                )
        self._reporting_line(mentor, mentee)
        problem = level_gap_problem(
            mentor.name, mentor.level, mentee.name, mentee.level, self.minimum_gap
        )
        if problem is not None:
            raise RuleError(problem)
        if (mentor_id, mentee_id) in self.pairs:
            raise RuleError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Domain",
                        "{name} and {name2} already have an open pair in {cycle_name}: "
                        "the same two people are paired only once.",
                    ),
                    name=mentor.name,
                    name2=mentee.name,
                    cycle_name=self.cycle_name,
                )
            )
        for person in (mentor, mentee):
            taken = self.counts[person.id]
            if taken >= person.capacity:
                full = (
                    QT_TRANSLATE_NOOP(
                        "Domain",
                        "{name} already has 1 open pair in {cycle} and capacity for {capacity}.",
                    )
                    if taken == 1
                    else QT_TRANSLATE_NOOP(
                        "Domain",
                        "{name} already has {taken} open pairs in {cycle} and capacity for "
                        "{capacity}.",
                    )
                )
                raise RuleError(
                    Message(
                        full,
                        name=person.name,
                        taken=taken,
                        cycle=self.cycle_name,
                        capacity=person.capacity,
                    )
                )

    def accept(self, mentor_id: int, mentee_id: int) -> None:
        self.counts[mentor_id] += 1
        self.counts[mentee_id] += 1
        self.pairs.add((mentor_id, mentee_id))


def check_pair(cycle_id: int, mentor_id: int, mentee_id: int) -> None:
    """Raise RuleError for the first rule a new pair would break; return if it may be made."""
    _Rules(cycle_id).check(mentor_id, mentee_id)
