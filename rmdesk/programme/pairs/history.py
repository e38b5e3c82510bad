"""A pair's history: what happened to it and when, with the reason, kept as it happens.

Every move in ``lifecycle.py`` records its step here inside its own transaction:
proposed (by hand, by the matcher, or as a replacement), published, agreement signed,
completed, ended early (with the reason) and replaced (by whom, and why).  Pairs made
before the history was kept got what their columns told (migration 11): their
proposal's day is unknown (``None``), recorded first.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import NamedTuple

from rmdesk.store.models import PairEvent as PairEventModel
from rmdesk.store.rows import raw_rows


class PairEvent(NamedTuple):
    happened_on: dt.date | None
    kind: str
    detail: str


def record(pair_ids: Iterable[int], kind: str, on: dt.date | None, detail: str = "") -> None:
    """One step for each pair (inside the caller's transaction)."""
    rows = [
        {"pair": pair_id, "happened_on": on, "kind": kind, "detail": detail} for pair_id in pair_ids
    ]
    if rows:
        PairEventModel.insert_many(rows).execute()


def pair_history(pair_id: int) -> list[PairEvent]:
    """The pair's steps in the order they were recorded (a day can be entered after the
    fact: an agreement signed last month), those of unknown day first."""
    e = PairEventModel
    query = e.select(e.happened_on, e.kind, e.detail).where(e.pair == pair_id).order_by(e.id)
    return [
        PairEvent(None if day is None else dt.date.fromisoformat(str(day)[:10]), kind, detail)
        for day, kind, detail in raw_rows(query).fetchall()
    ]
