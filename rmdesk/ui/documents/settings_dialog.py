"""Documents > Document settings: what every agreement and report prints around the data.

Organisation name, logo, coordinator, paper size, the language documents are printed
in and the agreement's clauses of that language (each language keeps its own: choosing
another language shows its clauses, and every language's edits are saved); stored
in the database (``rmdesk.documents.settings``) so they travel with backups.  The
domain validates; problems are shown here and the dialog stays open.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from rmdesk.documents.clauses import default_clauses
from rmdesk.documents.settings import DocumentSettings, load_settings, save_settings
from rmdesk.documents.typesetting import PAPER_LABELS
from rmdesk.programme.language import NAMES
from rmdesk.ui.common import palette
from rmdesk.ui.common import settings as ui_settings
from rmdesk.ui.common.forms import FormDialog
from rmdesk.ui.common.labels import PAPER, shown
from rmdesk.ui.common.operations import Changes
from rmdesk.ui.common.typed_text import typed_text


class DocumentSettingsDialog(FormDialog):
    changes = Changes.SETTINGS

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent, self.tr("Document settings"), min_width=680)
        self.setObjectName("document_settings")
        current = load_settings()
        self.organisation_edit = QLineEdit(current.organisation, objectName="organisation")
        self.coordinator_edit = QLineEdit(current.coordinator, objectName="coordinator")
        self.coordinator_edit.setPlaceholderText(self.tr("printed on the signature line"))
        self.logo_edit = QLineEdit(current.logo_path, objectName="logo_path")
        self.logo_edit.setPlaceholderText(self.tr("no logo (PNG or JPEG)"))
        choose = QPushButton(self.tr("Choose…"), objectName="choose_logo")
        choose.clicked.connect(self.choose_logo)
        remove = QPushButton(self.tr("Remove"), objectName="remove_logo")
        remove.clicked.connect(self.logo_edit.clear)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_edit, 1)
        logo_row.addWidget(choose)
        logo_row.addWidget(remove)
        self.paper_combo = QComboBox(objectName="paper")
        for key in PAPER_LABELS:
            self.paper_combo.addItem(shown(PAPER, key), key)
        self.paper_combo.setCurrentIndex(max(0, self.paper_combo.findData(current.paper)))
        self.language_combo = QComboBox(objectName="language")
        for code, name in NAMES.items():
            self.language_combo.addItem(name, code)  # each named in itself
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(current.language)))
        # every language's clauses as edited here; the box shows the chosen one's
        self._clauses = {code: current.clause_text(code) for code in NAMES}
        self._shown_language = current.language
        self.clauses_edit = QPlainTextEdit(self._clauses[current.language], objectName="clauses")
        self.clauses_edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.clauses_edit.setMinimumHeight(300)
        reset = QPushButton(self.tr("Reset to default"), objectName="reset_clauses")
        reset.clicked.connect(self.reset_clauses)
        hint = QLabel(self.tr("Format and {placeholders}: see the comments in the default."))
        hint.setStyleSheet(palette.HINT_STYLE)
        reset_row = QHBoxLayout()
        reset_row.addWidget(hint, 1)
        reset_row.addWidget(reset)
        self.form.addRow(self.tr("&Organisation:"), self.organisation_edit)
        logo_label = QLabel(self.tr("&Logo:"))
        logo_label.setBuddy(self.logo_edit)
        self.form.addRow(logo_label, logo_row)
        self.form.addRow(self.tr("&Coordinator:"), self.coordinator_edit)
        self.form.addRow(self.tr("&Paper size:"), self.paper_combo)
        self.form.addRow(self.tr("Lan&guage of documents:"), self.language_combo)
        self.language_combo.currentIndexChanged.connect(self.show_language)
        self.form.addRow(self.tr("Agreement cla&uses:"), self.clauses_edit)
        self.form.addRow("", reset_row)

    def choose_logo(self) -> None:
        start = self.logo_edit.text() or ui_settings.load(ui_settings.LAST_FOLDER) or ""
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose a logo"), start, self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if path:
            self.logo_edit.setText(path)
            ui_settings.save(ui_settings.LAST_FOLDER, str(Path(path).parent))

    def language(self) -> str:
        return str(self.language_combo.currentData())

    def show_language(self) -> None:
        """The chosen language's clauses in the box, the shown ones kept as edited."""
        self._clauses[self._shown_language] = self.clause_text()
        self._shown_language = self.language()
        self.clauses_edit.setPlainText(self._clauses[self._shown_language])

    def reset_clauses(self) -> None:
        """The shown language's default clauses; the other languages' stay as they are."""
        self.clauses_edit.setPlainText(default_clauses(self._shown_language))

    def clause_text(self) -> str:
        """The box's text as typed (its no-break spaces kept: ``typed_text``)."""
        return typed_text(self.clauses_edit)

    def values(self) -> DocumentSettings:
        self._clauses[self._shown_language] = self.clause_text()
        settings = DocumentSettings(
            organisation=self.organisation_edit.text(),
            logo_path=self.logo_edit.text().strip(),
            coordinator=self.coordinator_edit.text(),
            paper=str(self.paper_combo.currentData()),
            language=self.language(),
        )
        for code, text in self._clauses.items():
            settings = settings.with_clauses(code, text)
        return settings

    def save(self) -> None:
        save_settings(self.values())
