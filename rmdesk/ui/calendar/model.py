"""Item models of the Calendar tab: meetings (of a day, or upcoming)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt

from rmdesk.ui.common import labels, local_format, palette
from rmdesk.ui.common.labels import QT_TRANSLATE_NOOP, shown
from rmdesk.ui.common.table_model import AnyIndex, RowTableModel

if TYPE_CHECKING:
    from rmdesk.programme.meetings import MeetingRow

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # what a column sorts by (the time, not its text)

STATUS_COLOURS = {  # names in ui/common/palette.py
    "planned": palette.PLANNED,
    "held": palette.SUCCESS,
    "cancelled": palette.ERROR,
    "missed": palette.PROPOSED,
}


class MeetingsModel(RowTableModel):
    """Meetings, one row each; ``with_date`` shows the day too (the upcoming list)."""

    HEADERS = (
        QT_TRANSLATE_NOOP("Headers", "When"),
        QT_TRANSLATE_NOOP("Headers", "Pair"),
        QT_TRANSLATE_NOOP("Headers", "Mode"),
        QT_TRANSLATE_NOOP("Headers", "Where"),
        QT_TRANSLATE_NOOP("Headers", "Status"),
    )

    def __init__(self, parent: Any = None, *, with_date: bool = False) -> None:
        super().__init__(parent)
        self.with_date = with_date

    def set_rows(self, rows: Sequence[MeetingRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[MeetingRow]:
        return self._rows

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.row_in_range(index):
            return None
        row: MeetingRow = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                start = local_format.clock(row.starts_at)
                if self.with_date:
                    start = f"{local_format.short_day(row.starts_at.date())} {start}"
                return f"{start}–{local_format.clock(row.ends_at)}"
            if column == 1:
                return f"{row.mentor_name} & {row.mentee_name}"
            if column == 2:
                return shown(labels.MEETING_MODE, row.mode)
            if column == 3:
                return row.location
            status = shown(labels.MEETING_STATUS, row.status)
            if not row.cancelled_by:
                return status
            by = shown(labels.CANCELLED_BY, row.cancelled_by)
            return QCoreApplication.translate("MeetingsModel", "{0} by {1}").format(status, by)
        if role == ROW_ROLE:
            return row
        if role == SORT_ROLE:
            if column == 0:
                return row.starts_at.isoformat()
            if column == 4:  # the lifecycle's order, then who cancelled
                return f"{list(labels.MEETING_STATUS).index(row.status)} {row.cancelled_by}"
            return str(self.data(index)).casefold()
        if role == Qt.ItemDataRole.ForegroundRole and column == 4:
            name = STATUS_COLOURS.get(row.status)
            return palette.brush(name) if name else None
        if role == Qt.ItemDataRole.ToolTipRole and row.agenda:
            return row.agenda
        return None
