"""People across cycles in the Participants tab: their pairings in the detail, alumni."""

from __future__ import annotations

import datetime as dt

from rmdesk.programme import cycles
from rmdesk.programme import participants as domain
from rmdesk.programme.cycles import CycleData
from rmdesk.programme.records import ParticipantData
from rmdesk.store.models import Pair
from rmdesk.ui.main_window import TAB_PARTICIPANTS
from rmdesk.ui.participants.model import ParticipantsFilterProxy
from tests.ui.conftest import _shown_window


def add(name: str, role: str, level: int) -> int:
    return domain.create_participant(ParticipantData(full_name=name, role=role, level=level))


def shown_names(tab) -> list[str]:
    proxy = tab.proxy
    return sorted(proxy.index(r, 0).data() for r in range(proxy.rowCount()))


def test_detail_lists_cycles_partners_and_endings_and_alumni_filter(qtbot, db, db_path):
    ann, ben = add("Ann Junior", "mentor", 1), add("Ben Junior", "mentor", 2)
    xia, yan = add("Xia Senior", "mentee", 5), add("Yan Senior", "mentee", 6)
    add("Zoe New", "mentee", 5)
    first = cycles.create_cycle(CycleData(name="Cohort 2025", start_date=dt.date(2025, 1, 6)))
    second = cycles.create_cycle(CycleData(name="Cohort 2026", start_date=dt.date(2026, 1, 5)))
    Pair.create(cycle=first, mentor=ann, mentee=xia, status="completed",
                started_on=dt.date(2025, 1, 6), ended_on=dt.date(2025, 9, 30))  # fmt: skip
    Pair.create(cycle=first, mentor=ben, mentee=yan, status="ended_early",
                started_on=dt.date(2025, 1, 6), ended_on=dt.date(2025, 3, 1),
                end_reason="Moved to Lisbon")  # fmt: skip
    Pair.create(cycle=second, mentor=ben, mentee=xia, status="active",
                started_on=dt.date(2026, 1, 5))  # fmt: skip
    window = _shown_window(qtbot, db_path)
    window.cycle_selector.reload(second)
    window.tabs.setCurrentIndex(TAB_PARTICIPANTS)
    tab = window.participants_tab

    assert tab.select_participant(xia)
    text = tab.detail.toPlainText()
    assert "Cycles and partners" in text
    assert "Cohort 2025: mentee of Ann Junior; completed on 30/09/2025" in text
    assert "Cohort 2026: mentee of Ben Junior; active since 05/01/2026" in text
    assert tab.select_participant(yan)
    assert "ended early on 01/03/2025: Moved to Lisbon" in tab.detail.toPlainText()

    combo = tab.archived_combo
    combo.setCurrentIndex(combo.findData(ParticipantsFilterProxy.ALUMNI))
    # Took part in a cycle other than the toolbar's (2026): Ann, Ben, Xia, Yan; not Zoe.
    assert shown_names(tab) == ["Ann Junior", "Ben Junior", "Xia Senior", "Yan Senior"]
    window.cycle_selector.reload(first)
    qtbot.waitUntil(lambda: tab.cycle_id == first)
    assert shown_names(tab) == ["Ben Junior", "Xia Senior"]  # paired in 2026
