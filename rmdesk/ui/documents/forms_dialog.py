"""Documents > Forms…: which form, for which cycle and phase, as what, and where to save.

The dialog only asks; ``actions.DocumentActions.print_forms`` makes the file on a
worker thread (the same calls as ``rmdesk form``) and says where it went.  The file
name is suggested from the choices, in the last folder used, until the coordinator
picks one with Browse.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rmdesk.ui.common import palette
from rmdesk.ui.common import settings as ui_settings
from rmdesk.ui.common.labels import PHASE, shown


class FormRequest(NamedTuple):
    kind: str  # documents.forms.FORM_KINDS
    cycle_id: int | None  # None for the sign-up sheet
    phase: str
    questions_only: bool  # the CSV of questions rather than the PDF
    path: Path


class FormsDialog(QDialog):
    def __init__(self, parent: QWidget | None, cycle_id: int | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Forms"))
        self.setObjectName("forms_dialog")
        self.setMinimumWidth(680)
        self.kind_combo = QComboBox(objectName="form_kind")
        self.kind_combo.addItem(self.tr("Self-assessment, a page per person"), "assessment")
        self.kind_combo.addItem(self.tr("Pairing-fit check, a page per person"), "fit")
        self.kind_combo.addItem(self.tr("Sign-up sheet (blank)"), "signup")
        self.cycle_combo = QComboBox(objectName="form_cycle")
        from rmdesk.programme.cycles import list_cycles

        for row in list_cycles():
            self.cycle_combo.addItem(row.name, row.id)
        index = self.cycle_combo.findData(cycle_id) if cycle_id is not None else -1
        self.cycle_combo.setCurrentIndex(max(index, 0) if self.cycle_combo.count() else -1)
        self.phase_combo = QComboBox(objectName="form_phase")
        for phase in PHASE:
            self.phase_combo.addItem(shown(PHASE, phase), phase)
        self.format_combo = QComboBox(objectName="form_format")
        self.format_combo.addItem(self.tr("PDF to print and hand out"), False)
        self.format_combo.addItem(self.tr("Questions for an online form (CSV)"), True)
        self.path_edit = QLineEdit(objectName="form_file")
        browse = QPushButton(self.tr("Browse…"), objectName="browse")
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.path_edit, 1)
        where.addWidget(browse)
        self.error_label = QLabel(objectName="errors", wordWrap=True)
        self.error_label.setStyleSheet(palette.banner_style())
        self.error_label.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Form:"), self.kind_combo)
        form.addRow(self.tr("&Cycle:"), self.cycle_combo)
        form.addRow(self.tr("&Phase:"), self.phase_combo)
        form.addRow(self.tr("&As:"), self.format_combo)
        where_label = QLabel(self.tr("Save &to:"))
        where_label.setBuddy(self.path_edit)  # a row of a layout gets no buddy by itself
        form.addRow(where_label, where)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self._chosen_name = False  # a name typed or picked with Browse: stop suggesting one
        self.path_edit.textEdited.connect(self._on_name_typed)
        self._folder = Path(ui_settings.load(ui_settings.LAST_FOLDER) or str(Path.home()))
        for combo in (self.kind_combo, self.cycle_combo, self.phase_combo, self.format_combo):
            combo.currentIndexChanged.connect(self._on_choice_changed)
        self._on_choice_changed()

    # -- what is asked ---------------------------------------------------------
    def _kind(self) -> str:
        return str(self.kind_combo.currentData())

    def _questions_only(self) -> bool:
        return bool(self.format_combo.currentData())

    def _cycle_id(self) -> int | None:
        if self._kind() == "signup" or self.cycle_combo.currentData() is None:
            return None
        return int(self.cycle_combo.currentData())

    def _suggested_name(self) -> str:
        from rmdesk.documents.output import slug

        kind = self._kind()
        parts = {"assessment": [str(self.phase_combo.currentData()), "self-assessment"],
                 "fit": ["pairing-fit"], "signup": ["sign-up-sheet"]}[kind]  # fmt: skip
        if kind != "signup" and self.cycle_combo.currentText():
            parts.append(slug(self.cycle_combo.currentText()))
        if self._questions_only():
            parts.append("questions")
        return "-".join(part for part in parts if part) + (
            ".csv" if self._questions_only() else ".pdf"
        )

    @Slot()
    def _on_choice_changed(self) -> None:
        kind = self._kind()
        self.cycle_combo.setEnabled(kind != "signup")
        self.phase_combo.setEnabled(kind == "assessment")
        suffix = ".csv" if self._questions_only() else ".pdf"
        current = Path(self.path_edit.text()) if self.path_edit.text() else None
        if self._chosen_name and current is not None:
            self.path_edit.setText(str(current.with_suffix(suffix)))
        else:
            folder = current.parent if current is not None else self._folder
            self.path_edit.setText(str(folder / self._suggested_name()))

    @Slot()
    def _on_name_typed(self) -> None:
        self._chosen_name = True

    @Slot()
    def _browse(self) -> None:
        if self._questions_only():
            filters = self.tr("CSV files (*.csv)")
        else:
            filters = self.tr("PDF documents (*.pdf)")
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the form as"), self.path_edit.text(), filters
        )
        if chosen:
            self._chosen_name = True
            suffix = ".csv" if self._questions_only() else ".pdf"
            path = Path(chosen)
            self.path_edit.setText(str(path if path.suffix.casefold() == suffix else
                                       path.with_name(path.name + suffix)))  # fmt: skip

    def accept(self) -> None:
        """Refuse here, before any work, what cannot be made: no cycle, no folder."""
        problem = ""
        text = self.path_edit.text().strip()
        if self._kind() != "signup" and self._cycle_id() is None:
            problem = self.tr("Create a cycle first: these forms are for its pairs.")
        elif not text:
            problem = self.tr("Choose where to save the form.")
        elif not Path(text).expanduser().parent.is_dir():
            problem = self.tr("{0} is not a folder.").format(str(Path(text).expanduser().parent))
        if problem:
            self.error_label.setText(problem)
            self.error_label.show()
            return
        ui_settings.save(ui_settings.LAST_FOLDER, str(Path(text).expanduser().parent))
        super().accept()

    def request(self) -> FormRequest:
        """What was asked (after ``accept``)."""
        path = Path(self.path_edit.text().strip()).expanduser()
        phase = str(self.phase_combo.currentData())
        return FormRequest(self._kind(), self._cycle_id(), phase, self._questions_only(), path)
