"""Pairs: who mentors whom in a cycle, and the rules every pairing must keep.

The rules live here, not in dialogs, so the Pairs tab, automatic matching and
the command line refuse the same pairs with the same words:

* the mentor has the mentor role and the mentee the mentee role;
* nobody archived is paired;
* a closed cycle takes no new pairs;
* two people in the same reporting line (one is the other's manager, directly
  or higher up) are never paired;
* the same two people have at most one open pair in a cycle;
* each person has at most ``capacity`` open (proposed or active) pairs per cycle.

A pair runs proposed -> active -> completed, or ends early (with a reason) from
proposed or active; an ended pair no longer counts against anyone's capacity.
Every refusal is a RuleError naming the rule and the people; nothing is written.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from typing import Any, NamedTuple

from peewee import fn

from rmdesk.programme.messages import QT_TRANSLATE_NOOP, Message
from rmdesk.programme.names import name_key
from rmdesk.programme.reporting_lines import chain_above, read_managers
from rmdesk.programme.validation import RuleError, ValidationError
from rmdesk.store.models import (
    Assessment,
    Cycle,
    Goal,
    Meeting,
    Pair,
    Participant,
    database_proxy,
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
        held_role=held_role,
        role=role,
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


class PairRow(NamedTuple):
    """One pair as the Pairs tab shows it: names resolved, meetings counted."""

    id: int
    cycle_id: int
    mentor_id: int
    mentor_name: str
    mentor_department: str
    mentee_id: int
    mentee_name: str
    mentee_department: str
    status: str
    match_score: float | None
    match_reasons: str
    agreement_signed_on: dt.date | None
    started_on: dt.date | None
    ended_on: dt.date | None
    end_reason: str
    meetings_held: int
    meetings_planned: int


class Unpaired(NamedTuple):
    """Someone who can still take a pair in a cycle, and how many more."""

    id: int
    name: str
    department: str
    free_slots: int


def _date(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def _pair_query() -> Any:
    mentor = Participant.alias()
    mentee = Participant.alias()
    columns = (
        Pair.id, Pair.cycle, Pair.mentor, mentor.full_name, mentor.department,
        Pair.mentee, mentee.full_name, mentee.department, Pair.status, Pair.match_score,
        Pair.match_reasons, Pair.agreement_signed_on, Pair.started_on, Pair.ended_on,
        Pair.end_reason,
    )  # fmt: skip
    return (
        Pair.select(*columns)
        .join(mentor, on=(Pair.mentor == mentor.id))
        .switch(Pair)
        .join(mentee, on=(Pair.mentee == mentee.id))
    )


def _meeting_counts(where: Any) -> dict[tuple[int, str], int]:
    query = (
        Meeting.select(Meeting.pair, Meeting.status, fn.COUNT(Meeting.id))
        .join(Pair)
        .where(where)
        .group_by(Meeting.pair, Meeting.status)
    )
    return {(pair_id, status): n for pair_id, status, n in raw_rows(query).fetchall()}


def _rows(query: Any, meetings: dict[tuple[int, str], int]) -> list[PairRow]:
    return [
        PairRow(
            pid, cycle_id, mentor_id, mentor_name, mentor_dept, mentee_id, mentee_name,
            mentee_dept, status, score, reasons, _date(signed), _date(started), _date(ended),
            end_reason, meetings.get((pid, "held"), 0), meetings.get((pid, "planned"), 0),
        )
        for (pid, cycle_id, mentor_id, mentor_name, mentor_dept, mentee_id, mentee_name,
             mentee_dept, status, score, reasons, signed, started, ended, end_reason)
        in raw_rows(query).fetchall()
    ]  # fmt: skip


def list_pairs(cycle_id: int) -> list[PairRow]:
    """Every pair of the cycle, ended ones included, by mentor then mentee name."""
    meetings = _meeting_counts(Pair.cycle == cycle_id)
    rows = _rows(_pair_query().where(Pair.cycle == cycle_id), meetings)
    rows.sort(key=lambda r: (name_key(r.mentor_name), name_key(r.mentee_name), r.id))
    return rows


def get_pair(pair_id: int) -> PairRow:
    rows = _rows(_pair_query().where(Pair.id == pair_id), _meeting_counts(Pair.id == pair_id))
    if not rows:
        raise RuleError(
            Message(QT_TRANSLATE_NOOP("Domain", "No pair with id {pair_id}."), pair_id=pair_id)
        )
    return rows[0]


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


def unpaired(cycle_id: int) -> tuple[list[Unpaired], list[Unpaired]]:
    """(mentors, mentees) not archived who can still take a pair in the cycle, by name."""
    counts, _ = _open_counts(cycle_id)
    p = Participant
    query = (
        p.select(p.id, p.full_name, p.department, p.role, p.capacity)
        .where(p.archived == False)  # noqa: E712 (Peewee builds SQL from ==)
        .order_by(p.full_name, p.id)
    )
    mentors: list[Unpaired] = []
    mentees: list[Unpaired] = []
    for pid, name, department, role, capacity in raw_rows(query).fetchall():
        free = capacity - counts[pid]
        if free > 0:
            (mentors if role == "mentor" else mentees).append(Unpaired(pid, name, department, free))
    return mentors, mentees


class _Person(NamedTuple):
    id: int
    name: str
    role: str
    archived: bool
    capacity: int


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

    def load_people(self, ids: Iterable[int]) -> None:
        missing = {pid for pid in ids if pid not in self._people}
        if not missing:
            return
        p = Participant
        query = p.select(p.id, p.full_name, p.role, p.archived, p.capacity).where(
            p.id.in_(sorted(missing))
        )
        for pid, name, role, archived, capacity in raw_rows(query).fetchall():
            self._people[pid] = _Person(pid, name, role, bool(archived), capacity)

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


def _start_cycle(cycle_id: int) -> None:
    """Active pairs mean the programme has started: a planning cycle becomes active."""
    Cycle.update(status="active").where(
        (Cycle.id == cycle_id) & (Cycle.status == "planning")
    ).execute()


def _insert(
    cycle_id: int, mentor_id: int, mentee_id: int, status: str, score: float | None, reasons: str
) -> int:
    return int(
        Pair.insert(
            cycle=cycle_id,
            mentor=mentor_id,
            mentee=mentee_id,
            status=status,
            match_score=score,
            match_reasons=reasons,
            started_on=dt.date.today() if status == "active" else None,
        ).execute()
    )


def create_pair(
    cycle_id: int,
    mentor_id: int,
    mentee_id: int,
    *,
    status: str = "proposed",
    score: float | None = None,
    reasons: str = "",
) -> int:
    """Check the rules and insert one pair, proposed or (started today) active."""
    if status not in OPEN_STATUSES:
        raise RuleError(
            Message(
                QT_TRANSLATE_NOOP("Domain", "A new pair is proposed or active, not {status}."),
                status=status,
            )
        )
    with database_proxy.atomic():
        _Rules(cycle_id).check(mentor_id, mentee_id)
        pair_id = _insert(cycle_id, mentor_id, mentee_id, status, score, reasons)
        if status == "active":
            _start_cycle(cycle_id)
    return pair_id


def create_pairs(
    cycle_id: int, proposals: Iterable[tuple[int, int, float | None, str]]
) -> list[int]:
    """Propose many pairs at once (matching's result), all or nothing.

    Each (mentor, mentee, score, reasons) is checked as if the earlier ones were
    already saved, so a batch cannot overfill anyone's capacity.
    """
    items = list(proposals)
    with database_proxy.atomic():
        rules = _Rules(cycle_id)
        rules.load_people({pid for mentor, mentee, _, _ in items for pid in (mentor, mentee)})
        for mentor_id, mentee_id, _, _ in items:
            rules.check(mentor_id, mentee_id)
            rules.accept(mentor_id, mentee_id)
        return [
            _insert(cycle_id, mentor_id, mentee_id, "proposed", score, reasons)
            for mentor_id, mentee_id, score, reasons in items
        ]


def _pair(pair_id: int) -> Any:
    pair = Pair.get_or_none(Pair.id == pair_id)
    if pair is None:
        raise RuleError(
            Message(QT_TRANSLATE_NOOP("Domain", "No pair with id {pair_id}."), pair_id=pair_id)
        )
    return pair


def _check_move(current: str, target: str, hint: str = "") -> None:
    if target not in _TRANSITIONS[current]:
        raise RuleError(
            Message(
                QT_TRANSLATE_NOOP("Domain", "{subject} cannot {change}.{hint}"),
                subject=_AS_SUBJECT[current],
                change=_AS_TARGET[target],
                hint=hint,
            )
        )


def _check_end_date(pair: Any, ended_on: dt.date) -> None:
    problem = end_date_problem(_date(pair.started_on), ended_on)
    if problem is not None:
        raise ValidationError({"ended_on": problem})
    after = dt.datetime.combine(ended_on + dt.timedelta(days=1), dt.time())
    last_held = (
        Meeting.select(fn.MAX(Meeting.starts_at))
        .where(
            (Meeting.pair == pair.id) & (Meeting.status == "held") & (Meeting.starts_at >= after)
        )
        .scalar()
    )
    if last_held is not None:
        held_on = str(last_held)[:10]
        raise ValidationError(
            {
                "ended_on": Message(
                    QT_TRANSLATE_NOOP(
                        "Domain", "The pair held a meeting on {held_on}, after that end date."
                    ),
                    held_on=held_on,
                )
            }
        )


def _release_planned_meetings(pair_id: int, ended_on: dt.date) -> None:
    """A pair that has ended meets no more: its planned meetings after the end are
    removed (they never happened, so they are not counted as cancelled)."""
    after = dt.datetime.combine(ended_on + dt.timedelta(days=1), dt.time())
    Meeting.delete().where(
        (Meeting.pair == pair_id) & (Meeting.status == "planned") & (Meeting.starts_at >= after)
    ).execute()


def _names(pair: Any) -> tuple[str, str]:
    return pair.mentor.full_name, pair.mentee.full_name


def _refuse_archived(where: Any) -> None:
    """RuleError when a pair picked by ``where`` has someone archived (one query for all)."""
    mentor, mentee = Participant.alias(), Participant.alias()
    query = (
        Pair.select(mentor.full_name, mentor.archived, mentee.full_name)
        .join(mentor, on=(Pair.mentor == mentor.id))
        .switch(Pair)
        .join(mentee, on=(Pair.mentee == mentee.id))
        .where(where & ((mentor.archived == True) | (mentee.archived == True)))  # noqa: E712
        .order_by(Pair.id)
        .limit(1)
    )
    for mentor_name, mentor_archived, mentee_name in raw_rows(query).fetchall():
        who = mentor_name if mentor_archived else mentee_name
        raise RuleError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Domain",
                    "{who} is archived: archived people cannot be paired (discard "
                    "the proposal {mentor_name} – {mentee_name}).",
                ),
                who=who,
                mentor_name=mentor_name,
                mentee_name=mentee_name,
            )
        )


def activate_pair(pair_id: int, started_on: dt.date | None = None) -> None:
    """proposed -> active, started today unless told; a planning cycle becomes active."""
    with database_proxy.atomic():
        pair = _pair(pair_id)
        _check_move(pair.status, "active")
        rules = _Rules(pair.cycle_id)
        rules.check_cycle_open()
        _refuse_archived(Pair.id == pair_id)
        Pair.update(status="active", started_on=started_on or dt.date.today()).where(
            Pair.id == pair_id
        ).execute()
        _start_cycle(pair.cycle_id)


def publish(cycle_id: int, started_on: dt.date | None = None) -> int:
    """Every proposed pair of the cycle becomes active, all or nothing; returns how many.

    A planning cycle becomes active with its first active pairs.
    """
    with database_proxy.atomic():
        _Rules(cycle_id).check_cycle_open()
        proposed = (Pair.cycle == cycle_id) & (Pair.status == "proposed")
        _refuse_archived(proposed)
        count = int(
            Pair.update(status="active", started_on=started_on or dt.date.today())
            .where(proposed)
            .execute()
        )
        if count:
            _start_cycle(cycle_id)
    return count


def complete_pair(pair_id: int, ended_on: dt.date | None = None) -> None:
    """active -> completed, ended today unless told (not before it started)."""
    ended_on = ended_on or dt.date.today()
    with database_proxy.atomic():
        pair = _pair(pair_id)
        hint = (
            Message(QT_TRANSLATE_NOOP("Domain", " Activate it first, or discard it."))
            if pair.status == "proposed"
            else ""
        )
        _check_move(pair.status, "completed", hint)
        _check_end_date(pair, ended_on)
        Pair.update(status="completed", ended_on=ended_on).where(Pair.id == pair_id).execute()
        _release_planned_meetings(pair_id, ended_on)


def _require_reason(reason: str) -> str:
    reason = reason.strip()
    if not reason:
        raise ValidationError(
            {
                "end_reason": Message(
                    QT_TRANSLATE_NOOP("Domain", "Give a reason for ending the pair early.")
                )
            }
        )
    return reason


def _end_early(pair: Any, reason: str, ended_on: dt.date) -> None:
    _check_move(pair.status, "ended_early")
    reason = _require_reason(reason)
    _check_end_date(pair, ended_on)
    Pair.update(status="ended_early", ended_on=ended_on, end_reason=reason).where(
        Pair.id == pair.id
    ).execute()
    _release_planned_meetings(pair.id, ended_on)


def end_pair_early(pair_id: int, reason: str, ended_on: dt.date | None = None) -> None:
    """proposed/active -> ended_early with a required reason; frees both people."""
    with database_proxy.atomic():
        _end_early(_pair(pair_id), reason, ended_on or dt.date.today())


def replace_mentor(pair_id: int, new_mentor_id: int, reason: str) -> int:
    """End the pair early and propose the same mentee with a new mentor, all or nothing.

    The old pair is ended first inside the transaction, so the mentee's place is
    free for the new pair; if the new mentor breaks a rule, both are rolled back.
    """
    with database_proxy.atomic():
        pair = _pair(pair_id)
        _check_move(pair.status, "ended_early")
        if new_mentor_id == pair.mentor_id:
            raise RuleError(
                Message(
                    QT_TRANSLATE_NOOP("Domain", "{full_name} is already this pair's mentor."),
                    full_name=pair.mentor.full_name,
                )
            )
        old_mentor = pair.mentor.full_name
        _end_early(pair, reason, dt.date.today())
        rules = _Rules(pair.cycle_id)
        rules.check(new_mentor_id, pair.mentee_id)
        return _insert(
            pair.cycle_id,
            new_mentor_id,
            pair.mentee_id,
            "proposed",
            None,
            f"Replaces {old_mentor} as mentor.",
        )


def discard_proposal(pair_id: int) -> None:
    """Delete a proposal nobody acted on; anything with a history ends early instead."""
    with database_proxy.atomic():
        pair = _pair(pair_id)
        if pair.status != "proposed":
            raise RuleError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Domain",
                        "{subject} cannot be discarded: only a proposal can (end an "
                        "active pair early instead).",
                    ),
                    subject=_AS_SUBJECT[pair.status],
                )
            )
        mentor, mentee = _names(pair)
        history = [
            what
            for what, model in (("meetings", Meeting), ("goals", Goal), ("assessments", Assessment))
            if model.select().where(model.pair == pair_id).exists()
        ]
        if pair.agreement_signed_on is not None:
            history.append("a signed agreement")
        if history:
            raise RuleError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Domain",
                        "The proposal {mentor} – {mentee} already has {value}: end it "
                        "early instead of discarding it.",
                    ),
                    mentor=mentor,
                    mentee=mentee,
                    value=", ".join(history),
                )
            )
        pair.delete_instance()


def set_agreement_signed(pair_id: int, signed_on: dt.date | None) -> None:
    """Record (or with None, clear) the day the pair's agreement was signed."""
    _pair(pair_id)
    Pair.update(agreement_signed_on=signed_on).where(Pair.id == pair_id).execute()
