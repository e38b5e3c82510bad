"""What a tester met walking the Calendar tab (issue 13, item 6): closed days over planned
meetings, a new meeting over another of its pair, the Cancel meeting question, the day's
buttons, the side panels and Coming up, and the selected day after a file switch."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QPushButton

from rmdesk.programme import meetings, pairs
from rmdesk.store.models import Meeting
from rmdesk.ui.calendar.model import ROW_ROLE
from rmdesk.ui.common import local_format

from . import test_calendar_tab

calendar_window = test_calendar_tab.calendar_window  # the fixture: demo people, two pairs

TODAY = dt.date.today()


def click(qtbot, widget, name: str) -> None:
    qtbot.mouseClick(widget.findChild(QPushButton, name), Qt.MouseButton.LeftButton)


def plan(pair_id: int, day: dt.date, hour: int, minute: int = 0) -> int:
    return meetings.create_meeting(
        meetings.MeetingData(
            pair_id=pair_id, starts_at=dt.datetime.combine(day, dt.time(hour, minute))
        )
    )


def test_closing_a_day_names_its_meetings_to_cancel_or_keep(
    calendar_window, qtbot, answer_next_dialog
):
    tab = calendar_window.calendar_tab
    day = TODAY + dt.timedelta(days=4)
    pair = pairs.list_pairs(tab.cycle_id)[0]
    meeting_id = plan(pair.id, day, 10, 30)
    tab.refresh()
    asked: list[str] = []

    def close_day(answer: str):
        def pick(dialog) -> None:
            dialog.first_edit.setDate(QDate(day))
            qtbot.keyClicks(dialog.label_edit, "Strike")
            click(qtbot, dialog, "closed_add")

            def reply(box) -> None:
                words = sorted(b.text() for b in box.buttons())
                asked.append(f"{box.windowTitle()}|{box.text()}|{box.informativeText()}|{words}")
                click(qtbot, box, answer)

            answer_next_dialog(reply)
            qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

        return pick

    # Keep it: the day is closed, the meeting stays planned and the attention list says so.
    answer_next_dialog(close_day("closed_keep_meetings"))
    click(qtbot, tab, "closed_days")
    assert asked and "1 planned meeting falls on a closed day" in asked[0]
    assert f"{pair.mentor_name} & {pair.mentee_name}" in asked[0]
    assert f"{local_format.day(day)} 10:30 (Strike)" in asked[0]
    assert "['Back', 'Cancel the meeting', 'Keep it planned']" in asked[0]
    assert meetings.closed_label(day) == "Strike"
    assert Meeting.get_by_id(meeting_id).status == "planned"
    items = [item for item in tab.attention.model.rows() if item.kind == "closed_day"]
    assert [(item.meeting_id, item.severity) for item in items] == [(meeting_id, "medium")]
    assert "closed day (Strike)" in items[0].detail
    # The same rule the command line's `rmdesk attention` reads.
    assert any(
        item.kind == "closed_day" and item.meeting_id == meeting_id
        for item in meetings.attention(tab.cycle_id)
    )
    # Saved again, cancel it: by the coordinator, for the closed day.
    meetings.remove_closed_date(day)
    tab.refresh()
    answer_next_dialog(close_day("closed_cancel_meetings"))
    click(qtbot, tab, "closed_days")
    stored = Meeting.get_by_id(meeting_id)
    assert (stored.status, stored.cancelled_by) == ("cancelled", "coordinator")
    assert "closed day: Strike" in stored.notes
    assert not any(item.kind == "closed_day" for item in tab.attention.model.rows())
    tab.calendar.setSelectedDate(QDate(day))
    assert tab.day_model.index(0, 4).data() == "Cancelled by the coordinator"


def test_closing_a_day_without_meetings_asks_nothing(calendar_window, qtbot, answer_next_dialog):
    tab = calendar_window.calendar_tab
    day = TODAY + dt.timedelta(days=5)

    def pick(dialog) -> None:
        dialog.first_edit.setDate(QDate(day))
        click(qtbot, dialog, "closed_add")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    answer_next_dialog(pick)
    click(qtbot, tab, "closed_days")
    assert meetings.closed_label(day) == ""


def test_new_meeting_starts_free_and_an_overlap_asks_first(
    calendar_window, qtbot, answer_next_dialog
):
    tab = calendar_window.calendar_tab
    day = TODAY + dt.timedelta(days=3)
    pair_id, label = tab.pair_choices()[0]
    other = plan(pair_id, day, 10)
    tab.refresh()
    tab.calendar.setSelectedDate(QDate(day))
    seen: dict[str, object] = {}
    asked: list[str] = []

    def add(dialog) -> None:
        seen["pair"] = dialog.pair_combo.currentData()
        seen["start"] = dialog.start_edit.dateTime().toPython()
        # The pair already meets 10:00-11:00: at 10:30 the form asks, naming it.
        dialog.start_edit.setDateTime(dialog.start_edit.dateTime().addSecs(-30 * 60))

        def refuse(box) -> None:
            asked.append(box.text())
            qtbot.mouseClick(box.button(box.StandardButton.No), Qt.MouseButton.LeftButton)

        answer_next_dialog(refuse)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        seen["open after No"] = dialog.isVisible()
        seen["count after No"] = Meeting.select().count()

        def accept(box) -> None:
            qtbot.mouseClick(box.button(box.StandardButton.Yes), Qt.MouseButton.LeftButton)

        answer_next_dialog(accept)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    answer_next_dialog(add)
    click(qtbot, tab, "add_meeting")
    # Pre-filled: the same pair, at the first free time after its 10:00 meeting.
    assert seen["pair"] == pair_id
    assert seen["start"] == dt.datetime.combine(day, dt.time(11, 0))
    assert asked and "It overlaps 1 meeting of this pair or its people" in asked[0]
    assert f"{label}, {local_format.day(day)} 10:00–11:00" in asked[0]
    assert seen["open after No"] and seen["count after No"] == 1
    # Yes plans it anyway: both now on the day, and the month's overlap line says so.
    starts = sorted(m.starts_at for m in Meeting.select())
    assert starts == [dt.datetime.combine(day, dt.time(10, 0)),
                      dt.datetime.combine(day, dt.time(10, 30))]  # fmt: skip
    assert Meeting.get_by_id(other).status == "planned"
    assert tab.day_model.rowCount() == 2
    assert "overlap" in tab.overlap_label.text()


def test_clashes_are_the_overlaps_the_month_finds(calendar_window):
    tab = calendar_window.calendar_tab
    day = TODAY + dt.timedelta(days=6)
    first, second = (pair_id for pair_id, _ in tab.pair_choices()[:2])
    plan(first, day, 9)
    # Another pair, at the same time: none of its people meet then.
    assert meetings.clashes(second, dt.datetime.combine(day, dt.time(9, 0)), 60) == []
    # The same pair: touching ends do not overlap, a shared half hour does.
    assert meetings.clashes(first, dt.datetime.combine(day, dt.time(10, 0)), 60) == []
    found = meetings.clashes(first, dt.datetime.combine(day, dt.time(9, 30)), 60)
    assert [row.starts_at.time() for row in found] == [dt.time(9, 0)]
    assert meetings.free_start(first, day, 60, preferred=dt.time(9, 0)).time() == dt.time(10, 0)


def test_cancel_names_the_meeting_and_its_buttons_say_what_they_do(
    calendar_window, qtbot, answer_next_dialog
):
    tab = calendar_window.calendar_tab
    day = TODAY + dt.timedelta(days=2)
    pair = pairs.list_pairs(tab.cycle_id)[0]
    meeting_id = plan(pair.id, day, 14, 30)
    tab.refresh()
    tab.calendar.setSelectedDate(QDate(day))
    tab.day_table.selectRow(0)
    seen: dict[str, object] = {}

    def look(dialog) -> None:
        seen["title"] = dialog.windowTitle()
        seen["text"] = dialog.what.text()
        buttons = {b.objectName(): b.text() for b in dialog.findChildren(QPushButton)}
        seen["buttons"] = (buttons["cancel_confirm"], buttons["cancel_keep"])
        # Wide enough that the title bar's font shows the whole title.
        title_width = dialog.fontMetrics().horizontalAdvance(dialog.windowTitle())
        seen["room"] = dialog.width() - title_width
        click(qtbot, dialog, "cancel_keep")

    answer_next_dialog(look)
    click(qtbot, tab, "cancel_meeting")
    assert seen["title"] == "Cancel a meeting"
    assert f"{pair.mentor_name} & {pair.mentee_name}" in str(seen["text"])
    assert f"{local_format.long_day(day)}, 14:30–15:30" in str(seen["text"])
    assert seen["buttons"] == ("Cancel the meeting", "Keep it")
    assert int(seen["room"]) > 200  # title, icon and the window's buttons
    assert Meeting.get_by_id(meeting_id).status == "planned"  # Keep it kept it
    assert tab.day_model.index(0, 4).data() == "Planned"

    def coordinator(dialog) -> None:
        dialog.by_combo.setCurrentIndex(dialog.by_combo.findData("coordinator"))
        click(qtbot, dialog, "cancel_confirm")

    answer_next_dialog(coordinator)
    click(qtbot, tab, "cancel_meeting")
    stored = Meeting.get_by_id(meeting_id)
    assert (stored.status, stored.cancelled_by) == ("cancelled", "coordinator")
    assert tab.day_model.index(0, 4).data() == "Cancelled by the coordinator"


def test_day_buttons_apply_only_to_a_selected_meeting_they_can_change(calendar_window):
    tab = calendar_window.calendar_tab
    pair_id = pairs.list_pairs(tab.cycle_id)[0].id
    past, future = TODAY - dt.timedelta(days=1), TODAY + dt.timedelta(days=2)
    done = plan(pair_id, past, 9)
    plan(pair_id, future, 9)
    tab.refresh()

    def enabled() -> dict[str, bool]:
        return {name: button.isEnabled() for name, button in tab.day_buttons.items()}

    # Nothing selected: only Add… applies.
    tab.calendar.setSelectedDate(QDate(past))
    assert enabled() == {"add_meeting": True, "edit_meeting": False, "mark_held": False,
                         "cancel_meeting": False, "mark_missed": False}  # fmt: skip
    # Yesterday's planned meeting: every mark.
    tab.day_table.selectRow(0)
    assert enabled() == dict.fromkeys(enabled(), True)
    # Held: history, only its notes (Edit…).
    meetings.mark_held(done)
    tab.refresh()
    tab.day_table.selectRow(0)
    assert tab.day_model.index(0, 4).data() == "Held"
    assert enabled() == {"add_meeting": True, "edit_meeting": True, "mark_held": False,
                         "cancel_meeting": False, "mark_missed": False}  # fmt: skip
    # A meeting to come: cancelled yes, held or missed not before its day.
    tab.calendar.setSelectedDate(QDate(future))
    assert not enabled()["edit_meeting"]  # the new day: nothing selected
    tab.day_table.selectRow(0)
    assert enabled() == {"add_meeting": True, "edit_meeting": True, "mark_held": False,
                         "cancel_meeting": True, "mark_missed": False}  # fmt: skip
    assert Meeting.select().where(Meeting.status == "planned").count() == 1


def test_side_panels_have_room_at_1280x800_and_coming_up_starts_now(calendar_window, qtbot):
    tab = calendar_window.calendar_tab
    first, second = (pair_id for pair_id, _ in tab.pair_choices()[:2])
    now = dt.datetime.now()
    over = meetings.create_meeting(  # this morning's, over by now
        meetings.MeetingData(pair_id=first, starts_at=dt.datetime.combine(TODAY, dt.time(0, 0)),
                             duration_minutes=5)
    )  # fmt: skip
    for days in range(1, 5):
        for pair_id in (first, second):
            plan(pair_id, TODAY + dt.timedelta(days=days), 9 if pair_id == first else 11)
    calendar_window.resize(1280, 760)  # a 1280x800 screen, less the panel
    calendar_window.show()
    qtbot.waitExposed(calendar_window)
    tab.refresh()
    model = tab.upcoming_model
    shown = [model.index(r, 0).data(ROW_ROLE) for r in range(model.rowCount())]
    still_on = now < dt.datetime.combine(TODAY, dt.time(0, 5))  # the first minutes of a day
    assert (over in {row.id for row in shown}) == still_on
    assert len(shown) == 8 + still_on
    assert all(row.ends_at > now for row in shown)

    def rows_in_view(table) -> int:
        return table.viewport().height() // table.verticalHeader().defaultSectionSize()

    assert rows_in_view(tab.upcoming_table) >= 5
    assert rows_in_view(tab.attention.table) >= 6
    assert rows_in_view(tab.day_table) >= 4


def test_another_programme_file_opens_the_calendar_on_today(calendar_window, qtbot):
    from rmdesk.programme import cycles
    from rmdesk.programme.cycles import CycleData

    window = calendar_window
    tab = window.calendar_tab
    picked = TODAY + dt.timedelta(days=20)
    tab.calendar.setSelectedDate(QDate(picked))
    assert tab.selected_day() == picked
    other = window.database_path.with_name("other.rmdesk")
    assert window.files.switch_to(other, create=True)
    assert Meeting.select().count() == 0  # the new, empty file is the one open
    cycle_id = cycles.create_cycle(
        CycleData(name="Other", start_date=TODAY - dt.timedelta(days=90))
    )
    window.cycle_selector.reload(cycle_id)
    qtbot.waitUntil(lambda: tab.cycle_id == cycle_id)
    assert tab.selected_day() == TODAY
    assert local_format.long_day(TODAY) in tab.day_label.text()
    assert (tab.calendar.yearShown(), tab.calendar.monthShown()) == (TODAY.year, TODAY.month)
