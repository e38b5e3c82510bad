"""The Calendar tab: a month of meetings and milestones, the selected day, what is
coming up, and the pairs that need attention (``attention_panel.py``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QModelIndex, QSortFilterProxyModel, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rmdesk.ui.calendar.attention_panel import AttentionPanel
from rmdesk.ui.calendar.model import ROW_ROLE, SORT_ROLE, MeetingsModel
from rmdesk.ui.calendar.month import CLOSED_COLOUR, MeetingCalendar, pydate
from rmdesk.ui.common import local_format, palette, settings
from rmdesk.ui.common.empty_state import EmptyStateTab
from rmdesk.ui.common.operations import Changes, operate
from rmdesk.ui.common.tab import Tab
from rmdesk.ui.common.wording import counted, spoken_error

if TYPE_CHECKING:
    from rmdesk.programme.meetings import MeetingRow

UPCOMING_DAYS = 14
PAGE_NO_CYCLE, PAGE_CALENDAR = 0, 1


class CalendarTab(Tab):
    """A month of the cycle's meetings, the selected day, coming up, and attention."""

    open_pair_requested = Signal(int)
    # Names and pairs (the filter), milestones, meetings, fit answers (attention),
    # closed days (settings).
    shows = (Changes.PARTICIPANTS | Changes.CYCLES | Changes.PAIRS | Changes.MEETINGS
             | Changes.ASSESSMENTS | Changes.SETTINGS)  # fmt: skip

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cycle_id: int | None = None
        self.cadence_days = 14
        self.meeting_minutes = 60
        self._build()

    # -- construction ----------------------------------------------------------
    def _table(self, model: MeetingsModel, name: str) -> QTableView:
        """A list of meetings that sorts by any column (the time first), a row a line."""
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(model)
        proxy.setSortRole(SORT_ROLE)
        table = QTableView(objectName=name)
        table.setModel(proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().hide()
        table.setWordWrap(False)
        table.horizontalHeader().setStretchLastSection(True)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        return table

    def _button(self, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def _build(self) -> None:
        self.calendar = MeetingCalendar(self)
        self.calendar.currentPageChanged.connect(self._on_page_changed)
        self.calendar.selectionChanged.connect(self._show_day)
        self.filter_combo = QComboBox(objectName="calendar_filter")
        self.filter_combo.currentIndexChanged.connect(self.refresh)
        self.overlap_label = QLabel(objectName="overlaps", wordWrap=True)
        self.overlap_label.setStyleSheet(palette.label_style(palette.ERROR))
        self.legend = QLabel(self.calendar.legend(), objectName="legend", wordWrap=True)
        left = QVBoxLayout()
        filter_row = QHBoxLayout()
        show_label = QLabel(self.tr("Show:"))
        show_label.setBuddy(self.filter_combo)
        filter_row.addWidget(show_label)
        filter_row.addWidget(self.filter_combo, 1)
        left.addLayout(filter_row)
        left.addWidget(self.calendar, 1)
        left.addWidget(self.legend)
        left.addWidget(self.overlap_label)
        # Two rows, so the tab fits a small laptop screen beside the day's list.
        buttons = QGridLayout()
        for position, (text, name, slot) in enumerate(
            (
                (self.tr("Schedule meetings…"), "schedule", self.schedule_series),
                (self.tr("Closed days…"), "closed_days", self.edit_closed_days),
                (self.tr("Milestones…"), "milestones", self.edit_milestones),
                (self.tr("Export .ics…"), "export_ics", self.export_ics),
            )
        ):
            buttons.addWidget(self._button(text, name, slot), position // 2, position % 2)
        left.addLayout(buttons)
        left_box = QWidget()
        left_box.setLayout(left)

        self.day_label = QLabel(objectName="day_label")
        self.day_model = MeetingsModel(self)
        self.day_table = self._table(self.day_model, "day_meetings")
        self.day_table.setAccessibleName(self.tr("Meetings of the selected day"))
        self.day_table.doubleClicked.connect(self.edit_meeting)
        self.day_table.selectionModel().selectionChanged.connect(self._update_day_buttons)
        day_buttons = QHBoxLayout()
        self.day_buttons: dict[str, QPushButton] = {}
        for text, name, slot in (
            (self.tr("Add…"), "add_meeting", self.add_meeting),
            (self.tr("Edit…"), "edit_meeting", self.edit_meeting),
            (self.tr("Mark held"), "mark_held", self.mark_held),
            (self.tr("Cancel…"), "cancel_meeting", self.cancel_meeting),
            (self.tr("Missed"), "mark_missed", self.mark_missed),
        ):
            self.day_buttons[name] = self._button(text, name, slot)
            day_buttons.addWidget(self.day_buttons[name])
        self._update_day_buttons()
        self.upcoming_model = MeetingsModel(self, with_date=True)
        self.upcoming_table = self._table(self.upcoming_model, "upcoming")
        self.upcoming_table.setAccessibleName(self.tr("Meetings coming up"))
        self.attention = AttentionPanel(self)
        self.attention.open_pair_requested.connect(self.open_pair_requested)
        self.attention.schedule_requested.connect(self.schedule_pair)
        self.attention.status_message.connect(self.status_message)
        day_box = QWidget()
        day = QVBoxLayout(day_box)
        day.setContentsMargins(0, 0, 0, 0)
        day.addWidget(self.day_label)
        day.addWidget(self.day_table, 1)
        day.addLayout(day_buttons)
        upcoming_box = QWidget()
        upcoming = QVBoxLayout(upcoming_box)
        upcoming.setContentsMargins(0, 0, 0, 0)
        upcoming.addWidget(
            QLabel(self.tr("<b>Coming up</b> (next {0} days)").format(UPCOMING_DAYS))
        )
        upcoming.addWidget(self.upcoming_table, 1)
        # The day, what is coming up and attention share the side by a splitter the
        # coordinator can move; at 1280x800 each shows several rows (attention most).
        self.side = QSplitter(Qt.Orientation.Vertical, objectName="calendar_side")
        self.side.setChildrenCollapsible(False)
        for box, stretch in ((day_box, 3), (upcoming_box, 3), (self.attention, 5)):
            self.side.addWidget(box)
            self.side.setStretchFactor(self.side.count() - 1, stretch)
        self.side.setSizes([210, 190, 330])
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left_box)
        splitter.addWidget(self.side)
        splitter.setSizes([470, 800])  # the month reads at 470; the side's lists need width
        self.pages = QStackedWidget()
        self.pages.addWidget(
            EmptyStateTab(
                self.tr("No cycle yet"),
                self.tr("Meetings belong to a cycle's pairs: create a cycle in the Pairs tab."),
            )
        )
        self.pages.addWidget(splitter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

    # -- loading ---------------------------------------------------------------
    @Slot(object)
    def set_cycle(self, cycle_id: int | None) -> None:
        from rmdesk.programme import cycles, pairs

        self.cycle_id = cycle_id
        self.pages.setCurrentIndex(PAGE_NO_CYCLE if cycle_id is None else PAGE_CALENDAR)
        if cycle_id is None:
            return
        cycle = cycles.get_cycle(cycle_id)
        self.cadence_days, self.meeting_minutes = cycle.cadence_days, cycle.meeting_minutes
        self.calendar.setMinimumDate(QDate(cycle.start_date).addMonths(-1))
        self.calendar.setMaximumDate(QDate(cycle.end_date).addMonths(1))
        self.calendar.milestones = {day: title for title, day in cycles.milestones(cycle_id)}
        self.filter_combo.blockSignals(True)
        self.filter_combo.clear()
        self.filter_combo.addItem(self.tr("Every pair"), None)
        people: dict[int, str] = {}
        for row in pairs.list_pairs(cycle_id):
            if row.status in ("proposed", "active", "completed"):
                label = self.tr("Pair: {0} & {1}").format(row.mentor_name, row.mentee_name)
                self.filter_combo.addItem(label, ("pair", row.id))
                people[row.mentor_id] = row.mentor_name
                people[row.mentee_id] = row.mentee_name
        for pid, name in sorted(people.items(), key=lambda item: item[1].lower()):
            self.filter_combo.addItem(self.tr("Person: {0}").format(name), ("person", pid))
        self.filter_combo.blockSignals(False)
        self.refresh()

    def _filters(self) -> dict[str, Any]:
        choice = self.filter_combo.currentData()
        if not choice:
            return {}
        kind, value = choice
        return {"pair_id": value} if kind == "pair" else {"participant_id": value}

    def pair_choices(self) -> list[tuple[int, str]]:
        from rmdesk.programme import pairs

        if self.cycle_id is None:
            return []
        return [
            (row.id, f"{row.mentor_name} & {row.mentee_name}")
            for row in pairs.list_pairs(self.cycle_id)
            if row.status in ("proposed", "active")
        ]

    def show_changes(self, changes: Changes) -> None:
        if changes & (Changes.PARTICIPANTS | Changes.CYCLES | Changes.PAIRS):
            self.set_cycle(self.cycle_id)  # the pair filter and the milestones too
        else:
            self.refresh()

    def forget_history(self) -> None:
        """Another programme (opened, restored or imported whole): the day looked at is
        today again, not one picked in the file before (its cycle's dates no limit)."""
        self.calendar.blockSignals(True)  # the new file's cycle is read next, then the day
        self.calendar.clearMinimumDate()
        self.calendar.clearMaximumDate()
        self.calendar.setSelectedDate(QDate.currentDate())
        self.calendar.setCurrentPage(QDate.currentDate().year(), QDate.currentDate().month())
        self.calendar.blockSignals(False)

    def new_item(self) -> Callable[[], object] | None:
        return self.add_meeting if self.cycle_id is not None else None

    def selected_id(self) -> int | None:
        """The meeting selected in the day's list."""
        row = self._selected_meeting()
        return row.id if row is not None else None

    @Slot()
    def refresh(self) -> None:
        """Month marks, the selected day, what is coming up, attention and overlaps."""
        from rmdesk.programme import meetings

        if self.cycle_id is None:
            return
        self.calendar.closed = dict(meetings.closed_dates())
        self.show_month(self.calendar.yearShown(), self.calendar.monthShown())
        self._show_day()
        self._show_upcoming()
        self._show_attention()

    def show_month(self, year: int, month: int) -> None:
        """Counts for every day the grid shows (the edges of the next and last month too)."""
        from rmdesk.programme import meetings

        if self.cycle_id is None:
            return
        first = dt.date(year, month, 1)
        start = first - dt.timedelta(days=7)
        end = first + dt.timedelta(days=45)
        self.calendar.counts = meetings.day_counts(self.cycle_id, start, end, **self._filters())
        overlaps = meetings.overlaps(self.cycle_id, start=first, end=end)
        if overlaps:
            first_one = overlaps[0]
            self.overlap_label.setText(
                counted(
                    len(overlaps),
                    self.tr("⚠ {0} overlap this month: {1} on {2}."),
                    self.tr("⚠ {0} overlaps this month, e.g. {1} on {2}."),
                    first_one.name,
                    local_format.moment(first_one.first.starts_at),
                )
            )
        else:
            self.overlap_label.setText("")
        self.calendar.updateCells()
        self.calendar.describe_selected()

    @Slot(int, int)
    def _on_page_changed(self, year: int, month: int) -> None:
        self.show_month(year, month)

    def selected_day(self) -> dt.date:
        return pydate(self.calendar.selectedDate())

    @Slot()
    def _show_day(self) -> None:
        from rmdesk.programme import meetings

        if self.cycle_id is None:
            return
        day = self.selected_day()
        rows = meetings.list_meetings(
            self.cycle_id, start=day, end=day + dt.timedelta(days=1), **self._filters()
        )
        self.day_model.set_rows(rows)
        self._update_day_buttons()
        milestone = self.calendar.milestones.get(day)
        text = local_format.long_day(day)
        if milestone:
            text += f" · {milestone}"
        closed = self.calendar.closed.get(day)
        if closed is not None:
            text += " · " + palette.coloured(
                self.tr("closed: {0}").format(closed) if closed else self.tr("closed"),
                CLOSED_COLOUR,
            )
        count = (
            counted(len(rows), self.tr("{0} meeting"), self.tr("{0} meetings"))
            if rows
            else self.tr("no meetings")
        )
        self.day_label.setText(f"<b>{text}</b> — {count}")

    @Slot()
    def _update_day_buttons(self) -> None:
        """Each of the day's buttons only where it applies: a meeting selected, and a
        mark its status and its day allow (``meetings.allowed_marks``)."""
        from rmdesk.programme import meetings

        row = self._selected_meeting()
        marks = meetings.allowed_marks(row) if row is not None else frozenset()
        for name, enabled in (
            ("edit_meeting", row is not None),
            ("mark_held", "held" in marks),
            ("cancel_meeting", "cancelled" in marks),
            ("mark_missed", "missed" in marks),
        ):
            self.day_buttons[name].setEnabled(enabled)

    def _show_upcoming(self) -> None:
        from rmdesk.programme import meetings

        if self.cycle_id is None:
            return
        now = dt.datetime.now()
        rows = meetings.list_meetings(
            self.cycle_id,
            start=now.date(),
            end=now.date() + dt.timedelta(days=UPCOMING_DAYS),
            **self._filters(),
        )
        # From now: this morning's meetings are over (one under way still shows).
        self.upcoming_model.set_rows(
            [row for row in rows if row.status == "planned" and row.ends_at > now]
        )

    def _show_attention(self) -> None:
        self.attention.set_cycle(self.cycle_id)

    # -- meetings --------------------------------------------------------------
    def _selected_meeting(self) -> MeetingRow | None:
        rows = self.day_table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def _attempt(self, call: Callable[[], object], done: str) -> None:
        operate(self, call, Changes.MEETINGS, lambda _result: self.status_message.emit(done))

    @Slot()
    def add_meeting(self, pair_id: int | None = None) -> None:
        from rmdesk.ui.calendar.meeting_dialogs import MeetingDialog

        self.apply_pending()  # asked from the Pairs tab: this tab's cycle read first
        if self.cycle_id is None:
            return
        dialog = MeetingDialog(
            self,
            self.pair_choices(),
            pair_id=pair_id,
            day=self.selected_day(),
            minutes=self.meeting_minutes,
        )
        if dialog.exec():  # the form announced MEETINGS
            self.status_message.emit(self.tr("Meeting planned."))

    @Slot()
    def edit_meeting(self, _index: QModelIndex | None = None) -> None:
        from rmdesk.ui.calendar.meeting_dialogs import MeetingDialog

        row = self._selected_meeting()
        if row is None:
            return
        if MeetingDialog(self, self.pair_choices(), meeting_id=row.id).exec():  # announced
            self.status_message.emit(self.tr("Meeting saved."))

    @Slot()
    def mark_held(self) -> None:
        from rmdesk.programme import meetings

        row = self._selected_meeting()
        if row is not None:
            self._attempt(lambda: meetings.mark_held(row.id), self.tr("Marked as held."))

    @Slot()
    def mark_missed(self) -> None:
        from rmdesk.programme import meetings

        row = self._selected_meeting()
        if row is not None:
            self._attempt(lambda: meetings.mark_missed(row.id), self.tr("Marked as missed."))

    @Slot()
    def cancel_meeting(self) -> None:
        from rmdesk.ui.calendar.meeting_dialogs import CancelMeetingDialog

        row = self._selected_meeting()
        if row is not None and CancelMeetingDialog(self, row).exec():  # announced
            self.status_message.emit(self.tr("Cancelled."))

    @Slot()
    def schedule_series(self, pair: tuple[int, str] | None = None) -> None:
        from rmdesk.ui.calendar.meeting_dialogs import SeriesDialog

        if self.cycle_id is None:
            return
        dialog = SeriesDialog(self, self.cycle_id, self.cadence_days, pair or None)
        if dialog.exec() and dialog.result_counts is not None:
            counts = dialog.result_counts  # the form announced MEETINGS
            self.status_message.emit(
                self.tr("Planned {0} ({1} already had one, {2} skipped).").format(
                    counted(counts.created, self.tr("{0} meeting"), self.tr("{0} meetings")),
                    counted(counts.existing, self.tr("{0} day"), self.tr("{0} days")),
                    counted(counts.closed, self.tr("{0} closed day"), self.tr("{0} closed days")),
                )
            )

    def schedule_pair(self, pair_id: int) -> None:
        self.apply_pending()  # asked from the Pairs tab: this tab's cycle read first
        from rmdesk.programme import pairs
        from rmdesk.programme.validation import RuleError

        try:  # named whatever its status: the form says whether it may meet
            row = pairs.get_pair(pair_id)
        except RuleError as error:  # gone since it was selected
            self.status_message.emit(spoken_error(error))
            return
        self.schedule_series((pair_id, f"{row.mentor_name} & {row.mentee_name}"))

    @Slot()
    def edit_closed_days(self) -> None:
        from rmdesk.ui.calendar.closed_days_dialog import ClosedDaysDialog

        dialog = ClosedDaysDialog(self, self.selected_day())
        if dialog.exec():  # the form announced SETTINGS
            self.status_message.emit(
                counted(dialog.saved_days, self.tr("{0} closed day."), self.tr("{0} closed days."))
            )

    @Slot()
    def edit_milestones(self) -> None:
        from rmdesk.ui.calendar.meeting_dialogs import MilestonesDialog

        if self.cycle_id is None:
            return
        if MilestonesDialog(self, self.cycle_id).exec():  # the form announced CYCLES
            self.status_message.emit(self.tr("Milestones saved."))

    def mark_last_meeting_held(self, pair_id: int) -> None:
        """The pair's latest meeting that has begun and is still marked planned."""
        from rmdesk.programme import meetings

        self.apply_pending()  # asked from the Pairs tab: this tab's cycle read first
        if self.cycle_id is None:
            return
        now = dt.datetime.now()
        due = [
            row
            for row in meetings.list_meetings(self.cycle_id, pair_id=pair_id)
            if row.status == "planned" and row.starts_at <= now
        ]
        if not due:
            QMessageBox.information(
                self, self.tr("Mark held"), self.tr("This pair has no past meeting still planned.")
            )
            return
        last = due[-1]
        self._attempt(
            lambda: meetings.mark_held(last.id),
            self.tr("Meeting of {0} marked as held.").format(
                local_format.day(last.starts_at.date())
            ),
        )

    @Slot()
    def export_ics(self) -> None:
        from rmdesk.exchange.ical import export_calendar
        from rmdesk.programme import cycles

        if self.cycle_id is None:
            return
        folder = settings.load(settings.LAST_FOLDER) or str(dt.date.today())
        name = cycles.get_cycle(self.cycle_id).name
        suggested = f"{folder}/{name}.ics" if "/" in folder else f"{name}.ics"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export meetings"), suggested, self.tr("Calendar files (*.ics)")
        )
        if not path:
            return
        from pathlib import Path

        target = Path(path)
        count = export_calendar(target, self.cycle_id, **self._filters())
        settings.save(settings.LAST_FOLDER, str(target.parent))
        self.status_message.emit(
            counted(
                count,
                self.tr("Exported {0} meeting to {1}."),
                self.tr("Exported {0} meetings to {1}."),
                target.name,
            )
        )
