"""Item model of the Pairs tab: the current cycle's pairs, one row each.

A cycle holds at most a few hundred pairs, so the stock ``QSortFilterProxyModel``
(sorting by ``SORT_ROLE``, filtering on every column) is fast enough here.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt

from rmdesk.programme.messages import turns
from rmdesk.programme.names import name_key
from rmdesk.ui.common import labels, local_format, palette
from rmdesk.ui.common.labels import QT_TRANSLATE_NOOP, shown
from rmdesk.ui.common.table_model import AnyIndex, RowTableModel
from rmdesk.ui.common.wording import isolated, spoken

if TYPE_CHECKING:
    from rmdesk.programme.pairs import PairRow

COL_MENTOR, COL_MENTOR_DEPARTMENT, COL_MENTEE, COL_MENTEE_DEPARTMENT = range(4)
COL_STATUS, COL_SCORE, COL_AGREEMENT, COL_MEETINGS = range(4, 8)
COLUMN_COUNT = 8

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the PairRow
ID_ROLE = Qt.ItemDataRole.UserRole + 2  # the pair id
SORT_ROLE = Qt.ItemDataRole.UserRole + 3  # a value that sorts right (numbers, ISO dates)

STATUS_COLOURS = {  # names in ui/common/palette.py
    "proposed": palette.PROPOSED,
    "active": palette.SUCCESS,
    "completed": palette.COMPLETED,
    "ended_early": palette.MUTED,
}


def pair_text(row: PairRow, column: int) -> str:
    if column == COL_MENTOR:
        return row.mentor_name
    if column == COL_MENTOR_DEPARTMENT:
        return row.mentor_department
    if column == COL_MENTEE:
        return row.mentee_name
    if column == COL_MENTEE_DEPARTMENT:
        return row.mentee_department
    if column == COL_STATUS:
        return shown(labels.PAIR_STATUS, row.status)
    if column == COL_SCORE:
        return "" if row.match_score is None else f"{row.match_score:.0f}"
    if column == COL_AGREEMENT:
        return local_format.day(row.agreement_signed_on)
    return f"{row.meetings_held} / {row.meetings_planned}"


def pair_tooltip(row: PairRow) -> str:
    e = html.escape
    parts = [
        QCoreApplication.translate("Pairs", "{0} mentors {1}").format(
            f"<b>{e(isolated(row.mentor_name))}</b>", f"<b>{e(isolated(row.mentee_name))}</b>"
        )
    ]
    if row.match_reasons:  # kept as a message when the pair was proposed
        reasons = "".join(f"<li>{e(spoken(reason))}</li>" for reason in turns(row.match_reasons))
        why = QCoreApplication.translate("Pairs", "Why this pair:")
        parts.append(f"{why}<ul>{reasons}</ul>")
    if row.end_reason:
        parts.append(QCoreApplication.translate("Pairs", "Ended: {0}").format(e(row.end_reason)))
    return "<br>".join(parts)


class PairsTableModel(RowTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("Headers", "Mentor (junior)"),
        QT_TRANSLATE_NOOP("Headers", "Mentor's department"),
        QT_TRANSLATE_NOOP("Headers", "Mentee (senior)"),
        QT_TRANSLATE_NOOP("Headers", "Mentee's department"),
        QT_TRANSLATE_NOOP("Headers", "Status"),
        QT_TRANSLATE_NOOP("Headers", "Score"),
        QT_TRANSLATE_NOOP("Headers", "Agreement signed"),
        QT_TRANSLATE_NOOP("Headers", "Met / planned"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[PairRow] = []

    def set_rows(self, rows: Sequence[PairRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[PairRow]:
        return self._rows

    def row_of(self, pair_id: int) -> int:
        return next((n for n, row in enumerate(self._rows) if row.id == pair_id), -1)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return pair_text(row, column)
        if role == ID_ROLE:
            return row.id
        if role == ROW_ROLE:
            return row
        if role == SORT_ROLE:
            if column == COL_SCORE:
                return -1.0 if row.match_score is None else float(row.match_score)
            if column == COL_MEETINGS:
                return row.meetings_held * 10_000 + row.meetings_planned
            if column in (COL_MENTOR, COL_MENTEE):
                return name_key(pair_text(row, column))
            return pair_text(row, column).lower()
        if role == Qt.ItemDataRole.ToolTipRole:
            return pair_tooltip(row)
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_STATUS:
            name = STATUS_COLOURS.get(row.status)
            return palette.brush(name) if name else None
        if role == Qt.ItemDataRole.ForegroundRole and row.status == "ended_early":
            return palette.brush(STATUS_COLOURS["ended_early"])
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (COL_SCORE, COL_MEETINGS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
