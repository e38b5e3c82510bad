"""The import's mapping step: each column of the file, the field it fills, five rows.

One model row per column of the file (its header, the field, its first values); the
field is edited in place through a combo box the delegate opens, so a file of forty
columns makes no forty widgets.  What a coordinator chooses is remembered for files
with the same set of headers (``settings.IMPORT_COLUMN_MAPPINGS``), so next month's
HR export opens mapped as last time.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from rmdesk.exchange.csv_import.columns import FIELD_WORDS
from rmdesk.ui.common import settings
from rmdesk.ui.common.labels import GOAL_OWNER, LEVEL, QT_TRANSLATE_NOOP, level_name, shown
from rmdesk.ui.common.table_model import AnyIndex, RowTableModel

COL_HEADER, COL_FIELD = 0, 1
FIRST_SAMPLE = 2
SAMPLES = 5
IGNORED = ""

# The fields a column can fill are named as the import itself knows them (``FIELD_WORDS``):
# a column headed with a field's label in any language is recognised as that field.
IGNORED_WORD = QT_TRANSLATE_NOOP("Fields", "(ignored)")


def field_word(name: str) -> str:
    """A field as the window names it; an ignored column says so."""
    return QCoreApplication.translate("Fields", FIELD_WORDS.get(name, IGNORED_WORD))


class MappingModel(RowTableModel):
    """Rows: (header, field or "", sample values); the field column is editable."""

    HEADERS = (
        QT_TRANSLATE_NOOP("Headers", "Column in the file"),
        QT_TRANSLATE_NOOP("Headers", "Imported as"),
        QT_TRANSLATE_NOOP("Headers", "Example 1"),
        QT_TRANSLATE_NOOP("Headers", "Example 2"),
        QT_TRANSLATE_NOOP("Headers", "Example 3"),
        QT_TRANSLATE_NOOP("Headers", "Example 4"),
        QT_TRANSLATE_NOOP("Headers", "Example 5"),
    )
    chosen = Signal()  # a field was changed by the coordinator

    def set_columns(
        self,
        headers: tuple[str, ...],
        fields: tuple[str | None, ...],
        samples: tuple[tuple[str, ...], ...],
    ) -> None:
        self.beginResetModel()
        self._rows = [
            [header, field or IGNORED, *(row[index] for row in samples)]
            for index, (header, field) in enumerate(zip(headers, fields, strict=True))
        ]
        self.endResetModel()

    def mapping(self) -> dict[str, str]:
        """Every column's header -> field ("" ignores it), as chosen now."""
        return {row[COL_HEADER]: row[COL_FIELD] for row in self._rows if row[COL_HEADER]}

    def field_at(self, row: int) -> str:
        return str(self._rows[row][COL_FIELD])

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.row_in_range(index):
            return None
        row, column = self._rows[index.row()], index.column()
        if column == COL_FIELD:
            if role == Qt.ItemDataRole.EditRole:
                return row[COL_FIELD]
            if role == Qt.ItemDataRole.DisplayRole:
                return field_word(row[COL_FIELD])
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return row[column] if column < len(row) else ""
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == COL_FIELD:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != COL_FIELD:
            return False
        if not self.row_in_range(index) or value not in (IGNORED, *FIELD_WORDS):
            return False
        if self._rows[index.row()][COL_FIELD] == value:
            return True
        self._rows[index.row()][COL_FIELD] = value
        self.dataChanged.emit(index, index)
        for number, row in enumerate(self._rows):  # a field fills one column: it moves here
            if value and number != index.row() and row[COL_FIELD] == value:
                row[COL_FIELD] = IGNORED
                moved_from = self.index(number, COL_FIELD)
                self.dataChanged.emit(moved_from, moved_from)
        self.chosen.emit()
        return True


class FieldDelegate(QStyledItemDelegate):
    """A combo box of the fields, opened on the field cell being edited."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | Any
    ) -> QWidget:
        combo = QComboBox(parent, objectName="field_combo")
        combo.addItem(field_word(IGNORED), IGNORED)
        for name in FIELD_WORDS:
            combo.addItem(field_word(name), name)
        # Chosen = written: the check runs again at once, not when the cell loses focus.
        combo.activated.connect(lambda _index, c=combo: self.commitData.emit(c))
        if QGuiApplication.mouseButtons() & Qt.MouseButton.LeftButton:
            # Opened by a click: show the list at once (moving with the keyboard does not).
            QTimer.singleShot(0, combo.showPopup)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | Any) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(
        self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex | Any
    ) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class EveryoneChoice(QWidget):
    """One role and one level for everyone in the file, offered only for a field no
    column gives (an HR export has no programme role): nobody edits the file for it."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.role = QComboBox(objectName="everyone_role")
        self.role.addItem(self.tr("— choose —"), "")
        for role in ("mentor", "mentee"):
            self.role.addItem(shown(GOAL_OWNER, role), role)
        self.level = QComboBox(objectName="everyone_level")
        self.level.addItem(self.tr("— choose —"), "")
        for level in LEVEL:
            self.level.addItem(f"{level} · {level_name(level)}", str(level))
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.addRow(self.tr("No column gives the role. Everyone in this file is:"), self.role)
        self.form.addRow(self.tr("No column gives the level. Everyone's level is:"), self.level)
        for combo in (self.role, self.level):
            combo.activated.connect(self.changed)
        self.show_for(set())

    def show_for(self, missing: set[str]) -> None:
        """Offer a value for the fields in ``missing`` (role, level) only."""
        self.offered = set(missing)
        self.form.setRowVisible(self.role, "role" in missing)
        self.form.setRowVisible(self.level, "level" in missing)
        self.setVisible(bool(missing))

    def values(self) -> dict[str, str]:
        """Field -> the value chosen for everyone, for the fields offered now."""
        return {
            name: str(combo.currentData())
            for name, combo in (("role", self.role), ("level", self.level))
            if name in self.offered and combo.currentData()
        }


# -- remembering ---------------------------------------------------------------------
def remembered_mappings() -> dict[str, dict[str, str]]:
    """Every remembered mapping: header-set key -> (header -> field)."""
    try:
        stored = json.loads(settings.load(settings.IMPORT_COLUMN_MAPPINGS))
    except ValueError:
        return {}
    if not isinstance(stored, dict):
        return {}
    return {
        key: {str(h): str(f) for h, f in value.items()}
        for key, value in stored.items()
        if isinstance(value, dict)
    }


def remember_mapping(key: str, mapping: dict[str, str]) -> None:
    """Keep ``mapping`` for files with the same headers (the 50 most recent shapes)."""
    stored = remembered_mappings()
    stored.pop(key, None)
    stored[key] = mapping
    kept = dict(list(stored.items())[-50:])
    settings.save(settings.IMPORT_COLUMN_MAPPINGS, json.dumps(kept))
