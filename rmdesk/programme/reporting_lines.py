"""Reporting lines: who is above whom, and whether the lines loop.

The one place that follows managers.  ``walk_up`` is the only loop over a chain
of managers in rmdesk; the edit form (``participants.validate``), the pairing
rules (``pairs``), the matcher's cohort, the CSV import and ``rmdesk check`` all
call the functions here, so a reporting line means the same thing everywhere.
A chain is given as a mapping person -> their manager (None at the top); the
keys may be anything hashable (the CSV import also names people by file line).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Hashable, Mapping
from typing import TypeVar

SELF_MANAGER = "Nobody can be their own manager."
MANAGER_LOOP = "That manager reports to this person: reporting lines cannot loop."

K = TypeVar("K", bound=Hashable)


def read_managers() -> dict[int, int | None]:
    """Every stored participant -> their manager's id (None for nobody)."""
    from rmdesk.store.models import Participant  # the pure functions need no store
    from rmdesk.store.rows import raw_rows

    query = Participant.select(Participant.id, Participant.manager)
    return dict(raw_rows(query).fetchall())


def walk_up(
    managers: Mapping[K, K | None], start: K | None, stop: Collection[K] = ()
) -> tuple[list[K], K | None]:
    """People from ``start`` up through their managers, in order, and where the walk ended.

    The walk ends at the top (None), at someone in ``stop`` or at someone already
    walked (a loop); that person is returned second, not included in the list.
    """
    path: dict[K, None] = {}
    current = start
    while current is not None and current not in stop and current not in path:
        path[current] = None
        current = managers.get(current)
    return list(path), current


def chain_above(managers: Mapping[K, K | None], person: K) -> list[K]:
    """``person``'s managers, nearest first, up to the top (a loop stops the walk)."""
    return walk_up(managers, managers.get(person), stop=(person,))[0]


def lines_above(managers: Mapping[K, K | None]) -> dict[K, frozenset[K]]:
    """Everyone above each person (the matcher never pairs within a line)."""
    return {person: frozenset(chain_above(managers, person)) for person in managers}


def in_same_line(managers: Mapping[K, K | None], first: K, second: K) -> bool:
    """Whether either of the two is above the other."""
    return second in chain_above(managers, first) or first in chain_above(managers, second)


def managers_in_loops(managers: Mapping[K, K | None]) -> set[K]:
    """Everyone whose chain of managers comes back to themselves.

    Each chain is walked once (linear in the number of people): a walk stops at someone
    already seen, and the people from the repeated one on form a loop.
    """
    looped: set[K] = set()
    done: set[K] = set()
    for start in managers:
        path, end = walk_up(managers, start, stop=done)
        if end is not None and end not in done:  # came back onto this walk: a loop
            looped.update(path[path.index(end) :])
        done.update(path)
    return looped


def reporting_line_problems(managers: Mapping[K, K | None]) -> dict[K, str]:
    """Person -> what is wrong with their manager: themselves, or a loop.

    The rule the edit form applies to one person, the CSV import to its rows and
    ``rmdesk check`` (and the JSON import) to everyone stored.
    """
    return {
        person: SELF_MANAGER if managers.get(person) == person else MANAGER_LOOP
        for person in managers_in_loops(managers)
    }


def everyone_below(managers: Mapping[K, K | None], person: K) -> set[K]:
    """``person`` and everyone who reports to them, directly or not."""
    reports: dict[K, list[K]] = defaultdict(list)
    for someone, manager in managers.items():
        if manager is not None:
            reports[manager].append(someone)
    below: set[K] = set()
    stack = [person]
    while stack:
        current = stack.pop()
        if current not in below:
            below.add(current)
            stack.extend(reports.get(current, ()))
    return below
