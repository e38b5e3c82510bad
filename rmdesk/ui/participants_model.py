"""Item models of the Participants tab: a table model and its filter proxy.

Built for 10,000 rows: display texts and a lower-cased search text are computed
once per load, sorting is a Python ``sorted`` over precomputed keys (the proxy
hands ``sort`` to the source instead of comparing through ``data()`` calls), and
the filter decides all rows in one pass before the proxy asks row by row.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import QApplication

from rmdesk.programme.participants import LEVEL_NAMES, ParticipantRow

COL_NAME, COL_ROLE, COL_JOB_TITLE, COL_DEPARTMENT, COL_LEVEL = range(5)
COL_TOPICS, COL_ACTIVE_PAIR, COL_STATUS = range(5, 8)
COLUMN_COUNT = 8

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the ParticipantRow
ID_ROLE = Qt.ItemDataRole.UserRole + 2  # the participant id

ROLE_LABELS = {"mentor": "Mentor", "mentee": "Mentee"}
ROLE_EXPLAINED = {"mentor": "Mentor (junior, shares)", "mentee": "Mentee (senior, learns)"}

AnyIndex = QModelIndex | QPersistentModelIndex


def _display_texts(row: ParticipantRow) -> tuple[str, ...]:
    kind = "offers" if row.role == "mentor" else "wants"
    topics = f"{kind}: {', '.join(row.topics)}" if row.topics else ""
    return (
        row.full_name,
        ROLE_LABELS.get(row.role, row.role),
        row.job_title,
        row.department,
        f"{row.level} · {LEVEL_NAMES.get(row.level, '')}",
        topics,
        row.active_pair,
        "Archived" if row.archived else "Current",
    )


def _sort_key(row: ParticipantRow, texts: tuple[str, ...], column: int) -> tuple[Any, ...]:
    if column == COL_LEVEL:
        return (row.level, row.full_name.casefold())
    return (texts[column].casefold(), row.full_name.casefold())


def profile_html(row: ParticipantRow) -> str:
    """The full profile of one participant as rich text; every user string escaped."""
    e = html.escape
    kind = "Offers" if row.role == "mentor" else "Wants to learn"
    facts = [
        ("Role", ROLE_EXPLAINED.get(row.role, row.role)),
        ("Job title", row.job_title),
        ("Department", row.department),
        ("Level", f"{row.level} · {LEVEL_NAMES.get(row.level, '')}"),
        ("Email", row.email),
        ("Manager", row.manager_name),
        ("Location", row.location),
        ("Work mode", row.work_mode.title()),
        ("Available", row.availability.replace(",", ", ")),
        ("Capacity", f"{row.capacity} pair{'s' if row.capacity != 1 else ''}"),
        (kind, ", ".join(row.topics)),
        ("Active pair", row.active_pair),
        ("Consent given", row.consent_on.isoformat() if row.consent_on else "not recorded"),
        ("Status", "Archived" if row.archived else "Current"),
    ]
    lines = "".join(
        f"<tr><td style='padding-right:8px'><b>{e(label)}</b></td><td>{e(value or '—')}</td></tr>"
        for label, value in facts
    )
    notes = f"<p><b>Notes</b><br>{e(row.notes).replace(chr(10), '<br>')}</p>" if row.notes else ""
    return f"<h3>{e(row.full_name)}</h3><table>{lines}</table>{notes}"


class ParticipantsTableModel(QAbstractTableModel):
    """Participants as rows; read-only (edits go through the dialog and the domain)."""

    HEADERS = (
        "Name",
        "Role",
        "Job title",
        "Department",
        "Level",
        "Offers / wants",
        "Active pair",
        "Status",
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ParticipantRow] = []
        self._texts: list[tuple[str, ...]] = []
        self._search: list[str] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None

    # -- loading -------------------------------------------------------------
    def set_rows(self, rows: Sequence[ParticipantRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._texts = [_display_texts(row) for row in self._rows]
        self._search = [
            "\n".join((*texts, row.email)).casefold()
            for row, texts in zip(self._rows, self._texts, strict=True)
        ]
        if self._sort is not None:
            self._apply_order(*self._sort)
        self.endResetModel()

    def row_at(self, row: int) -> ParticipantRow:
        return self._rows[row]

    def row_of(self, participant_id: int) -> int:
        for number, row in enumerate(self._rows):
            if row.id == participant_id:
                return number
        return -1

    def search_texts(self) -> list[str]:
        return self._search

    def roles(self) -> list[str]:
        return [row.role for row in self._rows]

    def archived_flags(self) -> list[bool]:
        return [row.archived for row in self._rows]

    # -- Qt model interface --------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < COLUMN_COUNT:
            return self.tr(self.HEADERS[section])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = index.row()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[row][index.column()]
        if role == ID_ROLE:
            return self._rows[row].id
        if role == ROW_ROLE:
            return self._rows[row]
        if role == Qt.ItemDataRole.ToolTipRole:
            return profile_html(self._rows[row])
        if role == Qt.ItemDataRole.ForegroundRole and self._rows[row].archived:
            palette = QApplication.palette()
            return QBrush(palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == COL_LEVEL:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < COLUMN_COUNT:
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        old_persistent = self.persistentIndexList()
        old_ids = [self._rows[index.row()].id for index in old_persistent]
        self._apply_order(column, order)
        new_row = {row.id: number for number, row in enumerate(self._rows)}
        self.changePersistentIndexList(
            old_persistent,
            [
                self.index(new_row[pid], index.column())
                for pid, index in zip(old_ids, old_persistent, strict=True)
            ],
        )
        self.layoutChanged.emit()

    def _apply_order(self, column: int, order: Qt.SortOrder) -> None:
        keys = [
            _sort_key(row, texts, column)
            for row, texts in zip(self._rows, self._texts, strict=True)
        ]
        order_ = sorted(
            range(len(self._rows)),
            key=keys.__getitem__,
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        self._rows = [self._rows[i] for i in order_]
        self._texts = [self._texts[i] for i in order_]
        self._search = [self._search[i] for i in order_]


class ParticipantsFilterProxy(QSortFilterProxyModel):
    """Filters by free text over every column, by role and by archived state."""

    ARCHIVED_CURRENT, ARCHIVED_ONLY, ARCHIVED_ALL = "current", "archived", "all"

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._role: str | None = None
        self._archived = self.ARCHIVED_CURRENT
        self._accepted: list[bool] = []

    def setSourceModel(self, model: Any) -> None:
        if self.sourceModel() is not None:
            self.sourceModel().modelReset.disconnect(self._recompute)
            self.sourceModel().layoutChanged.disconnect(self._recompute)
        # Connected before the proxy's own handlers, so the decisions are fresh
        # when the proxy re-filters after a reset or a sort.
        model.modelReset.connect(self._recompute)
        model.layoutChanged.connect(self._recompute)
        super().setSourceModel(model)
        self._recompute()

    def set_text(self, text: str) -> None:
        self._text = text.strip().casefold()
        self._refilter()

    def set_role(self, role: str | None) -> None:
        self._role = role
        self._refilter()

    def set_archived(self, which: str) -> None:
        self._archived = which
        self._refilter()

    def _recompute(self) -> None:
        model = self.sourceModel()
        if not isinstance(model, ParticipantsTableModel):
            self._accepted = []
            return
        words = self._text.split()
        want_archived = {
            self.ARCHIVED_CURRENT: (False,),
            self.ARCHIVED_ONLY: (True,),
            self.ARCHIVED_ALL: (False, True),
        }[self._archived]
        self._accepted = [
            archived in want_archived
            and (self._role is None or role == self._role)
            and all(word in text for word in words)
            for text, role, archived in zip(
                model.search_texts(), model.roles(), model.archived_flags(), strict=True
            )
        ]

    def _refilter(self) -> None:
        self.beginFilterChange()
        self._recompute()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        accepted = self._accepted
        return source_row < len(accepted) and accepted[source_row]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        # Sorting happens in the source model (fast, precomputed keys); the proxy
        # keeps the source order and only filters.
        self.sourceModel().sort(column, order)
