"""Pair history: who was paired with whom, in which cycle, and how it ended.

A programme runs cycle after cycle, so matching must remember: two people who were
paired before are not proposed again (unless the coordinator allows repeats for a
cycle), and a pair that ended early is never proposed again in its own cycle.  A
pairing is a pair that was published (active, completed or ended early); a proposal
nobody acted on is not one.  Everything here reads; one query per question.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, NamedTuple

from rmdesk.programme import settings
from rmdesk.programme.messages import QT_TRANSLATE_NOOP, Message, in_turn
from rmdesk.programme.validation import RuleError, id_from_text
from rmdesk.store.models import Cycle, Pair, Participant, database_proxy
from rmdesk.store.rows import raw_rows

PAIRED_STATUSES = ("active", "completed", "ended_early")


class Pairing(NamedTuple):
    """One pairing of two people in one cycle."""

    pair_id: int
    cycle_id: int
    cycle_name: str
    cycle_start: dt.date
    mentor_id: int
    mentor_name: str
    mentee_id: int
    mentee_name: str
    status: str
    started_on: dt.date | None
    ended_on: dt.date | None
    end_reason: str

    def partner_of(self, participant_id: int) -> tuple[int, str]:
        """The other person of the pair (id, name)."""
        if participant_id == self.mentor_id:
            return self.mentee_id, self.mentee_name
        return self.mentor_id, self.mentor_name

    def ending(self) -> str:
        """How the pairing ended (or that it runs), in a short sentence."""
        if self.status == "completed":
            return Message(QT_TRANSLATE_NOOP("Domain", "completed on {day}"), day=self.ended_on)
        if self.status == "ended_early":
            return Message(
                QT_TRANSLATE_NOOP("Domain", "ended early on {day}: {reason}"),
                day=self.ended_on,
                reason=self.end_reason,
            )
        return Message(QT_TRANSLATE_NOOP("Domain", "active since {day}"), day=self.started_on)


def _date(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _pairings(where: Any) -> list[Pairing]:
    mentor, mentee = Participant.alias(), Participant.alias()
    query = (
        Pair.select(
            Pair.id,
            Pair.cycle,
            Cycle.name,
            Cycle.start_date,
            Pair.mentor,
            mentor.full_name,
            Pair.mentee,
            mentee.full_name,
            Pair.status,
            Pair.started_on,
            Pair.ended_on,
            Pair.end_reason,
        )
        .join(Cycle)
        .switch(Pair)
        .join(mentor, on=(Pair.mentor == mentor.id))
        .switch(Pair)
        .join(mentee, on=(Pair.mentee == mentee.id))
        .where(where & Pair.status.in_(PAIRED_STATUSES))
        .order_by(Cycle.start_date, Cycle.id, Pair.started_on, Pair.id)
    )
    return [
        Pairing(pid, cid, cname, _date(start) or dt.date.min, mid, mname, eid, ename, status,
                _date(started), _date(ended), reason or "")
        for (pid, cid, cname, start, mid, mname, eid, ename, status, started, ended, reason)
        in raw_rows(query).fetchall()
    ]  # fmt: skip


def pairings_of(participant_id: int) -> list[Pairing]:
    """Every pairing of the person across cycles, oldest cycle first."""
    return _pairings((Pair.mentor == participant_id) | (Pair.mentee == participant_id))


def paired_before(first_id: int, second_id: int) -> list[Pairing]:
    """Were these two paired before, when and how did it end: their pairings, oldest
    first, whichever was the mentor (empty: never)."""
    either = ((Pair.mentor == first_id) & (Pair.mentee == second_id)) | (
        (Pair.mentor == second_id) & (Pair.mentee == first_id)
    )
    return _pairings(either)


def alumni(besides_cycle: int | None = None) -> frozenset[int]:
    """Everyone who took part in a cycle (at least one pairing), other than
    ``besides_cycle`` when given: who took part before the one being run."""
    where = Pair.status.in_(PAIRED_STATUSES)
    if besides_cycle is not None:
        where &= Pair.cycle != besides_cycle
    query = Pair.select(Pair.mentor, Pair.mentee).where(where)
    return frozenset(pid for row in raw_rows(query).fetchall() for pid in row)


def repeats_allowed(cycle_id: int) -> bool:
    return cycle_id in settings.read(settings.MATCHING_REPEAT_CYCLES)


def allow_repeats(cycle_id: int, allowed: bool) -> None:
    """Let matching pair people again in this cycle (or stop it): one setting for all cycles."""
    with database_proxy.atomic():
        if not Cycle.select().where(Cycle.id == cycle_id).exists():
            raise RuleError(
                Message(QT_TRANSLATE_NOOP("Domain", "No cycle with id {id}."), id=cycle_id)
            )
        stored: frozenset[int] = settings.read(settings.MATCHING_REPEAT_CYCLES)
        ids = set(stored)
        if allowed:
            ids.add(cycle_id)
        else:
            ids.discard(cycle_id)
        existing = {int(cid) for (cid,) in raw_rows(Cycle.select(Cycle.id)).fetchall()}
        settings.write({settings.MATCHING_REPEAT_CYCLES: frozenset(ids & existing)})


def blocked_in_cycle(cycle_id: int) -> dict[tuple[int, int], str]:
    """(mentor id, mentee id) -> why matching may not pair them in this cycle.

    Both orders of every past pairing are blocked ("paired in <cycle>"), unless repeats
    are allowed for the cycle; a pair that ended early in this very cycle is blocked
    whatever the setting.
    """
    allowed = repeats_allowed(cycle_id)
    where = Pair.cycle == cycle_id if allowed else Pair.id.is_null(False)
    blocked: dict[tuple[int, int], str] = {}
    for pairing in _pairings(where):
        if allowed and pairing.status != "ended_early":
            continue
        if pairing.cycle_id == cycle_id and pairing.status == "ended_early":
            why = Message(
                QT_TRANSLATE_NOOP("Domain", "ended early in {cycle}"), cycle=pairing.cycle_name
            )
        else:
            why = Message(
                QT_TRANSLATE_NOOP("Domain", "paired in {cycle}"), cycle=pairing.cycle_name
            )
        for key in ((pairing.mentor_id, pairing.mentee_id), (pairing.mentee_id, pairing.mentor_id)):
            blocked.setdefault(key, why)
    return blocked


class RepeatPairing(RuleError):
    """A pair made by hand that matching would not propose: the two were paired
    before.  ``str()`` says when and how it ended; the caller may ask and repeat."""


def repeat_problem(cycle_id: int, mentor_id: int, mentee_id: int) -> RepeatPairing | None:
    """Why matching would not pair these two in this cycle (``blocked_in_cycle``), with
    what happened before ("paired in <cycle>, ended early on <day>: <reason>"), or None."""
    if (mentor_id, mentee_id) not in blocked_in_cycle(cycle_id):
        return None
    before = paired_before(mentor_id, mentee_id)
    names = {before[0].mentor_id: before[0].mentor_name, before[0].mentee_id: before[0].mentee_name}
    history = in_turn(
        [
            Message(
                QT_TRANSLATE_NOOP("Domain", "paired in {cycle}, {ending}"),
                cycle=pairing.cycle_name,
                ending=pairing.ending(),
            )
            for pairing in before
        ]
    )
    return RepeatPairing(
        Message(
            QT_TRANSLATE_NOOP(
                "Domain",
                "{mentor} and {mentee} were paired before ({history}); matching does not "
                "pair them again in this cycle.",
            ),
            mentor=names[mentor_id],
            mentee=names[mentee_id],
            history=history,
        )
    )


def find_participant(text: str) -> tuple[int, str]:
    """(id, name) of the participant named by ``text``: an id, an e-mail or an exact
    full name (case and spaces as typed ignored); RuleError when there is none, or
    when the name is shared (then the ids to use instead)."""
    text = " ".join(text.split())
    p = Participant
    number = id_from_text(text)
    if number is not None:
        found = raw_rows(p.select(p.id, p.full_name).where(p.id == number)).fetchall()
    else:
        wanted = text.casefold()
        everyone = raw_rows(p.select(p.id, p.full_name, p.email).order_by(p.id)).fetchall()
        found = [
            (pid, name)
            for pid, name, email in everyone
            if (email or "").casefold() == wanted or " ".join(name.split()).casefold() == wanted
        ]
        exact = [(pid, name) for pid, name in found if name == text]
        if len(found) > 1 and len(exact) == 1:
            found = exact
    if not found:
        raise RuleError(
            Message(
                QT_TRANSLATE_NOOP("Domain", "No participant with id, e-mail or name “{text}”."),
                text=text,
            )
        )
    if len(found) > 1:
        raise RuleError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Domain", "Several participants are called “{text}”: use an id ({ids})."
                ),
                text=text,
                ids=", ".join(str(pid) for pid, _ in found),
            )
        )
    pid, name = found[0]
    return int(pid), str(name)
