"""Pairing-fit check-ins: after a pair's first held meeting, is this a good fit?

Each person answers separately (good fit / still deciding / not a good fit), because a
junior mentor may not say in front of a senior mentee that it is not working.  An
answer can only be recorded once the pair has held a meeting; asking again replaces
the earlier answer.  A "not a good fit" answer puts an active pair on the attention
list (``meetings.attention``) until it is changed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any, NamedTuple

from peewee import fn

from rmdesk.programme.messages import QT_TRANSLATE_NOOP, Message
from rmdesk.programme.pairs import NOT_IN_PAIR, role_in_pair
from rmdesk.programme.validation import RuleError, ValidationError
from rmdesk.store.models import (
    FIT_ANSWERS,
    FitCheck,
    Meeting,
    Pair,
    Participant,
    database_proxy,
)
from rmdesk.store.rows import raw_rows

__all__ = ["FIT_ANSWERS", "FIT_LABELS", "FitRow", "fit_checks", "fit_due", "record_fit"]

FIT_LABELS: dict[str, str] = {  # marked: the printed fit form offers them as its answers
    "good_fit": QT_TRANSLATE_NOOP("Domain", "Good fit"),
    "still_deciding": QT_TRANSLATE_NOOP("Domain", "Still deciding"),
    "not_a_good_fit": QT_TRANSLATE_NOOP("Domain", "Not a good fit"),
}
_CHECKED_PAIR_STATUSES = ("active", "completed")


class FitRow(NamedTuple):
    """One person's answer for one pair; ``answer`` is '' (and ``date`` None) when not
    yet asked."""

    pair_id: int
    participant_id: int
    participant_name: str
    role: str
    answer: str
    date: dt.date | None
    note: str


def _date(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def record_fits(answers: Iterable[tuple[int, int, str, str]], *, on: dt.date | None = None) -> None:
    """(pair, person, answer, note) of several people, all or none (``record_fit``)."""
    with database_proxy.atomic():
        for pair_id, participant_id, answer, note in answers:
            record_fit(pair_id, participant_id, answer, on=on, note=note)


def record_fit(
    pair_id: int,
    participant_id: int,
    answer: str,
    *,
    on: dt.date | None = None,
    note: str = "",
) -> None:
    """Save (or replace) the person's answer; RuleError before the first held meeting."""
    day = on or dt.date.today()
    with database_proxy.atomic():
        mentor, mentee = Participant.alias(), Participant.alias()
        found = (
            Pair.select(Pair.mentor, Pair.mentee, mentor.full_name, mentee.full_name)
            .join(mentor, on=(Pair.mentor == mentor.id))
            .switch(Pair)
            .join(mentee, on=(Pair.mentee == mentee.id))
            .where(Pair.id == pair_id)
            .tuples()
            .first()
        )
        if found is None:
            raise RuleError(
                Message(QT_TRANSLATE_NOOP("Domain", "No pair with id {pair_id}."), pair_id=pair_id)
            )
        mentor_id, mentee_id, mentor_name, mentee_name = found
        errors: dict[str, str] = {}
        if role_in_pair(participant_id, mentor_id, mentee_id) is None:
            errors["participant_id"] = NOT_IN_PAIR
        if answer not in FIT_ANSWERS:
            errors["answer"] = Message(
                QT_TRANSLATE_NOOP(
                    "Domain", "Answer good_fit, still_deciding or not_a_good_fit, not “{answer}”."
                ),
                answer=answer,
            )
        if errors:
            raise ValidationError(errors)
        first_held = (
            Meeting.select(fn.MIN(Meeting.starts_at))
            .where((Meeting.pair == pair_id) & (Meeting.status == "held"))
            .scalar()
        )
        if first_held is None:
            raise RuleError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Domain",
                        "{mentor_name} and {mentee_name} have not held a meeting yet: "
                        "the fit check comes after the first one.",
                    ),
                    mentor_name=mentor_name,
                    mentee_name=mentee_name,
                )
            )
        columns = {"date": day, "answer": answer, "note": note.strip()}
        f = FitCheck
        updated = (
            f.update(**columns)
            .where((f.pair == pair_id) & (f.participant == participant_id))
            .execute()
        )
        if not updated:
            f.insert(pair=pair_id, participant=participant_id, **columns).execute()


def fit_checks(cycle_id: int) -> list[FitRow]:
    """Two rows (mentee, then mentor) per active or completed pair that has held a
    meeting, by mentor then mentee name."""
    mentor, mentee = Participant.alias(), Participant.alias()
    held = Meeting.select(Meeting.pair).where(Meeting.status == "held").distinct()
    pairs = (
        Pair.select(Pair.id, Pair.mentor, mentor.full_name, Pair.mentee, mentee.full_name)
        .join(mentor, on=(Pair.mentor == mentor.id))
        .switch(Pair)
        .join(mentee, on=(Pair.mentee == mentee.id))
        .where(
            (Pair.cycle == cycle_id) & Pair.status.in_(_CHECKED_PAIR_STATUSES) & Pair.id.in_(held)
        )
    )
    answers_query = (
        FitCheck.select(FitCheck.pair, FitCheck.participant, FitCheck.answer, FitCheck.date,
                        FitCheck.note)
        .join(Pair)
        .where(Pair.cycle == cycle_id)
    )  # fmt: skip
    answers = {
        (pid, person): (answer, _date(day), note)
        for pid, person, answer, day, note in raw_rows(answers_query).fetchall()
    }
    rows: list[FitRow] = []
    ordered = sorted(raw_rows(pairs).fetchall(), key=lambda r: (r[2], r[4], r[0]))
    for pid, mentor_id, mentor_name, mentee_id, mentee_name in ordered:
        for person, name, role in ((mentee_id, mentee_name, "mentee"),
                                   (mentor_id, mentor_name, "mentor")):  # fmt: skip
            answer, day, note = answers.get((pid, person), ("", None, ""))
            rows.append(FitRow(pid, person, name, role, answer, day, note))
    return rows


def fit_due(cycle_id: int) -> list[FitRow]:
    """The people who have not been asked yet (answer '')."""
    return [row for row in fit_checks(cycle_id) if not row.answer]
