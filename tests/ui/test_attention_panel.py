"""The attention list in the Calendar tab: severity order, kind filter, acknowledging
until a day (stored), Mark held only for an overdue meeting, the whole detail shown."""

from __future__ import annotations

import datetime as dt

import pytest

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDateEdit, QLineEdit, QPushButton

from rmdesk.programme import checkins, cycles, meetings, pairs
from rmdesk.programme import participants as domain
from rmdesk.programme.cycles import CycleData
from rmdesk.programme.records import ParticipantData
from rmdesk.store.models import AttentionAcknowledgement, Meeting
from rmdesk.ui.calendar.attention_panel import COL_DETAIL, COL_SEVERITY, COL_WHY
from rmdesk.ui.common import local_format
from rmdesk.ui.common.operations import Changes, operate
from rmdesk.ui.main_window import TAB_CALENDAR

LONG_NOTE = "She feels the sessions drift; " * 12


@pytest.fixture
def attention_window(qtbot, window):
    """Two active pairs 60 days into a cycle: one said "not a good fit" and is quiet, the
    other has yesterday's meeting still planned."""
    today = dt.date.today()
    for name, role in (("Ada Mentor", "mentor"), ("Ben Mentor", "mentor"),
                       ("Cleo Mentee", "mentee"), ("Dan Mentee", "mentee")):  # fmt: skip
        domain.create_participant(
            ParticipantData(full_name=name, role=role, level=3 if role == "mentor" else 5)
        )
    cycle_id = cycles.create_cycle(CycleData(name="Now", start_date=today - dt.timedelta(days=60)))
    mentors, mentees = pairs.unpaired(cycle_id)
    made = []
    for mentor, mentee in zip(mentors, mentees, strict=True):
        pair_id = pairs.create_pair(cycle_id, mentor.id, mentee.id)
        pairs.activate_pair(pair_id, started_on=today - dt.timedelta(days=60))
        made.append(pair_id)
    unfit, late = made
    first = meetings.create_meeting(
        meetings.MeetingData(unfit, dt.datetime.combine(today - dt.timedelta(days=50), dt.time(9)))
    )
    meetings.mark_held(first)
    checkins.record_fit(unfit, mentees[0].id, "not_a_good_fit", note=LONG_NOTE)
    overdue = meetings.create_meeting(
        meetings.MeetingData(late, dt.datetime.combine(today - dt.timedelta(days=1), dt.time(9)))
    )
    window.participants_tab.reload()
    window.cycle_selector.reload(cycle_id)
    window.tabs.setCurrentIndex(TAB_CALENDAR)
    window.test_pairs = (unfit, late, overdue)
    return window


def shown(panel) -> list[tuple[str, str]]:
    model = panel.model
    return [
        (model.index(r, COL_SEVERITY).data(), model.index(r, COL_WHY).data())
        for r in range(model.rowCount())
    ]


def button(panel, name: str) -> QPushButton:
    return panel.findChild(QPushButton, name)


def test_most_severe_first_and_filtered_by_kind(attention_window):
    panel = attention_window.calendar_tab.attention
    assert shown(panel) == [
        ("High", "Not a good fit"),
        ("Medium", "Overdue"),
        ("Medium", "Gone quiet"),
        ("Medium", "Gone quiet"),
        ("Low", "No next meeting"),
        ("Low", "No next meeting"),
    ]
    panel.kind_filter.setCurrentIndex(panel.kind_filter.findData("overdue"))
    assert shown(panel) == [("Medium", "Overdue")]
    assert panel.title.text() == "<b>Needs attention</b> (1 pair)"
    panel.kind_filter.setCurrentIndex(0)
    assert panel.title.text() == "<b>Needs attention</b> (2 pairs)"
    assert attention_window.attention_status.text() == "2 pairs need attention"


def test_the_whole_detail_is_shown_wrapped(attention_window):
    panel = attention_window.calendar_tab.attention
    index = panel.model.index(0, COL_DETAIL)
    assert LONG_NOTE.strip() in index.data()
    assert index.data(Qt.ItemDataRole.ToolTipRole) == index.data()
    # The row grows to the wrapped text rather than eliding it.
    line = panel.table.fontMetrics().height()
    assert panel.table.wordWrap()
    assert panel.table.rowHeight(0) > 2 * line
    assert panel.table.rowHeight(1) < 2 * line + 8


def test_mark_held_only_for_an_overdue_meeting(attention_window, qtbot):
    panel = attention_window.calendar_tab.attention
    _unfit, _late, overdue = attention_window.test_pairs
    held = button(panel, "attention_held")
    assert not held.isEnabled()  # nothing selected
    panel.table.selectRow(0)  # not a good fit
    assert not held.isEnabled()
    panel.table.selectRow(1)  # overdue
    assert held.isEnabled()
    qtbot.mouseClick(held, Qt.MouseButton.LeftButton)
    assert Meeting.get_by_id(overdue).status == "held"
    assert "Overdue" not in [why for _, why in shown(panel)]


def test_acknowledged_until_a_day_with_a_note(attention_window, qtbot, answer_next_dialog):
    panel = attention_window.calendar_tab.attention
    unfit, _late, _overdue = attention_window.test_pairs
    until = dt.date.today() + dt.timedelta(days=10)

    def fill(dialog) -> None:
        dialog.findChild(QDateEdit, "until").setDate(QDate(until))
        dialog.findChild(QLineEdit, "note").setText("Talking to both on Friday")
        dialog.accept()

    panel.table.selectRow(0)  # not a good fit
    answer_next_dialog(fill)
    qtbot.mouseClick(button(panel, "attention_acknowledge"), Qt.MouseButton.LeftButton)
    stored = AttentionAcknowledgement.get(AttentionAcknowledgement.pair == unfit)
    assert (stored.kind, stored.until, stored.note) == (
        "not_a_good_fit",
        until,
        "Talking to both on Friday",
    )
    assert shown(panel)[0] == ("Medium", "Overdue")
    # Shown again on request, greyed, with its note; brought back in one click.
    panel.show_acknowledged.setChecked(True)
    assert shown(panel)[0] == ("High", "Not a good fit")
    assert (
        panel.model.index(0, COL_DETAIL)
        .data()
        .endswith(f"Acknowledged until {local_format.day(until)}. Talking to both on Friday")
    )
    panel.table.selectRow(0)
    qtbot.mouseClick(button(panel, "attention_withdraw"), Qt.MouseButton.LeftButton)
    assert not AttentionAcknowledgement.select().exists()
    panel.show_acknowledged.setChecked(False)
    assert shown(panel)[0] == ("High", "Not a good fit")


def test_only_medium_or_worse_and_unacknowledged_count_in_the_status_bar(attention_window):
    unfit, late, overdue = attention_window.test_pairs
    today = dt.date.today()
    assert attention_window.attention_status.text() == "2 pairs need attention"
    items = (
        (unfit, "not_a_good_fit", None), (unfit, "quiet", None),
        (late, "overdue", overdue), (late, "quiet", None),
    )  # fmt: skip

    def acknowledge_all() -> None:
        for pair_id, kind, meeting_id in items:
            meetings.acknowledge(pair_id, kind, today, meeting_id=meeting_id)

    operate(attention_window, acknowledge_all, Changes.MEETINGS)
    # Left: each pair's missing next meeting, which is low: nobody is counted.
    assert shown(attention_window.calendar_tab.attention) == [("Low", "No next meeting")] * 2
    assert attention_window.attention_status.text() == ""


def test_details_show_the_pair_s_story_from_the_list(attention_window, qtbot, answer_next_dialog):
    panel = attention_window.calendar_tab.attention
    seen: list[str] = []

    def read(dialog):
        seen.append(dialog.windowTitle())
        seen.append(dialog.body.toPlainText())
        dialog.reject()

    panel.table.selectRow(0)  # not a good fit: Ada Mentor & Cleo Mentee
    answer_next_dialog(read)
    qtbot.mouseClick(button(panel, "attention_details"), Qt.MouseButton.LeftButton)
    assert seen[0] == "Pair: \u2068Ada Mentor\u2069 & \u2068Cleo Mentee\u2069"
    assert "Cleo Mentee: Not a good fit on" in seen[1]
