"""A pair's life: proposed (one or a batch), active, completed or ended early,
replaced, discarded, its agreement signed; each move in one transaction."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from peewee import fn

from rmdesk.programme.messages import QT_TRANSLATE_NOOP, Message, in_turn, listed, to_stored
from rmdesk.programme.pairings import repeat_problem
from rmdesk.programme.pairs.history import record
from rmdesk.programme.pairs.rules import (
    _AS_SUBJECT,
    _AS_TARGET,
    _TRANSITIONS,
    OPEN_STATUSES,
    _date,
    _Rules,
    end_date_problem,
)
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


def _start_cycle(cycle_id: int) -> None:
    """Active pairs mean the programme has started: a planning cycle becomes active."""
    Cycle.update(status="active").where(
        (Cycle.id == cycle_id) & (Cycle.status == "planning")
    ).execute()


def start_day(cycle_id: int, today: dt.date | None = None) -> dt.date:
    """The day a pair made active now starts: today, or the cycle's first day if later
    (pairs published in November for a January cycle start in January)."""
    today = today or dt.date.today()
    start = Cycle.select(Cycle.start_date).where(Cycle.id == cycle_id).scalar()
    return max(today, _date(start) or today)


def publish_warning(cycle_id: int, today: dt.date | None = None) -> str | None:
    """Why publishing now may be too late, or None: the cycle ends within one meeting
    interval of the day the pairs would start, leaving room for one meeting at most."""
    cycle = Cycle.get_or_none(Cycle.id == cycle_id)
    if cycle is None:
        return None
    start, end = start_day(cycle_id, today), _date(cycle.end_date)
    if end is None or (end - start).days >= cycle.cadence_days:
        return None
    return Message(
        QT_TRANSLATE_NOOP(
            "Domain",
            "The cycle ends on {end}, within one meeting interval ({days} days) of {start}: "
            "the pairs would have one meeting at most.",
        ),
        end=end,
        days=cycle.cadence_days,
        start=start,
    )


def _insert(
    cycle_id: int,
    mentor_id: int,
    mentee_id: int,
    status: str,
    score: float | None,
    reasons: str,
    *,
    why: str = "",
) -> int:
    if score is None:  # made by hand: keep what the matcher would say of it
        from rmdesk.programme.matching.candidates import match_of

        score, found = match_of(cycle_id, mentor_id, mentee_id)
        reasons = in_turn([text for text in (reasons, found) if text])
    pair_id = int(
        Pair.insert(
            cycle=cycle_id,
            mentor=mentor_id,
            mentee=mentee_id,
            status=status,
            match_score=score,
            match_reasons=to_stored(reasons),  # a message: shown in the reader's language
            started_on=start_day(cycle_id) if status == "active" else None,
        ).execute()
    )
    today = dt.date.today()
    record((pair_id,), "proposed", today, why)
    if status == "active":
        record((pair_id,), "published", today)
    return pair_id


def create_pair(
    cycle_id: int,
    mentor_id: int,
    mentee_id: int,
    *,
    status: str = "proposed",
    score: float | None = None,
    reasons: str = "",
    repeat: bool = False,
) -> int:
    """Check the rules and insert one pair, proposed or active (from ``start_day``).

    Two people matching would not pair again (paired before: ``repeat_problem``) are
    refused with what happened before, unless ``repeat`` says the coordinator was told
    and chose it.  Without a ``score`` the pair keeps the matcher's score and reasons."""
    if status not in OPEN_STATUSES:
        raise RuleError(
            Message(
                QT_TRANSLATE_NOOP("Domain", "A new pair is proposed or active, not {status}."),
                status=status,
            )
        )
    with database_proxy.atomic():
        _Rules(cycle_id).check(mentor_id, mentee_id)
        problem = None if repeat else repeat_problem(cycle_id, mentor_id, mentee_id)
        if problem is not None:
            raise problem
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
    """proposed -> active, from ``start_day`` unless told; a planning cycle becomes active."""
    with database_proxy.atomic():
        pair = _pair(pair_id)
        _check_move(pair.status, "active")
        rules = _Rules(pair.cycle_id)
        rules.check_cycle_open()
        _refuse_archived(Pair.id == pair_id)
        starts = started_on or start_day(pair.cycle_id)
        Pair.update(status="active", started_on=starts).where(Pair.id == pair_id).execute()
        record((pair_id,), "published", _published_on(starts))
        _start_cycle(pair.cycle_id)


def _published_on(starts: dt.date) -> dt.date:
    """The day a publication is recorded: today, or the start given when it is earlier
    (a pair entered afterwards, as it began)."""
    return min(dt.date.today(), starts)


def publish(
    cycle_id: int, started_on: dt.date | None = None, *, pair_ids: Iterable[int] | None = None
) -> int:
    """The cycle's proposed pairs (or only ``pair_ids``, which must all be proposals of
    this cycle) become active from ``start_day``, all or nothing; returns how many.

    A planning cycle becomes active with its first active pairs.
    """
    with database_proxy.atomic():
        _Rules(cycle_id).check_cycle_open()
        proposed = (Pair.cycle == cycle_id) & (Pair.status == "proposed")
        if pair_ids is not None:
            wanted = sorted(set(pair_ids))
            proposed &= Pair.id.in_(wanted)
            _refuse_other_than_proposals(cycle_id, wanted)
        _refuse_archived(proposed)
        published = [row[0] for row in raw_rows(Pair.select(Pair.id).where(proposed)).fetchall()]
        starts = started_on or start_day(cycle_id)
        count = int(Pair.update(status="active", started_on=starts).where(proposed).execute())
        record(published, "published", _published_on(starts))
        if count:
            _start_cycle(cycle_id)
    return count


def _refuse_other_than_proposals(cycle_id: int, pair_ids: list[int]) -> None:
    found = (
        Pair.select()
        .where(Pair.id.in_(pair_ids) & (Pair.cycle == cycle_id) & (Pair.status == "proposed"))
        .count()
    )
    if found != len(pair_ids):
        raise RuleError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Domain",
                    "Only proposals of this cycle can be published or discarded together: "
                    "{count} of those chosen are not.",
                ),
                count=len(pair_ids) - found,
            )
        )


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
        record((pair_id,), "completed", ended_on)


def _end_day(pair: Any) -> dt.date:
    """Today, or the day a pair not started yet would have started (never before it)."""
    return max(dt.date.today(), _date(pair.started_on) or dt.date.today())


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


def _end_early(pair: Any, reason: str, ended_on: dt.date, replaced_by: str = "") -> str:
    """End the pair; its history says why (and, replaced, by whom). Returns the reason."""
    _check_move(pair.status, "ended_early")
    reason = _require_reason(reason)
    _check_end_date(pair, ended_on)
    Pair.update(status="ended_early", ended_on=ended_on, end_reason=reason).where(
        Pair.id == pair.id
    ).execute()
    _release_planned_meetings(pair.id, ended_on)
    if replaced_by:
        record((pair.id,), "replaced", ended_on, f"{replaced_by}: {reason}")
    else:
        record((pair.id,), "ended_early", ended_on, reason)
    return reason


def end_pair_early(pair_id: int, reason: str, ended_on: dt.date | None = None) -> None:
    """proposed/active -> ended_early with a required reason; frees both people. Ends
    today unless told (or, not started yet, on the day it would have started)."""
    with database_proxy.atomic():
        pair = _pair(pair_id)
        _end_early(pair, reason, ended_on or _end_day(pair))


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
        rules = _Rules(pair.cycle_id)
        new_mentor = rules.person(new_mentor_id).name
        reason = _end_early(pair, reason, _end_day(pair), replaced_by=new_mentor)
        rules = _Rules(pair.cycle_id)  # the old pair's places are free now
        rules.check(new_mentor_id, pair.mentee_id)
        problem = repeat_problem(pair.cycle_id, new_mentor_id, pair.mentee_id)
        if problem is not None:
            raise problem
        return _insert(
            pair.cycle_id,
            new_mentor_id,
            pair.mentee_id,
            "proposed",
            None,
            Message(
                QT_TRANSLATE_NOOP("Domain", "Replaces {full_name} as mentor."),
                full_name=old_mentor,
            ),
            why=f"{old_mentor}: {reason}",
        )


def discard_proposals(pair_ids: Iterable[int]) -> int:
    """Discard several proposals at once, all or nothing; returns how many."""
    wanted = sorted(set(pair_ids))
    with database_proxy.atomic():
        for pair_id in wanted:
            _discard(pair_id)
    return len(wanted)


def discard_proposal(pair_id: int) -> None:
    """Delete a proposal nobody acted on; anything with a history ends early instead."""
    with database_proxy.atomic():
        _discard(pair_id)


def _discard(pair_id: int) -> None:
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
    kept = (
        (QT_TRANSLATE_NOOP("Domain", "meetings"), Meeting),
        (QT_TRANSLATE_NOOP("Domain", "goals"), Goal),
        (QT_TRANSLATE_NOOP("Domain", "assessments"), Assessment),
    )
    history = [
        Message(what)
        for what, model in kept
        if model.select().where(model.pair == pair_id).exists()
    ]
    if pair.agreement_signed_on is not None:
        history.append(Message(QT_TRANSLATE_NOOP("Domain", "a signed agreement")))
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
                value=listed(history),
            )
        )
    pair.delete_instance()


def set_agreement_signed(pair_id: int, signed_on: dt.date | None) -> None:
    """Record (or with None, clear) the day the pair's agreement was signed; a day set
    or changed goes into the pair's history."""
    with database_proxy.atomic():
        pair = _pair(pair_id)
        Pair.update(agreement_signed_on=signed_on).where(Pair.id == pair_id).execute()
        if signed_on is not None and signed_on != _date(pair.agreement_signed_on):
            record((pair_id,), "agreement_signed", signed_on)
