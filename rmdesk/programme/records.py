"""Plain records of the participant domain, with no database behind them.

The screen's models import these without pulling in Peewee, so the main window
can appear before the store is loaded; ``participants`` fills them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from rmdesk.programme.messages import QT_TRANSLATE_NOOP

WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri")
LEVEL_NAMES = {  # marked for the domain's sentences: "2 levels apart (Entry and Manager)"
    1: QT_TRANSLATE_NOOP("Domain", "Entry"),
    2: QT_TRANSLATE_NOOP("Domain", "Associate"),
    3: QT_TRANSLATE_NOOP("Domain", "Experienced"),
    4: QT_TRANSLATE_NOOP("Domain", "Manager"),
    5: QT_TRANSLATE_NOOP("Domain", "Senior leader"),
    6: QT_TRANSLATE_NOOP("Domain", "Executive"),
}


class ParticipantRow(NamedTuple):
    """One participant as the list shows it: names resolved, topics joined.

    A NamedTuple, not a frozen dataclass: building 10,000 of them is several times
    faster, and the list is rebuilt on every reload.
    """

    id: int
    full_name: str
    email: str
    role: str
    job_title: str
    department: str
    level: int
    topics: tuple[str, ...]
    active_pair: str
    archived: bool
    manager_name: str
    location: str
    work_mode: str
    availability: str
    capacity: int
    consent_on: dt.date | None
    notes: str
    employee_id: str = ""  # the HR system's ID, "" when none


@dataclass
class ParticipantData:
    """What a coordinator enters for a participant; ``topics`` in priority order."""

    full_name: str = ""
    role: str = "mentor"
    level: int = 2
    email: str = ""
    job_title: str = ""
    department: str = ""
    manager_id: int | None = None
    location: str = ""
    work_mode: str = "hybrid"
    availability: tuple[str, ...] = ()
    notes: str = ""
    consent_on: dt.date | None = None
    capacity: int = 1
    topics: list[str] = field(default_factory=list)
    employee_id: str = ""  # the HR system's ID: optional, unique when given


@dataclass(frozen=True)
class ManagerRef:
    """Whom a participant written in bulk reports to: someone stored (``participant_id``),
    the row at position ``row`` of the same batch, or nobody (both None)."""

    participant_id: int | None = None
    row: int | None = None


@dataclass(frozen=True)
class Removal:
    """What ``remove_participant`` did, with enough to undo it."""

    participant_id: int
    full_name: str
    archived: bool
    snapshot: dict[str, Any] | None = None
    topic_rows: tuple[dict[str, Any], ...] = ()
    report_ids: tuple[int, ...] = ()
    ended_pairs: int = 0  # open pairs ended early first: an undo would not restart them


class OpenPairOf(NamedTuple):
    """An open (proposed or active) pair of one participant, as a question names it."""

    pair_id: int
    partner: str
    cycle: str
    status: str
