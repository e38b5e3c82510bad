"""Self-assessments: baseline, midpoint and final scores per participant, and what is due.

Each person of a pair rates themselves 1-5 on their role's dimensions (an editable
list), gives an overall satisfaction 1-5 and a comment; the coordinator enters it
from paper or a conversation.  Scores store the dimension's *name*, so renaming or
removing a dimension later never rewrites what someone said.  One assessment per
person, pair and phase: saving again replaces it (scores included).

Due dates: baseline when the pair starts (or the cycle does), midpoint on the cycle's
midpoint, final on its last day.  A pair that ended early owes only its baseline.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any, NamedTuple

from rmdesk.programme import code_words
from rmdesk.programme.cycles import midpoint
from rmdesk.programme.messages import QT_TRANSLATE_NOOP, Message, listed, word
from rmdesk.programme.pairs import NOT_IN_PAIR, role_in_pair
from rmdesk.programme.validation import RuleError, ValidationError
from rmdesk.store.models import (
    ASSESSMENT_PHASES,
    ROLES,
    TAKE_PART_AGAIN,
    Assessment,
    AssessmentDimension,
    AssessmentScore,
    Cycle,
    Pair,
    Participant,
    database_proxy,
)
from rmdesk.store.rows import raw_rows

PHASES = ASSESSMENT_PHASES  # the store declares them once (its CHECK constraint)
PHASE_LABELS: dict[str, str] = {  # marked: a sentence opens with one ("Baseline assessment of …")
    "baseline": QT_TRANSLATE_NOOP("Domain", "Baseline"),
    "midpoint": QT_TRANSLATE_NOOP("Domain", "Midpoint"),
    "final": QT_TRANSLATE_NOOP("Domain", "Final"),
}
TAKE_PART_AGAIN_LABELS: dict[str, str] = {"yes": "Yes", "maybe": "Maybe", "no": "No"}
SCORE_MIN, SCORE_MAX = 1, 5
DIMENSION_MAX = 100
_STATUS_PAIR_STATUSES = ("active", "completed", "ended_early")


class DimensionRow(NamedTuple):
    id: int
    role: str
    name: str
    position: int


class AssessmentData(NamedTuple):
    """One person's self-assessment for one phase; ``scores`` maps dimension name -> 1..5."""

    pair_id: int
    participant_id: int
    phase: str
    date: dt.date
    scores: dict[str, int]
    satisfaction: int | None = None
    comment: str = ""
    take_part_again: str | None = None  # final phase only: yes, maybe or no


class Answered(NamedTuple):
    """How many of the items an assessment asks were answered (see ``answered``)."""

    answered: int
    asked: int

    @property
    def complete(self) -> bool:
        return self.answered >= self.asked

    @property
    def unanswered(self) -> int:
        return max(0, self.asked - self.answered)


def answered(phase: str, scored: Iterable[str], satisfaction: int | None,
             dimension_names: Sequence[str]) -> Answered:  # fmt: skip
    """What complete means, in one place: every dimension of the person's role scored,
    and, after the baseline, the overall satisfaction (at the start there is nothing
    to be satisfied with yet). "Would take part again" may stay unanswered."""
    names = set(dimension_names)
    asked = len(names) + (phase != "baseline")
    given = len(names & set(scored)) + (phase != "baseline" and satisfaction is not None)
    return Answered(given, asked)


def answered_in(data: AssessmentData) -> Answered:
    """``answered`` for a form's data, against the dimensions of the person's role now."""
    role = _role_in_pair(data.pair_id, data.participant_id)
    names = [row.name for row in dimensions(role)] if role is not None else []
    return answered(data.phase, data.scores, data.satisfaction, names)


class AssessmentDue(NamedTuple):
    pair_id: int
    participant_id: int
    participant_name: str
    role: str
    phase: str
    due_on: dt.date
    done: bool  # entered, complete or not
    overdue: bool
    answers: Answered = Answered(0, 0)  # of what was entered

    @property
    def complete(self) -> bool:
        """Entered with every item answered (``answered`` says what that means)."""
        return self.done and self.answers.complete


def _date(value: Any) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


def _check_role(role: str) -> None:
    if role not in ROLES:
        raise ValidationError(
            {
                "role": Message(
                    QT_TRANSLATE_NOOP(
                        "Domain", "Dimensions belong to mentee or mentor, not “{role}”."
                    ),
                    role=role,
                )
            }
        )


# ---------------------------------------------------------------- dimensions


def dimensions(role: str) -> list[DimensionRow]:
    """The role's current dimensions, in the list's order."""
    _check_role(role)
    d = AssessmentDimension
    query = d.select(d.id, d.role, d.name, d.position).where(d.role == role)
    return [DimensionRow(*row) for row in raw_rows(query.order_by(d.position, d.id)).fetchall()]


def set_dimensions(role: str, names: list[str]) -> None:
    """Replace the role's list (order as given); scores already given keep their names."""
    _check_role(role)
    cleaned = [name.strip() for name in names]
    errors: dict[str, str] = {}
    seen: set[str] = set()
    for name in cleaned:
        if not name:
            errors["names"] = Message(QT_TRANSLATE_NOOP("Domain", "A dimension needs a name."))
        elif len(name) > DIMENSION_MAX:
            errors["names"] = Message(
                QT_TRANSLATE_NOOP(
                    "Domain", "A dimension name has at most {DIMENSION_MAX} characters."
                ),
                DIMENSION_MAX=DIMENSION_MAX,
            )
        elif name.casefold() in seen:
            errors["names"] = Message(
                QT_TRANSLATE_NOOP("Domain", "“{name}” is in the list twice."), name=name
            )
        seen.add(name.casefold())
    if not cleaned:
        errors["names"] = Message(QT_TRANSLATE_NOOP("Domain", "Keep at least one dimension."))
    if errors:
        raise ValidationError(errors)
    d = AssessmentDimension
    with database_proxy.atomic():
        d.delete().where((d.role == role) & d.name.not_in(cleaned)).execute()
        for position, name in enumerate(cleaned, start=1):
            if not d.update(position=position).where((d.role == role) & (d.name == name)).execute():
                d.insert(role=role, name=name, position=position).execute()


def set_all_dimensions(names_by_role: Mapping[str, list[str]]) -> None:
    """Several roles' lists at once, all or nothing (the dimensions form saves both).

    A refusal is a ``ValidationError`` whose one field is the role it is about.
    """
    with database_proxy.atomic():
        for role, names in names_by_role.items():
            try:
                set_dimensions(role, names)
            except ValidationError as error:
                raise ValidationError({role: " ".join(error.errors.values())}) from error


# ---------------------------------------------------------------- assessments


def _role_in_pair(pair_id: int, participant_id: int) -> str | None:
    """'mentor' or 'mentee' when the person is in the pair; None when not; RuleError when
    there is no such pair."""
    found = Pair.select(Pair.mentor, Pair.mentee).where(Pair.id == pair_id).tuples().first()
    if found is None:
        raise RuleError(
            Message(QT_TRANSLATE_NOOP("Domain", "No pair with id {pair_id}."), pair_id=pair_id)
        )
    mentor_id, mentee_id = found
    return role_in_pair(participant_id, mentor_id, mentee_id)


def _in_range(value: Any) -> bool:
    return (
        isinstance(value, int) and not isinstance(value, bool) and SCORE_MIN <= value <= SCORE_MAX
    )


def satisfaction_problem(value: Any) -> str | None:
    """Why ``value`` is not an overall satisfaction (None, or 1 to 5), or None."""
    if value is None or _in_range(value):
        return None
    return Message(QT_TRANSLATE_NOOP("Domain", "Satisfaction is 1 to 5, not {value}."), value=value)


def scores_problem(scores: dict[str, Any]) -> str | None:
    """The scores (dimension -> value) that are not 1 to 5, in one sentence, or None."""
    bad = [f"{name} ({score})" for name, score in scores.items() if not _in_range(score)]
    return f"Scores are 1 to 5: {', '.join(bad)}." if bad else None


def asks_take_part_again(phase: str) -> bool:
    """Only the final assessment asks whether they would take part again (the printed
    and online forms ask it there, the import reads it there)."""
    return phase == "final"


def take_part_again_problem(phase: str, answer: str | None) -> str | None:
    """Only the final assessment asks whether they would take part again: yes, maybe, no."""
    if answer is None:
        return None
    if answer not in TAKE_PART_AGAIN:
        return Message(
            QT_TRANSLATE_NOOP(
                "Domain",
                "“{answer}” is no answer to “would you take part again”: yes, maybe or no.",
            ),
            answer=answer,
        )
    if not asks_take_part_again(phase):
        return Message(
            QT_TRANSLATE_NOOP(
                "Domain", "Only the final assessment asks whether they would take part again."
            )
        )
    return None


def take_part_again_of(participant_id: int) -> dict[int, str]:
    """Pair id -> the person's answer in that pair's final assessment, where they gave one."""
    a = Assessment
    query = a.select(a.pair, a.take_part_again).where(
        (a.participant == participant_id) & (a.phase == "final") & a.take_part_again.is_null(False)
    )
    return {int(pair_id): str(answer) for pair_id, answer in raw_rows(query).fetchall()}


class TakePartAgain(NamedTuple):
    """How many people of a cycle would take part again, from their final assessments."""

    yes: int = 0
    maybe: int = 0
    no: int = 0

    @property
    def answered(self) -> int:  # the n of the figure (the small-group rule reads it)
        return self.yes + self.maybe + self.no


def take_part_again_counts(cycle_id: int) -> TakePartAgain:
    """The final assessments' answers over the cycle's formed pairs, each person once:
    someone in two pairs counts by their latest answer (by date, then as entered), as
    the report's other figures count people.  People who did not answer are not counted."""
    a = Assessment
    query = (
        a.select(a.participant, a.take_part_again)
        .join(Pair, on=(a.pair == Pair.id))
        .where(
            (Pair.cycle == cycle_id)
            & (Pair.status != "proposed")
            & (a.phase == "final")
            & a.take_part_again.is_null(False)
        )
        .order_by(a.date, a.id)
    )
    latest = dict(raw_rows(query).fetchall())  # later rows overwrite: the latest answer
    return TakePartAgain(**Counter(str(answer) for answer in latest.values()))


def validate_assessment(data: AssessmentData) -> dict[str, str]:
    """Every problem with ``data`` at once, as field -> message (empty when valid)."""
    role = _role_in_pair(data.pair_id, data.participant_id)
    known = {row.name for row in dimensions(role)} if role is not None else set()
    return _problems(data, role, known)


def _problems(data: AssessmentData, role: str | None, known: set[str]) -> dict[str, str]:
    """The rules of one assessment, given the person's ``role`` in the pair (None: not
    in it) and the role's dimension names: one place for one record and for a batch."""
    errors: dict[str, str] = {}
    if role is None:
        errors["participant_id"] = NOT_IN_PAIR
    if data.phase not in PHASES:
        errors["phase"] = Message(
            QT_TRANSLATE_NOOP(
                "Domain", "Unknown phase “{phase}”: use baseline, midpoint or final."
            ),
            phase=data.phase,
        )
    if not isinstance(data.date, dt.date):
        errors["date"] = Message(QT_TRANSLATE_NOOP("Domain", "A date is required."))
    satisfaction = satisfaction_problem(data.satisfaction)
    if satisfaction is not None:
        errors["satisfaction"] = satisfaction
    again = take_part_again_problem(data.phase, data.take_part_again)
    if again is not None:
        errors["take_part_again"] = again
    if role is not None:
        unknown = sorted(name for name in data.scores if name not in known)
        if unknown:
            errors["scores"] = Message(
                QT_TRANSLATE_NOOP("Domain", "Not a {role} dimension: {value}."),
                role=word(code_words.ROLE, role),
                value=listed(unknown),
            )
        else:
            scores = scores_problem(data.scores)
            if scores is not None:
                errors["scores"] = scores
    return errors


def save_assessment(data: AssessmentData) -> int:
    """Insert, or replace the person's assessment for that phase (scores too); its id."""
    with database_proxy.atomic():
        errors = validate_assessment(data)
        if errors:
            raise ValidationError(errors)
        a = Assessment
        key = (a.pair == data.pair_id) & (a.participant == data.participant_id)
        key &= a.phase == data.phase
        columns = {
            "date": data.date,
            "satisfaction": data.satisfaction,
            "comment": data.comment.strip(),
            "take_part_again": data.take_part_again,
        }
        existing = a.select(a.id).where(key).tuples().first()
        if existing is None:
            assessment_id = int(
                a.insert(pair=data.pair_id, participant=data.participant_id, phase=data.phase,
                         **columns).execute()
            )  # fmt: skip
        else:
            assessment_id = int(existing[0])
            a.update(**columns).where(a.id == assessment_id).execute()
            AssessmentScore.delete().where(AssessmentScore.assessment == assessment_id).execute()
        if data.scores:
            AssessmentScore.insert_many(
                [(assessment_id, name, score) for name, score in data.scores.items()],
                fields=[AssessmentScore.assessment, AssessmentScore.dimension,
                        AssessmentScore.score],
            ).execute()  # fmt: skip
    return assessment_id


class Respondent(NamedTuple):
    """Someone who can answer a cycle's forms: a person of one of its formed pairs."""

    pair_id: int
    participant_id: int
    name: str
    role: str


def respondents_by_email(cycle_id: int) -> dict[str, list[Respondent]]:
    """The people of the cycle's pairs that started (not proposed), by e-mail address in
    any case (folded); someone in two pairs is listed with both."""
    found: dict[str, list[Respondent]] = {}
    for role, column in (("mentor", Pair.mentor), ("mentee", Pair.mentee)):
        query = (
            Pair.select(Pair.id, Participant.id, Participant.full_name, Participant.email)
            .join(Participant, on=(column == Participant.id))
            .where((Pair.cycle == cycle_id) & Pair.status.in_(_STATUS_PAIR_STATUSES))
        )
        for pid, person, name, email in raw_rows(query).fetchall():
            if email:
                found.setdefault(email.strip().casefold(), []).append(
                    Respondent(pid, person, name, role)
                )
    return found


def _chunks(items: Sequence[Any], size: int = 500) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _existing(keys: set[tuple[int, int, str]]) -> dict[tuple[int, int, str], int]:
    """(pair, person, phase) -> the id of the assessment saved for it, among ``keys``.

    One query over the phases asked, filtered here: cheaper than thousands of ids in
    ``IN`` lists (a programme has a few thousand assessments per phase at most)."""
    a = Assessment
    phases = sorted({key[2] for key in keys})
    query = a.select(a.pair, a.participant, a.phase, a.id).where(a.phase.in_(phases))
    return {
        (pid, person, phase): aid
        for pid, person, phase, aid in raw_rows(query).fetchall()
        if (pid, person, phase) in keys
    }


def batch_problems(
    records: Sequence[AssessmentData], *, replace: bool = False
) -> dict[int, list[str]]:
    """Index -> every problem of that record (empty when all are valid):
    the rules of ``validate_assessment``, a record given twice, and an assessment that
    exists already unless ``replace``; a few queries whatever the number of records."""
    pair_ids = {record.pair_id for record in records}
    members: dict[int, tuple[int, int]] = {}
    if pair_ids:
        query = Pair.select(Pair.id, Pair.mentor, Pair.mentee).where(
            Pair.id.between(min(pair_ids), max(pair_ids))
        )
        members = {pid: (mentor, mentee) for pid, mentor, mentee in raw_rows(query)
                   if pid in pair_ids}  # fmt: skip
    known = {role: {row.name for row in dimensions(role)} for role in ROLES}
    existing = {} if replace else _existing(
        {(r.pair_id, r.participant_id, r.phase) for r in records}
    )  # fmt: skip
    seen: set[tuple[int, int, str]] = set()
    problems: dict[int, list[str]] = {}
    for index, record in enumerate(records):
        pair = members.get(record.pair_id)
        role = role_in_pair(record.participant_id, *pair) if pair else None
        found = list(_problems(record, role, known.get(role or "", set())).values())
        key = (record.pair_id, record.participant_id, record.phase)
        if key in seen:
            found.append(Message(QT_TRANSLATE_NOOP("Domain", "The same answers are given twice.")))
        elif key in existing:
            found.append(
                Message(
                    QT_TRANSLATE_NOOP("Domain", "Their {phase} answers are saved already."),
                    phase=word(code_words.PHASE, record.phase),
                )
            )
        seen.add(key)
        if found:
            problems[index] = found
    return problems


def save_assessments(records: Sequence[AssessmentData], *, replace: bool = False) -> int:
    """Many people's assessments in one transaction, all or none (answers imported from
    a form): refused whole (``RuleError``, the first problem) if any record breaks a rule
    of ``batch_problems``; with ``replace``, saved answers for the same person, pair and
    phase are replaced (scores too).  Bulk statements: 5,000 records in a fraction of a
    second.  Returns how many were saved."""
    with database_proxy.atomic():
        problems = batch_problems(records, replace=replace)
        if problems:
            first = next(iter(problems.values()))[0]
            raise RuleError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Domain", "Nothing was saved: answers break a rule, the first: {problem}"
                    ),
                    problem=first,
                )
            )
        keys = {(r.pair_id, r.participant_id, r.phase) for r in records}
        if replace:
            old = sorted(_existing(keys).values())
            for chunk in _chunks(old):
                Assessment.delete().where(Assessment.id.in_(list(chunk))).execute()
        # Plain executemany, as participants.write_many: Peewee's insert_many spends
        # longer building the SQL for 5,000 rows than SQLite takes to write them.
        connection = database_proxy.connection()
        connection.executemany(
            "INSERT INTO assessment (pair_id, participant_id, phase, date, satisfaction, "
            "comment, take_part_again) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(r.pair_id, r.participant_id, r.phase, r.date.isoformat(), r.satisfaction,
              r.comment.strip(), r.take_part_again) for r in records],
        )  # fmt: skip
        ids = _existing(keys)
        connection.executemany(
            "INSERT INTO assessment_score (assessment_id, dimension, score) VALUES (?, ?, ?)",
            [(ids[(r.pair_id, r.participant_id, r.phase)], name, score)
             for r in records for name, score in r.scores.items()],
        )  # fmt: skip
    return len(records)


def get_assessment(pair_id: int, participant_id: int, phase: str) -> AssessmentData | None:
    """What was saved for that person, pair and phase; scores in the list's order (names no
    longer in the list last, alphabetically)."""
    a = Assessment
    found = (
        a.select(a.id, a.date, a.satisfaction, a.comment, a.take_part_again)
        .where((a.pair == pair_id) & (a.participant == participant_id) & (a.phase == phase))
        .tuples()
        .first()
    )
    if found is None:
        return None
    assessment_id, day, satisfaction, comment, again = found
    s = AssessmentScore
    scores = dict(
        raw_rows(s.select(s.dimension, s.score).where(s.assessment == assessment_id)).fetchall()
    )
    role = _role_in_pair(pair_id, participant_id)
    order = {row.name: i for i, row in enumerate(dimensions(role))} if role else {}
    ordered = sorted(scores, key=lambda name: (order.get(name, len(order)), name))
    return AssessmentData(
        pair_id, participant_id, phase, _date(day), {name: scores[name] for name in ordered},
        satisfaction, comment, again,
    )  # fmt: skip


def assessment_status(cycle_id: int, *, today: dt.date | None = None) -> list[AssessmentDue]:
    """Every assessment owed in the cycle, done or not, by pair (mentor then mentee name),
    person (mentee first) and phase."""
    today = today or dt.date.today()
    cycle = Cycle.select(Cycle.start_date, Cycle.end_date).where(Cycle.id == cycle_id)
    found = cycle.tuples().first()
    if found is None:
        raise RuleError(
            Message(QT_TRANSLATE_NOOP("Domain", "No cycle with id {cycle_id}."), cycle_id=cycle_id)
        )
    start, end = _date(found[0]), _date(found[1])
    mentor, mentee = Participant.alias(), Participant.alias()
    pairs = (
        Pair.select(Pair.id, Pair.status, Pair.started_on, Pair.mentor, mentor.full_name,
                    Pair.mentee, mentee.full_name)
        .join(mentor, on=(Pair.mentor == mentor.id))
        .switch(Pair)
        .join(mentee, on=(Pair.mentee == mentee.id))
        .where((Pair.cycle == cycle_id) & Pair.status.in_(_STATUS_PAIR_STATUSES))
    )  # fmt: skip
    done_query = (
        Assessment.select(Assessment.pair, Assessment.participant, Assessment.phase,
                          Assessment.id, Assessment.satisfaction)
        .join(Pair)
        .where(Pair.cycle == cycle_id)
    )  # fmt: skip
    entered = {
        (p, who, phase): (aid, sat) for p, who, phase, aid, sat in raw_rows(done_query).fetchall()
    }
    scores_query = (
        AssessmentScore.select(AssessmentScore.assessment, AssessmentScore.dimension)
        .join(Assessment)
        .join(Pair)
        .where(Pair.cycle == cycle_id)
    )
    scored: dict[int, list[str]] = {}
    for assessment_id, dimension in raw_rows(scores_query).fetchall():
        scored.setdefault(assessment_id, []).append(dimension)
    names = {role: [row.name for row in dimensions(role)] for role in ("mentor", "mentee")}
    middle = midpoint(start, end)
    rows: list[AssessmentDue] = []
    ordered = sorted(raw_rows(pairs).fetchall(), key=lambda r: (r[4], r[6], r[0]))
    for pid, status, started, mentor_id, mentor_name, mentee_id, mentee_name in ordered:
        due = {"baseline": _date(started) if started else start, "midpoint": middle, "final": end}
        phases = ("baseline",) if status == "ended_early" else PHASES
        for person, name, role in ((mentee_id, mentee_name, "mentee"),
                                   (mentor_id, mentor_name, "mentor")):  # fmt: skip
            for phase in phases:
                found = entered.get((pid, person, phase))
                answers = Answered(0, 0)
                if found is not None:
                    answers = answered(phase, scored.get(found[0], ()), found[1], names[role])
                rows.append(
                    AssessmentDue(pid, person, name, role, phase, due[phase], found is not None,
                                  found is None and due[phase] < today, answers)
                )  # fmt: skip
    return rows
