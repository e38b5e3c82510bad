"""The demo's programme: one running cycle whose pairs came from the matcher.

Kept apart from ``demo.py`` (the organisation) so each stays readable; both are
reproducible: fixed dates, the matcher is deterministic.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from rmdesk.programme import cycles, pairs
from rmdesk.programme.cycles import CycleData
from rmdesk.programme.matching import cohort_for_cycle, load_weights, propose
from rmdesk.store.models import database_proxy

DEMO_CYCLE_NAME = "Demo cohort 2026–27"
DEMO_START = dt.date(2026, 3, 2)
# The matcher handles thousands, but a demo cycle of a 10,000-person company would
# not pair everyone at once; the first few hundred on each side make a real cohort.
DEMO_COHORT_LIMIT = 300


@dataclass(frozen=True)
class DemoCycleSummary:
    cycle_id: int
    pairs: int
    active: int
    proposed: int
    ended_early: int


def add_demo_cycle() -> DemoCycleSummary:
    """Create the demo cycle and its pairs in one transaction (all or nothing)."""
    with database_proxy.atomic():
        cycle_id = cycles.create_cycle(CycleData(name=DEMO_CYCLE_NAME, start_date=DEMO_START))
        mentors, mentees = cohort_for_cycle(cycle_id)
        result = propose(mentors[:DEMO_COHORT_LIMIT], mentees[:DEMO_COHORT_LIMIT], load_weights())
        batch = [(p.mentor_id, p.mentee_id, p.score, p.reasons_text()) for p in result.proposals]
        pair_ids = pairs.create_pairs(cycle_id, batch)
        # Most pairs are running with a signed agreement; the last two still wait to be
        # published, and one pair has ended early, as happens in every real cohort.
        waiting = set(pair_ids[-2:])
        ended = pair_ids[0] if len(pair_ids) > 3 else None
        for number, pair_id in enumerate(pair_ids):
            if pair_id in waiting:
                continue
            pairs.activate_pair(pair_id, started_on=DEMO_START)
            if number % 4 != 3:
                pairs.set_agreement_signed(pair_id, DEMO_START + dt.timedelta(days=3))
        if ended is not None:
            pairs.end_pair_early(
                ended,
                "The mentee took a new role abroad; both agreed to stop.",
                ended_on=DEMO_START + dt.timedelta(days=60),
            )
    active = len(pair_ids) - len(waiting) - (1 if ended is not None else 0)
    return DemoCycleSummary(
        cycle_id=cycle_id,
        pairs=len(pair_ids),
        active=active,
        proposed=len(waiting),
        ended_early=1 if ended is not None else 0,
    )
