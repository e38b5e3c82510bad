"""The Goals tab's Assessments page: who owes which self-assessment, done or overdue.

Also the two small builders the Goals tab's pages share: a list table and a button
that triggers an action.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rmdesk.ui.common import local_format, palette
from rmdesk.ui.common.labels import GOAL_OWNER, PHASE, all_shown
from rmdesk.ui.common.shortcuts import list_shortcut
from rmdesk.ui.common.wording import counted
from rmdesk.ui.goals.model import ROW_ROLE, AssessmentsModel

if TYPE_CHECKING:
    from rmdesk.programme.assessments import AssessmentDue


def list_table(
    model: QAbstractItemModel, name: str, samples: tuple[str | tuple[str, ...], ...]
) -> QTableView:
    """A read-only list of rows, one selected at a time, each column as wide as its
    widest sample (a tuple: the window's words that column shows, whose length follows
    the language: French "Mentoré (senior)", "Compatibilité insuffisante")."""
    table = QTableView(objectName=name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    metrics = table.fontMetrics()
    for column, sample in enumerate(samples):
        texts = (sample,) if isinstance(sample, str) else sample
        table.setColumnWidth(column, max(map(metrics.horizontalAdvance, texts)) + 24)
    return table


def action_button(action: QAction, name: str) -> QPushButton:
    """A push button that triggers ``action`` (its text without the mnemonic or shortcut)
    and is enabled exactly when the action is, so what is available shows."""
    text = action.text().split("\t")[0].replace("&", "")
    button: QPushButton = QPushButton(text, objectName=name)
    button.setToolTip(action.statusTip())
    button.clicked.connect(action.trigger)
    button.setEnabled(action.isEnabled())
    action.enabledChanged.connect(button.setEnabled)
    return button


def open_on_enter(table: QTableView, action: QAction) -> None:
    """Enter (or Return) on the list opens its selected row, as a double click does."""
    table.doubleClicked.connect(action.trigger)
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        list_shortcut(table, key, action.trigger)


class AssessmentsPage(QWidget):
    """The assessments due in the cycle (or one pair), with "Only missing"."""

    def __init__(self, enter_action: QAction, dimensions_action: QAction) -> None:
        super().__init__()
        self.model = AssessmentsModel(self)
        self.table = list_table(
            self.model,
            "assessments_table",
            ("Alejandro Rodríguez-Smith", all_shown(GOAL_OWNER),
             "Alejandro Rodríguez – Margaret Lee", all_shown(PHASE),
             local_format.day(dt.date(2026, 12, 31))),
        )  # fmt: skip
        open_on_enter(self.table, enter_action)
        self.missing_only = QCheckBox(self.tr("Only &missing"), objectName="assessments_missing")
        self.missing_only.setToolTip(self.tr("Hide the assessments entered in full"))
        self.label = QLabel(objectName="assessments_label", wordWrap=True)
        bar = QHBoxLayout()
        bar.addWidget(self.label, 1)
        bar.addWidget(self.missing_only)
        bar.addWidget(action_button(enter_action, "enter_assessment_button"))
        bar.addWidget(action_button(dimensions_action, "dimensions_button"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

    def show_rows(
        self, due: list[AssessmentDue], pair_id: int | None, labels: dict[int, str]
    ) -> int:
        """Show ``due`` for one pair (None: all); returns how many are overdue."""
        rows = [
            row for row in due
            if (pair_id is None or row.pair_id == pair_id)
            and not (self.missing_only.isChecked() and row.complete)
        ]  # fmt: skip
        selected = self.selected()
        at = self.table.selectionModel().selectedRows()
        self.model.set_rows(rows, labels, dt.date.today())
        if selected is not None:
            self._reselect(rows, selected, at[0].row() if at else 0)
        all_rows = [r for r in due if pair_id is None or r.pair_id == pair_id]
        overdue = sum(1 for row in all_rows if row.overdue)
        done = sum(1 for row in all_rows if row.done)
        if not all_rows:
            text = self.tr(
                "Assessments are owed by the people of active, completed or ended pairs; "
                "none here yet."
            )
        else:
            text = counted(
                len(all_rows),
                self.tr("{1} of {0} assessment entered"),
                self.tr("{1} of {0} assessments entered"),
                done,
            )
            if overdue:
                text += " · " + palette.emphasis(self.tr("{0} overdue").format(overdue))
        self.label.setText(text)
        return overdue

    def _reselect(self, rows: list[AssessmentDue], was: AssessmentDue, index: int) -> None:
        """Keep the selection across a reload: the same assessment, or (when "Only
        missing" hid it, as just entered) the row that took its place: Enter goes on."""
        key = (was.pair_id, was.participant_id, was.phase)
        keys = [(row.pair_id, row.participant_id, row.phase) for row in rows]
        row = keys.index(key) if key in keys else min(index, len(rows) - 1)
        if row >= 0:
            self.table.selectRow(row)

    def selected(self) -> AssessmentDue | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def shown_rows(self) -> list[AssessmentDue]:
        """The rows in the order the list shows them ("Save and next" follows it)."""
        model = self.table.model()
        return [model.index(row, 0).data(ROW_ROLE) for row in range(model.rowCount())]
