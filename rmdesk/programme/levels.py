"""Reverse means junior to senior: the level-gap rule, in one place.

The mentor's level must be below the mentee's by at least the programme's minimum
gap (the ``matching.minimum_level_gap`` setting: 1 by default, 0 allows peers, for
reciprocal programmes).  Matching excludes such pairs (``matching.scoring``) and
New pair / Replace mentor refuse them (``pairs.rules``) with the sentence below.
"""

from __future__ import annotations

from typing import Any

from rmdesk.programme import settings
from rmdesk.programme.messages import QT_TRANSLATE_NOOP, Message


def minimum_gap() -> int:
    """The programme's minimum level gap from the open database."""
    return settings.read(settings.MATCHING_MINIMUM_GAP)


def gap_allows(mentor_level: Any, mentee_level: Any, gap: int) -> Any:
    """Whether the levels keep the rule: two whole numbers, or numpy arrays cell by cell."""
    return mentee_level - mentor_level >= gap


def level_gap_problem(
    mentor: str, mentor_level: int, mentee: str, mentee_level: int, gap: int
) -> str | None:
    """Why the pair breaks the level-gap rule (naming it), or None when it keeps it."""
    if gap_allows(mentor_level, mentee_level, gap):
        return None
    if gap == 0:
        return Message(
            QT_TRANSLATE_NOOP(
                "Domain",
                "{mentor} (level {mentor_level}) is above {mentee} (level {mentee_level}): "
                "level-gap rule, a mentor may not be senior to their mentee.",
            ),
            mentor=mentor,
            mentor_level=mentor_level,
            mentee=mentee,
            mentee_level=mentee_level,
        )
    return Message(
        QT_TRANSLATE_NOOP(
            "Domain",
            "{mentor} (level {mentor_level}) is not at least {gap} below {mentee} "
            "(level {mentee_level}): level-gap rule, in reverse mentoring the mentor is "
            "the junior.",
        ),
        mentor=mentor,
        mentor_level=mentor_level,
        mentee=mentee,
        mentee_level=mentee_level,
        gap=Message(QT_TRANSLATE_NOOP("Domain", "1 level"))
        if gap == 1
        else Message(QT_TRANSLATE_NOOP("Domain", "{n} levels"), n=gap),
    )
