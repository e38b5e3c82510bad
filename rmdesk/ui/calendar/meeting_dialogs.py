"""Dialogs of the Calendar tab: one meeting (add, edit, reschedule) and a meeting series."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from rmdesk.programme import cycles, meetings
from rmdesk.programme.meetings import MeetingData, MeetingRow
from rmdesk.ui.common import labels, local_format
from rmdesk.ui.common.dates import DateField, DateTimeField
from rmdesk.ui.common.forms import FormDialog
from rmdesk.ui.common.labels import shown
from rmdesk.ui.common.operations import Changes
from rmdesk.ui.common.wording import counted, spoken


def _python_datetime(value: QDateTime) -> dt.datetime:
    date, time = value.date(), value.time()
    return dt.datetime(date.year(), date.month(), date.day(), time.hour(), time.minute())


class MeetingDialog(FormDialog):
    """Add a meeting (``meeting_id`` None) or edit/reschedule one."""

    changes = Changes.MEETINGS

    def __init__(
        self,
        parent: QWidget | None,
        pairs: list[tuple[int, str]],
        *,
        meeting_id: int | None = None,
        pair_id: int | None = None,
        day: dt.date | None = None,
        minutes: int = 60,
    ) -> None:
        super().__init__(
            parent, self.tr("New meeting") if meeting_id is None else self.tr("Edit meeting")
        )
        self.meeting_id = meeting_id
        self.saved_id: int | None = None
        self.pair_combo = QComboBox(objectName="meeting_pair")
        for pid, label in pairs:
            self.pair_combo.addItem(label, pid)
        self.start_edit = DateTimeField("meeting_start")
        self.duration_spin = QSpinBox(objectName="meeting_minutes", minimum=5, maximum=480)
        self.duration_spin.setSingleStep(15)
        self.duration_spin.setSuffix(self.tr(" minutes"))
        self.mode_combo = QComboBox(objectName="meeting_mode")
        for mode in labels.MEETING_MODE:
            self.mode_combo.addItem(shown(labels.MEETING_MODE, mode), mode)
        self.location_edit = QLineEdit(objectName="meeting_location")
        self.location_edit.setPlaceholderText(self.tr("Room, address or video link"))
        self.agenda_edit = QPlainTextEdit(objectName="meeting_agenda")
        self.agenda_edit.setMaximumHeight(70)
        self.agenda_edit.setTabChangesFocus(True)
        self.notes_edit = QPlainTextEdit(objectName="meeting_notes")
        self.notes_edit.setMaximumHeight(70)
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setPlaceholderText(self.tr("Private to you: never exported"))
        self.form.addRow(self.tr("&Pair"), self.pair_combo)
        self.form.addRow(self.tr("&Starts"), self.start_edit)
        self.form.addRow(self.tr("&Duration"), self.duration_spin)
        self.form.addRow(self.tr("&Mode"), self.mode_combo)
        self.form.addRow(self.tr("&Where"), self.location_edit)
        self.form.addRow(self.tr("&Agenda"), self.agenda_edit)
        self.form.addRow(self.tr("Private &notes"), self.notes_edit)
        self.original_day: dt.date | None = None  # a new meeting asks on any closed day
        self.original_span: tuple[dt.datetime, int] | None = None  # asks on a move only
        if meeting_id is None:
            self._day = day or dt.date.today()
            self.duration_spin.setValue(minutes)
            if pair_id is not None:
                self.pair_combo.setCurrentIndex(max(0, self.pair_combo.findData(pair_id)))
            self._free_time()
            self.pair_combo.currentIndexChanged.connect(self._free_time)  # that pair's
        else:
            row = meetings.get_meeting(meeting_id)
            self.pair_combo.setCurrentIndex(max(0, self.pair_combo.findData(row.pair_id)))
            self.pair_combo.setEnabled(False)
            start = row.starts_at
            self.original_day = start.date()
            self.original_span = (start, row.duration_minutes)
            self.start_edit.setDateTime(
                QDateTime(QDate(start.date()), QTime(start.hour, start.minute))
            )
            self.duration_spin.setValue(row.duration_minutes)
            self.mode_combo.setCurrentIndex(max(0, self.mode_combo.findData(row.mode)))
            self.location_edit.setText(row.location)
            self.agenda_edit.setPlainText(row.agenda)
            self.notes_edit.setPlainText(row.notes)
        if not pairs:
            self.error_label.setText(self.tr("This cycle has no pair to meet yet."))
            self.error_label.show()
            self.save_button.setEnabled(False)

    def _free_time(self) -> None:
        """A new meeting starts at a time its pair and their people are free that day."""
        start = meetings.free_start(
            self.pair_combo.currentData(), self._day, self.duration_spin.value()
        )
        self.start_edit.setDateTime(QDateTime(QDate(start.date()), QTime(start.hour, start.minute)))

    def data(self) -> MeetingData:
        return MeetingData(
            pair_id=self.pair_combo.currentData(),
            starts_at=_python_datetime(self.start_edit.dateTime()),
            duration_minutes=self.duration_spin.value(),
            mode=self.mode_combo.currentData(),
            location=self.location_edit.text().strip(),
            agenda=self.agenda_edit.toPlainText().strip(),
            notes=self.notes_edit.toPlainText().strip(),
        )

    def accept(self) -> None:
        """Save, after asking when the day is closed (and the meeting moves onto it); a
        meeting the domain refuses anyway (outside the cycle ...) is not asked about."""
        self.clear_errors()  # a refusal from the last try is not this question's
        data = self.data()
        start = data.starts_at
        moved = self.original_day != start.date()
        label = meetings.closed_label(start.date()) if moved else None
        if label is not None and not meetings.validate_meeting(data):
            day = local_format.long_day(start.date())
            answer = QMessageBox.question(
                self,
                self.tr("Closed day"),
                self.tr("{0} is a closed day ({1}). Plan the meeting on it anyway?").format(
                    day, label
                )
                if label
                else self.tr("{0} is a closed day. Plan the meeting on it anyway?").format(day),
                defaultButton=QMessageBox.StandardButton.No,  # Enter keeps the day free
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        span = (data.starts_at, data.duration_minutes)
        if (
            span != self.original_span
            and not meetings.validate_meeting(data)
            and not self._clash_accepted(data)
        ):
            return
        super().accept()

    def _clash_accepted(self, data: MeetingData) -> bool:
        """True when nothing overlaps, or the coordinator plans it anyway after being
        told which meetings of the pair or of its people it overlaps."""
        found = meetings.clashes(
            data.pair_id, data.starts_at, data.duration_minutes, meeting_id=self.meeting_id
        )
        if not found:
            return True
        named = "\n".join(
            "• "
            + self.tr("{0} & {1}, {2} {3}–{4}").format(
                row.mentor_name,
                row.mentee_name,
                local_format.day(row.starts_at.date()),
                local_format.clock(row.starts_at),
                local_format.clock(row.ends_at),
            )
            for row in found
        )
        answer = QMessageBox.question(
            self,
            self.tr("Overlapping meeting"),
            counted(
                len(found),
                self.tr(
                    "It overlaps {0} meeting of this pair or its people:\n{1}\n\nPlan it anyway?"
                ),
                self.tr(
                    "It overlaps {0} meetings of this pair or its people:\n{1}\n\nPlan it anyway?"
                ),
                named,
            ),
            defaultButton=QMessageBox.StandardButton.No,  # Enter goes back to the form
        )
        return answer == QMessageBox.StandardButton.Yes

    def save(self) -> None:
        if self.meeting_id is None:
            self.saved_id = meetings.create_meeting(self.data())
        else:
            meetings.update_meeting(self.meeting_id, self.data())
            self.saved_id = self.meeting_id


class CancelMeetingDialog(FormDialog):
    """Cancel one meeting, named, and who called it off; its buttons say what they do
    ("Cancel" beside "Cancel meeting" read like calling it off)."""

    changes = Changes.MEETINGS

    def __init__(self, parent: QWidget | None, row: MeetingRow) -> None:
        super().__init__(parent, self.tr("Cancel a meeting"), min_width=460)
        self.setObjectName("cancel_meeting_dialog")
        self.meeting_id = row.id
        self.what = QLabel(
            self.tr("Cancel the meeting of <b>{0} & {1}</b> on {2}, {3}–{4}?").format(
                row.mentor_name,
                row.mentee_name,
                local_format.long_day(row.starts_at.date()),
                local_format.clock(row.starts_at),
                local_format.clock(row.ends_at),
            ),
            objectName="cancel_what",
            wordWrap=True,
        )
        self.by_combo = QComboBox(objectName="cancel_by")
        for by in meetings.CANCELLERS:
            self.by_combo.addItem(shown(labels.CANCELLED_BY, by), by)
        self.form.addRow(self.what)
        self.form.addRow(self.tr("&Who cancelled?"), self.by_combo)
        self.save_button.setText(self.tr("Cancel the meeting"))
        self.save_button.setIcon(QIcon())  # not Save's floppy disk: nothing is typed here
        self.save_button.setObjectName("cancel_confirm")
        keep = self.buttons.button(self.buttons.StandardButton.Cancel)
        keep.setText(self.tr("Keep it"))
        keep.setObjectName("cancel_keep")

    def save(self) -> None:
        meetings.mark_cancelled(self.meeting_id, self.by_combo.currentData())


class SeriesDialog(FormDialog):
    """Plan regular meetings until the cycle ends, for one pair or every active pair."""

    changes = Changes.MEETINGS

    def __init__(
        self, parent: QWidget | None, cycle_id: int, cadence_days: int, pair: tuple[int, str] | None
    ) -> None:
        super().__init__(parent, self.tr("Schedule meetings"))
        self.cycle_id = cycle_id
        self.pair_id = pair[0] if pair else None
        self.result_counts: meetings.SeriesResult | None = None
        who = pair[1] if pair else self.tr("every active pair of the cycle")
        self.form.addRow(QLabel(self.tr("For {0}").format(who)))
        cycle = cycles.get_cycle(cycle_id)  # a series starts within its cycle's dates
        self.first_edit = DateField(
            "series_first", earliest=cycle.start_date, latest=cycle.end_date
        )
        self.first_edit.setDate(QDate(min(meetings.default_first_day(cycle_id), cycle.end_date)))
        self.time_edit = QTimeEdit(objectName="series_time")
        self.time_edit.setDisplayFormat("HH:mm")
        self.time_edit.setTime(QTime(10, 0))
        self.every_spin = QSpinBox(objectName="series_every", minimum=1, maximum=90)
        self.every_spin.setSuffix(self.tr(" days"))
        self.every_spin.setValue(cadence_days)
        self.form.addRow(self.tr("&First meeting"), self.first_edit)
        self.form.addRow(self.tr("&At"), self.time_edit)
        self.form.addRow(self.tr("&Every"), self.every_spin)
        self.form.addRow(
            QLabel(
                self.tr(
                    "Until the cycle ends on {0}. Closed days are skipped; days that already "
                    "have a meeting for a pair are left as they are, so running this again is "
                    "safe."
                ).format(local_format.day(cycle.end_date)),
                wordWrap=True,
            )
        )
        problem = meetings.first_day_problem(cycle_id)
        if problem is not None:  # the cycle is over: say so before anything is typed
            self.show_error(
                self.tr("{0} To plan meetings anyway, pick a first day within it.").format(
                    spoken(problem)
                )
            )

    def save(self) -> None:
        first = self.first_edit.date()
        at = self.time_edit.time()
        self.result_counts = meetings.schedule_series(
            self.cycle_id,
            pair_ids=[self.pair_id] if self.pair_id is not None else None,
            first=dt.date(first.year(), first.month(), first.day()),
            at=dt.time(at.hour(), at.minute()),
            every_days=self.every_spin.value(),
        )


class MilestonesDialog(FormDialog):
    """Rename or move the cycle's milestones (kickoff, midpoint review, closing ...)."""

    changes = Changes.CYCLES  # the month shows them

    def __init__(self, parent: QWidget | None, cycle_id: int) -> None:
        from rmdesk.programme import cycles

        super().__init__(parent, self.tr("Milestones"))
        self.rows: list[tuple[int, QLineEdit, QDateEdit]] = []
        for number, milestone in enumerate(cycles.milestone_rows(cycle_id)):
            title = QLineEdit(milestone.title, objectName=f"milestone_title_{number}")
            date = DateField(f"milestone_date_{number}", milestone.date)
            # The title is edited where a label would stand, so both are named here.
            title.setAccessibleName(self.tr("Milestone {0}").format(number + 1))
            date.setAccessibleName(self.tr("Date of milestone {0}").format(number + 1))
            self.form.addRow(title, date)
            self.rows.append((milestone.id, title, date))

    def save(self) -> None:
        from rmdesk.programme import cycles

        changes = []
        for milestone_id, title, date in self.rows:
            value = date.date()
            day = dt.date(value.year(), value.month(), value.day())
            changes.append((milestone_id, title.text(), day))
        cycles.update_milestones(changes)  # all milestones or none
