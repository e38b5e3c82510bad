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

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import QApplication

from rmdesk.programme.names import fold_names
from rmdesk.programme.records import LEVEL_NAMES, ParticipantRow
from rmdesk.ui.common import local_format
from rmdesk.ui.common.labels import QT_TRANSLATE_NOOP, WEEKDAY, WORK_MODE, level_name, shown
from rmdesk.ui.common.table_model import AnyIndex, RowTableModel
from rmdesk.ui.common.wording import counted

# Who is paired, and whether they are current, come before the long texts: at 1280 px
# both are on screen without scrolling.
COL_NAME, COL_ROLE, COL_LEVEL, COL_ACTIVE_PAIR, COL_STATUS = range(5)
COL_JOB_TITLE, COL_DEPARTMENT, COL_TOPICS = range(5, 8)
COLUMN_COUNT = 8

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the ParticipantRow
ID_ROLE = Qt.ItemDataRole.UserRole + 2  # the participant id

ROLE_LABELS = {
    "mentor": QT_TRANSLATE_NOOP("Labels", "Mentor"),
    "mentee": QT_TRANSLATE_NOOP("Labels", "Mentee"),
}
ROLE_EXPLAINED = {
    "mentor": QT_TRANSLATE_NOOP("Labels", "Mentor (junior, shares)"),
    "mentee": QT_TRANSLATE_NOOP("Labels", "Mentee (senior, learns)"),
}


def _topics_text(row: ParticipantRow) -> str:
    if not row.topics:
        return ""
    if row.role == "mentor":
        return QCoreApplication.translate("ParticipantsModel", "offers: {0}").format(
            ", ".join(row.topics)
        )
    return QCoreApplication.translate("ParticipantsModel", "wants: {0}").format(
        ", ".join(row.topics)
    )


def _status_text(archived: bool) -> str:
    if archived:
        return QCoreApplication.translate("ParticipantsModel", "Archived")
    return QCoreApplication.translate("ParticipantsModel", "Current")


def _level_text(level: int) -> str:
    return f"{level} · {level_name(level)}"


def every_word(column: int) -> tuple[str, ...]:
    """Every text the role, level or status column can show, in the window's language
    (none for the other columns): the table sizes those columns for the longest, and
    German "5 · Obere Führungskraft" is half as long again as "5 · Senior leader"."""
    if column == COL_ROLE:
        return tuple(shown(ROLE_LABELS, role) for role in ROLE_LABELS)
    if column == COL_LEVEL:
        return tuple(_level_text(level) for level in LEVEL_NAMES)
    if column == COL_STATUS:
        return (_status_text(True), _status_text(False))
    return ()


def display_text(row: ParticipantRow, column: int) -> str:
    """What a cell shows; computed on demand, since only visible cells are asked for."""
    if column == COL_NAME:
        return row.full_name
    if column == COL_ROLE:
        return shown(ROLE_LABELS, row.role)
    if column == COL_JOB_TITLE:
        return row.job_title
    if column == COL_DEPARTMENT:
        return row.department
    if column == COL_LEVEL:
        return _level_text(row.level)
    if column == COL_TOPICS:
        return _topics_text(row)
    if column == COL_ACTIVE_PAIR:
        return row.active_pair
    return _status_text(row.archived)


def _search_texts(rows: Sequence[ParticipantRow]) -> list[str]:
    """Per row, every column's text and the email in one string, for the filter box.

    Lower-cased in one call over all rows at once (NUL never occurs in text):
    10,000 calls cost more than the work itself; ``lower`` has an ASCII fast path
    that ``casefold`` lacks, and the filter text is lowered the same way.  A name
    with accents also carries its plain spelling, so "lukasz" finds "Łukasz" and
    "etienne" finds "Étienne" (names only: folding every column would cost more).
    """
    if not rows:
        return []
    # The stored codes and English words, and the window's words for them (translated
    # once per value, not per row), so "archiviert" finds what "archived" does.
    levels = {level: f"{name} {level_name(level)}" for level, name in LEVEL_NAMES.items()}
    roles = {role: f"{role} {shown(ROLE_EXPLAINED, role)}" for role in ROLE_EXPLAINED}
    offers = {
        "mentor": f"offers {QCoreApplication.translate('ParticipantsModel', 'Offers')}",
        "mentee": f"wants {QCoreApplication.translate('ParticipantsModel', 'Wants to learn')}",
    }
    status = {
        True: f"archived {QCoreApplication.translate('ParticipantsModel', 'Archived')}",
        False: f"current {QCoreApplication.translate('ParticipantsModel', 'Current')}",
    }
    joined = "\0".join(
        f"{r.full_name}\n{roles.get(r.role, r.role)}\n{r.job_title}\n{r.department}\n"
        f"{levels.get(r.level, '')}\n{offers.get(r.role, '')} {' '.join(r.topics)}\n"
        f"{r.active_pair}\n{status[bool(r.archived)]}\n"
        f"{r.email}\n{r.location}\n{r.employee_id}"
        for r in rows
    )
    texts = joined.lower().split("\0")
    names = [r.full_name for r in rows]
    plain = fold_names(names)
    return [
        text if name.isascii() else f"{text}\n{spelled}"
        for text, name, spelled in zip(texts, names, plain, strict=True)
    ]


def _sort_keys(rows: Sequence[ParticipantRow], column: int) -> list[Any]:
    """Sort keys in one pass; names break ties so equal values keep a stable order."""
    names = fold_names([row.full_name for row in rows])
    if column == COL_NAME:
        return names
    if column == COL_LEVEL:
        values: list[Any] = [row.level for row in rows]
    elif column == COL_STATUS:
        values = [row.archived for row in rows]
    else:
        values = fold_names([display_text(row, column) for row in rows])
    return list(zip(values, names, strict=True))


def profile_html(row: ParticipantRow) -> str:
    """The full profile of one participant as rich text; every user string escaped."""
    e = html.escape
    if row.role == "mentor":
        kind = QCoreApplication.translate("ParticipantsModel", "Offers")
    else:
        kind = QCoreApplication.translate("ParticipantsModel", "Wants to learn")
    days = ", ".join(
        shown(WEEKDAY, day.strip()) for day in row.availability.split(",") if day.strip()
    )
    consent = local_format.day(row.consent_on) if row.consent_on else None
    facts = [
        (QCoreApplication.translate("ParticipantsModel", "Role"), shown(ROLE_EXPLAINED, row.role)),
        (QCoreApplication.translate("ParticipantsModel", "Job title"), row.job_title),
        (QCoreApplication.translate("ParticipantsModel", "Department"), row.department),
        (
            QCoreApplication.translate("ParticipantsModel", "Level"),
            f"{row.level} · {level_name(row.level)}",
        ),
        (QCoreApplication.translate("ParticipantsModel", "Email"), row.email),
        (QCoreApplication.translate("ParticipantsModel", "Employee ID"), row.employee_id),
        (QCoreApplication.translate("ParticipantsModel", "Manager"), row.manager_name),
        (QCoreApplication.translate("ParticipantsModel", "Location"), row.location),
        (
            QCoreApplication.translate("ParticipantsModel", "Work mode"),
            shown(WORK_MODE, row.work_mode),
        ),
        (QCoreApplication.translate("ParticipantsModel", "Available"), days),
        (
            QCoreApplication.translate("ParticipantsModel", "Capacity"),
            counted(
                row.capacity,
                QCoreApplication.translate("ParticipantsModel", "{0} pair"),
                QCoreApplication.translate("ParticipantsModel", "{0} pairs"),
            ),
        ),
        (kind, ", ".join(row.topics)),
        (QCoreApplication.translate("ParticipantsModel", "Active pair"), row.active_pair),
        (
            QCoreApplication.translate("ParticipantsModel", "Consent given"),
            consent or QCoreApplication.translate("ParticipantsModel", "not recorded"),
        ),
        (QCoreApplication.translate("ParticipantsModel", "Status"), _status_text(row.archived)),
    ]
    lines = "".join(
        f"<tr><td style='padding-right:8px'><b>{e(label)}</b></td><td>{e(value or '—')}</td></tr>"
        for label, value in facts
    )
    notes_title = QCoreApplication.translate("ParticipantsModel", "Notes")
    notes = (
        f"<p><b>{e(notes_title)}</b><br>{e(row.notes).replace(chr(10), '<br>')}</p>"
        if row.notes
        else ""
    )
    return f"<h3>{e(row.full_name)}</h3><table>{lines}</table>{notes}"


class ParticipantsTableModel(RowTableModel):
    """Participants as rows; read-only (edits go through the dialog and the domain)."""

    HEADERS = (
        QT_TRANSLATE_NOOP("Headers", "Name"),
        QT_TRANSLATE_NOOP("Headers", "Role"),
        QT_TRANSLATE_NOOP("Headers", "Level"),
        QT_TRANSLATE_NOOP("Headers", "Active pair"),
        QT_TRANSLATE_NOOP("Headers", "Status"),
        QT_TRANSLATE_NOOP("Headers", "Job title"),
        QT_TRANSLATE_NOOP("Headers", "Department"),
        QT_TRANSLATE_NOOP("Headers", "Offers / wants"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ParticipantRow] = []
        self._search: list[str] | None = None  # built on the first filter, not every load
        self._sort: tuple[int, Qt.SortOrder] | None = None

    # -- loading -------------------------------------------------------------
    def set_rows(self, rows: Sequence[ParticipantRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._search = None
        # Built on the next turn of the event loop: the list is on screen first, and
        # the texts are ready before anyone can type.
        QTimer.singleShot(0, self.search_texts)
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
        if self._search is None:
            self._search = _search_texts(self._rows)
        return self._search

    def rows(self) -> list[ParticipantRow]:
        return self._rows

    # -- Qt model interface --------------------------------------------------
    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = index.row()
        if role == Qt.ItemDataRole.DisplayRole:
            return display_text(self._rows[row], index.column())
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
        keys = _sort_keys(self._rows, column)
        order_ = sorted(
            range(len(self._rows)),
            key=keys.__getitem__,
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        self._rows = [self._rows[i] for i in order_]
        if self._search is not None:
            self._search = [self._search[i] for i in order_]


class ParticipantsFilterProxy(QSortFilterProxyModel):
    """Filters by free text over every column, by role, and by archived state or being
    current and not paired in the toolbar's cycle, or current alumni (paired in another
    cycle)."""

    ARCHIVED_CURRENT, ARCHIVED_ONLY, ARCHIVED_ALL = "current", "archived", "all"
    UNPAIRED = "unpaired"  # current, and in no open pair of the cycle
    ALUMNI = "alumni"  # current, and paired in another cycle (took part before)
    filter_changed = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._role: str | None = None
        self._archived = self.ARCHIVED_CURRENT
        self._paired: frozenset[int] = frozenset()  # in an open pair of the cycle
        self._alumni: frozenset[int] = frozenset()  # paired in another cycle
        self._accepted: list[bool] = []
        self._base: list[bool] = []
        self._base_key: tuple[object, ...] | None = None
        self._matched_words: list[str] = []

    def setSourceModel(self, model: Any) -> None:
        if self.sourceModel() is not None:
            self.sourceModel().modelReset.disconnect(self._source_changed)
            self.sourceModel().layoutChanged.disconnect(self._source_changed)
        # Connected before the proxy's own handlers, so the decisions are fresh
        # when the proxy re-filters after a reset or a sort.
        model.modelReset.connect(self._source_changed)
        model.layoutChanged.connect(self._source_changed)
        super().setSourceModel(model)
        self._source_changed()

    def set_text(self, text: str) -> None:
        self._text = text.strip().lower()
        self._refilter()

    def set_role(self, role: str | None) -> None:
        self._role = role
        self._refilter()

    def set_archived(self, which: str) -> None:
        self._archived = which
        self._refilter()

    def set_paired(self, participant_ids: frozenset[int]) -> None:
        """Who is in an open pair of the cycle (read with the list, before its reset)."""
        if participant_ids == self._paired:
            return
        self._paired = participant_ids
        self._base_key = None
        if self._archived == self.UNPAIRED:
            self._refilter()

    def set_alumni(self, participant_ids: frozenset[int]) -> None:
        """Who took part in another cycle (read with the list, before its reset)."""
        if participant_ids == self._alumni:
            return
        self._alumni = participant_ids
        self._base_key = None
        if self._archived == self.ALUMNI:
            self._refilter()

    def _source_changed(self) -> None:
        """Rows were reloaded or reordered: every cached decision is stale."""
        self._base_key = None
        self._recompute()

    def _recompute(self) -> None:
        """Decide every row at once in plain Python; the proxy then only looks up.

        Role and archived state make a base mask, kept while only the text changes;
        a longer text (the usual keystroke) re-tests only rows still accepted.
        """
        model = self.sourceModel()
        if not isinstance(model, ParticipantsTableModel):
            self._accepted = []
            return
        words = self._text.split()
        base_key = (self._role, self._archived)
        if base_key != self._base_key:
            archived_ok = {
                self.ARCHIVED_CURRENT: (False,),
                self.ARCHIVED_ONLY: (True,),
                self.ARCHIVED_ALL: (False, True),
                self.UNPAIRED: (False,),
                self.ALUMNI: (False,),
            }[self._archived]
            role = self._role
            paired = self._paired if self._archived == self.UNPAIRED else frozenset()
            alumni = self._alumni if self._archived == self.ALUMNI else None
            self._base = [
                row.archived in archived_ok
                and (role is None or row.role == role)
                and row.id not in paired
                and (alumni is None or row.id in alumni)
                for row in model.rows()
            ]
            self._base_key, self._matched_words = base_key, []
        previous = self._matched_words
        narrowing = previous and all(any(p in w for w in words) for p in previous)
        candidates = self._accepted if narrowing else self._base
        if not words:
            self._accepted = list(candidates)
        elif len(words) == 1:
            texts = model.search_texts()
            word = words[0]
            self._accepted = [
                ok and word in text for ok, text in zip(candidates, texts, strict=True)
            ]
        else:
            texts = model.search_texts()
            self._accepted = [
                ok and all(word in text for word in words)
                for ok, text in zip(candidates, texts, strict=True)
            ]
        self._matched_words = words

    def _refilter(self) -> None:
        before = self._accepted
        self._recompute()
        after = self._accepted
        if len(before) == len(after) and not any(
            new and not old for old, new in zip(before, after, strict=True)
        ):
            # Only rows leaving (a keystroke narrowing the filter): Qt removes them
            # block by block, which is cheaper than rebuilding the whole mapping.
            # Qt asks for begin before the change, so the new decisions wait.
            self._accepted = before
            self.beginFilterChange()
            self._accepted = after
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            # Rows coming back are inserted one block at a time, thousands of
            # signals when widening; one layout change costs less.
            self.invalidate()
        self.filter_changed.emit()

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        try:
            return self._accepted[source_row]
        except IndexError:
            return False

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        # Sorting happens in the source model (fast, precomputed keys); the proxy
        # keeps the source order and only filters.
        self.sourceModel().sort(column, order)
