"""File > Import responses…: a form's answers (CSV or .xlsx) into one phase of a cycle's
self-assessments, previewed first.

The file is read and checked on a worker thread (``exchange.responses``) for the chosen
cycle and phase; changing them, or ticking "leave out unknown addresses" or "replace
answers already saved", checks it again.  The preview shows what each column is read
as (choosing another there checks the file again, as ``--map`` does on the command
line), how many people's answers would be saved, every problem with its line, and what was
noticed (someone who answered twice).  Import stays disabled while there is a problem;
it writes through the operation helper in the background, after a backup, all or
nothing, and announces the assessments changed.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QMenu,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rmdesk.ui.common import settings
from rmdesk.ui.common.background import Cancelled, Progress, run_in_background
from rmdesk.ui.common.labels import PHASE, PHASE_IN_SENTENCE, shown
from rmdesk.ui.common.operations import Changes, operate_in_background
from rmdesk.ui.common.wording import counted, spoken, spoken_error


class ResponsesDialog(QDialog):
    """The preview of one file of answers; ``imported`` carries (people, phase) after Import."""

    imported = Signal(object)

    def __init__(self, parent: QWidget | None, path: Path, cycle_id: int | None) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.preview: Any = None
        self.worker: Any = None
        self._again = False  # a choice changed while the file was being read
        self.mapping: dict[str, str] = {}  # header -> target chosen here ("" ignores it)
        self.setWindowTitle(self.tr("Import responses — {0}").format(self.path.name))
        self.setObjectName("responses_dialog")
        self.resize(760, 560)
        self.cycle_combo = QComboBox(objectName="responses_cycle")
        from rmdesk.programme.cycles import list_cycles

        for row in list_cycles():
            self.cycle_combo.addItem(row.name, row.id)
        found = self.cycle_combo.findData(cycle_id) if cycle_id is not None else -1
        self.cycle_combo.setCurrentIndex(max(found, 0) if self.cycle_combo.count() else -1)
        self.phase_combo = QComboBox(objectName="responses_phase")
        for phase in PHASE:
            self.phase_combo.addItem(shown(PHASE, phase), phase)
        self.skip_unknown = QCheckBox(
            self.tr("Leave out answers from addresses not in the cycle's pairs"),
            objectName="skip_unknown",
        )
        self.replace = QCheckBox(
            self.tr("Replace answers already saved for this phase"), objectName="replace"
        )
        form = QFormLayout()
        form.addRow(self.tr("&Cycle:"), self.cycle_combo)
        form.addRow(self.tr("&Phase:"), self.phase_combo)
        form.addRow("", self.skip_unknown)
        form.addRow("", self.replace)
        self.counts = QLabel(self.tr("Reading {0}…").format(self.path.name))
        self.counts.setObjectName("responses_counts")
        font = self.counts.font()
        font.setBold(True)
        self.counts.setFont(font)
        self.choose_columns = QTableWidget(0, 2, objectName="responses_mapping")
        self.choose_columns.setAccessibleName(self.tr("What each column is read as"))
        self.choose_columns.setHorizontalHeaderLabels([self.tr("Column"), self.tr("Read as")])
        self.choose_columns.verticalHeader().hide()
        self.choose_columns.horizontalHeader().setStretchLastSection(True)
        self.choose_columns.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.choose_columns.hide()
        self.summary = QLabel(wordWrap=True, objectName="responses_summary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.problems = QListWidget(objectName="responses_problems")
        self.problems.setAccessibleName(self.tr("Problems"))
        self.problems.setWordWrap(True)
        self.notes = QListWidget(objectName="responses_notes")
        self.notes.setAccessibleName(self.tr("What was noticed"))
        self.notes.setWordWrap(True)
        self.notes.setMaximumHeight(self.fontMetrics().height() * 5)
        self.problems.hide()
        self.notes.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setObjectName("import_button")
        self.import_button.setEnabled(False)
        buttons.accepted.connect(self._import)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.counts)
        layout.addWidget(self.choose_columns)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.notes)
        layout.addStretch(0)
        layout.addWidget(buttons)
        self.cycle_combo.currentIndexChanged.connect(self.start)
        self.phase_combo.currentIndexChanged.connect(self.start)
        self.skip_unknown.toggled.connect(self.start)
        self.replace.toggled.connect(self.start)

    # -- reading -----------------------------------------------------------------
    def start(self) -> None:
        """Read and check the file for the current choices, off the UI thread."""
        if self.worker is not None:
            self._again = True
            return
        cycle_id = self.cycle_combo.currentData()
        if cycle_id is None:
            self.counts.setText(self.tr("Create a cycle first: answers belong to its pairs."))
            return
        from rmdesk.exchange.responses import preview_responses

        path, phase = self.path, str(self.phase_combo.currentData())
        skip, replace = self.skip_unknown.isChecked(), self.replace.isChecked()
        mapping = dict(self.mapping)
        self.import_button.setEnabled(False)

        def work(progress: Progress) -> Any:
            progress(0, 1)
            return preview_responses(path, int(cycle_id), phase, skip_unknown=skip,
                                     replace=replace, mapping=mapping)  # fmt: skip

        self.worker = run_in_background(
            self, self.tr("Reading {0}…").format(path.name), work, self._show, self._read_failed
        )

    def _show(self, preview: Any) -> None:
        self.worker = None
        if self._again:
            self._again = False
            self.start()
            return
        self.preview = preview
        people = len(preview.answers)
        self.counts.setText(
            counted(
                people,
                self.tr("{0} person's answers for {1}"),
                self.tr("{0} people's answers for {1}"),
                shown(PHASE_IN_SENTENCE, preview.phase),
            )
        )
        self._fill_choices(preview.columns)
        self.problems.clear()
        self.problems.addItems([spoken(problem) for problem in preview.problems])
        self.problems.setVisible(bool(preview.problems))
        self.notes.clear()
        self.notes.addItems([spoken(note) for note in preview.notes])
        self.notes.setVisible(bool(preview.notes))
        if preview.problems:
            summary = counted(
                len(preview.problems),
                self.tr("{0} problem, listed below: nothing will be imported until it is "
                        "fixed in the file or by the choices above."),
                self.tr("{0} problems, listed below: nothing will be imported until they "
                        "are fixed in the file or by the choices above."),
            )  # fmt: skip
        elif not people:
            summary = self.tr("The file holds no answers to import.")
        else:
            summary = self.tr(
                "No problems found. Import saves these answers in one step, after a backup."
            )
        if preview.skipped:
            summary += " " + counted(
                preview.skipped,
                self.tr("{0} answer from an unknown address is left out."),
                self.tr("{0} answers from unknown addresses are left out."),
            )
        self.summary.setText(summary)
        self.import_button.setEnabled(not preview.problems and people > 0)

    def _fill_choices(self, columns: list[tuple[str, str | None]]) -> None:
        """A row per column with what it is read as; choosing checks the file again."""
        from rmdesk.programme.assessments import dimensions
        from rmdesk.programme.questionnaires import AGAIN

        names = list(dict.fromkeys(row.name for role in ("mentor", "mentee")
                                   for row in dimensions(role)))  # fmt: skip
        choices = [
            (self.tr("(ignored)"), ""),
            (self.tr("e-mail"), "email"),
            (self.tr("time answered"), "timestamp"),
            (self.tr("satisfaction"), "satisfaction"),
            (self.tr("would take part again"), AGAIN),
            (self.tr("comment"), "comment"),
            *((name, name) for name in names),
        ]
        table = self.choose_columns
        table.setRowCount(len(columns))
        for row, (header, target) in enumerate(columns):
            table.setItem(row, 0, QTableWidgetItem(header))
            combo = QComboBox(objectName=f"read_as_{row}")
            combo.setAccessibleName(self.tr("Read “{0}” as").format(header))
            for text, value in choices:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(combo.findData(target or ""), 0))
            combo.currentIndexChanged.connect(
                lambda _index, h=header, c=combo: self._chosen(h, str(c.currentData()))
            )
            table.setCellWidget(row, 1, combo)
        rows = sum(table.rowHeight(row) for row in range(min(len(columns), 8)))
        table.setFixedHeight(rows + table.horizontalHeader().height() + 2 * table.frameWidth())
        table.setVisible(bool(columns))

    def _chosen(self, header: str, target: str) -> None:
        self.mapping[header] = target
        self.start()

    def _read_failed(self, error: BaseException) -> None:
        self.worker = None
        if isinstance(error, Cancelled):
            self.reject()
            return
        self.counts.setText(self.tr("The file could not be read"))
        self.summary.setText(spoken_error(error))

    # -- importing ---------------------------------------------------------------
    def _import(self) -> None:
        from rmdesk.exchange.responses import apply_responses

        preview = self.preview
        if preview is None or not self.import_button.isEnabled():
            return
        replace = self.replace.isChecked()
        self.import_button.setEnabled(False)

        def work(progress: Progress) -> Any:
            progress(0, 1)
            saved, _backup = apply_responses(preview, replace=replace)
            return saved, preview.phase

        self.worker = operate_in_background(
            self, self.tr("Importing the answers…"), work, Changes.ASSESSMENTS,
            self._imported, self._import_failed, cancellable=False,
        )  # fmt: skip

    def _imported(self, result: Any) -> None:
        self.worker = None
        self.imported.emit(result)
        self.accept()

    def _import_failed(self, error: BaseException) -> None:
        self.worker = None
        self.import_button.setEnabled(True)
        QMessageBox.warning(self, self.tr("Import responses"), spoken_error(error))

    def done(self, result: int) -> None:
        """Closing while the file is being read: stop the reading first."""
        if self.worker is not None:
            self.worker.progress.cancel()
            self.worker.wait()
        super().done(result)


class ResponsesActions(QObject):
    """File > Import responses…: choose the file, then the preview dialog."""

    def __init__(
        self, window: QWidget, cycle_id: Callable[[], int | None], report: Callable[[str], None]
    ) -> None:
        super().__init__(window)
        self.window, self._cycle_id, self._report = window, cycle_id, report
        self.dialog: ResponsesDialog | None = None
        self.action = QAction(self.tr("Import res&ponses…"), self)
        self.action.setStatusTip(
            self.tr("Self-assessment answers from an online or paper form (CSV or .xlsx)")
        )
        self.action.triggered.connect(self.choose_file)

    def insert_into(self, menu: QMenu, after: QAction) -> None:
        """Put the action in ``menu`` right after ``after`` (Import participants…)."""
        actions = menu.actions()
        following = actions[actions.index(after) + 1] if after in actions[:-1] else None
        if following is None:
            menu.addAction(self.action)
        else:
            menu.insertAction(following, self.action)

    def choose_file(self) -> None:
        folder = settings.load(settings.LAST_FOLDER) or str(Path.home())
        path, _filter = QFileDialog.getOpenFileName(
            self.window, self.tr("Import responses"), folder,
            self.tr("Spreadsheets (*.csv *.xlsx *.txt);;All files (*)"),
        )  # fmt: skip
        if path:
            settings.save(settings.LAST_FOLDER, str(Path(path).parent))
            self.open_preview(Path(path))

    def open_preview(self, path: Path) -> ResponsesDialog:
        """The preview dialog for ``path`` (non-blocking); reading starts at once."""
        dialog = ResponsesDialog(self.window, path, self._cycle_id())
        dialog.imported.connect(self._imported)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        dialog.start()
        return dialog

    def _imported(self, result: Any) -> None:
        people, phase = result
        self._report(
            counted(
                people,
                self.tr("Imported {0} person's answers for {1}."),
                self.tr("Imported {0} people's answers for {1}."),
                shown(PHASE_IN_SENTENCE, phase),
            )
        )
