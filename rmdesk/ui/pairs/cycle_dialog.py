"""Create or edit a programme cycle: name, dates, meeting cadence and length."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QLineEdit,
    QSpinBox,
    QWidget,
)

from rmdesk.programme import cycles
from rmdesk.programme.cycles import CycleData
from rmdesk.ui.common.dates import DateField
from rmdesk.ui.common.forms import FormDialog
from rmdesk.ui.common.operations import Changes


def to_date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class CycleDialog(FormDialog):
    """``cycle_id`` None creates a cycle (end defaults to start + 9 months)."""

    changes = Changes.CYCLES

    def __init__(self, parent: QWidget | None, cycle_id: int | None = None) -> None:
        super().__init__(
            parent, self.tr("New cycle") if cycle_id is None else self.tr("Edit cycle")
        )
        self.cycle_id = cycle_id
        self.saved_id: int | None = None
        self.name_edit = QLineEdit(objectName="cycle_name")
        self.name_edit.setPlaceholderText(self.tr("e.g. 2027 cohort"))
        self.start_edit = DateField("cycle_start")
        self.end_edit = DateField("cycle_end")
        self.cadence_spin = QSpinBox(objectName="cycle_cadence", minimum=1, maximum=90)
        self.cadence_spin.setSuffix(self.tr(" days"))
        self.minutes_spin = QSpinBox(objectName="cycle_minutes", minimum=15, maximum=240)
        self.minutes_spin.setSingleStep(15)
        self.minutes_spin.setSuffix(self.tr(" minutes"))
        form = self.form
        form.addRow(self.tr("&Name*"), self.name_edit)
        form.addRow(self.tr("&Starts on"), self.start_edit)
        form.addRow(self.tr("&Ends on"), self.end_edit)
        form.addRow(self.tr("Meet e&very"), self.cadence_spin)
        form.addRow(self.tr("Meetings &last"), self.minutes_spin)
        # The buttons were made first (FormDialog), so they would take the focus: what the
        # coordinator types goes into the name.
        self.name_edit.setFocus()
        self._end_follows_start = cycle_id is None
        self.start_edit.dateChanged.connect(self._on_start_changed)
        self.end_edit.dateChanged.connect(self._on_end_edited)
        self._load()

    def _load(self) -> None:
        if self.cycle_id is None:
            start = dt.date.today()
            data = CycleData(name="", start_date=start, end_date=cycles.default_end(start))
        else:
            row = cycles.get_cycle(self.cycle_id)
            data = CycleData(
                name=row.name,
                start_date=row.start_date,
                end_date=row.end_date,
                cadence_days=row.cadence_days,
                meeting_minutes=row.meeting_minutes,
            )
        self.name_edit.setText(data.name)
        follows = self._end_follows_start
        self._end_follows_start = False
        self.start_edit.setDate(QDate(data.start_date or dt.date.today()))
        self.end_edit.setDate(QDate(data.end_date or cycles.default_end(dt.date.today())))
        self._end_follows_start = follows
        self.cadence_spin.setValue(data.cadence_days)
        self.minutes_spin.setValue(data.meeting_minutes)

    def _on_start_changed(self, value: QDate) -> None:
        """Until the coordinator sets an end date, it stays start + 9 months."""
        if self._end_follows_start:
            self.end_edit.blockSignals(True)
            self.end_edit.setDate(QDate(cycles.default_end(to_date(value))))
            self.end_edit.blockSignals(False)

    def _on_end_edited(self) -> None:
        self._end_follows_start = False

    def data(self) -> CycleData:
        return CycleData(
            name=self.name_edit.text(),
            start_date=to_date(self.start_edit.date()),
            end_date=to_date(self.end_edit.date()),
            cadence_days=self.cadence_spin.value(),
            meeting_minutes=self.minutes_spin.value(),
        )

    def save(self) -> None:
        if self.cycle_id is None:
            self.saved_id = cycles.create_cycle(self.data())
        else:
            cycles.update_cycle(self.cycle_id, self.data())
            self.saved_id = self.cycle_id
