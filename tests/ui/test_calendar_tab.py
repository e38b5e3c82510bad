"""The Calendar tab driven with qtbot: month marks, a day's meetings, series, attention."""

from __future__ import annotations

import datetime as dt

import pytest

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog, QPushButton, QTableView

from rmdesk.programme import cycles, meetings, pairs
from rmdesk.programme.cycles import CycleData
from rmdesk.programme.demo import fill_demo
from rmdesk.store.models import Cycle, Meeting
from rmdesk.ui.calendar.model import ROW_ROLE
from rmdesk.ui.common import local_format
from rmdesk.ui.main_window import TAB_CALENDAR, TAB_PAIRS


@pytest.fixture
def calendar_window(qtbot, window):
    """Demo people, a running cycle around today with two active pairs, on the Calendar tab."""
    fill_demo(participants=30, seed=3)
    today = dt.date.today()
    cycle_id = cycles.create_cycle(CycleData(name="Now", start_date=today - dt.timedelta(days=60)))
    mentors, mentees = pairs.unpaired(cycle_id)
    created = 0
    for mentor in mentors:
        for mentee in mentees:
            try:
                pair_id = pairs.create_pair(cycle_id, mentor.id, mentee.id)
            except Exception:
                continue
            pairs.activate_pair(pair_id, started_on=today - dt.timedelta(days=60))
            created += 1
            break
        if created == 2:
            break
    window.participants_tab.reload()
    window.cycle_selector.reload(cycle_id)
    window.tabs.setCurrentIndex(TAB_CALENDAR)
    return window


def click(qtbot, tab, name: str) -> None:
    qtbot.mouseClick(tab.findChild(QPushButton, name), Qt.MouseButton.LeftButton)


def test_models_pass_qt_model_tester(calendar_window, qtmodeltester):
    tab = calendar_window.calendar_tab
    cycle_id = tab.cycle_id
    meetings.schedule_series(cycle_id, first=dt.date.today(), every_days=7)
    tab.refresh()
    qtmodeltester.check(tab.upcoming_model)
    qtmodeltester.check(tab.attention.model)


def test_series_from_the_dialog_is_idempotent(calendar_window, qtbot, answer_next_dialog):
    tab = calendar_window.calendar_tab
    first = dt.date.today() + dt.timedelta(days=3)

    def plan(dialog):
        dialog.first_edit.setDate(QDate(first))
        dialog.every_spin.setValue(7)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    answer_next_dialog(plan)
    click(qtbot, tab, "schedule")
    created = Meeting.select().count()
    assert created > 2
    assert "Planned" in calendar_window.statusBar().currentMessage()
    answer_next_dialog(plan)
    click(qtbot, tab, "schedule")
    assert Meeting.select().count() == created  # running it again duplicates nothing
    assert "Planned 0 meetings" in calendar_window.statusBar().currentMessage()


def test_series_proposes_a_first_day_the_cycle_accepts(calendar_window, qtbot,
                                                       answer_next_dialog):  # fmt: skip
    """A cycle ending in three days: the proposed first meeting lies inside it (it once
    proposed today + 7, which the cycle then refused), so Save as proposed plans."""
    tab = calendar_window.calendar_tab
    Cycle.update(end_date=dt.date.today() + dt.timedelta(days=3)).where(
        Cycle.id == tab.cycle_id
    ).execute()
    proposed: list[dt.date] = []

    def accept_as_proposed(dialog):
        proposed.append(dialog.first_edit.date().toPython())
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    answer_next_dialog(accept_as_proposed)
    click(qtbot, tab, "schedule")
    assert proposed == [dt.date.today()]
    assert Meeting.select().where(Meeting.starts_at >= dt.datetime.now().date()).count() == 2
    assert "Planned 2 meetings" in calendar_window.statusBar().currentMessage()


def test_select_a_day_mark_held_and_the_count_updates(calendar_window, qtbot):
    tab = calendar_window.calendar_tab
    day = dt.date.today() - dt.timedelta(days=1)
    pair_id = pairs.list_pairs(tab.cycle_id)[0].id
    meeting_id = meetings.create_meeting(
        meetings.MeetingData(pair_id=pair_id, starts_at=dt.datetime.combine(day, dt.time(9, 30)))
    )
    tab.refresh()
    tab.calendar.setSelectedDate(QDate(day))
    assert tab.day_model.rowCount() == 1
    assert tab.day_label.text().endswith("</b> — 1 meeting")
    assert tab.calendar.counts[day] == {"planned": 1}
    # Overdue: still planned yesterday, so the pair is on the attention list.
    assert any(item.kind == "overdue" for item in tab.attention.model.rows())
    tab.day_table.selectRow(0)
    click(qtbot, tab, "mark_held")
    assert Meeting.get_by_id(meeting_id).status == "held"
    assert tab.calendar.counts[day] == {"held": 1}
    assert tab.day_model.index(0, 4).data() == "Held"
    assert not any(item.kind == "overdue" for item in tab.attention.model.rows())


def test_cancel_records_who_cancelled(calendar_window, qtbot, answer_next_dialog):
    tab = calendar_window.calendar_tab
    day = dt.date.today() + dt.timedelta(days=2)
    pair_id = pairs.list_pairs(tab.cycle_id)[0].id
    meeting_id = meetings.create_meeting(
        meetings.MeetingData(pair_id=pair_id, starts_at=dt.datetime.combine(day, dt.time(15, 0)))
    )
    tab.refresh()
    tab.calendar.setSelectedDate(QDate(day))
    tab.day_table.selectRow(0)

    def mentee(dialog) -> None:
        dialog.by_combo.setCurrentIndex(dialog.by_combo.findData("mentee"))
        click(qtbot, dialog, "cancel_confirm")

    answer_next_dialog(mentee)
    click(qtbot, tab, "cancel_meeting")
    stored = Meeting.get_by_id(meeting_id)
    assert (stored.status, stored.cancelled_by) == ("cancelled", "mentee")
    assert tab.day_model.index(0, 4).data() == "Cancelled by the mentee"


def test_keyboard_moves_the_selected_day(calendar_window, qtbot):
    tab = calendar_window.calendar_tab
    start = dt.date.today()
    tab.calendar.setSelectedDate(QDate(start))
    tab.calendar.setFocus()
    grid = tab.calendar.findChild(QTableView, "qt_calendar_calendarview")
    grid.setFocus()
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    assert tab.selected_day() == start + dt.timedelta(days=1)
    assert local_format.long_day(start + dt.timedelta(days=1)) in tab.day_label.text()


def test_attention_open_pair_opens_its_detail_in_the_pairs_tab(
    calendar_window, qtbot, answer_next_dialog
):
    tab = calendar_window.calendar_tab
    items = tab.attention.model.rows()
    assert items, "active pairs with no held meeting for 60 days need attention"
    assert {item.kind for item in items} >= {"quiet"}
    opened: list[tuple[str, int, int, str]] = []

    def look(dialog):
        opened.append(
            (dialog.objectName(), dialog.pair_id, calendar_window.tabs.currentIndex(),
             dialog.body.toPlainText())
        )  # fmt: skip
        dialog.reject()

    answer_next_dialog(look)
    tab.attention.table.selectRow(0)
    click(qtbot, tab, "attention_open")
    assert calendar_window.tabs.currentIndex() == TAB_PAIRS
    assert calendar_window.pairs_tab.selected_id() == items[0].pair_id
    # The pair's detail, as Enter on it in the Pairs tab opens it, over the Pairs tab.
    pair = pairs.get_pair(items[0].pair_id)
    assert opened and opened[0][:3] == ("pair_detail_dialog", pair.id, TAB_PAIRS)
    assert pair.mentor_name in opened[0][3] and pair.mentee_name in opened[0][3]
    assert "need attention" in calendar_window.attention_status.text()


def test_counts_read_in_the_singular_and_the_plural(calendar_window, qtbot):
    tab = calendar_window.calendar_tab
    day = dt.date.today() - dt.timedelta(days=1)
    first, second = (row.id for row in pairs.list_pairs(tab.cycle_id))
    next_week = day + dt.timedelta(days=7)
    for pair_id, when in ((first, day), (second, day), (second, next_week)):
        meetings.create_meeting(
            meetings.MeetingData(pair_id=pair_id, starts_at=dt.datetime.combine(when, dt.time(9)))
        )
    tab.refresh()
    tab.calendar.setSelectedDate(QDate(day))
    assert tab.day_label.text().endswith("</b> — 2 meetings")
    # Both pairs: no meeting held for 60 days, and yesterday's still planned.
    assert tab.attention.title.text() == "<b>Needs attention</b> (2 pairs)"
    assert calendar_window.attention_status.text() == "2 pairs need attention"

    rows = [tab.day_model.index(r, 0).data(ROW_ROLE) for r in range(tab.day_model.rowCount())]
    tab.day_table.selectRow(next(r for r, row in enumerate(rows) if row.pair_id == second))
    click(qtbot, tab, "mark_held")
    assert tab.attention.title.text() == "<b>Needs attention</b> (1 pair)"
    assert calendar_window.attention_status.text() == "1 pair needs attention"


def test_export_ics_from_the_button(calendar_window, qtbot, monkeypatch, tmp_path):
    from icalendar import Calendar

    tab = calendar_window.calendar_tab
    meetings.schedule_series(tab.cycle_id, first=dt.date.today(), every_days=14)
    target = tmp_path / "cycle.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    click(qtbot, tab, "export_ics")
    events = Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    assert len(events) == Meeting.select().count() > 0
    assert "Exported" in calendar_window.statusBar().currentMessage()


def test_milestones_are_edited_in_their_dialog(calendar_window, qtbot, answer_next_dialog):
    tab = calendar_window.calendar_tab
    before = cycles.milestone_rows(tab.cycle_id)
    moved = before[1].date + dt.timedelta(days=3)

    def edit(dialog):
        _, title, date = dialog.rows[1]
        title.setText("Midpoint lunch")
        date.setDate(QDate(moved))
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    answer_next_dialog(edit)
    click(qtbot, tab, "milestones")
    after = {row.id: row for row in cycles.milestone_rows(tab.cycle_id)}
    assert (after[before[1].id].title, after[before[1].id].date) == ("Midpoint lunch", moved)
    assert tab.calendar.milestones[moved] == "Midpoint lunch"


def test_mark_last_meeting_held_from_the_pair_menu(calendar_window, qtbot):
    window = calendar_window
    pair = pairs.list_pairs(window.calendar_tab.cycle_id)[0]
    earlier = dt.datetime.combine(dt.date.today() - dt.timedelta(days=9), dt.time(10, 0))
    later = dt.datetime.combine(dt.date.today() - dt.timedelta(days=2), dt.time(10, 0))
    first = meetings.create_meeting(meetings.MeetingData(pair_id=pair.id, starts_at=earlier))
    last = meetings.create_meeting(meetings.MeetingData(pair_id=pair.id, starts_at=later))
    window.tabs.setCurrentIndex(TAB_PAIRS)
    window.pairs_tab.reload()
    window.pairs_tab.select_pair(pair.id)
    action = next(a for a in window.pairs_tab.pair_actions if "last meeting" in a.text())
    action.trigger()
    assert Meeting.get_by_id(last).status == "held"
    assert Meeting.get_by_id(first).status == "planned"
