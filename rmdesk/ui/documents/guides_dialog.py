"""Documents > Guides: the pairs' conversation guides and orientation sheets, edited in
place.

The list on the left holds every guide (orientation sheets first, then one per topic);
the right side edits the chosen one's title and text in the clauses' small format.
Saving goes through the operation helper (``Changes.SETTINGS``); the domain refuses an
empty title or text and the refusal shows under the fields.  "Reset to default" puts
the shipped text back in the editor (saved only when Save is pressed); "Preview" prints
the guide as it is saved.  Leaving a guide with unsaved edits asks first.  Each
language has its own guides: the Language choice above the list shows and edits that
language's (English, German, French), starting with the documents' language.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Slot
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rmdesk.programme import guides
from rmdesk.programme.language import LANGUAGES, NAMES
from rmdesk.store.errors import WriteFailed
from rmdesk.ui.common import palette
from rmdesk.ui.common.operations import Changes, operate
from rmdesk.ui.common.refusals import write_failure_text
from rmdesk.ui.common.typed_text import typed_text
from rmdesk.ui.common.wording import spoken_error


class GuidesDialog(QDialog):
    def __init__(
        self, parent: QWidget | None, preview: Callable[[int], None], language: str = "en"
    ) -> None:
        super().__init__(parent)
        self.setObjectName("guides_dialog")
        self.setWindowTitle(self.tr("Guides for the pairs"))
        self._preview = preview
        self.rows: list[guides.GuideRow] = []
        self.current: guides.GuideRow | None = None
        self.language_box = QComboBox(objectName="guide_language")
        for code in LANGUAGES:
            self.language_box.addItem(NAMES[code], code)  # each language named in itself
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(language)))
        self.language = self.language_box.currentData()
        language_label = QLabel(self.tr("&Language:"))
        language_label.setBuddy(self.language_box)
        self.guide_list = QListWidget(objectName="guide_list")
        self.guide_list.setAccessibleName(self.tr("Guides"))
        self.title_edit = QLineEdit(objectName="guide_title")
        self.body_edit = QPlainTextEdit(objectName="guide_body")
        self.body_edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.body_edit.setMinimumSize(560, 420)
        self.error_label = QLabel(objectName="guide_error")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(palette.label_style())
        hint = QLabel(self.tr("## starts a section, - a bullet point; # lines are not printed."))
        hint.setWordWrap(True)
        hint.setStyleSheet(palette.HINT_STYLE)
        self.reset_button = QPushButton(self.tr("&Reset to default"), objectName="reset_guide")
        self.preview_button = QPushButton(self.tr("Pre&view…"), objectName="preview_guide")
        self.save_button = QPushButton(self.tr("&Save"), objectName="save_guide")
        self.save_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reset_button)
        buttons.addWidget(self.preview_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        title_label = QLabel(self.tr("&Title:"))
        title_label.setBuddy(self.title_edit)
        text_label = QLabel(self.tr("Te&xt:"))
        text_label.setBuddy(self.body_edit)
        editor = QVBoxLayout()
        for widget in (title_label, self.title_edit, text_label, self.body_edit, hint,
                       self.error_label):  # fmt: skip
            editor.addWidget(widget)
        editor.addLayout(buttons)
        chooser = QVBoxLayout()
        chooser.addWidget(language_label)
        chooser.addWidget(self.language_box)
        chooser.addWidget(self.guide_list, 1)
        columns = QHBoxLayout()
        columns.addLayout(chooser)
        columns.addLayout(editor, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(close)
        self.guide_list.currentRowChanged.connect(self._chosen)
        self.language_box.currentIndexChanged.connect(self._language_chosen)
        self.reset_button.clicked.connect(self.reset_to_default)
        self.preview_button.clicked.connect(self.preview)
        self.save_button.clicked.connect(self.save)
        self.reload()

    # -- reading ---------------------------------------------------------------------
    def reload(self, select_id: int | None = None) -> None:
        keep = select_id if select_id is not None else (self.current.id if self.current else None)
        self.rows = guides.list_guides(self.language)
        self.guide_list.blockSignals(True)
        self.guide_list.clear()
        for row in self.rows:
            self.guide_list.addItem(self._label(row))
        self.guide_list.blockSignals(False)
        self._fit_list()
        index = next((i for i, row in enumerate(self.rows) if row.id == keep), 0)
        self.current = None
        if self.rows:
            self.guide_list.setCurrentRow(index)
            self._show(self.rows[index])
        else:  # a language without guides (a database without the shipped topics)
            self.title_edit.clear()
            self.body_edit.clear()
        for widget in (self.title_edit, self.body_edit, self.save_button, self.preview_button):
            widget.setEnabled(bool(self.rows))
        if not self.rows:
            self.reset_button.setEnabled(False)

    def _fit_list(self) -> None:
        """The list as wide as its longest entry, measured in its font: German's
        „Einführungsblatt: Mentorinnen und Mentoren“ is half as long again as the English.
        A topic named at great length is capped (at 50 average characters) and shown
        whole in its tooltip, so the editor keeps its room."""
        items = [self.guide_list.item(i) for i in range(self.guide_list.count())]
        metrics = self.guide_list.fontMetrics()
        widest = max((metrics.horizontalAdvance(item.text()) for item in items), default=0)
        for item in items:
            item.setToolTip(item.text())
        room = min(widest, 50 * metrics.averageCharWidth())
        # The frame, a scroll bar when the list is long, and the item's own margins.
        spare = (
            2 * self.guide_list.frameWidth()
            + self.guide_list.verticalScrollBar().sizeHint().width()
            + 2 * metrics.averageCharWidth()
        )
        self.guide_list.setMinimumWidth(max(room, 20 * metrics.averageCharWidth()) + spare)

    def _label(self, row: guides.GuideRow) -> str:
        """A topic's name (data), or which role's orientation sheet it is."""
        if not row.is_orientation:
            return row.topic
        if row.role == "mentor":
            return self.tr("Orientation: junior mentors")
        return self.tr("Orientation: senior mentees")

    def _show(self, row: guides.GuideRow) -> None:
        self.current = row
        self.title_edit.setText(row.title)
        self.body_edit.setPlainText(row.body)
        self.error_label.clear()
        self.reset_button.setEnabled(guides.default_for(row) is not None)

    def unsaved(self) -> bool:
        return self.current is not None and (
            self.title_edit.text() != self.current.title
            or typed_text(self.body_edit) != self.current.body
        )

    @Slot(int)
    def _language_chosen(self, index: int) -> None:
        """Another language's guides; unsaved edits are settled first (or it stays)."""
        code = self.language_box.itemData(index)
        if code == self.language:
            return
        if self.unsaved() and not self._settle_unsaved():
            self.language_box.blockSignals(True)
            self.language_box.setCurrentIndex(self.language_box.findData(self.language))
            self.language_box.blockSignals(False)
            return
        self.language = code
        self.current = None
        self.reload()

    @Slot(int)
    def _chosen(self, index: int) -> None:
        if index < 0 or index >= len(self.rows):
            return
        if self.unsaved() and not self._settle_unsaved():
            self.guide_list.blockSignals(True)
            assert self.current is not None
            self.guide_list.setCurrentRow(self.rows.index(self.current))
            self.guide_list.blockSignals(False)
            return
        self._show(self.rows[index])

    def _settle_unsaved(self) -> bool:
        """Ask about unsaved edits: True to go on (saved or discarded), False to stay."""
        assert self.current is not None
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("Save your changes to “{0}”?").format(self.current.title),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self._write()
        return answer == QMessageBox.StandardButton.Discard

    # -- writing ---------------------------------------------------------------------
    @Slot()
    def save(self) -> None:
        if self._write():
            assert self.current is not None
            self.reload(select_id=self.current.id)

    def _write(self) -> bool:
        if self.current is None:
            return False
        guide_id, title, body = (
            self.current.id,
            self.title_edit.text(),
            typed_text(self.body_edit),
        )
        return operate(
            self,
            lambda: guides.save_guide(guide_id, title, body),
            Changes.SETTINGS,
            on_refused=self.show_refusal,
            origin=self.parentWidget() or self,
        )

    def show_refusal(self, error: Exception) -> None:
        if isinstance(error, WriteFailed):
            self.error_label.setText(write_failure_text(error))
        else:
            self.error_label.setText(spoken_error(error))

    @Slot()
    def reset_to_default(self) -> None:
        shipped = guides.default_for(self.current) if self.current else None
        if shipped is not None:
            self.title_edit.setText(shipped.title)
            self.body_edit.setPlainText(shipped.body)

    @Slot()
    def preview(self) -> None:
        """The guide as saved: unsaved edits are saved first (or the preview waits)."""
        if self.current is None:
            return
        if self.unsaved() and not self._settle_unsaved():
            return
        guide_id = self.current.id
        self.reload(select_id=guide_id)
        self._preview(guide_id)

    def reject(self) -> None:
        if self.unsaved() and not self._settle_unsaved():
            return
        super().reject()
