"""Closed days (holidays, office closures), picked with a calendar: a single day or a
range with a label, listed as ranges, saved all at once."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Slot
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rmdesk.programme import meetings
from rmdesk.programme.meetings import ClosedRange
from rmdesk.programme.validation import ValidationError
from rmdesk.ui.calendar.month import pydate
from rmdesk.ui.common import local_format, palette
from rmdesk.ui.common.dates import DateField
from rmdesk.ui.common.forms import FormDialog
from rmdesk.ui.common.operations import Changes
from rmdesk.ui.common.shortcuts import list_shortcut
from rmdesk.ui.common.wording import counted, spoken

RANGE_ROLE = Qt.ItemDataRole.UserRole + 1
MAX_NAMED = 12  # meetings named in the question; the rest counted


def _date_edit(name: str, day: dt.date) -> QDateEdit:
    return DateField(name, day, weekday=True)  # the weekday reads beside the date


class ClosedDaysDialog(FormDialog):
    """The list of closed ranges; add one (From = To for a single day) or remove one."""

    # Closed days belong to the whole programme; saving may cancel meetings on them.
    changes = Changes.SETTINGS | Changes.MEETINGS

    def __init__(self, parent: QWidget | None, day: dt.date) -> None:
        super().__init__(parent, self.tr("Closed days"), min_width=520)
        self.saved_days = 0
        self.cancel_planned = False  # asked in accept() when meetings fall on the days
        self.list = QListWidget(objectName="closed_list")
        self.list.setMinimumHeight(160)
        for closed in meetings.closed_ranges():
            self._append(closed)
        self.first_edit = _date_edit("closed_first", day)
        self.last_edit = _date_edit("closed_last", day)
        self._previous_first = self.first_edit.date()
        self.first_edit.dateChanged.connect(self._first_changed)
        self.label_edit = QLineEdit(objectName="closed_label")
        self.label_edit.setPlaceholderText(self.tr("e.g. Christmas, office move"))
        self.add_button = QPushButton(self.tr("&Add"), objectName="closed_add")
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_range)
        self.remove_button = QPushButton(self.tr("&Remove"), objectName="closed_remove")
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self.remove_selected)
        for field in (self.first_edit, self.last_edit, self.label_edit):
            for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):  # adds, rather than saves
                list_shortcut(field, key, self.add_range)
        list_shortcut(self.list, QKeySequence.StandardKey.Delete, self.remove_selected)
        self.list.itemSelectionChanged.connect(self._update_remove)
        self._update_remove()
        self.add_error = QLabel(objectName="closed_error", wordWrap=True)
        self.add_error.setStyleSheet(palette.label_style())
        self.add_error.hide()
        dates = QHBoxLayout()
        dates.addWidget(self.first_edit)
        to_label = QLabel(self.tr("to"))
        to_label.setBuddy(self.last_edit)
        dates.addWidget(to_label)
        dates.addWidget(self.last_edit)
        dates.addStretch(1)
        add_row = QHBoxLayout()
        add_row.addWidget(self.label_edit, 1)
        add_row.addWidget(self.add_button)
        listed = QVBoxLayout()
        listed.addWidget(self.list)
        remove_row = QHBoxLayout()
        remove_row.addStretch(1)
        remove_row.addWidget(self.remove_button)
        listed.addLayout(remove_row)
        self.form.addRow(
            QLabel(
                self.tr(
                    "Series of meetings skip these days, and booking a meeting on one asks "
                    "first. For a single day, keep From and To the same; Enter adds it."
                ),
                wordWrap=True,
            )
        )
        from_label, label_label = QLabel(self.tr("&From")), QLabel(self.tr("&Label"))
        from_label.setBuddy(self.first_edit)
        label_label.setBuddy(self.label_edit)
        self.form.addRow(from_label, dates)
        self.form.addRow(label_label, add_row)
        self.form.addRow("", self.add_error)
        closed_label = QLabel(self.tr("Closed"))
        closed_label.setBuddy(self.list)
        self.form.addRow(closed_label, listed)
        self.first_edit.setFocus()

    def ranges(self) -> list[ClosedRange]:
        """The ranges listed, in the list's order (dates)."""
        return [self.list.item(row).data(RANGE_ROLE) for row in range(self.list.count())]

    def _text(self, closed: ClosedRange) -> str:
        first = local_format.day(closed.first)
        when = (
            first
            if closed.days == 1
            else self.tr("{0} to {1} ({2})").format(
                first,
                local_format.day(closed.last),
                counted(closed.days, self.tr("{0} day"), self.tr("{0} days")),
            )
        )
        return f"{when} · {closed.label}" if closed.label else when

    def _append(self, closed: ClosedRange) -> None:
        item = QListWidgetItem(self._text(closed))
        item.setData(RANGE_ROLE, closed)
        self.list.addItem(item)

    @Slot(QDate)
    def _first_changed(self, first: QDate) -> None:
        # A single day unless the range was widened: To follows From.
        if self.last_edit.date() < first or self.last_edit.date() == self._previous_first:
            self.last_edit.setDate(first)
        self._previous_first = first

    @Slot()
    def _update_remove(self) -> None:
        self.remove_button.setEnabled(bool(self.list.selectedItems()))

    @Slot()
    def add_range(self) -> None:
        """Check the range with the domain's rule, then list it in date order."""
        first, last = pydate(self.first_edit.date()), pydate(self.last_edit.date())
        label = self.label_edit.text().strip()
        problems = meetings.range_problems(first, last, label)
        overlap = next((r for r in self.ranges() if r.first <= last and first <= r.last), None)
        if overlap is not None:
            text = self.tr("It overlaps {0}: remove that one first.").format(self._text(overlap))
        if problems:
            text = " ".join(spoken(text) for text in problems.values())
        if problems or overlap is not None:
            self.add_error.setText(text)
            self.add_error.show()
            return
        self.add_error.hide()
        kept = [*self.ranges(), ClosedRange(first, last, label)]
        self.list.clear()
        for closed in sorted(kept):
            self._append(closed)
        self.label_edit.clear()
        self.last_edit.setDate(self.first_edit.date())  # the next one: a single day again
        self.first_edit.setFocus()

    @Slot()
    def remove_selected(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))

    def accept(self) -> None:
        """Save; planned meetings on the closed days are named first, to be cancelled (by
        the coordinator, for the closed day) or kept as they are."""
        self.cancel_planned = False
        try:
            days = meetings.closed_days_of(self.ranges())
        except ValidationError:
            days = {}  # refused when saved, under the form
        clashes = meetings.planned_on_closed_days(days)
        if clashes:
            answer = self._ask_about(clashes)
            if answer is None:
                return  # back to the list
            self.cancel_planned = answer
        super().accept()

    def _ask_about(self, clashes: list[tuple[meetings.MeetingRow, str]]) -> bool | None:
        """Cancel the planned meetings (True), keep them (False) or go back (None)."""
        shown_rows = [
            "• "
            + self.tr("{0} & {1}, {2}").format(
                row.mentor_name, row.mentee_name, local_format.moment(row.starts_at)
            )
            + (f" ({label})" if label else "")
            for row, label in clashes[:MAX_NAMED]
        ]
        if len(clashes) > MAX_NAMED:
            shown_rows.append(self.tr("… and {0} more").format(len(clashes) - MAX_NAMED))
        box = QMessageBox(self)
        box.setObjectName("closed_days_meetings")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Meetings on closed days"))
        box.setText(
            counted(
                len(clashes),
                self.tr("{0} planned meeting falls on a closed day:"),
                self.tr("{0} planned meetings fall on closed days:"),
            )
        )
        box.setInformativeText("\n".join(shown_rows))
        cancel = box.addButton(
            counted(len(clashes), self.tr("Cancel the meeting"), self.tr("Cancel the meetings")),
            QMessageBox.ButtonRole.AcceptRole,
        )
        cancel.setObjectName("closed_cancel_meetings")
        keep = box.addButton(
            counted(len(clashes), self.tr("Keep it planned"), self.tr("Keep them planned")),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        keep.setObjectName("closed_keep_meetings")
        back = box.addButton(self.tr("Back"), QMessageBox.ButtonRole.RejectRole)
        back.setObjectName("closed_back")
        box.setDefaultButton(back)
        box.exec()
        clicked = box.clickedButton()
        if clicked is cancel:
            return True
        if clicked is keep:
            return False
        return None

    def save(self) -> None:
        self.saved_days = meetings.replace_closed_days(
            self.ranges(), cancel_planned=self.cancel_planned
        )
