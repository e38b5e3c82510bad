"""Names composed into window text keep their own direction: an Arabic mentor's name
does not turn the pair's heading around (mentee first, right-aligned)."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import Qt

from rmdesk.programme import cycles, pairs
from rmdesk.programme.cycles import CycleData
from rmdesk.store.models import Pair, Participant
from rmdesk.ui.common.wording import isolated
from rmdesk.ui.pairs.detail_dialog import PairDetailDialog
from rmdesk.ui.pairs.model import pair_tooltip

MENTOR, MENTEE = "محمد العلي", "Siobhán O'Neill"


def test_the_heading_starts_with_the_arabic_mentor_and_reads_left_to_right(qtbot, db):
    cycle = cycles.create_cycle(CycleData(name="Now", start_date=dt.date.today()))
    mentor = Participant.create(full_name=MENTOR, role="mentor", level=2).id
    mentee = Participant.create(full_name=MENTEE, role="mentee", level=5).id
    pair_id = pairs.create_pair(cycle, mentor, mentee)
    assert Pair.get_by_id(pair_id).mentor_id == mentor

    dialog = PairDetailDialog(None, pair_id)
    qtbot.addWidget(dialog)
    dialog.show()
    heading = dialog.body.document().firstBlock()
    assert heading.text().startswith(isolated(MENTOR))
    assert heading.text() == f"{isolated(MENTOR)} & {isolated(MENTEE)}"
    assert heading.textDirection() == Qt.LayoutDirection.LeftToRight
    assert dialog.windowTitle() == f"Pair: {isolated(MENTOR)} & {isolated(MENTEE)}"
    row = next(r for r in pairs.list_pairs(cycle) if r.id == pair_id)
    tip = pair_tooltip(row)
    assert tip.startswith(
        f"<b>{isolated(MENTOR)}</b> mentors <b>{html.escape(isolated(MENTEE))}</b>"
    )
