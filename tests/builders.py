"""Small builders shared by tests: the least data a rule needs, in one place."""

from __future__ import annotations

from rmdesk.store.models import Participant


def person(name: str, role: str) -> int:
    """A current participant: a junior mentor (level 2) or a senior mentee (level 5)."""
    return int(Participant.create(full_name=name, role=role, level=2 if role == "mentor" else 5).id)
