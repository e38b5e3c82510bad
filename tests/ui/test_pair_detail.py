"""A pair's detail from the Pairs tab: Enter or double-click opens it; it shows the
match, meetings (who cancelled), goals of both sides, fit answers, assessments done and
the history; the agreement's signed date is edited there and stored."""

from __future__ import annotations

import datetime as dt

import pytest

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QCheckBox, QDateEdit, QPushButton

from rmdesk.programme import checkins, cycles, meetings, pairs
from rmdesk.programme.assessments import AssessmentData, save_assessment
from rmdesk.programme.cycles import CycleData
from rmdesk.programme.goals import GoalData, create_goal
from rmdesk.programme.messages import from_stored
from rmdesk.store.models import Pair, Participant
from rmdesk.ui.common import local_format
from rmdesk.ui.main_window import TAB_PAIRS
from rmdesk.ui.pairs.model import COL_AGREEMENT

TODAY = dt.date.today()


@pytest.fixture
def pair_window(qtbot, window):
    cycle = cycles.create_cycle(CycleData(name="Now", start_date=TODAY - dt.timedelta(days=60)))
    ana = Participant.create(full_name="Ana Silva", role="mentor", level=2, department="IT").id
    carla = Participant.create(full_name="Carla Mendes", role="mentee", level=5).id
    pair_id = pairs.create_pair(cycle, ana, carla)
    pairs.activate_pair(pair_id, started_on=TODAY - dt.timedelta(days=60))
    when = [dt.datetime.combine(TODAY - dt.timedelta(days=d), dt.time(9)) for d in (50, 36, 22)]
    held, cancelled, _planned = (meetings.create_meeting(meetings.MeetingData(pair_id, at))
                                 for at in when)  # fmt: skip
    meetings.mark_held(held)
    meetings.mark_cancelled(cancelled, "mentee")
    create_goal(pair_id, GoalData(owner="mentee", title="Use the team's chat daily"))
    create_goal(pair_id, GoalData(owner="mentor", title="Present to the board"))
    checkins.record_fit(pair_id, carla, "not_a_good_fit", note="Too little time")
    save_assessment(
        AssessmentData(pair_id=pair_id, participant_id=ana, phase="baseline",
                       date=TODAY - dt.timedelta(days=55), satisfaction=4, scores={})
    )  # fmt: skip
    window.participants_tab.reload()
    window.cycle_selector.reload(cycle)
    window.tabs.setCurrentIndex(TAB_PAIRS)
    window.pairs_tab.select_pair(pair_id)
    window.pair_id = pair_id
    return window


def test_enter_opens_the_whole_story_of_the_pair(pair_window, qtbot, answer_next_dialog):
    tab = pair_window.pairs_tab
    seen: list[str] = []

    def read(dialog):
        seen.append(dialog.windowTitle())
        seen.append(dialog.body.toPlainText())
        dialog.reject()

    answer_next_dialog(read)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    title, text = seen
    assert title == "Pair: \u2068Ana Silva\u2069 & \u2068Carla Mendes\u2069"
    stored = Pair.get_by_id(pair_window.pair_id)
    assert f"Score {stored.match_score:.0f} of 100 when it was proposed." in text
    assert from_stored(stored.match_reasons).split("; ")[0] in text
    assert "1 held · 1 planned · 1 cancelled · 0 missed" in text
    assert "Cancelled: 1 by the mentee" in text
    assert "Cancelled by the mentee" in text  # in the list of every meeting
    assert text.index("Use the team's chat daily") < text.index("Present to the board")
    assert "Carla Mendes: Not a good fit on" in text and "Too little time" in text
    assert "Baseline: Ana Silva on" in text and "satisfaction 4 of 5" in text
    assert "Proposed" in text and "Published" in text


def test_double_click_opens_it_and_the_signed_date_is_stored(
    pair_window, qtbot, answer_next_dialog
):
    tab = pair_window.pairs_tab
    signed = TODAY - dt.timedelta(days=58)
    seen: list[str] = []

    def sign(dialog):
        dialog.findChild(QCheckBox, "agreement_signed").setChecked(True)
        dialog.findChild(QDateEdit, "agreement_date").setDate(QDate(signed))
        qtbot.mouseClick(dialog.findChild(QPushButton, "save_agreement"), Qt.MouseButton.LeftButton)
        seen.append(dialog.body.toPlainText())  # read again from the change signal
        seen.append(dialog.saved.text())
        dialog.reject()

    answer_next_dialog(sign)
    centre = tab.table.visualRect(tab.table.model().index(0, 0)).center()
    # As a mouse does it: a press and release, then the double-click.
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert seen, "the dialog did not open"
    assert Pair.get_by_id(pair_window.pair_id).agreement_signed_on == signed
    assert f"{local_format.day(signed)} — Agreement signed" in seen[0]
    assert seen[1] == f"Saved: signed on {local_format.day(signed)}."
    assert tab.model.index(0, COL_AGREEMENT).data() == local_format.day(signed)
