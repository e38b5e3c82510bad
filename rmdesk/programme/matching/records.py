"""What the matcher reads and says: a person to match, a proposal, who is left out.

Plain frozen data, no database: the cohort reader fills ``Person``; ``propose``
returns a ``MatchResult``.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, field

from rmdesk.programme.messages import QT_TRANSLATE_NOOP, Message, in_turn

NO_ELIGIBLE_PARTNER = Message(QT_TRANSLATE_NOOP("Domain", "no eligible partner"))
CAPACITY_FULL = Message(QT_TRANSLATE_NOOP("Domain", "capacity full"))
NO_PARTNER_LEFT = Message(
    QT_TRANSLATE_NOOP("Domain", "no partner left (all eligible partners taken)")
)
ALREADY_PAIRED = Message(QT_TRANSLATE_NOOP("Domain", "already paired in this cycle"))
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Person:
    """What the matcher needs to know about one participant; plain data, no database."""

    id: int
    name: str
    role: str
    department: str
    level: int
    location: str = ""
    work_mode: str = "hybrid"
    availability: frozenset[str] = field(default_factory=frozenset)
    topics: tuple[str, ...] = ()  # priority order: offers of a mentor, wants of a mentee
    line: frozenset[int] = field(default_factory=frozenset)  # everyone above, up the chain
    slots: int = 1  # free places in this cycle: capacity minus open pairs


@dataclass(frozen=True)
class Proposal:
    """One proposed pair; its reasons in words are worked out when first read (a
    proposal of thousands of pairs is shown a screenful at a time)."""

    mentor_id: int
    mentee_id: int
    mentor_name: str
    mentee_name: str
    score: float  # 0..100, one decimal
    explanation: Callable[[], tuple[str, ...]] = field(repr=False, compare=False)

    @functools.cached_property
    def reasons(self) -> tuple[str, ...]:
        return self.explanation()

    def reasons_text(self) -> str:
        """The reasons as a pair keeps them: one message, "; " between them in English."""
        return in_turn(self.reasons)


@dataclass(frozen=True)
class Blocked:
    """One of an unmatched person's best candidates, and what kept them apart."""

    participant_id: int
    name: str
    score: float  # 0..100, one decimal: how well they would have suited
    blocked: str  # "paired in Demo cohort 2026-27", "same reporting line", "no place left"


@dataclass(frozen=True)
class Unmatched:
    participant_id: int
    name: str
    role: str
    reason: str
    candidates: tuple[Blocked, ...] = ()  # their best few, best first ("why not")

    def candidates_text(self) -> str:
        """The candidates in one line: "Ann Lee (72.5): paired in Cycle 1; ..."."""
        return "; ".join(f"{c.name} ({c.score:.1f}): {c.blocked}" for c in self.candidates)


@dataclass(frozen=True)
class MatchResult:
    proposals: tuple[Proposal, ...]  # best score first, then names
    unmatched: tuple[Unmatched, ...]  # mentors first, then by name
    total_score: float  # sum of the proposals' exact scores, one decimal
