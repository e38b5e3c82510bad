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
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rmdesk.programme import meetings
from rmdesk.programme.meetings import ClosedRange
from rmdesk.ui.calendar.month import pydate
from rmdesk.ui.common import palette
from rmdesk.ui.common.dates import DateField
from rmdesk.ui.common.forms import FormDialog
from rmdesk.ui.common.operations import Changes
from rmdesk.ui.common.shortcuts import list_shortcut
from rmdesk.ui.common.wording import counted, spoken

RANGE_ROLE = Qt.ItemDataRole.UserRole + 1


def _date_edit(name: str, day: dt.date) -> QDateEdit:
    return DateField(name, day, weekday=True)  # the weekday reads beside the date


class ClosedDaysDialog(FormDialog):
    """The list of closed ranges; add one (From = To for a single day) or remove one."""

    changes = Changes.SETTINGS  # closed days belong to the whole programme

    def __init__(self, parent: QWidget | None, day: dt.date) -> None:
        super().__init__(parent, self.tr("Closed days"), min_width=520)
        self.saved_days = 0
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
        dates.addWidget(QLabel(self.tr("to")))
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
        self.form.addRow(self.tr("Closed"), listed)
        self.first_edit.setFocus()

    def ranges(self) -> list[ClosedRange]:
        """The ranges listed, in the list's order (dates)."""
        return [self.list.item(row).data(RANGE_ROLE) for row in range(self.list.count())]

    def _text(self, closed: ClosedRange) -> str:
        first = closed.first.strftime("%a %d %b %Y")
        when = (
            first
            if closed.days == 1
            else self.tr("{0} to {1} ({2})").format(
                first,
                closed.last.strftime("%a %d %b %Y"),
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

    def save(self) -> None:
        self.saved_days = meetings.replace_closed_days(self.ranges())
