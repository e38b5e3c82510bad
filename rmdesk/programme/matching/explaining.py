"""Explaining: why a pair scores what it does, and why a rule forbids a pair, in words.

Only the chosen pairs are explained (``propose`` calls ``_explain`` once per
proposal), one criterion at a time in plain Python, with the very operations
``score_pairs`` runs over whole matrices: the explained score is the matrix cell.
"""

from __future__ import annotations

from rmdesk.programme import code_words
from rmdesk.programme.levels import gap_allows, level_gap_problem
from rmdesk.programme.matching.records import CAPACITY_FULL, Person
from rmdesk.programme.matching.scoring import (
    _DAY_BITS,
    _MODE_FIT,
    DEFAULT_MINIMUM_GAP,
    _check_weights,
    _days,
    _mode,
    _norm,
    _rank_weights,
    _ranked,
)
from rmdesk.programme.matching.weights import CRITERIA, Weights
from rmdesk.programme.messages import QT_TRANSLATE_NOOP, Message, joined, listed, word
from rmdesk.programme.records import LEVEL_NAMES, WEEKDAYS

_UNKNOWN_PLACE = Message(QT_TRANSLATE_NOOP("Domain", "an unknown place"))


def _level(level: int) -> str:
    """A level by its name ("Manager"), or its number when it has none."""
    if level in LEVEL_NAMES:
        return word(LEVEL_NAMES, level)
    return Message(QT_TRANSLATE_NOOP("Domain", "level {level}"), level=level)


def _fit_and_words(name: str, mentor: Person, mentee: Person) -> tuple[float, str]:
    """One criterion for one pair: its fit and a plain sentence (said whether it helped or not)."""
    if name == "topic_fit":
        offered = set(mentor.topics)
        wanted = _ranked(tuple(mentee.topics))
        if not wanted:
            return 0.0, Message(QT_TRANSLATE_NOOP("Domain", "the mentee named no topics"))
        common = [t for t in wanted if t in offered]
        if not common:
            return 0.0, Message(QT_TRANSLATE_NOOP("Domain", "no wanted topic on offer"))
        # Exact integers, and int / int rounds once: the very float the matrix holds.
        rank_weights = _rank_weights(len(wanted))
        got = sum(w for w, topic in zip(rank_weights, wanted, strict=True) if topic in offered)
        return got / sum(rank_weights), Message(
            QT_TRANSLATE_NOOP("Domain", "both want/offer: {topics}"), topics=listed(common)
        )
    if name == "different_department":
        dm, de = _norm(mentor.department), _norm(mentee.department)
        if not dm or not de:
            return 0.0, Message(QT_TRANSLATE_NOOP("Domain", "department not known"))
        if dm == de:
            return 0.0, Message(
                QT_TRANSLATE_NOOP("Domain", "same department ({department})"),
                department=mentee.department.strip(),
            )
        return (
            1.0,
            Message(
                QT_TRANSLATE_NOOP("Domain", "different departments: {mentor} and {mentee}"),
                mentor=mentor.department.strip(),
                mentee=mentee.department.strip(),
            ),
        )
    if name == "availability":
        both = _days(mentor) & _days(mentee)
        days = [day for day in WEEKDAYS if both & _DAY_BITS[day]]
        fit = len(days) / float(len(WEEKDAYS))
        if not days:
            return fit, Message(QT_TRANSLATE_NOOP("Domain", "no common weekday"))
        return fit, Message(
            QT_TRANSLATE_NOOP("Domain", "{count} of {weekdays} weekdays overlap: {days}"),
            count=len(days),
            weekdays=len(WEEKDAYS),
            days=listed([word(code_words.WEEKDAY, day) for day in days]),
        )
    if name == "work_mode":
        lm, le = _norm(mentor.location), _norm(mentee.location)
        if lm and lm == le:
            return 1.0, Message(
                QT_TRANSLATE_NOOP("Domain", "both based in {location}"),
                location=mentor.location.strip(),
            )
        fit = _MODE_FIT[_mode(mentor)][_mode(mentee)]
        remote = [p for p in (mentor, mentee) if _mode(p) == 2]
        if len(remote) == 2:
            return fit, Message(QT_TRANSLATE_NOOP("Domain", "both work remotely"))
        if remote:
            return fit, Message(
                QT_TRANSLATE_NOOP("Domain", "the {role} works remotely, so they can meet by video"),
                role=word(code_words.ROLE, remote[0].role),
            )
        places = joined([p.location.strip() or _UNKNOWN_PLACE for p in (mentor, mentee)])
        if fit > 0:
            return fit, Message(
                QT_TRANSLATE_NOOP("Domain", "both hybrid, in {places}: mostly video meetings"),
                places=places,
            )
        return fit, Message(
            QT_TRANSLATE_NOOP("Domain", "one works onsite, and they are in {places}"), places=places
        )
    if name == "level_gap":
        gap = mentee.level - mentor.level
        fit = min(max((gap - 1) / 4.0, 0.0), 1.0)
        levels = joined([_level(p.level) for p in (mentor, mentee)])
        if fit > 0:
            return fit, Message(
                QT_TRANSLATE_NOOP("Domain", "{gap} levels apart ({levels})"), gap=gap, levels=levels
            )
        if gap == 1:
            return fit, Message(
                QT_TRANSLATE_NOOP("Domain", "only 1 level apart ({levels})"), levels=levels
            )
        return fit, Message(QT_TRANSLATE_NOOP("Domain", "no level apart ({levels})"), levels=levels)
    raise ValueError(f"unknown criterion {name!r}")  # pragma: no cover


def explain(mentor: Person, mentee: Person, weights: Weights) -> tuple[float, tuple[str, ...]]:
    """The pair's score (equal to its ``score_pairs`` cell) and its reasons.

    One sentence per weighted criterion: those that added to the score first,
    biggest contribution first (ties in ``CRITERIA`` order), then those that added
    nothing ("no common weekday").  A criterion weighted zero is not mentioned.
    Eligibility is not judged here: see ``exclusion_reason``.
    """
    return _explain(mentor, mentee, _check_weights(weights))


def _explain(
    mentor: Person, mentee: Person, values: tuple[float, ...]
) -> tuple[float, tuple[str, ...]]:
    scale = 100.0 / sum(values)
    score = 0.0
    helped: list[tuple[float, int, str]] = []
    notes: list[str] = []
    for order, (name, weight) in enumerate(zip(CRITERIA, values, strict=True)):
        if weight > 0:
            fit, words = _fit_and_words(name, mentor, mentee)
            score += weight * fit
            if fit > 0:
                helped.append((-(weight * fit), order, words))
            else:
                notes.append(words)
    score *= scale
    return score, tuple(words for _, _, words in sorted(helped)) + tuple(notes)


def exclusion_reason(
    mentor: Person, mentee: Person, minimum_gap: int = DEFAULT_MINIMUM_GAP
) -> str | None:
    """Why a hard rule forbids this pair, in plain words; None when they may be paired."""
    if mentor.id == mentee.id:
        return Message(QT_TRANSLATE_NOOP("Domain", "nobody can mentor themselves"))
    if mentor.role != "mentor":
        return Message(QT_TRANSLATE_NOOP("Domain", "{name} is not a mentor"), name=mentor.name)
    if mentee.role != "mentee":
        return Message(QT_TRANSLATE_NOOP("Domain", "{name} is not a mentee"), name=mentee.name)
    if mentee.id in mentor.line:
        return Message(
            QT_TRANSLATE_NOOP("Domain", "{name} is in {other}'s reporting line"),
            name=mentee.name,
            other=mentor.name,
        )
    if mentor.id in mentee.line:
        return Message(
            QT_TRANSLATE_NOOP("Domain", "{name} is in {other}'s reporting line"),
            name=mentor.name,
            other=mentee.name,
        )
    if not gap_allows(mentor.level, mentee.level, minimum_gap):
        return level_gap_problem(mentor.name, mentor.level, mentee.name, mentee.level, minimum_gap)
    for person in (mentor, mentee):
        if person.slots <= 0:
            return Message(
                QT_TRANSLATE_NOOP("Domain", "{name}: {full}"), name=person.name, full=CAPACITY_FULL
            )
    return None


def blocker(mentor: Person, mentee: Person, minimum_gap: int) -> str | None:
    """What keeps a candidate from a pair, in a few words ("same reporting line"), or None.

    The hard rules in the order a coordinator would look: the roles, the reporting
    line, the level gap (places are the proposal's business: see ``why_not``)."""
    if mentor.id == mentee.id or mentor.role != "mentor" or mentee.role != "mentee":
        return Message(QT_TRANSLATE_NOOP("Domain", "not in the other role"))
    if mentee.id in mentor.line or mentor.id in mentee.line:
        return Message(QT_TRANSLATE_NOOP("Domain", "same reporting line"))
    if not gap_allows(mentor.level, mentee.level, minimum_gap):
        return Message(
            QT_TRANSLATE_NOOP("Domain", "levels {mentor} and {mentee}: gap under {gap}"),
            mentor=mentor.level,
            mentee=mentee.level,
            gap=minimum_gap,
        )
    return None
