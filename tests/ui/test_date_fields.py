"""Dates typed as a person types them: Tab (or a click) into the field, then the whole
date in one go, with and without a cycle's range; a date outside the range moved to the
limit with a message, Enter not saving the correction unseen; the arrow and page keys;
the popup's days; and real forms saving what was typed."""

from __future__ import annotations

import datetime as dt

import pytest

from PySide6.QtCore import QDate, QDateTime, QPoint, Qt, QTime
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QToolTip,
    QVBoxLayout,
)

from rmdesk.programme import cycles
from rmdesk.store.models import Cycle, Goal, Meeting, Milestone
from rmdesk.ui.calendar.meeting_dialogs import MeetingDialog, MilestonesDialog, SeriesDialog
from rmdesk.ui.common.dates import DateField, DateTimeField
from rmdesk.ui.goals.dialogs import GoalDialog
from rmdesk.ui.pairs.cycle_dialog import CycleDialog

from . import test_calendar_tab, test_goals_tab
from .test_goal_dialogs import pair_infos

calendar_window = test_calendar_tab.calendar_window  # the fixture: demo people, two pairs


@pytest.fixture
def goal_programme(db) -> test_goals_tab.Programme:
    return test_goals_tab.build_programme()  # a cycle, two active pairs and their goals


SHOWN = QDate(2026, 11, 30)  # what the field shows before anything is typed
CYCLE = {"earliest": dt.date(2026, 9, 1), "latest": dt.date(2027, 6, 30)}


class Form(QDialog):
    """A line to Tab from, the field, and an OK button that Enter presses."""

    def __init__(self, field: QDateEdit) -> None:
        super().__init__()
        self.before = QLineEdit(objectName="before")
        self.field = field
        self.after = QLineEdit(objectName="after")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        for widget in (self.before, field, self.after, buttons):
            layout.addWidget(widget)


def shown_form(qtbot, field: QDateEdit) -> Form:
    form = Form(field)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    form.activateWindow()
    form.before.setFocus()
    qtbot.waitUntil(form.before.hasFocus)
    return form


def tab_in(qtbot, form: Form) -> None:
    qtbot.keyClick(form.before, Qt.Key.Key_Tab)
    assert form.field.hasFocus()


def type_date(qtbot, field: QDateEdit, text: str) -> None:
    qtbot.keyClicks(field, text)


def leave(qtbot, form: Form) -> None:
    qtbot.keyClick(form.field, Qt.Key.Key_Tab)
    assert form.after.hasFocus()


def test_qt_own_date_edit_mistypes_what_the_field_takes(qtbot):
    """The reason for the field: Qt's QDateEdit turns 2026-12-24 into 2026-11-12."""
    plain = QDateEdit(SHOWN, calendarPopup=True)
    plain.setDisplayFormat("yyyy-MM-dd")
    form = shown_form(qtbot, plain)
    tab_in(qtbot, form)
    type_date(qtbot, plain, "2026-12-24")
    assert plain.date() == QDate(2026, 11, 12)
    ours = shown_form(qtbot, DateField("day", SHOWN))
    tab_in(qtbot, ours)
    type_date(qtbot, ours.field, "2026-12-24")
    leave(qtbot, ours)
    assert ours.field.date() == QDate(2026, 12, 24)
    assert ours.field.text() == "2026-12-24"


@pytest.mark.parametrize(
    ("limits", "before", "typed", "expected"),
    [
        ({}, SHOWN, "2026-12-24", dt.date(2026, 12, 24)),
        ({}, SHOWN, "2031-02-03", dt.date(2031, 2, 3)),
        ({}, SHOWN, "2027-3-5", dt.date(2027, 3, 5)),  # Qt moves on after a 3 by itself
        ({}, SHOWN, "20270214", dt.date(2027, 2, 14)),  # no separators at all
        (CYCLE, SHOWN, "2027-03-15", dt.date(2027, 3, 15)),  # Qt refuses the 7 and the 3
        (CYCLE, QDate(2027, 3, 1), "2026-10-05", dt.date(2026, 10, 5)),  # and the 6
        (CYCLE, QDate(2026, 9, 1), "2027-01-03", dt.date(2027, 1, 3)),
    ],
)
def test_tab_in_and_type_a_whole_date(qtbot, limits, before, typed, expected):
    form = shown_form(qtbot, DateField("day", before, **limits))
    tab_in(qtbot, form)
    type_date(qtbot, form.field, typed)
    leave(qtbot, form)
    assert form.field.date().toPython() == expected
    assert form.field.text() == expected.isoformat()
    assert form.field.toolTip() == ""  # nothing was corrected


def test_tab_goes_on_to_the_next_field_and_shift_tab_back(qtbot):
    form = shown_form(qtbot, DateField("day", SHOWN))
    tab_in(qtbot, form)
    leave(qtbot, form)  # Qt would walk year, month, day first
    qtbot.keyClick(form.after, Qt.Key.Key_Backtab)
    assert form.field.hasFocus()
    qtbot.keyClick(form.field, Qt.Key.Key_Backtab)
    assert form.before.hasFocus()
    assert form.field.date() == SHOWN


def test_shift_tab_a_click_or_the_whole_text_selected_also_start_at_the_year(qtbot):
    form = shown_form(qtbot, DateField("day", SHOWN, **CYCLE))
    form.after.setFocus()
    qtbot.keyClick(form.after, Qt.Key.Key_Backtab)  # Qt itself would select the day
    type_date(qtbot, form.field, "2027-01-02")
    assert form.field.date() == QDate(2027, 1, 2)
    form.before.setFocus()
    edit = form.field.lineEdit()
    end = QPoint(edit.width() - 30, edit.height() // 2)  # the click puts the cursor last
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton, pos=end)
    qtbot.waitUntil(lambda: edit.selectedText() == "2027")
    type_date(qtbot, form.field, "2026-12-24")
    assert form.field.date() == QDate(2026, 12, 24)
    edit.selectAll()  # Ctrl+A, a triple click: Qt refuses every digit then
    type_date(qtbot, form.field, "2027-06-01")
    leave(qtbot, form)
    assert form.field.date() == QDate(2027, 6, 1)


def test_date_and_time_typed_in_one_go(qtbot):
    field = DateTimeField("start")
    field.setDateTime(QDateTime(SHOWN, QTime(9, 0)))
    form = shown_form(qtbot, field)
    tab_in(qtbot, form)
    type_date(qtbot, field, "2026-12-24 14:30")
    leave(qtbot, form)
    assert field.dateTime() == QDateTime(QDate(2026, 12, 24), QTime(14, 30))
    assert field.text() == "2026-12-24 14:30"


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")  # offscreen
@pytest.mark.parametrize(
    ("typed", "limit", "words"),
    [
        ("2027-08-01", QDate(2027, 6, 30), "2027-08-01 is after 2027-06-30, the latest date"),
        ("2025-10-01", QDate(2026, 9, 1), "2025-10-01 is before 2026-09-01, the earliest date"),
    ],
)
def test_a_date_outside_the_range_moves_to_the_limit_and_says_so(qtbot, typed, limit, words):
    form = shown_form(qtbot, DateField("day", SHOWN, **CYCLE))
    tab_in(qtbot, form)
    type_date(qtbot, form.field, typed)
    assert form.field.text() == typed  # taken as typed until the field is left
    leave(qtbot, form)
    assert form.field.date() == limit
    assert form.field.text() == limit.toString("yyyy-MM-dd")
    qtbot.waitUntil(QToolTip.isVisible)  # shown once the focus has moved on
    assert words in QToolTip.text()
    assert words in form.field.toolTip()  # also there when the pointer comes back
    form.before.setFocus()
    tab_in(qtbot, form)
    type_date(qtbot, form.field, "2027-01-15")  # a new date: the correction is past
    assert form.field.toolTip() == ""


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")  # offscreen
def test_enter_on_a_corrected_date_shows_it_before_a_second_enter_accepts(qtbot):
    form = shown_form(qtbot, DateField("day", SHOWN, **CYCLE))
    tab_in(qtbot, form)
    type_date(qtbot, form.field, "2027-08-01")
    qtbot.keyClick(form.field, Qt.Key.Key_Return)
    assert form.isVisible() and form.result() == 0  # not accepted with a date unseen
    assert form.field.date() == QDate(2027, 6, 30)
    qtbot.waitUntil(QToolTip.isVisible)
    assert "the latest date" in QToolTip.text()
    qtbot.keyClick(form.field, Qt.Key.Key_Return)
    assert form.result() == QDialog.DialogCode.Accepted
    assert form.field.date() == QDate(2027, 6, 30)


def test_enter_on_a_date_in_range_accepts_at_once(qtbot):
    form = shown_form(qtbot, DateField("day", SHOWN, **CYCLE))
    tab_in(qtbot, form)
    type_date(qtbot, form.field, "2027-01-15")
    qtbot.keyClick(form.field, Qt.Key.Key_Return)
    assert form.result() == QDialog.DialogCode.Accepted
    assert form.field.date() == QDate(2027, 1, 15)


def test_arrow_and_page_keys_step_within_the_allowed_days(qtbot):
    field = DateField("day", QDate(2027, 6, 28), **CYCLE)
    form = shown_form(qtbot, field)
    tab_in(qtbot, form)  # the year is selected
    field.setCurrentSection(QDateEdit.Section.DaySection)
    qtbot.keyClick(field, Qt.Key.Key_Up)
    assert field.date() == QDate(2027, 6, 29)
    qtbot.keyClick(field, Qt.Key.Key_PageUp)  # ten days on: the cycle's last day
    assert field.date() == QDate(2027, 6, 30)
    qtbot.keyClick(field, Qt.Key.Key_Up)
    assert field.date() == QDate(2027, 6, 30)
    qtbot.keyClick(field, Qt.Key.Key_Down)
    qtbot.keyClick(field, Qt.Key.Key_PageDown)
    assert field.date() == QDate(2027, 6, 19)
    field.setCurrentSection(QDateEdit.Section.YearSection)
    qtbot.keyClick(field, Qt.Key.Key_Down)  # 2026-06-19 is before the start
    assert field.date() == QDate(2026, 9, 1)
    assert field.text() == "2026-09-01"


def test_stepping_below_the_start_reaches_no_date_and_typing_over_it_works(qtbot):
    field = DateField("target", QDate(2026, 9, 15), **CYCLE, none_text="no target date")
    form = shown_form(qtbot, field)
    tab_in(qtbot, form)
    field.setCurrentSection(QDateEdit.Section.MonthSection)
    qtbot.keyClick(field, Qt.Key.Key_Down)
    assert field.text() == "no target date" and field.is_none()
    assert field.date() == field.minimumDate()  # what the goal form stores as no date
    qtbot.keyClick(field, Qt.Key.Key_Up)
    assert field.date() == QDate(2026, 9, 1)
    qtbot.keyClick(field, Qt.Key.Key_Down)
    assert field.text() == "no target date"
    leave(qtbot, form)
    assert field.text() == "no target date"  # "no date" is not out of range
    form.before.setFocus()
    tab_in(qtbot, form)
    type_date(qtbot, field, "2027-02-14")
    leave(qtbot, form)
    assert field.date() == QDate(2027, 2, 14) and field.text() == "2027-02-14"


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")  # offscreen
def test_the_popup_offers_only_the_allowed_days(qtbot):
    field = DateField("day", SHOWN, **CYCLE)
    form = shown_form(qtbot, field)
    arrow = QPoint(field.width() - 5, field.height() // 2)
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton, pos=arrow)
    calendar = field.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    assert calendar.minimumDate() == QDate(2026, 9, 1)
    assert calendar.maximumDate() == QDate(2027, 6, 30)
    calendar.setSelectedDate(QDate(2026, 12, 24))
    calendar.clicked.emit(QDate(2026, 12, 24))  # what a click on the day sends
    qtbot.waitUntil(lambda: not calendar.isVisible())
    assert field.date() == QDate(2026, 12, 24)
    assert form.isVisible()


def test_the_meeting_form_saves_the_date_and_time_typed(calendar_window, qtbot):
    tab = calendar_window.calendar_tab
    day = dt.date.today() + dt.timedelta(days=9)
    dialog = MeetingDialog(tab, tab.pair_choices(), day=dt.date.today())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.save_button.hasFocus)  # where the form opens
    edit = dialog.start_edit.lineEdit()
    end = QPoint(edit.width() - 20, edit.height() // 2)
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton, pos=end)  # click after the minutes
    qtbot.waitUntil(lambda: edit.selectedText() == str(dt.date.today().year))
    qtbot.keyClicks(dialog.start_edit, f"{day.isoformat()} 14:30")
    assert dialog.start_edit.text() == f"{day.isoformat()} 14:30"
    assert dialog.save_button.isDefault()  # still, with the focus gone from it
    qtbot.keyClick(dialog.start_edit, Qt.Key.Key_Return)  # Enter saves the form
    assert not dialog.isVisible()
    meeting = Meeting.get_by_id(dialog.saved_id)
    assert meeting.starts_at == dt.datetime.combine(day, dt.time(14, 30))


def test_a_milestone_typed_by_keyboard_is_saved(calendar_window, qtbot):
    cycle = Cycle.get_by_id(calendar_window.calendar_tab.cycle_id)
    dialog = MilestonesDialog(None, cycle.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    milestone_id, title, field = dialog.rows[0]
    title.setFocus()
    qtbot.waitUntil(title.hasFocus)
    qtbot.keyClick(title, Qt.Key.Key_Tab)
    assert field.hasFocus()
    day = cycle.start_date + dt.timedelta(days=40)
    qtbot.keyClicks(field, day.isoformat())
    assert field.text() == day.isoformat()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert Milestone.get_by_id(milestone_id).date == day


def test_the_cycle_dialog_takes_typed_dates(db, qtbot):
    dialog = CycleDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.name_edit.hasFocus)
    qtbot.keyClicks(dialog.name_edit, "2027 cohort")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.start_edit, "2027-01-04")
    assert dialog.end_edit.text() == "2027-10-04"  # the end still follows: start + 9 months
    qtbot.keyClick(dialog.start_edit, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.end_edit, "2027-12-17")
    qtbot.keyClick(dialog.end_edit, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    saved = cycles.get_cycle(dialog.saved_id)
    assert (saved.name, saved.start_date, saved.end_date) == (
        "2027 cohort",
        dt.date(2027, 1, 4),
        dt.date(2027, 12, 17),
    )


def test_schedule_meetings_moves_a_typed_day_after_the_cycle_and_says_so(calendar_window, qtbot):
    tab = calendar_window.calendar_tab
    cycle = Cycle.get_by_id(tab.cycle_id)
    dialog = SeriesDialog(tab, tab.cycle_id, 14, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.time_edit.setFocus()
    qtbot.waitUntil(dialog.time_edit.hasFocus)
    qtbot.keyClick(dialog.time_edit, Qt.Key.Key_Backtab)
    assert dialog.first_edit.hasFocus()
    late = cycle.end_date + dt.timedelta(days=30)
    before = Meeting.select().count()
    qtbot.keyClicks(dialog.first_edit, late.isoformat())
    qtbot.keyClick(dialog.first_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()  # the correction is read before anything is planned
    assert dialog.first_edit.date().toPython() == cycle.end_date
    assert dialog.error_label.isVisible()
    assert dialog.error_label.text() == (
        f"{late} is after {cycle.end_date}, the latest date this field takes: it now reads "
        f"{cycle.end_date}."
    )
    assert Meeting.select().count() == before
    (until,) = [w for w in dialog.findChildren(QLabel) if w.text().startswith("Until the")]
    qtbot.waitUntil(lambda: until.height() >= until.heightForWidth(until.width()))  # not cut
    qtbot.keyClick(dialog.first_edit, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    planned = Meeting.select().where(Meeting.starts_at >= f"{cycle.end_date} 00:00")
    assert planned.count() == dialog.result_counts.created > 0


def test_a_goal_target_typed_over_no_target_date_is_saved(qtbot, goal_programme):
    cycle = cycles.get_cycle(goal_programme.cycle)
    dialog = GoalDialog(None, cycle, pair_infos(goal_programme))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.title_edit.setText("Typed target")
    dialog.target_edit.setDate(dialog.target_edit.minimumDate())
    assert dialog.target_edit.text() == "no target date"
    dialog.measure_edit.setFocus()
    qtbot.waitUntil(dialog.measure_edit.hasFocus)
    qtbot.keyClick(dialog.measure_edit, Qt.Key.Key_Tab)
    assert dialog.target_edit.hasFocus()
    target = cycle.start_date + dt.timedelta(days=100)
    qtbot.keyClicks(dialog.target_edit, target.isoformat())
    assert dialog.target_edit.text() == target.isoformat()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert Goal.get(Goal.title == "Typed target").target_date == target
