"""The calendar's rules as the coordinator meets them: closed days picked as ranges and
shown on the month and the day, booking on one asks first, a meeting outside the cycle
refused, Schedule meetings kept within the cycle, every mark in the legend, a day's
cancellation on its badge, the day's list sorted by any column."""

from __future__ import annotations

import datetime as dt

import pytest

from PySide6.QtCore import QDate, QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QMessageBox, QPushButton

from rmdesk.programme import meetings, pairs
from rmdesk.programme.meetings import ClosedRange
from rmdesk.store.models import Cycle, Meeting
from rmdesk.ui.calendar.meeting_dialogs import MeetingDialog, SeriesDialog
from rmdesk.ui.calendar.model import ROW_ROLE, STATUS_COLOURS
from rmdesk.ui.calendar.month import CLOSED_COLOUR, MeetingCalendar
from rmdesk.ui.common import local_format, palette

from . import test_calendar_tab

calendar_window = test_calendar_tab.calendar_window  # the fixture: demo people, two pairs

TODAY = dt.date.today()


def click(qtbot, widget, name: str) -> None:
    qtbot.mouseClick(widget.findChild(QPushButton, name), Qt.MouseButton.LeftButton)


def painted(calendar: MeetingCalendar, day: dt.date) -> QImage:
    image = QImage(70, 44, QImage.Format.Format_ARGB32)
    image.fill(palette.background())
    painter = QPainter(image)
    calendar.paintCell(painter, QRect(0, 0, 70, 44), QDate(day))
    painter.end()
    return image


def pixels_of(image: QImage, colour: QColor) -> int:
    return sum(
        1
        for x in range(image.width())
        for y in range(image.height())
        if QColor(image.pixel(x, y)).rgb() == colour.rgb()
    )


def test_closed_days_are_picked_as_ranges_and_shown_on_month_and_day(
    calendar_window, qtbot, answer_next_dialog
):
    tab = calendar_window.calendar_tab
    first, last = TODAY + dt.timedelta(days=3), TODAY + dt.timedelta(days=5)
    single = TODAY + dt.timedelta(days=9)

    def pick(dialog) -> None:
        dialog.first_edit.setDate(QDate(first))
        dialog.last_edit.setDate(QDate(last))
        qtbot.keyClicks(dialog.label_edit, "Office move")
        click(qtbot, dialog, "closed_add")
        assert dialog.last_edit.date() == dialog.first_edit.date()  # the next: one day
        # A day inside a listed range is refused: remove that one first.
        dialog.first_edit.setDate(QDate(first + dt.timedelta(days=1)))
        click(qtbot, dialog, "closed_add")
        assert "It overlaps" in dialog.add_error.text() and dialog.list.count() == 1
        # A single day: To follows From.
        dialog.first_edit.setDate(QDate(single))
        assert dialog.last_edit.date().toPython() == single
        click(qtbot, dialog, "closed_add")
        # A range that ends before it starts is refused in the dialog, not listed.
        dialog.first_edit.setDate(QDate(last))
        dialog.last_edit.setDate(QDate(first))
        click(qtbot, dialog, "closed_add")
        assert dialog.add_error.isVisible()
        assert "must not be before the first" in dialog.add_error.text()
        assert [dialog.list.item(r).text() for r in range(dialog.list.count())] == [
            f"{local_format.day(first)} to {local_format.day(last)} (3 days) · Office move",
            f"{local_format.day(single)}",
        ]
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    answer_next_dialog(pick)
    click(qtbot, tab, "closed_days")
    assert meetings.closed_ranges() == [
        ClosedRange(first, last, "Office move"),
        ClosedRange(single, single, ""),
    ]
    assert "4 closed days." in calendar_window.statusBar().currentMessage()
    # The month hatches them; the day's heading says so.
    assert tab.calendar.closed[first] == "Office move" and single in tab.calendar.closed
    hatch = palette.colour(CLOSED_COLOUR, minimum=palette.MARK_CONTRAST)
    assert pixels_of(painted(tab.calendar, first), hatch) > 20
    # An open day of the same month, not today: drawn as if no day were closed (its
    # number's anti-aliased edge may hold the hatch's grey, so pixels are not counted).
    closed_days = {first + dt.timedelta(days=n) for n in range(3)} | {single, TODAY}
    open_day = next(
        first.replace(day=d) for d in range(1, 29) if first.replace(day=d) not in closed_days
    )
    tab.calendar.setCurrentPage(first.year, first.month)
    as_drawn = painted(tab.calendar, open_day)
    known, tab.calendar.closed = tab.calendar.closed, {}
    assert as_drawn == painted(tab.calendar, open_day)  # nothing of the closed days on it
    tab.calendar.closed = known
    tab.calendar.setSelectedDate(QDate(first + dt.timedelta(days=1)))
    assert "closed: Office move" in tab.day_label.text()

    def remove_first(dialog) -> None:
        dialog.list.setCurrentRow(0)
        click(qtbot, dialog, "closed_remove")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    answer_next_dialog(remove_first)
    click(qtbot, tab, "closed_days")
    assert meetings.closed_dates() == [(single, "")]
    assert "closed" not in tab.day_label.text()


@pytest.mark.parametrize("answer", [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
def test_booking_on_a_closed_day_asks_first(calendar_window, qtbot, monkeypatch, answer):
    tab = calendar_window.calendar_tab
    day = TODAY + dt.timedelta(days=4)
    meetings.replace_closed_days([(day, day, "Founders' day")])
    asked: list[str] = []

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    dialog = MeetingDialog(tab, tab.pair_choices(), day=day)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert asked == [f"{local_format.long_day(day)} is a closed day (Founders' day). "
                     "Plan the meeting on it anyway?"]  # fmt: skip
    planned = Meeting.select().where(Meeting.starts_at >= f"{day} 00:00:00").count()
    if answer == QMessageBox.StandardButton.No:
        assert dialog.isVisible() and planned == 0  # still open, as typed
    else:
        assert not dialog.isVisible() and planned == 1
        # Editing its notes on that day asks nothing more.
        meeting_id = Meeting.select().where(Meeting.starts_at >= f"{day} 00:00:00").get().id
        again = MeetingDialog(tab, tab.pair_choices(), meeting_id=meeting_id)
        qtbot.addWidget(again)
        again.notes_edit.setPlainText("Moved to the café")
        qtbot.mouseClick(again.save_button, Qt.MouseButton.LeftButton)
        assert len(asked) == 1 and Meeting.get_by_id(meeting_id).notes == "Moved to the café"


def test_a_meeting_outside_the_cycle_is_refused_in_the_form(calendar_window, qtbot, monkeypatch):
    tab = calendar_window.calendar_tab
    end = Cycle.get_by_id(tab.cycle_id).end_date
    after = end + dt.timedelta(days=1)
    meetings.replace_closed_days([(after, after, "Holiday")])
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: asked.append(args[2]))
    dialog = MeetingDialog(tab, tab.pair_choices(), day=end + dt.timedelta(days=1))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "The date must be within the cycle" in dialog.error_label.text()
    assert asked == []  # refused anyway: not asked about the closed day first
    assert Meeting.select().where(Meeting.starts_at > f"{end} 23:59:59").count() == 0


def test_schedule_meetings_stays_within_the_cycle_and_says_when_it_is_over(calendar_window, qtbot):
    tab = calendar_window.calendar_tab
    cycle = Cycle.get_by_id(tab.cycle_id)
    dialog = SeriesDialog(tab, tab.cycle_id, 14, None)
    qtbot.addWidget(dialog)
    assert dialog.first_edit.minimumDate().toPython() == cycle.start_date
    assert dialog.first_edit.maximumDate().toPython() == cycle.end_date
    assert dialog.first_edit.date().toPython() == TODAY
    assert not dialog.error_label.isVisibleTo(dialog)
    # The cycle ended a week ago: the form opens on its last day and says why.
    ended = TODAY - dt.timedelta(days=7)
    Cycle.update(end_date=ended).where(Cycle.id == tab.cycle_id).execute()
    over = SeriesDialog(tab, tab.cycle_id, 14, None)
    qtbot.addWidget(over)
    assert over.first_edit.date().toPython() == ended
    assert over.error_label.isVisibleTo(over)
    assert f"The cycle ends on {local_format.day(ended)}: a series cannot start after it." in (
        over.error_label.text()
    )


def test_legend_names_every_mark_and_a_cancellation_shows_on_the_badge(calendar_window):
    tab = calendar_window.calendar_tab
    legend = tab.legend.text()
    for word in ("Planned", "Held", "Cancelled", "Missed", "milestone", "closed day"):
        assert word in legend
    for word, status in (("Planned", "planned"), ("Held", "held"),
                         ("Cancelled", "cancelled"), ("Missed", "missed")):  # fmt: skip
        assert palette.coloured(word, STATUS_COLOURS[status]) in legend  # each in its colour
    calendar = tab.calendar
    day = dt.date(2026, 3, 10)
    cancelled = palette.colour(STATUS_COLOURS["cancelled"])
    calendar.counts = {day: {"held": 3}}
    assert pixels_of(painted(calendar, day), cancelled) == 0
    calendar.counts = {day: {"held": 3, "cancelled": 1}}  # mostly held: a green badge ...
    image = painted(calendar, day)
    assert pixels_of(image, palette.colour(STATUS_COLOURS["held"])) > 50
    assert pixels_of(image, cancelled) > 10  # ... with the cancellation's dot on it


def test_the_days_list_sorts_by_any_column(calendar_window, qtbot):
    tab = calendar_window.calendar_tab
    day = TODAY - dt.timedelta(days=1)
    first, second = (row.id for row in pairs.list_pairs(tab.cycle_id)[:2])
    ids = [
        meetings.create_meeting(
            meetings.MeetingData(pair_id=pair, starts_at=dt.datetime.combine(day, at))
        )
        for pair, at in ((first, dt.time(14)), (second, dt.time(9)), (first, dt.time(11)))
    ]
    meetings.mark_held(ids[0])
    meetings.mark_cancelled(ids[2], "mentor")
    tab.refresh()
    tab.calendar.setSelectedDate(QDate(day))
    table = tab.day_table
    header = table.horizontalHeader()

    def shown() -> list[int]:
        model = table.model()
        return [model.index(r, 0).data(ROW_ROLE).id for r in range(model.rowCount())]

    assert shown() == [ids[1], ids[2], ids[0]]  # by time to start with
    header.sectionClicked.emit(4)  # Status: planned, held, cancelled (the lifecycle)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=header.viewport().rect().topLeft() + QRect(
                         header.sectionViewportPosition(4) + 5, 5, 1, 1).topLeft())  # fmt: skip
    order = shown()
    statuses = [Meeting.get_by_id(i).status for i in order]
    assert statuses in (["planned", "held", "cancelled"], ["cancelled", "held", "planned"])
    table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert shown() == [ids[0], ids[2], ids[1]]
    # The selection acts on the row shown, whatever the order.
    table.selectRow(0)
    assert tab.selected_id() == ids[0]


def test_closed_days_by_keyboard_enter_adds_and_del_removes(calendar_window, qtbot):
    from rmdesk.ui.calendar.closed_days_dialog import ClosedDaysDialog

    day = TODAY + dt.timedelta(days=2)
    dialog = ClosedDaysDialog(calendar_window.calendar_tab, day)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.label_edit.setFocus()
    qtbot.keyClicks(dialog.label_edit, "Strike")
    qtbot.keyClick(dialog.label_edit, Qt.Key.Key_Return)  # adds; the form stays open
    assert dialog.isVisible() and dialog.ranges() == [ClosedRange(day, day, "Strike")]
    assert meetings.closed_dates() == []  # nothing saved yet
    dialog.list.setFocus()
    dialog.list.setCurrentRow(0)
    qtbot.keyClick(dialog.list, Qt.Key.Key_Delete)
    assert dialog.ranges() == []


def test_schedule_meetings_from_the_pairs_tab_names_the_pair_whatever_its_status(
    calendar_window, answer_next_dialog
):
    """Asked for a pair that is no longer active, the form still says whose meetings
    they would be (it used to read just "For"), and refuses on saving."""
    from PySide6.QtWidgets import QLabel

    from rmdesk.store.models import Pair

    tab = calendar_window.calendar_tab
    row = pairs.list_pairs(tab.cycle_id)[0]
    Pair.update(status="completed").where(Pair.id == row.id).execute()
    seen: list[str] = []

    def look(dialog) -> None:
        assert isinstance(dialog, SeriesDialog)
        seen.extend(label.text() for label in dialog.findChildren(QLabel))
        dialog.reject()

    answer_next_dialog(look)
    tab.schedule_pair(row.id)
    assert f"For {row.mentor_name} & {row.mentee_name}" in seen
