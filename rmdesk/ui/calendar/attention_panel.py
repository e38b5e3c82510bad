"""The attention list of the Calendar tab: the pairs that need the coordinator, most
severe first, filtered by kind, each with its whole detail and the actions that apply.

An item can be acknowledged until a day, with a note: it leaves the list until then
(stored, through the domain's ``meetings.acknowledge``). The list reads the domain
only when the tab asks (``show``), which it does on the window's change signal.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rmdesk.ui.common import labels, local_format, palette
from rmdesk.ui.common.dates import DateField
from rmdesk.ui.common.forms import FormDialog
from rmdesk.ui.common.labels import QT_TRANSLATE_NOOP, shown
from rmdesk.ui.common.operations import Changes, operate
from rmdesk.ui.common.table_model import AnyIndex, RowTableModel
from rmdesk.ui.common.wording import counted, spoken

if TYPE_CHECKING:
    from rmdesk.programme.meetings import AttentionItem

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
COL_SEVERITY, COL_PAIR, COL_WHY, COL_DETAIL = range(4)
SEVERITY_COLOURS = {"high": palette.ERROR, "medium": palette.WAITING, "low": palette.MUTED}
ACKNOWLEDGE_DAYS = 14  # the acknowledgement's default length


class AttentionModel(RowTableModel):
    """Pairs that need the coordinator: how urgent, what is wrong, in words."""

    HEADERS = (
        QT_TRANSLATE_NOOP("Headers", "Severity"),
        QT_TRANSLATE_NOOP("Headers", "Pair"),
        QT_TRANSLATE_NOOP("Headers", "Why"),
        QT_TRANSLATE_NOOP("Headers", "Detail"),
    )

    def set_rows(self, rows: Sequence[AttentionItem]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[AttentionItem]:
        return self._rows

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.row_in_range(index):
            return None
        item: AttentionItem = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == COL_DETAIL:
                return self._detail(item)
            if role == Qt.ItemDataRole.DisplayRole:
                return (
                    shown(labels.ATTENTION_SEVERITY, item.severity),
                    f"{item.mentor_name} & {item.mentee_name}",
                    shown(labels.ATTENTION, item.kind),
                )[column]
        if role == Qt.ItemDataRole.ForegroundRole:
            if item.acknowledged is not None:
                return palette.brush(palette.MUTED)
            if column == COL_SEVERITY:
                return palette.brush(SEVERITY_COLOURS[item.severity])
        if role == ITEM_ROLE:
            return item
        return None

    def _detail(self, item: AttentionItem) -> str:
        detail = spoken(item.detail)
        ack = item.acknowledged
        if ack is None:
            return detail
        seen = self.tr("Acknowledged until {0}.").format(local_format.day(ack.until))
        note = f" {ack.note}" if ack.note else ""
        return f"{detail} {seen}{note}"


class AcknowledgeDialog(FormDialog):
    """Until when an item stays off the list, and why (a note for later)."""

    changes = Changes.MEETINGS  # the attention list is read with the meetings

    def __init__(self, parent: QWidget | None, item: AttentionItem) -> None:
        super().__init__(
            parent, self.tr("Acknowledge"), accept_button=QDialogButtonBox.StandardButton.Ok
        )
        self.item = item
        about = QLabel(
            self.tr("{0} & {1}: {2}").format(
                item.mentor_name, item.mentee_name, spoken(item.detail)
            ),
            wordWrap=True,
        )
        self.form.addRow(about)
        today = QDate.currentDate()
        self.until = DateField("until", earliest=today)
        start = item.acknowledged.until if item.acknowledged else None
        self.until.setDate(QDate(start) if start else today.addDays(ACKNOWLEDGE_DAYS))
        self.note = QLineEdit(objectName="note")
        self.note.setPlaceholderText(self.tr("Why it can wait (optional)"))
        if item.acknowledged is not None:
            self.note.setText(item.acknowledged.note)
        self.add_field(self.tr("Off the list until"), self.until, "until")
        self.add_field(self.tr("Note"), self.note, "note")
        # Typing goes to the note, never to the default button (a space would press it).
        self.note.setFocus()

    def save(self) -> None:
        from rmdesk.programme import meetings

        value = self.until.date()
        meetings.acknowledge(
            self.item.pair_id,
            self.item.kind,
            dt.date(value.year(), value.month(), value.day()),
            self.note.text(),
            meeting_id=self.item.meeting_id,
        )


class AttentionPanel(QWidget):
    """The list, its kind filter, the selected item's whole detail and its actions."""

    open_pair_requested = Signal(int)
    schedule_requested = Signal(int)
    status_message = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cycle_id: int | None = None
        self.title = QLabel(objectName="attention_label")
        self.kind_filter = QComboBox(objectName="attention_kind")
        self.kind_filter.addItem(self.tr("Every kind"), None)
        for kind in labels.ATTENTION:  # most urgent first
            self.kind_filter.addItem(shown(labels.ATTENTION, kind), kind)
        self.kind_filter.currentIndexChanged.connect(self.reload)
        self.show_acknowledged = QCheckBox(self.tr("Show acknowledged"))
        self.show_acknowledged.setObjectName("attention_show_acknowledged")
        self.show_acknowledged.toggled.connect(self.reload)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        kind_label = QLabel(self.tr("Kind:"))
        kind_label.setBuddy(self.kind_filter)
        top.addWidget(kind_label)
        top.addWidget(self.kind_filter)
        top.addWidget(self.show_acknowledged)
        self.model = AttentionModel(self)
        self.table = QTableView(objectName="attention")
        self.table.setAccessibleName(self.tr("Pairs that need attention"))
        self.table.setAccessibleDescription(
            self.tr("Most severe first: severity, pair, why and the detail; Enter opens the pair")
        )
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        # The detail wraps in its column and the rows grow to fit: never cut off.
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_DETAIL, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(self._act)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        buttons = QHBoxLayout()
        self.open_button = self._button(self.tr("Open pair"), "attention_open", self._open_pair)
        self.details_button = self._button(
            self.tr("Details…"), "attention_details", self._show_details
        )
        self.schedule_button = self._button(
            self.tr("Schedule…"), "attention_schedule", self._schedule
        )
        self.held_button = self._button(self.tr("Mark held"), "attention_held", self._mark_held)
        self.acknowledge_button = self._button(
            self.tr("Acknowledge…"), "attention_acknowledge", self._acknowledge
        )
        self.withdraw_button = self._button(
            self.tr("Back on the list"), "attention_withdraw", self._withdraw
        )
        for button in (
            self.open_button,
            self.details_button,
            self.schedule_button,
            self.held_button,
            self.acknowledge_button,
            self.withdraw_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._selection_changed()

    def _button(self, text: str, name: str, slot: Any) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    # -- reading ---------------------------------------------------------------
    def set_cycle(self, cycle_id: int | None) -> None:
        self.cycle_id = cycle_id
        self.reload()

    @Slot()
    def reload(self) -> None:
        """Read the list again, keeping the selected item selected if it is still there."""
        from rmdesk.programme import meetings

        if self.cycle_id is None:
            self.model.set_rows([])
            return
        kept = self.selected()
        items = meetings.attention(
            self.cycle_id, include_acknowledged=self.show_acknowledged.isChecked()
        )
        kind = self.kind_filter.currentData()
        shown_items = [item for item in items if kind is None or item.kind == kind]
        self.model.set_rows(shown_items)
        pairs_count = len({item.pair_id for item in shown_items if item.acknowledged is None})
        self.title.setText(
            counted(
                pairs_count,
                self.tr("<b>Needs attention</b> ({0} pair)"),
                self.tr("<b>Needs attention</b> ({0} pairs)"),
            )
        )
        if kept is not None:
            for row, item in enumerate(shown_items):
                if _key(item) == _key(kept):
                    self.table.selectRow(row)
                    break
        self._selection_changed()

    def selected(self) -> AttentionItem | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ITEM_ROLE) if rows else None

    @Slot()
    def _selection_changed(self) -> None:
        """Each action only where it applies: Mark held for an overdue meeting."""
        item = self.selected()
        self.open_button.setEnabled(item is not None)
        self.details_button.setEnabled(item is not None)
        self.schedule_button.setEnabled(item is not None)
        self.held_button.setEnabled(
            item is not None and item.kind == "overdue" and item.meeting_id is not None
        )
        self.acknowledge_button.setEnabled(item is not None)
        self.withdraw_button.setEnabled(item is not None and item.acknowledged is not None)
        self.withdraw_button.setVisible(self.show_acknowledged.isChecked())

    # -- actions ---------------------------------------------------------------
    @Slot()
    def _act(self) -> None:
        """Double-click: the action the item calls for."""
        item = self.selected()
        if item is None:
            return
        if item.kind == "overdue":
            self._mark_held()
        elif item.kind == "no_next":
            self._schedule()
        else:
            self._open_pair()

    @Slot()
    def _open_pair(self) -> None:
        item = self.selected()
        if item is not None:
            self.open_pair_requested.emit(item.pair_id)

    @Slot()
    def _show_details(self) -> None:
        """The pair's whole story (meetings, answers, history) without leaving the list."""
        from rmdesk.ui.pairs.detail_dialog import PairDetailDialog

        item = self.selected()
        if item is not None:
            PairDetailDialog(self, item.pair_id).exec()

    @Slot()
    def _schedule(self) -> None:
        item = self.selected()
        if item is not None:
            self.schedule_requested.emit(item.pair_id)

    @Slot()
    def _mark_held(self) -> None:
        from rmdesk.programme import meetings

        item = self.selected()
        if item is None or item.kind != "overdue" or item.meeting_id is None:
            return
        meeting_id = item.meeting_id
        operate(
            self,
            lambda: meetings.mark_held(meeting_id),
            Changes.MEETINGS,
            lambda _result: self.status_message.emit(self.tr("Marked as held.")),
        )

    @Slot()
    def _acknowledge(self) -> None:
        item = self.selected()
        if item is not None and AcknowledgeDialog(self, item).exec():  # announced MEETINGS
            self.status_message.emit(self.tr("Acknowledged: off the list until then."))

    @Slot()
    def _withdraw(self) -> None:
        from rmdesk.programme import meetings

        item = self.selected()
        if item is None or item.acknowledged is None:
            return
        pair_id, kind, meeting_id = item.pair_id, item.kind, item.meeting_id
        operate(
            self,
            lambda: meetings.withdraw(pair_id, kind, meeting_id),
            Changes.MEETINGS,
            lambda _result: self.status_message.emit(self.tr("Back on the attention list.")),
        )


def _key(item: AttentionItem) -> tuple[int, str, int | None, str]:
    return (item.pair_id, item.kind, item.meeting_id, str(item.detail))
