"""File > Import participants: the columns and the preview (counts, every problem,
unknown topics), then import.

The file (CSV or .xlsx, an HR export too) is read and checked on a worker thread
(10,000 rows take about a second); the mapping step above the preview shows each
column, the field it fills (guessed from its header, or as chosen last time for
files with the same headers) and five rows, and choosing another field checks the
file again.  Nothing is written until the coordinator presses Import, which stays
disabled while the file has problems or unknown topics nobody agreed to create.
The import itself runs in the background too, in one transaction after a backup.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rmdesk.exchange.csv_import.columns import FIELD_WORDS
from rmdesk.programme.messages import Message
from rmdesk.ui.common.background import Cancelled, Progress, run_in_background
from rmdesk.ui.common.labels import QT_TRANSLATE_NOOP, header
from rmdesk.ui.common.operations import Changes, operate_in_background
from rmdesk.ui.common.table_model import AnyIndex, RowTableModel
from rmdesk.ui.common.wording import counted, spoken, spoken_error
from rmdesk.ui.data.column_mapping import (
    COL_FIELD,
    EveryoneChoice,
    FieldDelegate,
    MappingModel,
    field_word,
    remember_mapping,
    remembered_mappings,
)

COL_LINE, COL_COLUMN, COL_PROBLEM = range(3)


def problem_text(message: str) -> str:
    """A problem in the window's language, a field named as the mapping step names it
    ("Ebene", not the ``level`` the command line's ``--map`` takes)."""
    field = getattr(message, "values", {}).get("field")
    if isinstance(message, Message) and field in FIELD_WORDS:
        message = Message(message.template, **{**message.values, "field": field_word(field)})
    return spoken(message)


class ProblemsModel(RowTableModel):
    """The file's problems: line (header = 1), column, what is wrong."""

    HEADERS = (
        QT_TRANSLATE_NOOP("Headers", "Line"),
        QT_TRANSLATE_NOOP("Headers", "Column"),
        QT_TRANSLATE_NOOP("Headers", "Problem"),
    )
    ROW_HEADER = QT_TRANSLATE_NOOP("Headers", "Row")  # a worksheet's, not a text line

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.unit = "line"

    def set_problems(self, problems: list[Any], unit: str = "line") -> None:
        self.beginResetModel()
        self._rows = list(problems)
        self.unit = unit
        self.endResetModel()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            self.unit == "row"
            and section == COL_LINE
            and orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
        ):
            return header(self.ROW_HEADER)
        return super().headerData(section, orientation, role)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.row_in_range(index):
            return None
        problem = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (problem.line, problem.column or "—", problem_text(problem.message))[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_PROBLEM:
            return problem_text(problem.message)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_LINE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ImportDialog(QDialog):
    """Preview of a participants CSV; ``imported`` carries the result after Import."""

    imported = Signal(object)  # ImportResult

    def __init__(self, parent: QWidget | None, path: Path) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.preview: Any = None
        self.result: Any = None
        self.worker: Any = None
        self.table_read: Any = None  # the file's rows, read once (exchange.tabular.Table)
        self.headers_key = ""
        self.recheck = False  # a field chosen while a check ran: check again after it
        self.setWindowTitle(self.tr("Import participants — {0}").format(self.path.name))
        self.setMinimumWidth(560)
        self.resize(860, 600)
        self.summary = QLabel(self.tr("Reading {0}…").format(self.path.name), wordWrap=True)
        self.summary.setObjectName("import_summary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.counts = QLabel(objectName="import_counts")
        font = self.counts.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.counts.setFont(font)
        self.model = ProblemsModel(self)
        self.table = QTableView(objectName="import_problems")
        self.table.setAccessibleName(self.tr("Problems in the file"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_LINE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.hide()
        self.columns_label = QLabel(
            self.tr(
                "Columns in the file: choose what each one is imported as (click “Imported "
                "as”). Columns marked (ignored) are not read."
            ),
            wordWrap=True,
            objectName="columns_label",
        )
        self.mapping = MappingModel(self)
        self.mapping.chosen.connect(self._mapping_chosen)
        self.columns = QTableView(objectName="import_columns")
        self.columns.setAccessibleName(self.tr("Columns in the file"))
        self.columns.setAccessibleDescription(
            self.tr("Each column of the file, what it is imported as and sample values")
        )
        self.columns.setModel(self.mapping)
        self.columns.setItemDelegateForColumn(COL_FIELD, FieldDelegate(self.columns))
        self.columns.setEditTriggers(
            QAbstractItemView.EditTrigger.CurrentChanged
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.columns.setAlternatingRowColors(True)
        self.columns.setWordWrap(False)
        self.columns.verticalHeader().hide()
        self.columns.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.columns.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.columns.horizontalHeader().setStretchLastSection(True)
        self.columns_label.hide()
        self.columns.hide()
        self.everyone = EveryoneChoice(self)
        self.everyone.changed.connect(self._mapping_chosen)
        self.topics_label = QLabel(wordWrap=True, objectName="unknown_topics")
        self.topics_label.setTextFormat(Qt.TextFormat.PlainText)
        self.create_topics = QCheckBox(self.tr("Create these topics"), objectName="create_topics")
        self.create_topics.toggled.connect(self._update)
        self.topics_label.hide()
        self.create_topics.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setObjectName("import_button")
        self.import_button.setEnabled(False)
        buttons.accepted.connect(self._import)
        buttons.rejected.connect(self.reject)
        self.main_layout = layout = QVBoxLayout(self)
        layout.addWidget(self.counts)
        layout.addWidget(self.summary)
        layout.addWidget(self.columns_label)
        layout.addWidget(self.columns, 3)
        layout.addWidget(self.everyone)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.topics_label)
        layout.addWidget(self.create_topics)
        layout.addStretch(0)
        layout.addWidget(buttons)

    # -- reading -----------------------------------------------------------------
    def start(self) -> None:
        """Read the file, guess its columns (or take the mapping remembered for its
        headers) and check it, off the UI thread."""
        from rmdesk.exchange.csv_import import preview_participants, read_columns
        from rmdesk.exchange.headers import header_set_key

        path, remembered = self.path, remembered_mappings()

        def work(progress: Progress) -> Any:
            guess = read_columns(path)
            key = header_set_key(guess.headers)
            if key in remembered:
                guess = read_columns(guess.table, remembered[key])
            preview = preview_participants(guess.table, progress, mapping=_chosen(guess))
            return guess, key, preview

        self.worker = run_in_background(
            self, self.tr("Reading {0}…").format(path.name), work, self._read, self._read_failed
        )

    def _read(self, result: Any) -> None:
        guess, self.headers_key, preview = result
        self.table_read = table = guess.table
        self.mapping.set_columns(guess.headers, guess.fields, guess.samples)
        if table.kind == "csv":  # how it was read: garbled names show which guess was wrong
            self.columns_label.setText(
                self.tr(
                    "Columns in the file ({0} text, separated by “{1}”): choose what each one "
                    "is imported as (click “Imported as”). Columns marked (ignored) are not read."
                ).format(table.encoding, table.delimiter)
            )
        self.columns_label.show()
        self.columns.show()
        self._offer_everyone()
        self._show(preview)

    def _offer_everyone(self) -> None:
        """A role and a level for everyone, offered while no column gives them."""
        from rmdesk.exchange.csv_import import EVERYONE_FIELDS

        given = set(self.mapping.mapping().values())
        self.everyone.show_for({name for name in EVERYONE_FIELDS if name not in given})

    def _mapping_chosen(self) -> None:
        """Another field chosen for a column: remember it, and check the file again."""
        from rmdesk.exchange.csv_import import preview_participants

        if self.table_read is None:
            return
        if self.worker is not None:  # chosen before the running check's progress showed
            self.recheck = True
            return
        table, mapping = self.table_read, self.mapping.mapping()
        remember_mapping(self.headers_key, mapping)
        self._offer_everyone()
        everyone = self.everyone.values()
        self.import_button.setEnabled(False)

        def work(progress: Progress) -> Any:
            return preview_participants(table, progress, mapping=mapping, everyone=everyone)

        self.worker = run_in_background(
            self, self.tr("Checking {0}…").format(self.path.name), work, self._show,
            self._read_failed,
        )  # fmt: skip

    def _show(self, preview: Any) -> None:
        self.worker = None
        self.preview = preview
        self.counts.setText(
            self.tr("{0} new · {1} updated · {2} unchanged").format(
                preview.new, preview.updated, preview.unchanged
            )
        )
        self.model.set_problems(preview.problems, preview.unit)
        self.table.setVisible(bool(preview.problems))
        # The columns as tall as their rows; with problems to list, 8 rows and a scroll bar.
        rows = min(self.mapping.rowCount(), 8) if preview.problems else self.mapping.rowCount()
        self.columns.setMaximumHeight(
            self.columns.horizontalHeader().sizeHint().height()
            + rows * self.columns.verticalHeader().defaultSectionSize()
            + self.columns.horizontalScrollBar().sizeHint().height()
            + 2 * self.columns.frameWidth()
        )
        self.topics_label.hide()
        self.create_topics.hide()
        if preview.unknown_topics:
            self.topics_label.setText(
                self.tr("Topics rmdesk does not know yet: {0}.").format(
                    ", ".join(sorted(preview.unknown_topics))
                )
            )
            self.topics_label.show()
            self.create_topics.show()
        self._update()
        if self.recheck:
            self.recheck = False
            self._mapping_chosen()

    def _read_failed(self, error: BaseException) -> None:
        self.worker = None
        if isinstance(error, Cancelled):
            self.reject()
            return
        self.counts.setText(self.tr("The file could not be read"))
        self.summary.setText(spoken_error(error))

    def _update(self) -> None:
        preview = self.preview
        if preview is None:
            return
        blocking = preview.blocking_problems(create_topics=self.create_topics.isChecked())
        changes = preview.new + preview.updated
        if preview.columns_refused:
            text = self.tr(
                "The columns cannot be imported as they are: choose what they are imported "
                "as above (the problems are listed below), or correct the file and import it "
                "again."
            )
        elif preview.problems and preview.unit == "row":
            text = counted(
                len(preview.problems),
                self.tr(
                    "{0} problem in the worksheet, listed below with its row (the header is "
                    "row 1) and column. Nothing will be imported until it is fixed in the "
                    "file; then import it again."
                ),
                self.tr(
                    "{0} problems in the worksheet, listed below with their row (the header is "
                    "row 1) and column. Nothing will be imported until they are fixed in the "
                    "file; then import it again."
                ),
            )
        elif preview.problems:
            text = counted(
                len(preview.problems),
                self.tr(
                    "{0} problem in the file, listed below with its line (the header is "
                    "line 1) and column. Nothing will be imported until it is fixed in the "
                    "file; then import it again."
                ),
                self.tr(
                    "{0} problems in the file, listed below with their line (the header is "
                    "line 1) and column. Nothing will be imported until they are fixed in the "
                    "file; then import it again."
                ),
            )
        elif blocking:
            text = self.tr(
                "Tick “Create these topics”, or correct their names in the file and import "
                "it again."
            )
        elif changes == 0:
            text = self.tr("Everyone in the file is already in rmdesk as it is: nothing to do.")
        else:
            text = self.tr(
                "No problems found. Import adds and updates these people in one step, "
                "after a backup; people already in rmdesk are matched by employee ID, "
                "else by email."
            )
        self.summary.setText(text)
        self.import_button.setEnabled(not blocking and changes > 0 and self.worker is None)

    # -- importing ---------------------------------------------------------------
    def _import(self) -> None:
        from rmdesk.exchange.csv_import import apply_import

        if self.preview is None or not self.import_button.isEnabled():
            return
        preview, create = self.preview, self.create_topics.isChecked()
        self.import_button.setEnabled(False)

        def work(progress: Progress) -> Any:
            return apply_import(preview, create_topics=create, progress=progress)

        self.worker = operate_in_background(
            self, self.tr("Importing participants…"), work, Changes.PARTICIPANTS,
            self._imported, self._import_failed,
        )  # fmt: skip

    def _imported(self, result: Any) -> None:
        self.worker = None
        self.result = result
        self.imported.emit(result)
        self.accept()

    def _import_failed(self, error: BaseException) -> None:
        self.worker = None
        self._update()
        if isinstance(error, Cancelled):
            self.summary.setText(self.tr("Import cancelled: nothing was imported."))
            return
        QMessageBox.warning(self, self.tr("Import participants"), spoken_error(error))

    def done(self, result: int) -> None:
        """Closing while the file is being read: stop the reading first."""
        if self.worker is not None:
            self.worker.progress.cancel()
            self.worker.wait()
        super().done(result)

    def problem_at(self, row: int) -> list[str]:
        """The cells of a problem row as shown (tests, accessibility)."""
        return [
            str(self.model.data(self.model.index(row, column), Qt.ItemDataRole.DisplayRole))
            for column in range(self.model.columnCount())
        ]


def _chosen(guess: Any) -> dict[str, str]:
    """The guessed (or remembered) field of every column, as a mapping to check with."""
    return {h: f or "" for h, f in zip(guess.headers, guess.fields, strict=True) if h}
